/**
 * Where a readout's article is on its page: the elements holding its title, dateline, lead and
 * body (with captions), and the chrome inside them (share bars, related news, breadcrumbs). The
 * painter reads only these, so menus, sidebars, "related news" lists, footers and search boxes are
 * never highlighted nor listed. Unknown layouts take Readability's choice of body, found again in
 * the live page (Readability works on a copy).
 */
import type { MinistrySite } from './types';
import { clean, textLines } from './text';
import {
  bodyContainer,
  GENERIC_CHROME,
  GENERIC_DATE,
  GENERIC_TITLE_HEADINGS,
  readabilityParagraphs,
} from './generic';
import { looksLikeNewsList } from './listing-shape';

export interface ArticleRegion {
  /** The article's parts in document order, none inside another. */
  roots: Element[];
  /** Whether an element inside the parts is page chrome (never read, never painted). */
  isChrome(el: Element): boolean;
  /**
   * Readability's choice of body on an unknown layout is a news list (its shape): the page is a
   * listing, and `roots` is empty.
   */
  newsList?: boolean;
}

/**
 * Chrome that can sit inside an article container on any site. Captions (`figure`,
 * `figcaption`) belong to the article: unlike the body text, the painter keeps them.
 */
const PAINT_CHROME = [
  ...GENERIC_CHROME.filter((s) => s !== 'figure' && s !== 'figcaption'),
  '[role="navigation"]',
  '[role="search"]',
  '[role="complementary"]',
  '[role="banner"]',
  '[role="contentinfo"]',
  '.breadcrumbs',
  '.related',
  '.related-news',
  '.social-share',
  '.sidebar',
];

/** The first element (never a `meta`) matching one of `selectors`, with some text. */
function firstElement(doc: Document, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    for (const el of doc.querySelectorAll(selector)) {
      if (el.tagName !== 'META' && clean(el.textContent)) return el;
      if (el.tagName !== 'META') break;
    }
  }
  return null;
}

/**
 * The deepest element holding most (four fifths) of the text of `els`: Readability sometimes
 * keeps a stray paragraph from elsewhere ("Also read: …"), which must not widen the article to
 * the whole page.
 */
function mainAncestor(els: Element[]): Element | null {
  const held = new Map<Element, number>();
  const depth = new Map<Element, number>();
  let total = 0;
  for (const el of els) {
    const length = clean(el.textContent).length;
    total += length;
    let d = 0;
    for (let up = el.parentElement; up; up = up.parentElement) {
      held.set(up, (held.get(up) ?? 0) + length);
      d += 1;
    }
    let level = d;
    for (let up = el.parentElement; up; up = up.parentElement) depth.set(up, level--);
  }
  let best: Element | null = null;
  for (const [el, length] of held)
    if (length >= total * 0.8 && (!best || depth.get(el)! > depth.get(best)!)) best = el;
  return best;
}

/**
 * Readability's body, as live elements: the element around most of the live paragraphs whose
 * text Readability kept. Null when Readability finds nothing.
 */
function readabilityContainer(doc: Document, title: string): Element | null {
  const kept = new Set(readabilityParagraphs(doc, title));
  if (!kept.size || !doc.body) return null;
  const live = [...doc.body.querySelectorAll('p, li')].filter((el) =>
    textLines(el).some((line) => kept.has(line)),
  );
  return mainAncestor(live);
}

/** Elements listed once each, in document order, without those inside another. */
function outermostInOrder(els: (Element | null)[]): Element[] {
  const unique = [...new Set(els.filter((e): e is Element => e !== null))];
  const outer = unique.filter((el) => !unique.some((other) => other !== el && other.contains(el)));
  // DOCUMENT_POSITION_FOLLOWING (4): `b` comes after `a`.
  return outer.sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
}

/**
 * The article of a readout page, or null when the page has none to find (the painter then
 * has nothing to read). `title` is the extracted title, used to find Readability's paragraphs.
 */
export function articleRegion(doc: Document, site: MinistrySite | null, title: string): ArticleRegion | null {
  const known = bodyContainer(doc, site);
  const chosen = known ? null : readabilityContainer(doc, title);
  // Readability takes the biggest block of text, which on a news list is the list itself.
  if (chosen && looksLikeNewsList(chosen)) return { roots: [], isChrome: () => true, newsList: true };
  const body = known ?? chosen;
  const heading = firstElement(doc, [...(site?.selectors.title ?? []), ...GENERIC_TITLE_HEADINGS]);
  const dateline = firstElement(doc, [...(site?.selectors.date ?? []), ...GENERIC_DATE]);
  const lead = firstElement(doc, site?.selectors.lead ?? []);
  // A heading or dateline far from the body (a site banner's h1, a footer's "time") is not the article's.
  const near = (el: Element | null) => (el && body && !nearArticle(el, body) ? null : el);
  const parts = [near(heading), near(dateline), lead];
  const roots = outermostInOrder([...parts, body]);
  if (!roots.length) return null;
  const selectors = [...PAINT_CHROME, ...(site?.selectors.chrome ?? [])];
  const chrome = selectors.join(', ');
  // Most elements of an article (p, b, i, span) carry no attributes: only a bare tag selector can
  // match them, so a set lookup answers for them instead of a selector match (huge pages).
  const bareTags = new Set(selectors.filter((s) => /^[a-z]+$/.test(s)).map((s) => s.toUpperCase()));
  const kept = parts.filter((p): p is Element => p !== null);
  return {
    roots,
    // The site's title and date elements are chrome of the body text but parts of the article.
    isChrome: (el) =>
      (el.hasAttributes() ? el.matches(chrome) : bareTags.has(el.tagName)) &&
      !kept.some((part) => el === part || el.contains(part)),
  };
}

/** Whether `el` lies in the body, or shares with it an ancestor a few levels up. */
function nearArticle(el: Element, body: Element): boolean {
  if (body.contains(el) || el.contains(body)) return true;
  let shared: Element | null = body;
  for (let up = 0; up < 4 && shared; up++) {
    shared = shared.parentElement;
    if (shared?.contains(el)) return shared !== el.ownerDocument.body && shared.tagName !== 'HTML';
  }
  return false;
}
