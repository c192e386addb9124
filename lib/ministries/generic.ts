/**
 * The generic extractor: meta tags, JSON-LD and OpenGraph, headline and date rules, and
 * Readability for layouts nobody wrote selectors for. Site files patch its result.
 */
import { readabilityClass } from './readability';
import type { PageKind, Readout } from '../model';
import type { MinistrySite } from './types';
import { clean, detectLanguage, textLines } from './text';
import { dateHits, findDate, firstSentence, localDate, meetingDate } from './dates';
import { findParticipants } from './participants';
import { datelinePlaceOf } from './dateline';
import {
  classifyArticle,
  leadSaysReadout,
  looksLikeListing,
  titleSaysReadout,
  urlSaysSearchResults,
} from './kind';
import { looksLikeNewsList } from './listing-shape';

/** Where pages of any CMS keep their publication date. */
export const GENERIC_DATE = [
  'meta[property="article:published_time"]',
  'meta[name="PubDate"]',
  'meta[name="dcterms.issued"]',
  'meta[name="DC.date.issued"]',
  'meta[name="date"]',
  'meta[itemprop="datePublished"]',
  'time[datetime]',
  'time',
];
/** Page chrome inside any body container. */
export const GENERIC_CHROME = [
  'nav',
  'header',
  'footer',
  'aside',
  'figure',
  'figcaption',
  'script',
  'style',
  '.share',
  '.breadcrumb',
];

const GENERIC_TITLE_META = ['meta[name="ArticleTitle"]', 'meta[property="og:title"]'];
export const GENERIC_TITLE_HEADINGS = ['article h1', 'main h1', 'h1'];
/** Containers that hold one article, tried before the page-sized ones. */
const GENERIC_ARTICLE = ['[itemprop="articleBody"]', '.entry-content', 'article'];
const GENERIC_PAGE = ['main', '[role="main"]', '#content'];

/** Text of an element, or the `content` of a meta tag, or the `datetime` of a time element. */
function valueOf(el: Element): string {
  if (el.tagName === 'META') return clean(el.getAttribute('content'));
  if (el.tagName === 'TIME' && el.getAttribute('datetime')) return clean(el.getAttribute('datetime'));
  return clean(el.textContent);
}

function firstValue(doc: Document | Element, selectors: readonly string[] = []): string {
  for (const selector of selectors) {
    const el = doc.querySelector(selector);
    const value = el ? valueOf(el) : '';
    if (value) return value;
  }
  return '';
}

/** `document.title` minus the site name after it ("Title - Ministry of Foreign Affairs"). */
function documentTitle(doc: Document): string {
  return clean(doc.title).split(/\s+[-|–—｜]\s+|｜/)[0] ?? '';
}

/** The page's headline: the site's selectors, then meta tags and headings, then `document.title`. */
export function readTitle(doc: Document, site: MinistrySite | null): string {
  return (
    firstValue(doc, site?.selectors.title) ||
    firstValue(doc.head ?? doc, GENERIC_TITLE_META) ||
    firstValue(doc, GENERIC_TITLE_HEADINGS) ||
    documentTitle(doc)
  );
}

/** JSON-LD `datePublished`, the one structured field every CMS fills. */
function jsonLdDate(doc: Document, timeZone: string | undefined): string | null {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const match = /"datePublished"\s*:\s*"([^"]+)"/.exec(script.textContent ?? '');
    const date = match ? localDate(match[1]!, timeZone) : null;
    if (date) return date;
  }
  return null;
}

/** The publication date: the site's date element, then JSON-LD and meta tags. */
export function readPublished(doc: Document, site: MinistrySite | null): string | null {
  const timeZone = site?.timeZone;
  for (const selector of site?.selectors.date ?? []) {
    const el = doc.querySelector(selector);
    const date = el ? localDate(valueOf(el), timeZone) : null;
    if (date) return date;
  }
  const fromLd = jsonLdDate(doc, timeZone);
  if (fromLd) return fromLd;
  for (const selector of GENERIC_DATE) {
    const el = doc.querySelector(selector);
    const date = el ? localDate(valueOf(el), timeZone) : null;
    if (date) return date;
  }
  return null;
}

/**
 * Whether an element holds at least `min` characters of text, reading only as far as needed:
 * `textContent` on a 600 KB portal page costs milliseconds, this stops at the first words.
 */
function hasText(el: Element, min: number): boolean {
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  let seen = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    seen += (node.nodeValue ?? '').trim().length;
    if (seen >= min) return true;
  }
  return false;
}

/** The element that holds the readout's text: the site's, then any CMS's article, then the page's main part. */
export function bodyContainer(doc: Document, site: MinistrySite | null): Element | null {
  for (const selector of [...(site?.selectors.body ?? []), ...GENERIC_ARTICLE, ...GENERIC_PAGE]) {
    const el = doc.querySelector(selector);
    if (el && hasText(el, 1)) return el;
  }
  return null;
}

function paragraphsOf(container: Element, chrome: string[], title: string): string[] {
  const skip = chrome.join(',');
  const blocks = [...container.querySelectorAll('p, li')].filter(
    // A list item counts only when it holds no paragraph of its own (numbered points in ROK and Japan readouts).
    (el) =>
      !(skip && el.closest(skip)) && !(el.tagName === 'LI' && (el.querySelector('p') || el.closest('p'))),
  );
  // Lists of links are navigation, not text.
  const texts = blocks
    .filter((el) => el.tagName === 'P' || !el.querySelector('a') || clean(el.textContent).length > 80)
    .flatMap((el) => textLines(el))
    .filter((t) => t !== title);
  if (texts.length) return texts;
  const whole = clean(container.textContent);
  return whole ? [whole] : [];
}

/** Readability on a copy of the page, for layouts with no known body container. */
export function readabilityParagraphs(doc: Document, title: string): string[] {
  const copy = doc.cloneNode(true) as Document;
  const article = new (readabilityClass())<Node>(copy, { serializer: (node) => node }).parse();
  const content = article?.content;
  return content && 'querySelectorAll' in content ? paragraphsOf(content as Element, [], title) : [];
}

function containerBody(doc: Document, site: MinistrySite | null, title: string): string[] {
  const container = bodyContainer(doc, site);
  return container
    ? paragraphsOf(container, [...GENERIC_CHROME, ...(site?.selectors.chrome ?? [])], title)
    : [];
}

/** The readout's text as paragraphs; Readability only where no container is known and `readability` allows. */
export function readBody(
  doc: Document,
  site: MinistrySite | null,
  title: string,
  readability = true,
): string[] {
  const paras = containerBody(doc, site, title);
  const body = paras.join('').length > 0 || !readability ? paras : readabilityParagraphs(doc, title);
  const lead = clean(firstValue(doc, site?.selectors.lead));
  return lead && body[0] !== lead ? [lead, ...body] : body;
}

/** The first paragraph that reads like a lead, skipping datelines and "Office of the Spokesperson". */
export function leadParagraph(body: string[]): string {
  // CJK sentences carry more per character: a 25-character Chinese lead is a full sentence.
  const long = (p: string) => p.length >= (/[\u3040-\u9fff\uac00-\ud7af]/.test(p) ? 20 : 60);
  return body.find((p) => long(p) && /[.。!?！？다]/.test(p)) ?? body[0] ?? '';
}

/** A site's listing markers (news indexes); unknown sites have none, so their indexes count as other. */
function isListing(doc: Document, site: MinistrySite | null): boolean {
  return (site?.selectors.listing ?? []).some((selector) => doc.querySelector(selector) !== null);
}

/**
 * Where a news list is looked for: the page's main part around the body container (a list of
 * `<article>` teasers makes the first teaser the container), else the whole body.
 */
function listingScope(doc: Document, container: Element): Element {
  for (const selector of GENERIC_PAGE) {
    const el = doc.querySelector(selector);
    if (el?.contains(container)) return el;
  }
  return doc.body ?? container;
}

/** Titles that cost next to nothing to read: `<title>`, the head's meta titles, the first `h1`. */
function quickTitles(doc: Document): string[] {
  return [
    clean(doc.title),
    firstValue(doc.head ?? doc, GENERIC_TITLE_META),
    clean(doc.querySelector('h1')?.textContent),
  ].filter(Boolean);
}

/** How many opening paragraphs the kind rules read: datelines, a lead, a question or two. */
const OPENING_PARAGRAPHS = 12;

/**
 * The first paragraphs of a container, cheaply: its `p` elements, else its first text nodes (pages
 * that set text with `br`), never the whole text.
 */
function openingParagraphs(container: Element): { paragraphs: string[]; fields: number } {
  const paras: string[] = [];
  // Form fields met on the way: a page whose opening is a form is not an article.
  let fields = 0;
  // A walk that stops at the twelfth paragraph: `querySelectorAll('p')` would list all of them.
  const elements = container.ownerDocument.createTreeWalker(container, 1 /* NodeFilter.SHOW_ELEMENT */);
  for (let el = elements.nextNode(); el; el = elements.nextNode()) {
    const tag = (el as Element).tagName;
    if (FORM_FIELDS.has(tag)) fields += 1;
    if (tag !== 'P') continue;
    const text = clean(el.textContent);
    if (text) paras.push(text);
    if (paras.length >= OPENING_PARAGRAPHS) return { paragraphs: paras, fields };
  }
  if (paras.join('').length >= 40) return { paragraphs: paras, fields };
  const walker = container.ownerDocument.createTreeWalker(container, 4 /* NodeFilter.SHOW_TEXT */);
  const nodes: string[] = [];
  for (
    let node = walker.nextNode();
    node && nodes.length < OPENING_PARAGRAPHS * 2;
    node = walker.nextNode()
  ) {
    if (NOT_PROSE.has(node.parentElement?.tagName ?? '')) continue;
    const text = clean(node.nodeValue);
    if (text) nodes.push(text);
  }
  return { paragraphs: nodes, fields };
}

const FORM_FIELDS = new Set(['INPUT', 'SELECT', 'TEXTAREA']);

/** Elements whose text is code, not prose. */
const NOT_PROSE = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);

/**
 * Readout, transcript, statement, announcement, speech, listing or other, cheaply: titles and
 * opening paragraphs by regular expression (lib/ministries/kind.ts), and a few selector queries,
 * the free titles first. Queries stay one selector each: measured in Chromium on a 500 KB page, a
 * missing class costs microseconds, but a comma-joined list of the same selectors scans the page
 * (1.4 ms for four, 6 ms for twenty). `prose`: whether the page holds article text (100
 * characters of opening paragraphs, and not a form whose fields are the content).
 */
export function detectKindAndProse(
  doc: Document,
  site: MinistrySite | null,
): { kind: PageKind; prose: boolean } {
  const titles = quickTitles(doc);
  let readoutTitle = titles.some(titleSaysReadout);
  const marked = isListing(doc, site);
  // Neutral titles ("News", the ministry's name) are mostly indexes: their list markers come early.
  // A title that names an article kind ("Regular Press Conference") is read on: its sidebar may
  // carry the same list markers.
  if (!readoutTitle && marked && classifyArticle(titles, []) === 'other')
    return { kind: 'listing', prose: false };
  if (!readoutTitle) {
    const siteTitle = firstValue(doc, site?.selectors.title);
    if (siteTitle) titles.push(siteTitle);
    readoutTitle = titleSaysReadout(siteTitle);
  }
  // Unknown layouts have no known container: the whole body stands in for it.
  const container = bodyContainer(doc, site) ?? doc.body;
  if (!container) return { kind: 'other', prose: false };
  const { paragraphs, fields } = openingParagraphs(container);
  if (looksLikeListing(paragraphs) || urlSaysSearchResults(doc.URL)) return { kind: 'listing', prose: false };
  // Dated headline links with little prose of the page's own: a news list on any site, whatever
  // its titles say (a list template that keeps an article's `ArticleTitle` meta).
  if (looksLikeNewsList(listingScope(doc, container), marked)) return { kind: 'listing', prose: false };
  // A form whose fields are the content (a search page, a visa application) is not an article;
  // an article with a few fields beside its paragraphs (a comment box, an embedded form) is.
  const prose =
    paragraphs.join(' ').length >= 100 &&
    (fields < 3 || fields <= paragraphs.length || hasText(container, 1500));
  const kind = classifyArticle(titles, paragraphs);
  if (kind === 'readout' && hasText(container, 100)) return { kind, prose };
  // A readout title over a list of items (a site's listing markers) is the list.
  if (readoutTitle && marked) return { kind: 'listing', prose: false };
  return { kind: kind === 'readout' ? 'other' : kind, prose };
}

export function detectKind(doc: Document, site: MinistrySite | null): PageKind {
  return detectKindAndProse(doc, site).kind;
}

const EN_PLACE =
  /\b(?:in|at)\s+((?:[A-Z][\p{L}.'’-]+)(?:\s+[A-Z][\p{L}.'’-]+)*(?:,\s+(?:[A-Z][\p{L}.'’-]+)(?:\s+[A-Z][\p{L}.'’-]+)*)?)/gu;
const ZH_PLACE = /在([\p{Script=Han}]{2,8}?)(?:会见|会谈|出席|举行|同|与|访问)/u;
/** Words after "in" that are not places ("in Bali" is; "in January", "in Russia's war" are not). */
const NOT_PLACE =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|The|This|Both|Their|His|Her)\b|[’']s$/;

/** Where the meeting took place, as the opening sentence says ("in Seoul", "在慕尼黑"). */
export function findPlace(lead: string, language: string): string | null {
  const sentence = firstSentence(lead);
  if (language === 'zh') return ZH_PLACE.exec(sentence)?.[1] ?? null;
  if (language !== 'en') return null;
  const places = [...sentence.matchAll(EN_PLACE)]
    .map((m) => m[1]!.replace(/[.,]$/, ''))
    .filter((p) => !NOT_PLACE.test(p));
  return places.at(-1) ?? null;
}

/** Everything the generic rules can read off a page; `site` only supplies selectors here. */
export function genericExtract(doc: Document, url: string | null, site: MinistrySite | null): Readout {
  const title = readTitle(doc, site);
  const pageKind = detectKind(doc, site);
  // Readability is for articles in unknown layouts: a listing does not pay for it.
  const body = pageKind === 'listing' ? [] : readBody(doc, site, title, pageKind !== 'other');
  const lead = leadParagraph(body);
  const language = detectLanguage(`${title}\n${body.slice(0, 3).join('\n')}`, doc.documentElement?.lang);
  const published = pageKind === 'listing' ? null : publishedDate(doc, url, site);
  // With no publication date, the page's first full date (a "来源:2010-01-29" line) is the
  // reference for a month-day or a day alone in the lead.
  const reference = published ?? (pageKind === 'listing' ? null : findDate(body.join('\n')));
  // A date above the lead or in it, or on a short line of its own (a "来源:" line, a dateline), is
  // the page's own; one inside a later paragraph is some other event's, which lends a month-day
  // in the lead its year but bounds nothing.
  const leadAt = body.indexOf(lead);
  const dateAt = body.findIndex((p) => findDate(p) !== null);
  const options = {
    published: published !== null || (dateAt >= 0 && (dateAt <= leadAt || body[dateAt]!.length < 80)),
  };
  // A page with no headline gives its first sentence as the title: it is the lead.
  const date =
    meetingDate(lead, reference, options) ??
    (/[。.다]$/.test(title) ? meetingDate(title, reference, options) : null) ??
    // A date inside a later paragraph is the meeting's only when its sentence tells a meeting
    // ("also received in audience … today, 24 August 2021"); otherwise it is some other event's
    // ("took office on Dec 2, 2022") and lends a year, not the meeting's day.
    (options.published || (dateAt >= 0 && leadSaysReadout(sentenceAround(body[dateAt]!))) ? reference : null);
  return {
    isReadout: pageKind === 'readout',
    pageKind,
    ministry: site?.id ?? null,
    title,
    date,
    // The opening sentence says where the meeting was; failing that, the dateline where the page was issued.
    place: findPlace(lead, language) ?? datelinePlaceOf(datelineLines(doc, site, body)),
    language,
    participants: pageKind === 'readout' ? findParticipants(title, lead, language, site?.country) : [],
    body,
  };
}

/**
 * The words of a paragraph before its first full date, back to 250 characters: enough for the
 * sentence that holds it, whose abbreviations ("H.E.") make a sentence split unsafe.
 */
function sentenceAround(paragraph: string): string {
  const at = dateHits(paragraph).find((h) => h.year !== undefined)?.index ?? 0;
  return paragraph.slice(Math.max(0, at - 250), at + 40);
}

/** Lines that can be a dateline: the site's visible date elements, then the opening paragraphs. */
function datelineLines(doc: Document, site: MinistrySite | null, body: readonly string[]): string[] {
  const dateElements = (site?.selectors.date ?? [])
    .map((selector) => doc.querySelector(selector))
    .filter((el): el is Element => el !== null && el.tagName !== 'META')
    .map((el) => clean(el.textContent));
  return [...dateElements, ...body.slice(0, OPENING_DATELINES)];
}
/** A dateline stands above the lead or opens it. */
const OPENING_DATELINES = 3;

/** The page's publication date: the site's date element, JSON-LD and meta tags, then the URL. */
export function publishedDate(doc: Document, url: string | null, site: MinistrySite | null): string | null {
  return readPublished(doc, site) ?? urlDate(url);
}

/** A date some URLs carry (`/2020/11/26/`, `/20201126/`, a path part `/05052022/` day first). */
export function urlDate(url: string | null): string | null {
  const m = url ? /\/((?:19|20)\d{2})[/-]?(\d{2})[/-]?(\d{2})(?:\/|[^\d])/.exec(url) : null;
  if (m) return findDate(`${m[1]}-${m[2]}-${m[3]}`);
  // A whole path part of eight digits, day, month, year: read only when no year-first date fits.
  const dayFirst = url ? /\/(\d{2})(\d{2})((?:19|20)\d{2})\//.exec(url) : null;
  return dayFirst && Number(dayFirst[2]) <= 12
    ? findDate(`${dayFirst[3]}-${dayFirst[2]}-${dayFirst[1]}`)
    : null;
}
