/**
 * A flat text view of a DOM subtree, with a map back from text offsets to text nodes, so that
 * recognition scans one string and painting turns its offsets into DOM Ranges.
 *
 * Block boundaries become '\n' so a name never runs across two paragraphs. Same-origin iframes
 * are followed, so one analysis covers the page and its frames.
 */

/** Elements whose text is never read or painted: code, form controls, editors, hidden UI. */
const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'BUTTON',
  'CODE',
  'PRE',
  'KBD',
  'SAMP',
  'FORM',
  'HEAD',
  'TITLE',
  'READOUT-LENS-UI',
  // Foreign content: its text nodes cannot carry HTML highlights reliably.
  'svg',
  'math',
  'SVG',
  'MATH',
]);

const BLOCK_TAGS = new Set([
  'P',
  'DIV',
  'LI',
  'UL',
  'OL',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'TD',
  'TH',
  'TR',
  'SECTION',
  'ARTICLE',
  'HEADER',
  'FOOTER',
  'BLOCKQUOTE',
  'BR',
  'DD',
  'DT',
  'DL',
  'TABLE',
  'MAIN',
  'ASIDE',
  'NAV',
  'FIGURE',
  'FIGCAPTION',
  'IFRAME',
  'HR',
]);

export interface TextMap {
  text: string;
  nodes: Text[];
  /** starts[i] is the offset in `text` where nodes[i] begins. */
  starts: number[];
  /** The documents the map covers: the root's, then each same-origin frame's. */
  documents: Document[];
}

/** Whether an element's text is out of bounds for reading and painting. */
export function isSkippedElement(el: Element): boolean {
  if (SKIP_TAGS.has(el.tagName)) return true;
  if (!el.hasAttributes()) return false;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  return el.getAttribute('aria-hidden') === 'true';
}

/** Whether `node` lies inside a skipped element (used for mutations; the walk never asks). */
export function isInSkippedElement(node: Node): boolean {
  for (let el = node.nodeType === 1 ? (node as Element) : node.parentElement; el; el = el.parentElement)
    if (isSkippedElement(el)) return true;
  return false;
}

/** The document of a same-origin frame, or null for cross-origin or not yet loaded frames. */
export function frameDocument(frame: HTMLIFrameElement | HTMLFrameElement): Document | null {
  try {
    const doc = frame.contentDocument;
    return doc?.body ? doc : null;
  } catch {
    return null; // cross-origin
  }
}

/*
 * The walk's memo lives on the elements' wrappers under two fixed symbols, stamped with the walk
 * it belongs to: a property read is about twice as fast as a Map lookup over the 100,000 parents of
 * a huge page, and two fixed keys keep repeated walks from growing the objects. A content script's
 * wrappers are its own (isolated world): the page never sees these properties.
 */
const WALK = Symbol('readout-lens-walk');
const BLOCK = Symbol('readout-lens-block');
type MarkedElement = Element & { [WALK]?: number; [BLOCK]?: Element | null | false };
let walkCount = 0;

/**
 * Walk every readable text node under `root` once, then each same-origin frame's. A TreeWalker
 * over text nodes only (traversal stays in the browser's native code, and most elements never
 * need a JS wrapper); each text node's parent is classified once and memoised: skipped, or which
 * block it belongs to. A change of block becomes '\n' in the text.
 */
export function buildTextMap(root: Node): TextMap {
  const parts: string[] = [];
  const nodes: Text[] = [];
  const starts: number[] = [];
  const documents: Document[] = [];
  let length = 0;

  const addDocumentText = (from: Node) => {
    const doc = from.ownerDocument ?? (from as Document);
    documents.push(doc);
    if (length) {
      parts.push('\n\n');
      length += 2;
    }
    // Per element: false when skipped, else its nearest block (null: none), memoised for this walk.
    const walk = ++walkCount;
    const classify = (el: Element | null): Element | null | false => {
      if (!el) return null;
      const marked = el as MarkedElement;
      if (marked[WALK] === walk) return marked[BLOCK] as Element | null | false;
      let known: Element | null | false;
      if (isSkippedElement(el)) known = false;
      else {
        const up = classify(el.parentElement);
        known = up === false ? false : BLOCK_TAGS.has(el.tagName) ? el : up;
      }
      marked[WALK] = walk;
      marked[BLOCK] = known;
      return known;
    };
    // A <br> breaks the line: the text right after one starts a new line (BRs are few).
    const afterBreak = new Set<Node>();
    for (const br of (from as Element | Document).querySelectorAll?.('br') ?? [])
      if (br.nextSibling) afterBreak.add(br.nextSibling);
    const walker = doc.createTreeWalker(from, 0x4 /* NodeFilter.SHOW_TEXT */);
    let lastBlock: Element | null | undefined;
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const value = node.data;
      if (!value) continue;
      const block = classify(node.parentElement);
      if (block === false) continue;
      if (lastBlock !== undefined && (block !== lastBlock || afterBreak.has(node)) && length) {
        parts.push('\n');
        length += 1;
      }
      lastBlock = block;
      nodes.push(node);
      starts.push(length);
      parts.push(value);
      length += value.length;
    }
    // Same-origin frames: their text follows the page's, each frame its own section.
    const frames = (from as Element | Document).querySelectorAll?.('iframe, frame') ?? [];
    for (const frame of frames) {
      if (classify(frame) === false) continue;
      const inner = frameDocument(frame as HTMLIFrameElement);
      if (inner) addDocumentText(inner.body);
    }
  };
  addDocumentText(root);
  return { text: parts.join(''), nodes, starts, documents };
}

/** Index of the node that holds text offset `offset` (binary search). */
export function nodeIndexAt(map: TextMap, offset: number): number {
  let lo = 0;
  let hi = map.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (map.starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export interface Bounds {
  startContainer: Text;
  startOffset: number;
  endContainer: Text;
  endOffset: number;
}

/**
 * The DOM boundary points of text offsets [start, end), which may span several text nodes; null
 * when the offsets cross from one document into another (a page and its frame).
 */
export function boundsFor(map: TextMap, start: number, end: number): Bounds | null {
  if (!map.nodes.length || end <= start) return null;
  const a = nodeIndexAt(map, start);
  const b = nodeIndexAt(map, end - 1);
  const startContainer = map.nodes[a]!;
  const endContainer = map.nodes[b]!;
  if (startContainer.ownerDocument !== endContainer.ownerDocument) return null;
  return {
    startContainer,
    startOffset: Math.min(start - map.starts[a]!, startContainer.data.length),
    endContainer,
    endOffset: Math.min(end - map.starts[b]!, endContainer.data.length),
  };
}

/** A live DOM Range over boundary points (clamped: the page may have shortened the text since). */
export function rangeOf(bounds: Bounds): Range {
  const range = bounds.startContainer.ownerDocument.createRange();
  range.setStart(bounds.startContainer, Math.min(bounds.startOffset, bounds.startContainer.data.length));
  range.setEnd(bounds.endContainer, Math.min(bounds.endOffset, bounds.endContainer.data.length));
  return range;
}

/** A live DOM Range covering text offsets [start, end) (see `boundsFor`). */
export function rangeFor(map: TextMap, start: number, end: number): Range | null {
  const bounds = boundsFor(map, start, end);
  return bounds ? rangeOf(bounds) : null;
}

const nodeIndexes = new WeakMap<TextMap, Map<Node, number>>();

/** node → position in `map.nodes`, built on first use (hit-testing needs it, painting does not). */
function nodeIndexOf(map: TextMap, node: Node): number | undefined {
  let index = nodeIndexes.get(map);
  if (!index) {
    index = new Map();
    for (let i = 0; i < map.nodes.length; i++) index.set(map.nodes[i]!, i);
    nodeIndexes.set(map, index);
  }
  return index.get(node);
}

/** The text offset of a DOM position, or -1 when the node is not in the map. */
export function offsetOf(map: TextMap, node: Node, offset: number): number {
  const i = nodeIndexOf(map, node);
  return i === undefined ? -1 : map.starts[i]! + offset;
}
