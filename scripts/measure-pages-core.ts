/**
 * Measures one page the way the content script sees it (happy-dom, the same `analyzeArticle`):
 * page kind, title and date, participants found, the article's officials and agreements found,
 * and how many painted terms lie outside the article. Used by `measure-real-pages.ts` on real
 * pages and by the unit tests on our fixture pages.
 */
import { createHash } from 'node:crypto';
// Readability for unknown layouts (the content script loads it on demand).
import '../lib/ministries';
import { analyzeArticle, articleTextMap } from '../lib/highlight/article-map';
import { readingOrder } from '../lib/highlight/paint';
import { boundsFor, buildTextMap } from '../lib/highlight/text-map';
import type { Recognizer } from '../lib/recognize';
import { foldKey } from '../lib/recognize/fold';

export interface PageGold {
  file: string;
  url: string;
  /** null: the page kind is not scored. */
  isReadout: boolean | null;
  /** First 16 hex digits of the SHA-256 of the title (NFKC, spaces collapsed). */
  titleSha256?: string;
  /** ISO day, or null when not scored. */
  date: string | null;
  /** Selectors of the article's parts on this page (title, dateline, body, captions). */
  article: string[];
  participants?: string[];
  officials?: string[];
  agreements?: string[];
}

export interface PageFigures {
  file: string;
  kindRight: boolean | null;
  titleRight: boolean | null;
  dateRight: boolean | null;
  participants: { found: number; of: number };
  officials: { found: number; of: number };
  agreements: { found: number; of: number };
  /** Terms painted, and those of them outside the article. */
  painted: number;
  outside: number;
  /**
   * The same for the article the painter would read were the page taken for a readout: checks
   * the article finding on pages of every kind (on a non-readout page nothing is painted).
   */
  asReadoutPainted: number;
  asReadoutOutside: number;
  /** The same, had the whole page been read (before the article-only painter). */
  wholePagePainted: number;
  wholePageOutside: number;
  /** Terms painted outside the article, as written (for the report, never committed). */
  outsideSurfaces: string[];
}

export function titleDigest(title: string): string {
  const normal = title.normalize('NFKC').replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(normal).digest('hex').slice(0, 16);
}

const same = (a: string, b: string) => foldKey(a) === foldKey(b);

/** How many of `wanted` some name or surface in `names` equals (or, for agreements, contains). */
function countFound(wanted: readonly string[], names: readonly string[], contains = false): number {
  return wanted.filter((w) => names.some((n) => same(n, w) || (contains && foldKey(n).includes(foldKey(w)))))
    .length;
}

function insideArticle(node: Node, doc: Document, selectors: readonly string[]): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return el !== null && el.ownerDocument === doc && selectors.some((s) => el.closest(s) !== null);
}

export function measurePage(doc: Document, gold: PageGold, recognizer: Recognizer): PageFigures {
  const { readout, map, recognition } = analyzeArticle(doc, gold.url, recognizer);
  const painted = readingOrder(recognition.mentions);
  const outsideSurfaces: string[] = [];
  for (const m of painted) {
    const bounds = boundsFor(map, m.start, m.end);
    if (bounds && !insideArticle(bounds.startContainer, doc, gold.article)) outsideSurfaces.push(m.surface);
  }
  const asReadout = articleTextMap(doc, { ...readout, isReadout: true, pageKind: 'readout' });
  const asReadoutFound = readingOrder(
    recognizer.recognize(asReadout.text, { date: readout.date, language: readout.language }).mentions,
  );
  const asReadoutOutside = asReadoutFound.filter((m) => {
    const bounds = boundsFor(asReadout, m.start, m.end);
    return bounds !== null && !insideArticle(bounds.startContainer, doc, gold.article);
  }).length;
  // What the content script painted before it read only the article: recognition over the body.
  const whole = buildTextMap(doc.body);
  const wholeFound = readingOrder(
    recognizer.recognize(whole.text, { date: readout.date, language: readout.language }).mentions,
  );
  const wholeOutside = wholeFound.filter((m) => {
    const bounds = boundsFor(whole, m.start, m.end);
    return bounds !== null && !insideArticle(bounds.startContainer, doc, gold.article);
  }).length;
  const officials = recognition.entities.filter((e) => e.kind === 'official');
  const agreements = recognition.entities.filter((e) => e.kind === 'agreement');
  const namesOf = (list: typeof officials) => list.flatMap((e) => [e.name, ...e.surfaces]);
  const figure = (wanted: string[] | undefined, names: string[], contains = false) => ({
    found: countFound(wanted ?? [], names, contains),
    of: wanted?.length ?? 0,
  });
  return {
    file: gold.file,
    kindRight: gold.isReadout === null ? null : readout.isReadout === gold.isReadout,
    titleRight: gold.titleSha256 ? titleDigest(readout.title) === gold.titleSha256 : null,
    dateRight: gold.date === null ? null : readout.date === gold.date,
    participants: figure(
      gold.participants,
      readout.participants.map((p) => p.name),
    ),
    officials: figure(gold.officials, namesOf(officials)),
    agreements: figure(gold.agreements, namesOf(agreements), true),
    painted: painted.length,
    outside: outsideSurfaces.length,
    asReadoutPainted: asReadoutFound.length,
    asReadoutOutside,
    wholePagePainted: wholeFound.length,
    wholePageOutside: wholeOutside,
    outsideSurfaces,
  };
}
