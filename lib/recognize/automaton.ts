/**
 * Aho-Corasick automaton over folded strings: one left-to-right pass reports every pattern
 * occurrence as (end offset, pattern index). Built in a Map-based trie, then compiled into flat
 * typed arrays (sorted edges per state, binary-searched; a dense table for the root, where
 * most characters of a page fall back to), so matching allocates nothing per character.
 */

export class Automaton {
  /** Number of patterns it was built from. */
  readonly size: number;
  private readonly rootNext: Int32Array;
  private readonly edgeFrom: Uint32Array;
  private readonly edgeChar: Uint16Array;
  private readonly edgeTo: Uint32Array;
  private readonly fail: Uint32Array;
  /** Pattern ending exactly at this state, or -1. */
  private readonly output: Int32Array;
  /** Nearest state on the failure chain that has an output (0: none). */
  private readonly dictLink: Uint32Array;
  /** Length (in code units) of each pattern, to turn end offsets into starts. */
  readonly lengths: Uint32Array;

  constructor(patterns: readonly string[]) {
    this.size = patterns.length;
    const trie: Map<number, number>[] = [new Map()];
    const output: number[] = [-1];
    this.lengths = new Uint32Array(patterns.length);
    patterns.forEach((pattern, index) => {
      this.lengths[index] = pattern.length;
      if (!pattern) return;
      let state = 0;
      for (let i = 0; i < pattern.length; i++) {
        const c = pattern.charCodeAt(i);
        let next = trie[state]!.get(c);
        if (next === undefined) {
          next = trie.length;
          trie.push(new Map());
          output.push(-1);
          trie[state]!.set(c, next);
        }
        state = next;
      }
      // Duplicate patterns keep the first index; callers merge payloads by string.
      if (output[state] === -1) output[state] = index;
    });

    const count = trie.length;
    this.output = Int32Array.from(output);
    this.fail = new Uint32Array(count);
    this.dictLink = new Uint32Array(count);
    this.rootNext = new Int32Array(0x10000).fill(-1);
    this.edgeFrom = new Uint32Array(count + 1);
    let edges = 0;
    for (let s = 0; s < count; s++) {
      this.edgeFrom[s] = edges;
      if (s > 0) edges += trie[s]!.size;
    }
    this.edgeFrom[count] = edges;
    this.edgeChar = new Uint16Array(edges);
    this.edgeTo = new Uint32Array(edges);
    for (let s = 1; s < count; s++) {
      const sorted = [...trie[s]!.entries()].sort((a, b) => a[0] - b[0]);
      let at = this.edgeFrom[s]!;
      for (const [c, t] of sorted) {
        this.edgeChar[at] = c;
        this.edgeTo[at++] = t;
      }
    }
    for (const [c, t] of trie[0]!) this.rootNext[c] = t;

    // Breadth-first failure links: a state's fail is the longest proper suffix that is a prefix.
    const queue: number[] = [...trie[0]!.values()];
    for (let head = 0; head < queue.length; head++) {
      const s = queue[head]!;
      for (const [c, t] of trie[s]!) {
        let f = this.fail[s]!;
        let target = this.step(f, c);
        while (target < 0 && f !== 0) {
          f = this.fail[f]!;
          target = this.step(f, c);
        }
        this.fail[t] = target < 0 || target === t ? 0 : target;
        const ft = this.fail[t]!;
        this.dictLink[t] = this.output[ft]! >= 0 ? ft : this.dictLink[ft]!;
        queue.push(t);
      }
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
      if (m === c) return this.edgeTo[mid]!;
      if (m < c) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** Calls `onMatch(end, pattern)` for every occurrence (end exclusive), in order of end. */
  scan(text: string, onMatch: (end: number, pattern: number) => void): void {
    let state = 0;
    const rootNext = this.rootNext;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      let next = state === 0 ? rootNext[c]! : this.step(state, c);
      while (next < 0 && state !== 0) {
        state = this.fail[state]!;
        next = this.step(state, c);
      }
      state = next < 0 ? 0 : next;
      if (state === 0) continue;
      let out = this.output[state]! >= 0 ? state : this.dictLink[state]!;
      while (out !== 0) {
        onMatch(i + 1, this.output[out]!);
        out = this.dictLink[out]!;
      }
    }
  }
}
