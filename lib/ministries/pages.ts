/**
 * Detect which ministry a page belongs to and whether it is a readout; extract its structure.
 * Generic rules first (`generic.ts`), then the site's own overrides (one file per ministry).
 * Uses only the standard DOM API, so happy-dom in Node serves the same code as the page.
 */
import type { PageKind, Readout } from '../model';
import type { FirstPersonAuthor, MinistrySite } from './types';
import { MINISTRIES } from './registry';
import { ministryForUrl } from './url-rules';
import { detectKindAndProse, genericExtract, publishedDate } from './generic';
import { clean } from './text';

export type { FirstPersonAuthor, MinistrySite } from './types';
/** Kept for callers written against the placeholder. */
export type MinistryInfo = MinistrySite;
export { MINISTRIES } from './registry';
export { findDate, meetingDate } from './dates';
export { detectLanguage } from './text';
export { ministryForUrl } from './url-rules';

/** A ministry recognized by its templates, for saved pages whose URL is unknown. */
export function ministryForDocument(doc: Document): MinistrySite | null {
  return MINISTRIES.find((site) => site.markers?.some((selector) => doc.querySelector(selector))) ?? null;
}

/** A ministry recognized by chrome lines only it prints, for plain text with no URL. */
export function ministryForText(text: string): MinistrySite | null {
  return MINISTRIES.find((site) => site.textMarkers?.test(text)) ?? null;
}

function siteOf(url: string | null, doc: Document): MinistrySite | null {
  return ministryForUrl(url) ?? ministryForDocument(doc);
}

/**
 * Which ministry, what kind of page (readout, transcript, statement, announcement, speech,
 * listing, other), and whether it is an article to highlight (every kind but a listing, when it
 * has text and is not a form). Cheap: run it on every page load and location change; it reads
 * titles, the opening paragraphs and a few selectors.
 */
export function detectPage(
  url: string | null,
  doc: Document,
): { ministry: MinistrySite | null; pageKind: PageKind; article: boolean } {
  const ministry = siteOf(url, doc);
  const generic = detectKindAndProse(doc, ministry);
  const pageKind = ministry?.detect?.(doc, url, generic.kind) ?? generic.kind;
  return { ministry, pageKind, article: pageKind !== 'listing' && generic.prose };
}

/** Whether the page is worth the full extraction. */
export function isProbablyReadout(url: string | null, doc: Document): boolean {
  return detectPage(url, doc).pageKind === 'readout';
}

/** Title, date, place, participants, language and body of a page, patched by its ministry's overrides. */
export function extractReadout(url: string | null, doc: Document): Readout {
  let ministry = siteOf(url, doc);
  let readout = genericExtract(doc, url, ministry);
  if (!ministry) {
    // Chrome lines sit at the top and the bottom of a page.
    const text = clean(doc.body?.textContent);
    ministry = ministryForText(text.slice(0, 2000) + '\n' + text.slice(-2000));
    if (ministry) readout = genericExtract(doc, url, ministry);
  }
  if (!ministry) return readout;
  const kind = ministry.detect?.(doc, url, readout.pageKind);
  if (kind && kind !== readout.pageKind) {
    readout = {
      ...readout,
      pageKind: kind,
      isReadout: kind === 'readout',
      participants: kind === 'readout' ? readout.participants : [],
    };
  }
  return ministry.extract ? ministry.extract(doc, readout) : readout;
}

/** A readout found to be a news list after extraction: nothing of its entries is the page's. */
export function asListing(readout: Readout): Readout {
  return {
    ...readout,
    pageKind: 'listing',
    isReadout: false,
    date: null,
    place: null,
    participants: [],
    body: [],
  };
}

/**
 * The minister who wrote a first-person readout ("Today I met …") on their own site, who is its
 * other participant; null on every other page.
 */
export function readoutAuthor(url: string | null, doc: Document, readout: Readout): FirstPersonAuthor | null {
  const site = MINISTRIES.find((m) => m.id === readout.ministry);
  return (
    site?.firstPersonAuthor?.(doc, url ?? (doc.URL.startsWith('http') ? doc.URL : null), readout) ?? null
  );
}

/**
 * The date the page was published, which `extractReadout`'s `date` (the meeting's, when the text
 * gives one) may differ from; null when the page does not say.
 */
export function readoutPublished(url: string | null, doc: Document): string | null {
  return publishedDate(doc, url, siteOf(url, doc));
}
