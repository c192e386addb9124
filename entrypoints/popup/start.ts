/**
 * What the popup asks before anything is on screen, in a module of its own: the entry module
 * sends these questions before the view's modules are loaded and evaluated. The archive's
 * questions about the page (saved? related?) go out as soon as the page's analysis is in, so
 * the worker answers them while the view loads; the page's facts never wait for them.
 */
import browser from 'webextension-polyfill';
import { askThrough } from '../../lib/ask';
import type { Result } from '../../lib/result';
import type { PageAnalysis } from '../../lib/page-analysis';
import type { RelatedReadout } from '../../lib/archive/schema';

export type AnalysisReply = Result<PageAnalysis & { highlightsOn: boolean }> | null;

export interface PopupStart {
  tab: Promise<{ id: number; url: string | null } | undefined>;
  analysis: Promise<AnalysisReply>;
  /** The archive's answers about the analysed page (null: no readout on the page). */
  archive: Promise<{ saved: Result<boolean>; related: Result<RelatedReadout[]> } | null>;
  /** What has already arrived: the view's first render shows it at once, without waiting a frame. */
  known: { tab?: { id: number; url: string | null } | undefined; analysis?: AnalysisReply };
}

/** Where the first paint (entrypoints/popup-first-paint.ts) leaves its start for the view. */
export const POPUP_START_GLOBAL = 'readoutLensPopupStart';
export type PopupStartHolder = typeof globalThis & { [POPUP_START_GLOBAL]?: PopupStart };

/** A runtime message to the background; a missing or failed reply is an error result. */
export const ask = askThrough((message) => browser.runtime.sendMessage(message));

/** The tab this popup is about: `?tabId=` (tests open the popup as a tab), else the active tab. */
async function targetTab(): Promise<{ id: number; url: string | null } | undefined> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tabId'));
  const tab = fromQuery
    ? await browser.tabs.get(fromQuery)
    : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  return tab?.id === undefined ? undefined : { id: tab.id, url: tab.url ?? null };
}

export function startPopup(): PopupStart {
  const tab = targetTab();
  const analysis = tab.then((t) =>
    t
      ? (browser.tabs
          .sendMessage(t.id, { type: 'content/get-analysis' })
          .catch(() => null) as Promise<AnalysisReply>)
      : null,
  );
  const archive = analysis.then(async (reply) => {
    if (!reply?.ok) return null;
    const page = reply.value;
    // Related first: the worker answers in order, and the popup's other questions can wait for it.
    const [saved, related] = await Promise.all([
      ask<boolean>({ type: 'archive/is-saved', url: page.url }),
      ask<RelatedReadout[]>({
        type: 'archive/related',
        query: {
          url: page.url,
          entityKeys: page.entities.map((e) => e.key),
          participantKeys: page.participantKeys,
          date: page.readout.date,
          limit: 20,
        },
      }),
    ]);
    return { saved, related };
  });
  const known: PopupStart['known'] = {};
  void tab.then((t) => (known.tab = t)).catch(() => undefined);
  void analysis.then((a) => (known.analysis = a)).catch(() => undefined);
  return { tab, analysis, archive, known };
}
