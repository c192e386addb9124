/**
 * One readout page, highlighted: analysis (text map → recognition), painting, the MutationObserver
 * that re-analyses changed text, click and keyboard access to the context card. Free of
 * `browser.*`: the extension's messaging comes in as `services`. Extraction and recognition are
 * the reader part's (./reader.ts), which the content script loads for article pages only.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Kb, KbDetails, KbRecognitionEntity } from '../../lib/kb/core';
import type { Recognizer } from '../../lib/recognize';
import type { GlossaryEntry } from '../../lib/glossary/schema';
import type { GlossaryInput } from '../../lib/glossary/store';
import type { RelatedReadout } from '../../lib/archive/schema';
import type { FoundEntity, Readout } from '../../lib/model';
import type { ArticleAnalysis } from '../../lib/highlight/article-map';
import { changesArticle, isInArticle } from '../../lib/highlight/article-changes';
import type { ArticleRegion } from '../../lib/ministries/article';
import {
  paintHighlights,
  supportsCustomHighlights,
  type PaintedMention,
  type Painting,
} from '../../lib/highlight/paint';
import { paintWrapped } from '../../lib/highlight/wrap';
import { participantKeysOf, type PageAnalysis } from '../../lib/page-analysis';
import type { EntityCardProps } from '../../components/EntityCard';
import type { MeetingReport } from '../../lib/compare/messages';
import { createAnnouncer } from './ui-host';
import type { CardHost } from './card-ui';
import type { CardPart } from './parts';
import { onDemand } from '../../lib/on-demand';
import type { ReaderPart } from './reader';
import { currentLanguage, t, type MessageKey } from '../../lib/i18n/core';

export interface SessionServices {
  related(query: {
    url: string;
    entityKeys: string[];
    participantKeys: string[];
    date: string | null;
  }): Promise<RelatedReadout[]>;
  /** Resolves to an error message, or null when saved. */
  putGlossary(entry: GlossaryInput): Promise<string | null>;
  listGlossary(): Promise<GlossaryEntry[]>;
  /** The card fields of these KB ids (the content script bundles only what recognition needs). */
  kbDetails(ids: string[]): Promise<Record<string, KbDetails>>;
  /**
   * Loads and provides Readability (lib/ministries/readability.ts) to the reader part, which
   * does not carry it: only a page whose layout no site file knows needs it.
   */
  loadReadability(): Promise<void>;
  /**
   * Loads and provides the Traditional Chinese fold table (lib/recognize/fold.ts) to the reader
   * part, which does not carry it: only pages with Han text need it.
   */
  loadTraditionalChinese(): Promise<void>;
  /** Loads the card part (entrypoints/part-card.tsx): the first card opened asks for it. */
  loadCard(): Promise<CardPart>;
  /** Compare feature: archived readouts of this page's meeting by the other side. */
  otherSides?(page: PageAnalysis): Promise<MeetingReport[]>;
  /** Compare feature: opens the comparison of this page with `report`. */
  openCompare?(page: PageAnalysis, report: MeetingReport): void;
}

export interface ReadoutSession {
  /** Null until the first analysis (an unknown layout waits for Readability). */
  analysis(): PageAnalysis | null;
  /** Settles when the first analysis is in. */
  firstAnalysis(): Promise<void>;
  highlightsOn(): boolean;
  setHighlights(on: boolean): void;
  nextTerm(): void;
  destroy(): void;
}

/** The walk names each term's kind after it. */
const KIND_WORD: Record<FoundEntity['kind'], MessageKey> = {
  official: 'announce.kind.official',
  agreement: 'announce.kind.agreement',
  organization: 'announce.kind.organization',
  event: 'announce.kind.event',
  place: 'announce.kind.place',
  other: 'announce.kind.other',
};

/** Controls whose click belongs to the page: a term inside one opens its card by hover instead. */
const PAGE_CONTROLS = 'a[href], button, input, textarea, select, label';
/** How long the pointer rests on a term inside a link before its card opens. */
const HOVER_OPEN_MS = 500;
/** How often, at most, a moving pointer is checked for a term until the card part is loading. */
const CARD_PROBE_MS = 100;
/** How long a card opened by hover stays after the pointer has left the term and the card. */
const HOVER_CLOSE_MS = 400;

export function startSession(
  ctx: ContentScriptContext,
  url: string,
  glossary: GlossaryEntry[],
  services: SessionServices,
  reader: ReaderPart,
  kb: Kb<KbRecognitionEntity>,
): ReadoutSession {
  const doc = document;
  /** Card details already received, by KB id: a card opened again shows them at once. */
  const detailsById = new Map<string, KbDetails>();
  let recognizer: Recognizer = reader.createRecognizer(kb, glossary);
  let readout!: Readout; // set by the first analyse(), below
  /** The documents the last analysis read (the page and its same-origin frames). */
  let documents: Document[] = [doc];
  /** Where the last analysis found the article: only changes there call for another. */
  let region: ArticleRegion | null = null;
  let entityByKey = new Map<string, FoundEntity>();
  let analysis!: PageAnalysis;
  let analysed = false;
  let markAnalysed!: () => void;
  const analysedOnce = new Promise<void>((resolve) => (markAnalysed = resolve));
  let awaitingReadability = false;
  let awaitingTraditionalChinese = false;
  /** The glossary the recognizer was last built with. */
  let currentGlossary = glossary;
  let painting: Painting | null = null;
  let on = true;
  let destroyed = false;
  // The card's code is not in the content script: the first card opened loads it, then opens. If
  // it cannot load, the page keeps its highlights and the next click tries again.
  const card = onDemand<CardHost>(
    () => services.loadCard().then((part) => part.createCardHost(doc, currentLanguage)),
    (error) => console.error('Readout Lens: the card could not be loaded.', error),
  );
  const announcer = createAnnouncer(doc);
  let cardMention: PaintedMention | null = null;
  let current = -1;
  /** Enter opens the current term only right after the walk moved to it. */
  let walkArmed = false;
  const listenedDocs = new WeakSet<Document>();

  const observer = new MutationObserver((records) => {
    if (changesArticle(records, region)) scheduleAnalysis();
  });
  let scheduled = false;
  const scheduleAnalysis = () => {
    if (scheduled || destroyed) return;
    scheduled = true;
    // Batch a burst of mutations (a React commit, a feed appending items) into one analysis.
    ctx.requestIdleCallback(
      () => {
        scheduled = false;
        if (!destroyed && on) analyse();
      },
      { timeout: 400 },
    );
  };

  const kindOf = (key: string) => entityByKey.get(key)?.kind ?? 'other';

  function analyse() {
    const currentKey = painting?.mentions[current]?.start;
    unpaint();
    // The article only: menus, sidebars and related news are never read, so never painted or
    // listed. The map is not kept after painting: a 1 MB page's holds a wrapper per text node.
    let article: ArticleAnalysis;
    try {
      article = reader.analyzeArticle(doc, url, recognizer);
    } catch (error) {
      if (!reader.needsReadability(error)) throw error;
      // A layout no site file knows: Readability finds its body once loaded, then this runs again
      // (once, however many analyses asked for it meanwhile).
      if (awaitingReadability) return;
      awaitingReadability = true;
      services.loadReadability().then(
        () => {
          awaitingReadability = false;
          if (!destroyed) analyse();
        },
        (e: unknown) => {
          awaitingReadability = false;
          console.error('Readout Lens: Readability could not be loaded.', e);
        },
      );
      return;
    }
    // Han text read without the Traditional Chinese table: paint what was found, load the table
    // and read again (Traditional forms fold to the KB's Simplified names only with it).
    if (reader.traditionalChineseWanted() && !awaitingTraditionalChinese) {
      awaitingTraditionalChinese = true;
      services.loadTraditionalChinese().then(
        () => {
          awaitingTraditionalChinese = false;
          if (destroyed) return;
          // Glossary aliases in Han were folded without it too.
          recognizer = reader.createRecognizer(kb, currentGlossary);
          scheduleAnalysis();
        },
        (e: unknown) => {
          // Keeps the highlights found without it; the next analysis (a page change) tries again.
          awaitingTraditionalChinese = false;
          console.error('Readout Lens: the Traditional Chinese table could not be loaded.', e);
        },
      );
    }
    const { map, recognition } = article;
    readout = article.readout;
    region = article.region;
    documents = map.documents;
    entityByKey = new Map(recognition.entities.map((e) => [e.key, e]));
    const titleAt = map.text.indexOf(readout.title);
    const firstPara = readout.body[0] ? map.text.indexOf(readout.body[0]) : -1;
    analysed = true;
    markAnalysed();
    analysis = {
      url,
      readout,
      published: reader.readoutPublished(url, doc),
      entities: recognition.entities,
      participantKeys: [
        ...new Set([
          // A first-person readout's author is a participant its text never names.
          ...(article.authorKey ? [article.authorKey] : []),
          ...participantKeysOf(
            recognition,
            titleAt >= 0 ? titleAt + readout.title.length : 0,
            firstPara >= 0 ? firstPara + (readout.body[0]?.length ?? 0) : 0,
          ),
        ]),
      ],
    };
    if (!on) return;
    const kinded = recognition.mentions.map((m) => ({ ...m, kind: kindOf(m.key) }));
    withoutObserving(() => {
      painting = supportsCustomHighlights(window) ? paintHighlights(map, kinded) : paintWrapped(map, kinded);
    });
    current =
      currentKey === undefined ? -1 : (painting?.mentions.findIndex((m) => m.start >= currentKey) ?? -1);
    if (current >= 0) painting?.setCurrent(painting.mentions[current]!);
    for (const d of documents) {
      observer.observe(d.body, { childList: true, subtree: true, characterData: true });
      if (d !== doc && !listenedDocs.has(d)) {
        listenedDocs.add(d);
        ctx.addEventListener(d, 'click', onClick as EventListener);
        ctx.addEventListener(d, 'pointermove', onPointerMove as EventListener, { passive: true });
        ctx.addEventListener(d, 'keydown', onKeydown as EventListener, { capture: true });
      }
    }
  }

  /** The fallback painter changes the DOM: those changes must not wake the observer. */
  function withoutObserving(change: () => void) {
    if (!painting?.mutatesDom && supportsCustomHighlights(window)) return change();
    observer.takeRecords();
    observer.disconnect();
    change();
    for (const d of documents)
      observer.observe(d.body, { childList: true, subtree: true, characterData: true });
  }

  function unpaint() {
    const old = painting;
    if (old) withoutObserving(() => old.clear());
    painting = null;
  }

  // Compare feature: the other side's readout, asked once per analysis, shown on every card.
  let otherSides: { of: PageAnalysis; reports: MeetingReport[] | null } | null = null;

  function renderCard(entity: FoundEntity, related: RelatedReadout[] | null): EntityCardProps {
    const page = analysis;
    return {
      entity,
      details: entity.id ? detailsById.get(entity.id) : undefined,
      readoutDate: readout.date,
      related,
      onClose: () => closeCard(true),
      onSaveNote: (note) => saveNote(entity, note),
      otherSides: services.otherSides && otherSides?.of === page ? otherSides.reports : undefined,
      onCompare: (report) => services.openCompare?.(page, report),
    };
  }

  function openCard(mention: PaintedMention, byKeyboard: boolean) {
    const entity = entityByKey.get(mention.key);
    if (!entity) return;
    cardMention = mention;
    cardByHover = false;
    let related: RelatedReadout[] | null = null;
    // At once once the card part is in; the first time, when it has loaded (unless the user has
    // moved on meanwhile: another term, a click elsewhere, Escape).
    card.request((host) => {
      if (cardMention === mention && !destroyed)
        host.open(mention.range, renderCard(entity, related), byKeyboard);
    });
    // Prior readouts and KB details arrive separately (asked while the part loads); each
    // re-renders the card when it lands.
    const refresh = () => {
      if (cardMention === mention && !destroyed) card.current()?.update(renderCard(entity, related));
    };
    if (services.otherSides && otherSides?.of !== analysis) {
      const asked: { of: PageAnalysis; reports: MeetingReport[] | null } = { of: analysis, reports: null };
      otherSides = asked;
      void services
        .otherSides(analysis)
        .catch(() => [])
        .then((reports) => {
          asked.reports = reports;
          refresh();
        });
    }
    const query = { url, entityKeys: [entity.key], participantKeys: [], date: readout.date };
    void services
      .related(query)
      .catch(() => [])
      .then((found) => {
        related = found;
        refresh();
      });
    const id = entity.id;
    if (id && !detailsById.has(id))
      void services
        .kbDetails([id])
        .catch(() => ({}) as Record<string, KbDetails>)
        .then((found) => {
          const details = found[id];
          if (details) detailsById.set(id, details);
          refresh();
        });
  }

  function closeCard(restoreFocus: boolean) {
    cardMention = null;
    cardByHover = false;
    cancelHover();
    card.cancel();
    card.current()?.close(restoreFocus);
  }

  async function saveNote(entity: FoundEntity, note: string): Promise<string | null> {
    const aliases = entity.surfaces.filter((s) => s !== entity.name && s.length >= 2);
    const error = await services.putGlossary({
      ...(entity.fromGlossary ? { id: entity.key } : {}),
      kind: entity.kind,
      name: entity.name,
      aliases,
      note,
      ...(entity.id ? { kbId: entity.id } : {}),
    });
    if (error === null && !destroyed) {
      // The note and any new aliases take effect on this page at once, through a re-analysis.
      currentGlossary = await services.listGlossary().catch(() => currentGlossary);
      recognizer = reader.createRecognizer(kb, currentGlossary);
      scheduleAnalysis();
    }
    return error;
  }

  function nextTerm() {
    if (!painting) return;
    const mentions = painting.mentions;
    if (!mentions.length) {
      announcer.say(t('announce.noTerms'));
      return;
    }
    closeCard(false);
    current = (current + 1) % mentions.length;
    const mention = mentions[current]!;
    painting.setCurrent(mention);
    const rect = mention.range.getBoundingClientRect();
    const el = mention.range.startContainer.parentElement;
    const inView =
      rect.top >= 0 && rect.bottom <= innerHeight && mention.range.startContainer.ownerDocument === doc;
    if (!inView) el?.scrollIntoView({ block: 'center', inline: 'nearest' });
    const entity = entityByKey.get(mention.key);
    announcer.say(
      entity
        ? t('announce.termKind', mention.surface, t(KIND_WORD[entity.kind]), current + 1, mentions.length)
        : t('announce.term', mention.surface, current + 1, mentions.length),
    );
    walkArmed = true;
    // Enter on the term opens its card: have the part ready for it.
    if (!cardPrefetched) {
      cardPrefetched = true;
      card.prefetch();
    }
  }

  /** Whether the card part was asked for ahead of a card (pointer on a term, keyboard walk). */
  let cardPrefetched = false;
  const cardIsOpen = () => card.current()?.isOpen() ?? false;
  const isInCard = (event: Event) => card.current()?.owns(event) ?? false;

  /*
   * Only the user's own clicks, pointer moves and keys drive the card: a page script's synthetic
   * events (`isTrusted` false) are ignored, so it cannot open a card, which is what asks the
   * background for the user's prior readouts.
   */
  function onClick(event: MouseEvent) {
    if (destroyed || !event.isTrusted || isInCard(event)) return;
    const target = event.target as Element | null;
    const mention = painting && !target?.closest?.(PAGE_CONTROLS) ? painting.hitTest(event) : null;
    const selection = (target?.ownerDocument ?? doc).getSelection();
    if (mention && (selection?.isCollapsed ?? true)) openCard(mention, false);
    else closeCard(false);
  }

  /*
   * A click on a term inside a link follows the link (the page keeps working), so such a term's
   * card opens when the pointer rests on it, and closes soon after the pointer leaves both.
   */
  let hoverTimer: number | undefined;
  let hoverTarget: PaintedMention | null = null;
  let cardByHover = false;
  function cancelHover() {
    clearTimeout(hoverTimer);
    hoverTimer = undefined;
    hoverTarget = null;
  }
  /** When the pointer was last checked for a term, to start loading the card part early. */
  let lastCardProbe = -Infinity;
  function onPointerMove(event: PointerEvent) {
    if (destroyed || !event.isTrusted || !painting || event.pointerType === 'touch') return;
    // The pointer on a term: a click may follow, so the card part starts loading now rather than
    // on the click (checked at most every CARD_PROBE_MS, and only until it is in or loading).
    if (!cardPrefetched && event.timeStamp - lastCardProbe >= CARD_PROBE_MS) {
      lastCardProbe = event.timeStamp;
      if (painting.hitTest(event)) {
        cardPrefetched = true;
        card.prefetch();
      }
    }
    if (isInCard(event)) {
      if (cardByHover) cancelHover();
      return;
    }
    const inControl = (event.target as Element | null)?.closest?.(PAGE_CONTROLS);
    const mention = inControl ? painting.hitTest(event) : null;
    if (mention && mention === (hoverTarget ?? cardMention)) return;
    cancelHover();
    if (mention) {
      hoverTarget = mention;
      hoverTimer = ctx.setTimeout(() => {
        hoverTarget = null;
        if (destroyed) return;
        openCard(mention, false);
        cardByHover = true;
      }, HOVER_OPEN_MS);
    } else if (cardByHover) {
      hoverTimer = ctx.setTimeout(() => closeCard(false), HOVER_CLOSE_MS);
    }
  }

  function onKeydown(event: KeyboardEvent) {
    if (destroyed || !event.isTrusted) return;
    if (event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyN') {
      event.preventDefault();
      nextTerm();
      return;
    }
    // A card open, or opening while its part loads.
    if (event.key === 'Escape' && cardMention !== null) {
      event.preventDefault();
      closeCard(true);
      return;
    }
    if (event.key === 'Enter' && walkArmed && !cardIsOpen() && painting && current >= 0) {
      const mention = painting.mentions[current];
      if (mention) {
        event.preventDefault();
        event.stopPropagation();
        walkArmed = false;
        openCard(mention, true);
      }
      return;
    }
    if (!['Shift', 'Alt', 'Control', 'Meta'].includes(event.key)) walkArmed = false;
  }

  ctx.addEventListener(doc, 'click', onClick as EventListener);
  ctx.addEventListener(doc, 'pointermove', onPointerMove as EventListener, { passive: true });
  ctx.addEventListener(window, 'keydown', onKeydown as EventListener, { capture: true });
  ctx.addEventListener(window, 'scroll', () => card.current()?.follow(), { capture: true, passive: true });
  ctx.addEventListener(window, 'resize', () => card.current()?.follow(), { passive: true });
  // A same-origin frame in the article that finishes loading brings new text (load does not bubble: capture).
  ctx.addEventListener(
    doc,
    'load',
    ((event: Event) => {
      const target = event.target as Element | null;
      if (target?.nodeName === 'IFRAME' && isInArticle(target, region)) scheduleAnalysis();
    }) as EventListener,
    { capture: true },
  );

  analyse();

  return {
    analysis: () => (analysed ? analysis : null),
    firstAnalysis: () => analysedOnce,
    highlightsOn: () => on,
    setHighlights(value) {
      if (value === on) return;
      on = value;
      if (on) return analyse();
      closeCard(false);
      announcer.remove();
      unpaint();
      observer.disconnect();
      current = -1;
    },
    nextTerm,
    destroy() {
      if (destroyed) return;
      closeCard(false);
      announcer.remove();
      unpaint();
      observer.disconnect();
      destroyed = true;
    },
  };
}
