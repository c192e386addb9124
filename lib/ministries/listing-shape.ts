/**
 * A news list recognised by its shape, on any site and in any language: runs of sibling items,
 * each a headline link with a date, and little prose of the page's own outside them. Listing
 * markers (a registered site's selectors) name only the lists of known templates; this finds a
 * government site's list that no site file knows, and confirms a marked list whose template also
 * carries an article's metas. Precision first: an article keeps its prose outside its "related
 * news" block, so however big that block is, the page stays an article.
 */
import { clean } from './text';

/** Items of one run that make a news list; a marked page (listing selectors matched) needs fewer. */
const MIN_ITEMS = 5;
const MIN_ITEMS_MARKED = 3;
/** An item is a headline and its date, with at most a short summary. */
const MAX_ITEM_LENGTH = 700;
/** Prose (weighted characters) below which a page with a news run has no article of its own. */
const PROSE_FLOOR = 100;
/** Prose above which a page is an article whatever its lists hold (a readout's few paragraphs). */
const PROSE_CEILING = 900;
/** How many times the page's own prose the items' text must be: five, or two beside pagination. */
const ITEMS_TO_PROSE = 5;
const ITEMS_TO_PROSE_PAGINATED = 2;

/**
 * Dates as lists print them: ISO and dotted, CJK, day-month-year and month-day-year words. No `\b`:
 * a headline and its date often touch in the text ("…Klaveren15.03.2025").
 */
const DATE_SHAPE = new RegExp(
  [
    String.raw`(?:19|20)\d{2}\s?[-./年년]\s?\d{1,2}\s?[-./月월]\s?\d{1,2}`,
    String.raw`(?<!\d)\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d{2}(?!\d)`,
    String.raw`(?:令和|平成)\s?(?:\d{1,2}|元)年\s?\d{1,2}月\s?\d{1,2}日`,
    String.raw`\d{1,2}月\s?\d{1,2}日`,
    String.raw`(?<!\d)\d{1,2}(?:er)?\.?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|janv|févr|mars|avr|mai|juin|juil|août|sept|oct|nov|déc|Januar|Februar|März|Juni|Juli|Okt|Dez|январ|феврал|март|апрел|ма[яй]|июн|июл|август|сентябр|октябр|ноябр|декабр)\p{L}*\.?\s+(?:19|20)\d{2}`,
    String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+(?:19|20)\d{2}`,
  ].join('|'),
  'iu',
);

/** Blocks that are page chrome wherever they sit: their lists are menus and sidebars, not the page's. */
const CHROME = [
  'nav, header, footer, aside, [role="navigation"], [role="complementary"], [role="banner"], [role="contentinfo"]',
  // Layouts of divs name their chrome in classes: a footer's or cookie banner's text is not the page's prose.
  '[class*="footer"], [id*="footer"], [class*="cookie"], [class*="copyright"]',
  'script, style, noscript, template',
].join(', ');

/** Labels and class names of "related news" blocks: an article's, never the page's own list. */
const RELATED_LABEL =
  /\b(?:related|see also|also read|read also|read more|more (?:news|stories|on this)|you may also|recommended|further reading)\b|相关|相關|推荐|延伸阅读|관련|함께 보|関連|あわせて|Похож|Читайте также|См\. также|Связанн|Другие материалы|Voir aussi|[AÀ] lire aussi|Sur le même sujet|Dans la même rubrique|Siehe auch|Mehr zum Thema|Das könnte Sie/iu;
const RELATED_CLASS = /relat|relnews|recommend|see-?also|more-?news|read-?more|teaser-?aside/i;

/**
 * Pagination: page numbers in a row, or two in a pager block. Not a lone "Next" link nor
 * `rel="next"`: an article's links to the next article carry those too.
 */
const PAGER_CLASS = /pagination|pager|page-?nav|paging|page-numbers|pagelist|\bpages?\b/i;

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/gu;

/** Length with CJK characters counted three times: a Chinese sentence says in 30 what English says in 90. */
function weightedLength(text: string): number {
  return text.length + 2 * (text.match(CJK)?.length ?? 0);
}

/** A link text that reads as a headline: a few words, not a menu entry ("Home", "Press"). */
export function isHeadline(text: string): boolean {
  const cjk = text.match(CJK)?.length ?? 0;
  if (cjk >= 8) return true;
  return text.length >= 25 && text.split(/\s+/).length >= 4;
}

export function hasDate(text: string): boolean {
  return DATE_SHAPE.test(text);
}

/** The longest link text in an item: its headline, beside "Read more" and tag links. */
function headlineOf(item: Element): string {
  let best = '';
  for (const link of item.querySelectorAll('a[href]')) {
    const text = clean(link.textContent);
    if (text.length > best.length) best = text;
  }
  if (item.tagName === 'A' && item.hasAttribute('href')) {
    const own = clean(item.textContent);
    if (own.length > best.length) best = own;
  }
  return best;
}

/**
 * A list entry's weighted length: a headline link, short text, dated in itself or by the heading
 * before it (a `dt`); null for anything else. The date is checked first: it costs the least.
 */
function newsItemLength(item: Element): number | null {
  const text = clean(item.textContent);
  const length = weightedLength(text);
  if (!text || length > MAX_ITEM_LENGTH) return null;
  const before = item.previousElementSibling;
  const dated =
    hasDate(text) ||
    item.querySelector('time') !== null ||
    (before !== null && !before.querySelector('a') && hasDate(clean(before.textContent)));
  return dated && isHeadline(headlineOf(item)) ? length : null;
}

/** Siblings looked at before a group with no entry among them is given up (long runs of paragraphs). */
const ENTRY_PROBE = 8;

/** Whether a block's label or class says it is "related news" beside an article. */
function isRelatedBlock(parent: Element, stop: Element): boolean {
  for (let el: Element | null = parent, up = 0; el && up < 3; el = el.parentElement, up++) {
    if (RELATED_CLASS.test(`${el.id} ${el.getAttribute('class') ?? ''}`)) return true;
    const label = el.previousElementSibling;
    const labelText = label && !label.querySelector('a[href]') ? clean(label.textContent) : '';
    if (labelText && labelText.length <= 60 && RELATED_LABEL.test(labelText)) return true;
    if (el === stop) break;
  }
  return false;
}

interface NewsRuns {
  /** Items in runs of dated headlines. */
  items: Element[];
  /** Their text, weighted. */
  length: number;
}

/** Runs of sibling news items under one parent, outside chrome and "related" blocks. */
function newsRuns(container: Element, minItems: number): NewsRuns {
  const items: Element[] = [];
  let length = 0;
  const walker = container.ownerDocument.createTreeWalker(container, 1 /* NodeFilter.SHOW_ELEMENT */);
  for (let node = walker.currentNode as Element | null; node; node = walker.nextNode() as Element | null) {
    const parent = node;
    if (parent.childElementCount < minItems) continue;
    if (parent.closest(CHROME) || items.some((item) => item.contains(parent))) continue;
    // Same-tag siblings: `li`, `tr`, `div.item`, `article`, `dd` (a `dt` date heading before each).
    const byTag = new Map<string, Element[]>();
    for (const child of parent.children) {
      const group = byTag.get(child.tagName);
      if (group) group.push(child);
      else byTag.set(child.tagName, [child]);
    }
    for (const siblings of byTag.values()) {
      if (siblings.length < minItems) continue;
      const found: { el: Element; length: number }[] = [];
      for (const [i, el] of siblings.entries()) {
        if (i >= ENTRY_PROBE && !found.length) break;
        const itemLength = newsItemLength(el);
        if (itemLength !== null) found.push({ el, length: itemLength });
      }
      // Most siblings are entries (a few may be ads or separators).
      if (found.length < minItems || found.length < siblings.length / 2) continue;
      if (isRelatedBlock(parent, container)) continue;
      for (const entry of found) {
        items.push(entry.el);
        length += entry.length;
      }
    }
  }
  return { items, length };
}

/**
 * The page's own prose: text outside links, chrome and the list's items, in blocks long enough
 * to be sentences (labels, dates and buttons are not). Stops once past `enough`.
 */
function proseOutside(container: Element, items: Element[], enough: number): number {
  const perBlock = new Map<Element, number>();
  let total = 0;
  const walker = container.ownerDocument.createTreeWalker(container, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    const text = (node.nodeValue ?? '').trim();
    if (!parent || !text || parent.closest(`a, button, label, select, ${CHROME}`)) continue;
    if (items.some((item) => item.contains(parent))) continue;
    const block = parent.closest('p, li, td, dd, blockquote, h1, h2, h3, div, section, article') ?? parent;
    const before = perBlock.get(block) ?? 0;
    const after = before + weightedLength(text);
    perBlock.set(block, after);
    // A block counts once it is sentence-long; the part already seen counts with it.
    if (after >= 60) total += before >= 60 ? after - before : after;
    if (total >= enough) break;
  }
  return total;
}

/**
 * Whether the first `h1` outside the list's items is the page's headline: it reads as one, and
 * the page's title says it (a site's name in an `h1` logo is no headline).
 */
function headedByHeadline(container: Element, items: Element[]): boolean {
  const doc = container.ownerDocument;
  const titles = [doc.title, doc.querySelector('meta[property="og:title"]')?.getAttribute('content')]
    .map((t) => clean(t).toLowerCase())
    .filter(Boolean);
  for (const h1 of container.querySelectorAll('h1')) {
    if (h1.closest(CHROME) || items.some((item) => item.contains(h1))) continue;
    const text = clean(h1.textContent).toLowerCase();
    return isHeadline(text) && titles.some((t) => t.includes(text) || text.includes(t));
  }
  return false;
}

function hasPagination(container: Element): boolean {
  for (const el of container.querySelectorAll('[class], [id]'))
    if (PAGER_CLASS.test(`${el.id} ${el.getAttribute('class') ?? ''}`) && pageNumbers(el) >= 2) return true;
  return pageNumbers(container) >= 3;
}

/** The longest run of links whose texts are page numbers ("1", "2", "3"). */
function pageNumbers(el: Element): number {
  let run = 0;
  let longest = 0;
  for (const link of el.querySelectorAll('a')) {
    run = /^\d{1,3}$/.test(clean(link.textContent)) ? run + 1 : 0;
    longest = Math.max(longest, run);
  }
  return longest;
}

/**
 * Whether `container` (a page's main part, or its body on an unknown layout) is a news list:
 * a run of dated headline links whose text outweighs the page's own prose. `marked`: the site's
 * listing selectors matched, so a shorter run will do.
 */
export function looksLikeNewsList(container: Element, marked = false): boolean {
  const runs = newsRuns(container, marked ? MIN_ITEMS_MARKED : MIN_ITEMS);
  if (!runs.items.length) return false;
  const prose = proseOutside(container, runs.items, PROSE_CEILING);
  if (prose < PROSE_FLOOR) return true;
  // A headline over prose is an article's ("Minister Meets …", not "News"): the list beside it,
  // however long, is its related news.
  if (prose >= PROSE_CEILING || headedByHeadline(container, runs.items)) return false;
  const ratio = hasPagination(container) ? ITEMS_TO_PROSE_PAGINATED : ITEMS_TO_PROSE;
  return runs.length >= prose * ratio;
}
