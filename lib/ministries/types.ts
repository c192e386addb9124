/**
 * One ministry site, as data plus small overrides — the way Zotero translators patch the generic
 * "Embedded Metadata" result instead of starting over.
 */
import type { PageKind, Readout } from '../model';

/** CSS selectors for a site's templates, tried in order; the first that matches wins. */
export interface SiteSelectors {
  title?: string[];
  /** Elements (or `meta` tags) whose text holds the publication date. */
  date?: string[];
  body?: string[];
  /** A lead paragraph that sits outside the body container (gov.uk). */
  lead?: string[];
  /** Page chrome inside the body container, dropped before reading paragraphs. */
  chrome?: string[];
  /** Present only on listing pages (news indexes). */
  listing?: string[];
}

/**
 * Who "I" is in a first-person readout ("Today I met Foreign Minister …"): the minister whose
 * site it is. The name when the page gives it (its URL, its byline); the knowledge base resolves
 * it, or names the office's holder on the page's date when the page does not.
 */
export interface FirstPersonAuthor {
  name?: string;
  title: string;
  country: string;
  officeKind: 'foreign-minister';
}

export interface MinistrySite {
  id: string;
  name: { en: string; native: string };
  /** ISO 3166 alpha-2, or `EU`. */
  country: string;
  /** IANA time zone the ministry dates its pages in: publication timestamps are read in it. */
  timeZone: string;
  /** Languages the site publishes in, BCP 47 primary subtags. */
  languages: string[];
  /** WebExtension match patterns: the manifest's content-script matches and host permissions. */
  matches: string[];
  /**
   * Selectors found only in this ministry's templates: they name the ministry of a saved page
   * whose URL is unknown.
   */
  markers?: string[];
  /** The same for plain text: lines of page chrome that only this ministry prints. */
  textMarkers?: RegExp;
  selectors: SiteSelectors;
  /** Overrides the generic page kind; return undefined to keep it. */
  detect?(doc: Document, url: string | null, generic: PageKind): PageKind | undefined;
  /** Patches the generic extraction. */
  extract?(doc: Document, generic: Readout): Readout;
  /** The author of a readout written in the first person, who is its other participant. */
  firstPersonAuthor?(doc: Document, url: string | null, readout: Readout): FirstPersonAuthor | null;
  /** URLs this site's detector must accept (and every other site's must reject). */
  testUrls: string[];
}
