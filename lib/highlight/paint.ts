/**
 * Painting with the CSS Custom Highlight API: the page's DOM is not touched; the browser draws
 * the ranges. One Highlight per entity kind, so officials and agreements differ in colour and
 * in underline style.
 */
import type { Mention } from '../model';
import { buildTextMap, nodeIndexAt, rangeFor, type TextMap } from './text-map';

export const HIGHLIGHT_PREFIX = 'readout-lens-';

export const HIGHLIGHT_CSS = `
::highlight(readout-lens-official) { background-color: rgba(255, 200, 0, 0.28); text-decoration: underline solid rgba(180, 120, 0, 0.9) 2px; }
::highlight(readout-lens-agreement) { background-color: rgba(0, 160, 255, 0.2); text-decoration: underline dashed rgba(0, 100, 200, 0.9) 2px; }
::highlight(readout-lens-organization) { text-decoration: underline dotted rgba(0, 140, 90, 0.9) 2px; }
::highlight(readout-lens-event) { text-decoration: underline dotted rgba(140, 60, 160, 0.9) 2px; }
::highlight(readout-lens-current) { background-color: rgba(255, 120, 0, 0.45); }
`;

export interface PaintedMention extends Mention {
  kind: string;
  range: Range;
}

export interface Painting {
  map: TextMap;
  mentions: PaintedMention[];
  /** The mention under a text position, for click hit-testing. */
  mentionAt(node: Node, offset: number): PaintedMention | null;
  clear(): void;
}

export function supportsCustomHighlights(win: Window & typeof globalThis): boolean {
  return typeof win.Highlight === 'function' && typeof win.CSS !== 'undefined' && 'highlights' in win.CSS;
}

export function paint(
  win: Window & typeof globalThis,
  map: TextMap,
  mentions: Mention[],
  kindOf: (key: string) => string,
): Painting {
  const byKind = new Map<string, Range[]>();
  const painted: PaintedMention[] = [];
  for (const m of mentions) {
    const range = rangeFor(map, m.start, m.end);
    if (!range) continue;
    const kind = kindOf(m.key);
    painted.push({ ...m, kind, range });
    let list = byKind.get(kind);
    if (!list) byKind.set(kind, (list = []));
    list.push(range);
  }
  for (const [kind, ranges] of byKind)
    win.CSS.highlights.set(HIGHLIGHT_PREFIX + kind, new win.Highlight(...ranges));
  const nodePos = new Map<Node, number>(map.nodes.map((n, i) => [n, i]));
  return {
    map,
    mentions: painted,
    mentionAt(node, offset) {
      const i = nodePos.get(node);
      if (i === undefined) return null;
      const at = map.starts[i]! + offset;
      // Mentions are sorted and non-overlapping: binary search by start.
      let lo = 0;
      let hi = painted.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const m = painted[mid]!;
        if (at < m.start) hi = mid - 1;
        else if (at >= m.end) lo = mid + 1;
        else return m;
      }
      return null;
    },
    clear() {
      for (const kind of byKind.keys()) win.CSS.highlights.delete(HIGHLIGHT_PREFIX + kind);
      win.CSS.highlights.delete(HIGHLIGHT_PREFIX + 'current');
    },
  };
}

export { buildTextMap, nodeIndexAt };
