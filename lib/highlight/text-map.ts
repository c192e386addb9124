/**
 * A flat text view of a DOM subtree, with a map back from text offsets to text nodes, so that
 * recognition scans one string and painting turns its offsets into DOM Ranges.
 */

/** Elements whose text is never read or painted: code, form controls, editors, hidden UI. */
export const SKIP_SELECTOR =
  'script, style, noscript, template, textarea, input, select, option, button, code, pre, kbd, samp, svg, math, form, [contenteditable=""], [contenteditable="true"], [aria-hidden="true"], readout-lens-ui';

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
  'TABLE',
  'MAIN',
  'ASIDE',
  'NAV',
  'FIGCAPTION',
]);

export interface TextMap {
  text: string;
  nodes: Text[];
  /** starts[i] is the offset in `text` where nodes[i] begins. */
  starts: number[];
}

function blockOf(node: Node): Node | null {
  for (let el = node.parentElement; el; el = el.parentElement) if (BLOCK_TAGS.has(el.tagName)) return el;
  return null;
}

export function isSkipped(el: Element | null): boolean {
  return Boolean(el?.closest(SKIP_SELECTOR));
}

/** Walk every readable text node under `root` once. Block changes become '\n' in the text. */
export function buildTextMap(root: Node): TextMap {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 0x4 /* NodeFilter.SHOW_TEXT */, {
    acceptNode(node) {
      const parent = node.parentElement;
      return parent && !isSkipped(parent) ? 1 /* FILTER_ACCEPT */ : 2; /* FILTER_REJECT */
    },
  });
  const parts: string[] = [];
  const nodes: Text[] = [];
  const starts: number[] = [];
  let length = 0;
  let lastBlock: Node | null | undefined;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = (node as Text).data;
    if (!value) continue;
    const block = blockOf(node);
    if (lastBlock !== undefined && block !== lastBlock) {
      parts.push('\n');
      length += 1;
    }
    lastBlock = block;
    nodes.push(node as Text);
    starts.push(length);
    parts.push(value);
    length += value.length;
  }
  return { text: parts.join(''), nodes, starts };
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

/** A DOM Range covering text offsets [start, end), which may span several text nodes. */
export function rangeFor(map: TextMap, start: number, end: number): Range | null {
  if (!map.nodes.length) return null;
  const a = nodeIndexAt(map, start);
  const b = nodeIndexAt(map, end - 1);
  const startNode = map.nodes[a]!;
  const endNode = map.nodes[b]!;
  const range = startNode.ownerDocument.createRange();
  range.setStart(startNode, Math.min(start - map.starts[a]!, startNode.data.length));
  range.setEnd(endNode, Math.min(end - map.starts[b]!, endNode.data.length));
  return range;
}

/** The text offset of a DOM position, or -1 when the node is not in the map. */
export function offsetOf(map: TextMap, node: Node, offset: number): number {
  const i = map.nodes.indexOf(node as Text);
  return i < 0 ? -1 : map.starts[i]! + offset;
}
