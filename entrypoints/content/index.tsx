/**
 * The content script: detect → (article pages only) extract → recognize → paint; click or keyboard
 * → context card. Every article gets highlights — readouts, transcripts, statements,
 * announcements, speeches — and only listings and forms are skipped; readout structure
 * (participants, place) is read for readouts only. Highlights are CSS Custom Highlights where the
 * browser has them, so the page's own DOM is never changed; the UI lives in shadow roots.
 *
 * A page that is not an article costs one cheap `detectPage` and a throttled watch for content
 * that arrives later; SPA navigation (`wxt:locationchange`) starts over. Only an article loads the
 * reader part (recognition and extraction: ./reader.ts), in parallel with the KB file's fetch.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import browser from 'webextension-polyfill';
import { detectPage } from '../../lib/ministries/pages';
import { loadPart } from './parts';
import type { ReaderPart } from './reader';
import { parseToContent } from '../../lib/content-messages';
import { ok, err, type Result } from '../../lib/result';
import { readoutIdFor } from '../../lib/archive/readout-id';
import type { RelatedReadout } from '../../lib/archive/schema';
import type { MeetingReport } from '../../lib/compare/messages';
import type { GlossaryEntry } from '../../lib/glossary/schema';
import type { Kb, KbDetails, KbRecognitionEntity } from '../../lib/kb/core';
import { KB_RECOGNITION_FILE } from '../../lib/kb/recognition-binary';
import { CONTENT_MATCHES } from '../../lib/ministries/matches';
import {
  ensureHighlightSheet,
  removeHighlightSheets,
  supportsCustomHighlights,
} from '../../lib/highlight/paint';
import { startSession, type ReadoutSession, type SessionServices } from './session';
import { applyStoredLocale, errorText, UI_LANGUAGE_KEY, type UiLocale } from '../../lib/i18n/core';
import { catalogFileName, catalogFromFile } from '../../lib/i18n/catalog-file';

/** How long the page waits for the glossary before painting without it. */
const GLOSSARY_WAIT_MS = 1500;
/** At most one detection per this interval while a page that is not an article keeps changing. */
const REDETECT_MS = 700;
/** How long the popup's question waits for a page still being read (the KB's first load included). */
const ANALYSIS_WAIT_MS = 10_000;

async function send<T>(message: unknown): Promise<Result<T>> {
  try {
    const reply = (await browser.runtime.sendMessage(message)) as Result<T> | undefined;
    return reply && typeof reply === 'object' && 'ok' in reply ? reply : err('no reply', 'no-answer');
  } catch (e) {
    return err(String(e), 'no-answer');
  }
}

const services: SessionServices = {
  // Provided to the reader part, whose extraction and fold use them.
  async loadReadability() {
    const [reader, readability] = await Promise.all([loadPart('reader'), loadPart('readability')]);
    reader.provideReadability(readability);
  },
  async loadTraditionalChinese() {
    const [reader, table] = await Promise.all([loadPart('reader'), loadPart('traditionalChinese')]);
    reader.provideTraditionalChinese(table);
  },
  loadCard: () => loadPart('card'),
  async related(query) {
    const reply = await send<RelatedReadout[]>({ type: 'archive/related', query: { ...query, limit: 10 } });
    return reply.ok ? reply.value : [];
  },
  async putGlossary(entry) {
    const reply = await send<unknown>({ type: 'glossary/put', entry });
    return reply.ok ? null : errorText(reply);
  },
  async listGlossary() {
    const reply = await send<GlossaryEntry[]>({ type: 'glossary/list' });
    return reply.ok && Array.isArray(reply.value) ? reply.value : [];
  },
  async kbDetails(ids) {
    const reply = await send<Record<string, KbDetails>>({ type: 'kb/details', ids });
    return reply.ok && reply.value && typeof reply.value === 'object' ? reply.value : {};
  },
  // Compare feature: the other side's readout on the card, and the comparison page.
  async otherSides(page) {
    const { url, readout, entities, participantKeys } = page;
    const reply = await send<MeetingReport[]>({
      type: 'meetings/others',
      page: { url, readout, entities, participantKeys },
    });
    return reply.ok && Array.isArray(reply.value) ? reply.value : [];
  },
  openCompare(page, report) {
    void send<unknown>({ type: 'meetings/open-compare', a: readoutIdFor(page.url), b: report.id });
  },
};

/** The glossary, or none if the background does not answer in time (highlights must not wait). */
function glossaryOrNone(): Promise<GlossaryEntry[]> {
  const timeout = new Promise<GlossaryEntry[]>((resolve) => setTimeout(() => resolve([]), GLOSSARY_WAIT_MS));
  return Promise.race([services.listGlossary().catch(() => []), timeout]);
}

/**
 * The KB's recognition file (lib/kb/recognition-binary.ts), fetched from the extension package;
 * it loads while the page is still parsing, and is decoded when the first article needs it.
 */
function fetchRecognitionFile(): Promise<ArrayBuffer> {
  return fetch(browser.runtime.getURL(`/${KB_RECOGNITION_FILE}`)).then((response) => {
    if (!response.ok) throw new Error(`${KB_RECOGNITION_FILE}: HTTP ${response.status}`);
    return response.arrayBuffer();
  });
}

/** The UI language's messages, from the extension package (the script carries English only). */
async function fetchCatalog(locale: UiLocale) {
  const response = await fetch(browser.runtime.getURL(`/${catalogFileName(locale)}`));
  if (!response.ok) throw new Error(`${catalogFileName(locale)}: HTTP ${response.status}`);
  // Every string: this script's English is a few messages (lib/content-build.ts), not the keys.
  return catalogFromFile(await response.json(), () => true);
}

/** Calls `onArticle` once the page turns into an article (content rendered after load). */
function watchForArticle(ctx: ContentScriptContext, onArticle: () => void): () => void {
  let timer: number | null = null;
  const observer = new MutationObserver(() => {
    if (timer !== null) return;
    timer = ctx.setTimeout(() => {
      timer = null;
      if (detectPage(location.href, document).article) {
        stop();
        onArticle();
      }
    }, REDETECT_MS);
  });
  const stop = () => {
    observer.disconnect();
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  observer.observe(document.documentElement, { childList: true, subtree: true });
  return stop;
}

export default defineContentScript({
  matches: CONTENT_MATCHES,
  // Started early only to adopt the highlight stylesheet while the document is nearly empty
  // (see `ensureHighlightSheet`); the work itself waits until the DOM is parsed and idle.
  runAt: 'document_start',
  // WXT would otherwise tell every page, through window.postMessage, a message type that
  // carries the extension's id (a fingerprint); its same-world CustomEvent is enough for us.
  noScriptStartedPostMessage: true,
  main(ctx) {
    if (supportsCustomHighlights(window)) ensureHighlightSheet(document);
    // The card speaks the UI language: the options' choice, else the browser's; a change applies
    // to the next card opened.
    const browserLanguages = [browser.i18n.getUILanguage(), ...navigator.languages];
    void applyStoredLocale(browser.storage.local, browserLanguages, fetchCatalog);
    browser.storage.onChanged.addListener((changes, area) => {
      if (area === 'local' && UI_LANGUAGE_KEY in changes)
        void applyStoredLocale(browser.storage.local, browserLanguages, fetchCatalog);
    });
    const recognitionFile = fetchRecognitionFile();
    // Reported when an article needs it (loadKb); a page that never has one need not hear of it.
    recognitionFile.catch(() => undefined);
    // The reader part (recognition, extraction) loads with the KB, for an article only; the KB is
    // decoded by it once, when both are in.
    let kb: Kb<KbRecognitionEntity> | null = null;
    const loadReader = async (): Promise<[ReaderPart, Kb<KbRecognitionEntity>]> => {
      const [reader, file] = await Promise.all([loadPart('reader'), recognitionFile]);
      return [reader, (kb ??= reader.decodeKb(file))];
    };
    let session: ReadoutSession | null = null;
    /**
     * Settles when the page being started is known not to be an article, or has its session, or
     * failed to get one. Pending from injection: a popup may ask before the first start has run.
     */
    let started!: () => void;
    let reading = new Promise<void>((resolve) => (started = resolve));
    let stopWatching: (() => void) | null = null;
    /** Bumped on every (re)start, so a start overtaken by navigation gives up. */
    let generation = 0;

    const stop = () => {
      generation += 1;
      stopWatching?.();
      stopWatching = null;
      session?.destroy();
      session = null;
    };

    const start = async () => {
      stop();
      const mine = generation;
      const previous = started;
      let done!: () => void;
      reading = new Promise<void>((resolve) => (done = resolve));
      started = done;
      previous(); // whoever waited on the previous start waits on this one (analysisWhenRead)
      if (!detectPage(location.href, document).article) {
        stopWatching = watchForArticle(ctx, () => void start());
        done();
        return;
      }
      // A page declared Chinese or Japanese has Han text: its fold table loads with the KB, so
      // the first analysis has it (any other page with Han text loads it when met: session).
      if (/^(zh|ja)(-|$)/i.test(document.documentElement.lang))
        services.loadTraditionalChinese().catch(() => undefined);
      let loaded: [GlossaryEntry[], [ReaderPart, Kb<KbRecognitionEntity>]];
      try {
        loaded = await Promise.all([glossaryOrNone(), loadReader()]);
      } catch (error) {
        // Without its KB (or the reader) the page cannot be read: say why where a developer
        // looks, and stay out.
        console.error('Readout Lens: the knowledge base could not be loaded.', error);
        done();
        return;
      }
      const [glossary, [reader, readerKb]] = loaded;
      if (mine === generation && !ctx.isInvalid)
        session = startSession(ctx, location.href, glossary, services, reader, readerKb);
      done();
    };

    /**
     * The page's analysis for the popup. A popup opened while the page is still being read (the KB
     * loading, the first analysis running) waits for it, up to a bound, instead of being told the
     * page is not an article.
     */
    const analysisWhenRead = async (): Promise<Result<unknown>> => {
      let timedOut = false;
      const bound = new Promise<void>((resolve) =>
        setTimeout(() => {
          timedOut = true;
          resolve();
        }, ANALYSIS_WAIT_MS),
      );
      // A navigation may start the page again while we wait: wait on the newest start.
      let awaited: Promise<void>;
      do {
        awaited = reading;
        await Promise.race([awaited, bound]);
      } while (awaited !== reading && !timedOut);
      const current = session;
      if (!current) return err('not an article page', 'no-readout');
      await Promise.race([current.firstAnalysis(), bound]);
      const analysis = current.analysis();
      if (!analysis) return err('the page is still being read', 'no-readout');
      return ok({ ...analysis, highlightsOn: current.highlightsOn() });
    };

    ctx.addEventListener(window, 'wxt:locationchange', () => void start());

    browser.runtime.onMessage.addListener((raw: unknown): Promise<Result<unknown>> | undefined => {
      if (ctx.isInvalid) return undefined;
      const message = parseToContent(raw);
      if (!message) return undefined; // not ours: another listener may answer
      if (message.type === 'content/get-analysis') return analysisWhenRead();
      if (!session) return Promise.resolve(err('not an article page', 'no-readout'));
      switch (message.type) {
        case 'content/set-highlights':
          session.setHighlights(message.on);
          return Promise.resolve(ok(session.highlightsOn()));
        case 'content/next-term':
          session.nextTerm();
          return Promise.resolve(ok(true));
        default:
          return Promise.resolve(err(`unsupported: ${message.type}`, 'bad-message'));
      }
    });

    // An extension update or reload orphans this script: `isInvalid` notices (through the poll)
    // and the session takes every highlight and UI host with it.
    ctx.onInvalidated(() => {
      stop();
      removeHighlightSheets();
    });
    ctx.setInterval(() => {}, 1000);

    const startWhenIdle = () => ctx.requestIdleCallback(() => void start(), { timeout: 300 });
    if (document.readyState === 'loading')
      ctx.addEventListener(document, 'DOMContentLoaded', startWhenIdle, { once: true });
    else startWhenIdle();
  },
});
