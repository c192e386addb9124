/**
 * A flat text view of a DOM subtree, with a map back from text offsets to text nodes, so that
 * recognition scans one string and painting turns its offsets into DOM Ranges.
 *
 * Block boundaries become '\n' so a name never runs across two paragraphs. Same-origin iframes
 * are followed where they stand, so one analysis covers the page and its frames in reading order.
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
  'LABEL',
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
  return isSkippedTagged(el, el.tagName);
}

/** `isSkippedElement` for the walk, which has read the tag already. */
function isSkippedTagged(el: Element, tag: string): boolean {
  if (SKIP_TAGS.has(tag)) return tag !== 'FORM' || !wrapsPageContent(el);
  return el.hasAttributes() && isSkippedByAttributes(el);
}

/**
 * A form around the page's headline or main content is a page wrapper (ASP.NET WebForms pages
 * put all of `body` in one), not a form the reader fills in: its text is read, its controls are not.
 */
function wrapsPageContent(form: Element): boolean {
  return form.querySelector('h1, article, main, [role="main"]') !== null;
}

/** Editable or hidden from assistive technology (so from readers too). */
function isSkippedByAttributes(el: Element): boolean {
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable.toLowerCase() !== 'false') return true; // enumerated: any case
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

/** The first node after `node`'s subtree in document order, or null past the end of `root`. */
function nodeAfterSubtree(node: Node, root: Node): Node | null {
  for (let n: Node | null = node; n && n !== root; n = n.parentNode) if (n.nextSibling) return n.nextSibling;
  return null;
}

/**
 * Walk every readable text node under `root` once, in reading order, a same-origin frame's text
 * where the frame stands. One TreeWalker over elements and text (traversal stays in the browser's
 * native code, and no text node is asked for its parent): a skipped element's subtree is jumped
 * over; entering a block, or reaching the node where an entered block ends, puts a '\n' before the
 * next text.
 */
export function buildTextMap(root: Node): TextMap {
  return buildRegionMap([root]);
}

/**
 * `buildTextMap` over several parts of a page (an article's title, dateline and body), in the
 * order given, a blank line between parts; elements `isChrome` accepts inside them are jumped
 * over like skipped ones. Text outside the parts is never read, so never painted.
 */
export function buildRegionMap(roots: readonly Node[], isChrome?: (el: Element) => boolean): TextMap {
  const parts: string[] = [];
  const nodes: Text[] = [];
  const starts: number[] = [];
  const documents: Document[] = [];
  let length = 0;

  const addDocumentText = (from: Node) => {
    const doc = from.ownerDocument ?? (from as Document);
    if (!documents.includes(doc)) documents.push(doc);
    if (length) {
      parts.push('\n\n');
      length += 2;
    }
    // The blank line already parts this text from the previous document's or part's.
    const partStart = length;
    // Where each entered block ends: the first node after its subtree (innermost last).
    const blockEnds: Node[] = [];
    let lineBreak = false;
    const walker = doc.createTreeWalker(from, 0xffffffff /* NodeFilter.SHOW_ALL */);
    let node = walker.nextNode();
    while (node) {
      while (blockEnds.length && blockEnds[blockEnds.length - 1] === node) {
        blockEnds.pop();
        lineBreak = true;
      }
      const type = node.nodeType;
      if (type === 3 /* text */) {
        const value = (node as Text).data;
        if (value) {
          if (lineBreak && length > partStart) {
            parts.push('\n');
            length += 1;
          }
          lineBreak = false;
          nodes.push(node as Text);
          starts.push(length);
          parts.push(value);
          length += value.length;
        }
      } else if (type === 1 /* element */) {
        const el = node as Element;
        const tag = el.tagName;
        const frame = tag === 'IFRAME' || tag === 'FRAME';
        const skipped = isSkippedTagged(el, tag) || (isChrome !== undefined && isChrome(el));
        if (frame || skipped) {
          if (!skipped) {
            const inner = frameDocument(el as HTMLIFrameElement);
            if (inner) addDocumentText(inner.body);
            lineBreak = true;
          }
          // Jump over the subtree (a frame's children are fallback markup, never shown).
          node = nodeAfterSubtree(el, from);
          if (node) walker.currentNode = node;
          continue;
        }
        if (BLOCK_TAGS.has(tag)) {
          lineBreak = true;
          const end = nodeAfterSubtree(el, from);
          if (end) blockEnds.push(end);
        }
      }
      node = walker.nextNode();
    }
  };
  for (const root of roots) addDocumentText(root);
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

/** Boundary points, with the positions of their nodes in `map.nodes` (first and last). */
export interface LocatedBounds extends Bounds {
  firstNode: number;
  lastNode: number;
}

/**
 * The DOM boundary points of text offsets [start, end), which may span several text nodes; null
 * when the offsets cross from one document into another (a page and its frame). Offsets are as the
 * map found the text: `rangeOf` clamps them if the page has changed it since.
 */
export function boundsFor(map: TextMap, start: number, end: number): LocatedBounds | null {
  if (!map.nodes.length || end <= start) return null;
  const firstNode = nodeIndexAt(map, start);
  const lastNode = nodeIndexAt(map, end - 1);
  const startContainer = map.nodes[firstNode]!;
  const endContainer = map.nodes[lastNode]!;
  // Only a map that covers frames can cross documents (and asking costs two DOM calls a term).
  if (map.documents.length > 1 && startContainer.ownerDocument !== endContainer.ownerDocument) return null;
  return {
    startContainer,
    startOffset: start - map.starts[firstNode]!,
    endContainer,
    endOffset: end - map.starts[lastNode]!,
    firstNode,
    lastNode,
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
