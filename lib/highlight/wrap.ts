/**
 * The fallback painter for browsers without the CSS Custom Highlight API: each mention's text
 * is wrapped in `<readout-lens-mark>` (a custom element, so page CSS aimed at spans or `mark`
 * does not hide it). Clearing is exact: split text nodes are joined back into the original node,
 * which keeps its identity, so the serialised page is what it was before.
 */
import { nodeIndexAt, type TextMap } from './text-map';
import {
  CURRENT_STYLE,
  KIND_STYLES,
  readingOrder,
  withLazyRange,
  type KindedMention,
  type PaintedMention,
  type Painting,
} from './paint';

export const MARK_TAG = 'readout-lens-mark';

interface Segment {
  node: Text;
  start: number;
  end: number;
}

function styleFor(kind: string, current: boolean): string {
  const s: { background: string; decoration: string; color?: string } = current
    ? CURRENT_STYLE
    : (KIND_STYLES[kind] ?? KIND_STYLES.other!);
  return `background-color:${s.background};text-decoration:${s.decoration};color:${s.color ?? 'inherit'};font:inherit;display:inline`;
}

/** Per-node pieces of text offsets [start, end). */
function segmentsOf(map: TextMap, start: number, end: number): Segment[] {
  const out: Segment[] = [];
  for (let i = nodeIndexAt(map, start); i < map.nodes.length; i++) {
    const nodeStart = map.starts[i]!;
    const node = map.nodes[i]!;
    const nodeEnd = nodeStart + node.data.length;
    if (nodeEnd <= start) continue;
    if (nodeStart >= end) break;
    out.push({
      node,
      start: Math.max(0, start - nodeStart),
      end: Math.min(node.data.length, end - nodeStart),
    });
  }
  return out;
}

/** Wraps every mention; the DOM changes, so the caller pauses its MutationObserver around it. */
export function paintWrapped(map: TextMap, mentions: readonly KindedMention[]): Painting {
  const ordered = readingOrder(mentions);
  const markOf = new WeakMap<Element, PaintedMention>();
  const marksByMention = new Map<PaintedMention, Element[]>();
  const marks: Element[] = [];
  /** Text nodes made by splitting, to be merged back into the node before them. */
  const splitOff = new Set<Text>();
  const painted: PaintedMention[] = [];

  // Wrap from the last mention to the first: splitting a node keeps its head (and identity) in
  // place, so the offsets of earlier mentions in the same node stay valid.
  const pending: { mention: KindedMention; segments: Segment[] }[] = ordered.map((mention) => ({
    mention,
    segments: segmentsOf(map, mention.start, mention.end),
  }));
  const wrapped: { mention: KindedMention; own: Element[] }[] = [];
  for (let p = pending.length - 1; p >= 0; p--) {
    const { mention, segments } = pending[p]!;
    if (!segments.length) continue;
    const doc = segments[0]!.node.ownerDocument;
    const own: Element[] = [];
    for (let s = segments.length - 1; s >= 0; s--) {
      const seg = segments[s]!;
      if (seg.end <= seg.start) continue;
      let text = seg.node;
      if (seg.end < text.data.length) splitOff.add(text.splitText(seg.end));
      if (seg.start > 0) {
        text = text.splitText(seg.start);
        splitOff.add(text);
      }
      const mark = doc.createElement(MARK_TAG);
      mark.setAttribute('style', styleFor(mention.kind, false));
      text.parentNode!.replaceChild(mark, text);
      mark.appendChild(text);
      own.unshift(mark);
    }
    if (!own.length) continue;
    wrapped.unshift({ mention, own });
  }
  // Ranges are made on demand, once every mark is in place: none shifts, and the browser does not
  // update thousands of live ranges through every split and merge.
  for (const { mention, own } of wrapped) {
    const paintedMention = withLazyRange(mention, () => {
      const range = own[0]!.ownerDocument.createRange();
      range.setStartBefore(own[0]!);
      range.setEndAfter(own[own.length - 1]!);
      return range;
    });
    painted.push(paintedMention);
    marksByMention.set(paintedMention, own);
    for (const mark of own) markOf.set(mark, paintedMention);
    marks.push(...own);
  }

  let current: PaintedMention | null = null;
  const restyle = (mention: PaintedMention, isCurrent: boolean) => {
    for (const mark of marksByMention.get(mention) ?? [])
      mark.setAttribute('style', styleFor(mention.kind, isCurrent));
  };
  return {
    mentions: painted,
    mutatesDom: true,
    hitTest(event) {
      const target = event.target as Element | null;
      const mark = target?.closest?.(MARK_TAG);
      return mark ? (markOf.get(mark) ?? null) : null;
    },
    setCurrent(mention) {
      if (current) restyle(current, false);
      current = mention;
      if (mention) restyle(mention, true);
    },
    clear() {
      for (const mark of marks.splice(0)) {
        const text = mark.firstChild;
        if (text && mark.parentNode) mark.parentNode.replaceChild(text, mark);
        else mark.remove();
      }
      // Join each split-off piece back into the text node before it (ultimately the original).
      for (const piece of splitOff) {
        const before = piece.previousSibling;
        if (before && before.nodeType === 3 && !splitOff.has(before as Text)) {
          let next: Node | null = piece;
          const head = before as Text;
          while (next && next.nodeType === 3 && splitOff.has(next as Text)) {
            const after: Node | null = next.nextSibling;
            head.appendData((next as Text).data);
            splitOff.delete(next as Text);
            (next as Text).remove();
            next = after;
          }
        }
      }
      splitOff.clear();
      current = null;
    },
  };
}
