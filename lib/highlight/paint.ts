/**
 * Painting located mentions over a page. Two painters with one interface:
 *
 * - `paintHighlights`: the CSS Custom Highlight API. The page's DOM is not touched; the browser
 *   draws the ranges, and clicks are hit-tested through the caret position under the pointer.
 * - `paintWrapped` (`wrap.ts`): the fallback for browsers without it; custom elements around the
 *   text, removed exactly.
 *
 * One highlight per entity kind, so officials and agreements differ in colour and in underline
 * style (solid vs dashed): the second cue survives colour blindness and dark pages.
 */
import type { Mention } from '../model';
import { boundsFor, rangeOf, type TextMap } from './text-map';

export const HIGHLIGHT_PREFIX = 'readout-lens-';
export const CURRENT_HIGHLIGHT = `${HIGHLIGHT_PREFIX}current`;
export const PAINTED_KINDS = ['official', 'agreement', 'organization', 'event', 'place', 'other'] as const;

/**
 * Translucent backgrounds keep the page's own text colour, so they read on light and dark pages;
 * the underline style is the cue that does not depend on colour (solid, dashed, dotted, double).
 * Organizations are named in page banners and headers, often light text on a dark band (China
 * MFA's red header): a translucent tint vanishes there, so theirs is an opaque light chip with its
 * own dark text, the same on every ministry's banner and body.
 */
export const KIND_STYLES: Record<string, { background: string; decoration: string; color?: string }> = {
  official: { background: 'rgba(255, 184, 0, 0.32)', decoration: 'underline solid rgb(214, 140, 0) 2px' },
  agreement: { background: 'rgba(64, 156, 255, 0.28)', decoration: 'underline dashed rgb(40, 120, 230) 2px' },
  organization: {
    background: 'rgb(214, 245, 231)',
    decoration: 'underline dotted rgb(0, 130, 85) 2px',
    color: 'rgb(12, 52, 38)',
  },
  event: { background: 'rgba(170, 90, 200, 0.2)', decoration: 'underline double rgb(150, 70, 180) 3px' },
  place: { background: 'transparent', decoration: 'underline dotted rgb(128, 128, 128) 1px' },
  other: { background: 'transparent', decoration: 'underline dotted rgb(128, 128, 128) 1px' },
};
export const CURRENT_STYLE = {
  background: 'rgba(255, 110, 0, 0.5)',
  decoration: 'underline wavy rgb(230, 80, 0) 2px',
};

export const HIGHLIGHT_CSS = [
  ...Object.entries(KIND_STYLES).map(
    ([kind, s]) =>
      `::highlight(${HIGHLIGHT_PREFIX}${kind}) { background-color: ${s.background}; text-decoration: ${s.decoration};${s.color ? ` color: ${s.color};` : ''} }`,
  ),
  `::highlight(${CURRENT_HIGHLIGHT}) { background-color: ${CURRENT_STYLE.background}; text-decoration: ${CURRENT_STYLE.decoration}; }`,
].join('\n');

export interface KindedMention extends Mention {
  kind: string;
}

export interface PaintedMention extends KindedMention {
  /**
   * Live range over the mention's text: the card anchors to it, the walk scrolls to it. Made on
   * first use: every live range costs the browser work on each DOM change of the page, so
   * thousands of them would slow the page's own updates.
   */
  readonly range: Range;
}

/** Holds a mention's range, made on first read; the getter lives on the prototype, so the
 * thousands of painted mentions on a huge page stay plain fast objects. */
class LazyRange {
  #make: () => Range;
  #range: Range | null = null;
  constructor(make: () => Range) {
    this.#make = make;
  }
  get range(): Range {
    return (this.#range ??= this.#make());
  }
}

export function withLazyRange<T extends KindedMention>(mention: T, make: () => Range): T & PaintedMention {
  return Object.assign(new LazyRange(make), mention) as unknown as T & PaintedMention;
}

export interface Painting {
  /** Painted mentions in reading order. */
  mentions: PaintedMention[];
  /** Whether painting changed the DOM (the fallback): observers must ignore it. */
  mutatesDom: boolean;
  /** The mention under a click, or null. */
  hitTest(event: MouseEvent): PaintedMention | null;
  /** Marks the term the keyboard walk is on (null: none). */
  setCurrent(mention: PaintedMention | null): void;
  /** Removes every trace of the painting. */
  clear(): void;
}

type HighlightWindow = Window & typeof globalThis;

export function supportsCustomHighlights(win: Window): boolean {
  const w = win as HighlightWindow;
  return typeof w.Highlight === 'function' && typeof w.CSS !== 'undefined' && 'highlights' in w.CSS;
}

/** The mention containing text offset `at` (mentions sorted and non-overlapping). */
export function mentionContaining<T extends Mention>(mentions: readonly T[], at: number): T | null {
  let lo = 0;
  let hi = mentions.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const m = mentions[mid]!;
    if (at < m.start) hi = mid - 1;
    else if (at >= m.end) lo = mid + 1;
    else return m;
  }
  return null;
}

/** Mentions sorted by start, overlaps dropped (the earlier, then longer, one wins). */
export function readingOrder<T extends Mention>(mentions: readonly T[]): T[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: T[] = [];
  let end = -1;
  for (const m of sorted) {
    if (m.start < end || m.end <= m.start) continue;
    out.push(m);
    end = m.end;
  }
  return out;
}

/** The text position under a point, in the document the point belongs to. */
export function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  };
  if (d.caretPositionFromPoint) {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r = doc.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}

const sheets = new Map<Document, CSSStyleSheet>();

/**
 * Adopts the `::highlight` rules into a document, once. A stylesheet change makes Chromium
 * recompute the style of the whole document (about 300 ms on a 1 MB page, measured in
 * bench/paint.bench.ts), so the content script adopts it at document_start, while the document is
 * nearly empty, and keeps it while it runs: without highlights the rules match nothing.
 */
export function ensureHighlightSheet(doc: Document): void {
  if (sheets.has(doc)) return;
  const win = doc.defaultView as HighlightWindow | null;
  if (!win) return;
  const sheet = new win.CSSStyleSheet();
  sheet.replaceSync(HIGHLIGHT_CSS);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  sheets.set(doc, sheet);
}

/** Takes the rules back out of every document (when the extension goes away). */
export function removeHighlightSheets(): void {
  for (const [doc, sheet] of sheets)
    doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
  sheets.clear();
}

/** Paints with the CSS Custom Highlight API, in every document the map covers. */
export function paintHighlights(map: TextMap, mentions: readonly KindedMention[]): Painting {
  const painted: PaintedMention[] = [];
  // Highlight registries are per document: a frame's ranges go to the frame's registry.
  const byDoc = new Map<Document, Map<string, AbstractRange[]>>();
  // Where each text node under a term starts in the text, for hit-testing: only those nodes, so
  // the painting does not keep the whole text map (and a wrapper per text node) alive.
  const paintedNodeStarts = new Map<Node, number>();
  for (const m of readingOrder(mentions)) {
    const bounds = boundsFor(map, m.start, m.end);
    if (!bounds) continue;
    const { startContainer, startOffset, endContainer, endOffset } = bounds;
    painted.push(withLazyRange(m, () => rangeOf({ startContainer, startOffset, endContainer, endOffset })));
    for (let i = bounds.firstNode; i <= bounds.lastNode; i++)
      paintedNodeStarts.set(map.nodes[i]!, map.starts[i]!);
    const doc = bounds.startContainer.ownerDocument;
    const win = doc.defaultView as HighlightWindow | null;
    if (!win) continue;
    let kinds = byDoc.get(doc);
    if (!kinds) byDoc.set(doc, (kinds = new Map()));
    let list = kinds.get(m.kind);
    if (!list) kinds.set(m.kind, (list = []));
    // Static ranges: the browser need not track them through the page's DOM changes (the
    // observer re-analyses after those anyway).
    list.push(new win.StaticRange(bounds));
  }
  const undo: (() => void)[] = [];
  for (const [doc, kinds] of byDoc) {
    const win = doc.defaultView as HighlightWindow | null;
    if (!win || !supportsCustomHighlights(win)) continue;
    ensureHighlightSheet(doc);
    for (const [kind, ranges] of kinds) {
      // Added one by one: spreading tens of thousands of ranges as arguments can overflow the stack.
      const highlight = new win.Highlight();
      for (const range of ranges) highlight.add(range);
      win.CSS.highlights.set(HIGHLIGHT_PREFIX + kind, highlight);
    }
    undo.push(() => {
      for (const kind of kinds.keys()) win.CSS.highlights.delete(HIGHLIGHT_PREFIX + kind);
      win.CSS.highlights.delete(CURRENT_HIGHLIGHT);
    });
  }
  let currentDoc: Document | null = null;
  return {
    mentions: painted,
    mutatesDom: false,
    hitTest(event) {
      const target = event.target as Node | null;
      const doc = target?.ownerDocument ?? (target as Document | null);
      if (!doc || !byDoc.has(doc)) return null;
      const pos = caretAt(doc, event.clientX, event.clientY);
      if (!pos) return null;
      const nodeStart = paintedNodeStarts.get(pos.node);
      if (nodeStart === undefined) return null;
      const hit = mentionContaining(painted, nodeStart + pos.offset);
      // The caret snaps to the nearest character: only count a hit when the pointer is on it.
      return hit && rangeHasPoint(hit.range, event.clientX, event.clientY) ? hit : null;
    },
    setCurrent(mention) {
      if (currentDoc) (currentDoc.defaultView as HighlightWindow).CSS.highlights.delete(CURRENT_HIGHLIGHT);
      currentDoc = null;
      if (!mention) return;
      const doc = mention.range.startContainer.ownerDocument!;
      const win = doc.defaultView as HighlightWindow | null;
      if (!win || !supportsCustomHighlights(win)) return;
      const current = new win.Highlight(mention.range);
      current.priority = 1;
      win.CSS.highlights.set(CURRENT_HIGHLIGHT, current);
      currentDoc = doc;
    },
    clear() {
      for (const fn of undo.splice(0)) fn();
      currentDoc = null;
    },
  };
}

function rangeHasPoint(range: Range, x: number, y: number): boolean {
  for (const r of range.getClientRects())
    if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) return true;
  return false;
}
