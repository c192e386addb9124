/**
 * Aho-Corasick automaton over folded strings: one left-to-right pass reports every pattern
 * occurrence as (end offset, pattern index). Built straight into flat typed arrays from the
 * sorted patterns, breadth first, so each state's edges are contiguous and sorted (binary
 * searched; a dense table for the root, where most characters of a page fall back to) and
 * building allocates no per-state objects: it runs on every page load.
 */
export class Automaton {
  /** Number of patterns it was built from. */
  readonly size: number;
  private readonly rootNext: Int32Array;
  private readonly edgeFrom: Uint32Array;
  private readonly edgeChar: Uint16Array;
  private readonly fail: Uint32Array;
  /** Pattern ending exactly at this state, or -1. */
  private readonly output: Int32Array;
  /** Nearest state on the failure chain that has an output (0: none). */
  private readonly dictLink: Uint32Array;
  /** Length (in code units) of each pattern, to turn end offsets into starts. */
  readonly lengths: Uint32Array;

  constructor(patterns: readonly string[]) {
    this.size = patterns.length;
    this.lengths = Uint32Array.from(patterns, (p) => p.length);
    const order = patterns
      .map((_, i) => i)
      .filter((i) => patterns[i]!.length > 0)
      .sort((a, b) => (patterns[a]! < patterns[b]! ? -1 : patterns[a]! > patterns[b]! ? 1 : a - b));
    const sorted = order.map((i) => patterns[i]!);
    // At most one state per pattern character, plus the root.
    const capacity = sorted.reduce((n, p) => n + p.length, 1);
    const output = new Int32Array(capacity).fill(-1);
    const edgeFrom = new Uint32Array(capacity + 1);
    const edgeChar = new Uint16Array(capacity);
    const parent = new Uint32Array(capacity);
    const viaChar = new Uint16Array(capacity);
    // Breadth first: state s stands for the prefix of length depth[s] shared by sorted[lo[s], hi[s]).
    const lo = new Uint32Array(capacity);
    const hi = new Uint32Array(capacity);
    const depth = new Uint32Array(capacity);
    hi[0] = sorted.length;
    let count = 1;
    let edges = 0;
    for (let s = 0; s < count; s++) {
      edgeFrom[s] = edges;
      const d = depth[s]!;
      let i = lo[s]!;
      // Patterns that end here come first in sorted order; duplicates keep the first index.
      for (; i < hi[s]! && sorted[i]!.length === d; i++) if (output[s] === -1) output[s] = order[i]!;
      while (i < hi[s]!) {
        const c = sorted[i]!.charCodeAt(d);
        let j = i + 1;
        while (j < hi[s]! && sorted[j]!.charCodeAt(d) === c) j++;
        const child = count++;
        lo[child] = i;
        hi[child] = j;
        depth[child] = d + 1;
        parent[child] = s;
        viaChar[child] = c;
        // States are numbered in edge order, so edge e always leads to state e + 1.
        edgeChar[edges++] = c;
        i = j;
      }
    }
    edgeFrom[count] = edges;
    this.output = output.subarray(0, count);
    this.edgeFrom = edgeFrom.subarray(0, count + 1);
    this.edgeChar = edgeChar.subarray(0, edges);
    this.rootNext = new Int32Array(0x10000).fill(-1);
    for (let e = edgeFrom[0]!; e < edgeFrom[1]!; e++) this.rootNext[edgeChar[e]!] = e + 1;

    // Failure links in state order, which is breadth first: the longest proper suffix that is
    // also a prefix, found from the parent's link.
    this.fail = new Uint32Array(count);
    this.dictLink = new Uint32Array(count);
    for (let t = 1; t < count; t++) {
      const p = parent[t]!;
      if (p !== 0) {
        const c = viaChar[t]!;
        let f = this.fail[p]!;
        let target = this.step(f, c);
        while (target < 0 && f !== 0) {
          f = this.fail[f]!;
          target = this.step(f, c);
        }
        this.fail[t] = target < 0 ? 0 : target;
      }
      const ft = this.fail[t]!;
      this.dictLink[t] = this.output[ft]! >= 0 ? ft : this.dictLink[ft]!;
    }
  }

  /** The transition from `state` on `c`, or -1. */
  private step(state: number, c: number): number {
    if (state === 0) return this.rootNext[c]!;
    let lo = this.edgeFrom[state]!;
    let hi = this.edgeFrom[state + 1]! - 1;
    const chars = this.edgeChar;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const m = chars[mid]!;
      if (m === c) return mid + 1;
      if (m < c) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** Calls `onMatch(end, pattern)` for every occurrence (end exclusive), in order of end. */
  scan(text: string, onMatch: (end: number, pattern: number) => void): void {
    // The hot loop of recognition: fields in locals and the edge search inlined.
    const { rootNext, edgeFrom, edgeChar, fail, output, dictLink } = this;
    let state = 0;
    for (let i = 0, n = text.length; i < n; i++) {
      const c = text.charCodeAt(i);
      let next = -1;
      while (state !== 0) {
        let lo = edgeFrom[state]!;
        let hi = edgeFrom[state + 1]! - 1;
        while (lo <= hi) {
          const mid = (lo + hi) >> 1;
          const m = edgeChar[mid]!;
          if (m === c) {
            next = mid + 1;
            break;
          }
          if (m < c) lo = mid + 1;
          else hi = mid - 1;
        }
        if (next >= 0) break;
        state = fail[state]!;
      }
      if (state === 0) next = rootNext[c]!;
      if (next < 0) {
        state = 0;
        continue;
      }
      state = next;
      let out = output[state]! >= 0 ? state : dictLink[state]!;
      while (out !== 0) {
        onMatch(i + 1, output[out]!);
        out = dictLink[out]!;
      }
    }
  }
}
