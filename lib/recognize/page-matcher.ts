/**
 * The automaton for one page, over only the patterns that can occur in it. With thousands of
 * officials, building one automaton over every pattern was most of the content script's start
 * time, and a readout names a handful of them. A pattern that starts with a word character can
 * only match where the page has its first word as a whole word (matches respect word
 * boundaries), and any other pattern only where the page has its first character; so the page's
 * words and characters pick the patterns, and the automaton is built over those. A page that
 * picks most of them (a huge page) gets the automaton over all, built once and kept. Patterns
 * not in code-unit order (added after a compiled table) are picked for every page.
 */
import { Automaton } from './automaton';
import { isWordCode } from './patterns';

/** Above this share of all patterns, the page uses the full automaton. */
const FULL_SHARE = 0.5;

export interface PageAutomaton {
  automaton: Automaton;
  /** The automaton's pattern i is pattern `indices[i]` of the set; null: the same numbers. */
  indices: Int32Array | null;
}

export class PageMatcher {
  /** Patterns that start with another character than a word's, by that character. */
  private byFirstChar?: Map<number, number[]>;
  private full?: Automaton;

  /**
   * `strings[0, sorted)` are in code-unit order (a compiled table), so the patterns starting with
   * a page's word are found by binary search, with no index to build at start; any later ones
   * (the glossary's, a few) are taken for every page.
   */
  constructor(
    private readonly strings: readonly string[],
    private readonly sorted = 0,
  ) {}

  private firstChars(): Map<number, number[]> {
    const byChar = new Map<number, number[]>();
    for (let i = 0; i < this.sorted; i++) {
      const c = this.strings[i]!.charCodeAt(0);
      if (isWordCode(c)) continue;
      const list = byChar.get(c);
      if (list) list.push(i);
      else byChar.set(c, [i]);
    }
    return byChar;
  }

  /** Adds the sorted patterns whose first word is `word`. */
  private pickWord(word: string, picked: number[]): void {
    const { strings } = this;
    let lo = 0;
    let hi = this.sorted;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (strings[mid]! < word) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < this.sorted && strings[i]!.startsWith(word); i++) {
      const s = strings[i]!;
      if (s.length === word.length || !isWordCode(s.charCodeAt(word.length))) picked.push(i);
    }
  }

  /** The automaton for a page's folded text. */
  forPage(folded: string): PageAutomaton {
    const byChar = (this.byFirstChar ??= this.firstChars());
    const picked: number[] = [];
    const seenWords = new Set<string>();
    const seenChars = new Set<number>();
    for (let i = 0, n = folded.length; i < n;) {
      const c = folded.charCodeAt(i);
      if (!isWordCode(c)) {
        if (!seenChars.has(c)) {
          seenChars.add(c);
          const list = byChar.get(c);
          if (list) for (const p of list) picked.push(p);
        }
        i++;
        continue;
      }
      let end = i + 1;
      while (end < n && isWordCode(folded.charCodeAt(end))) end++;
      const word = folded.slice(i, end);
      if (!seenWords.has(word)) {
        seenWords.add(word);
        this.pickWord(word, picked);
      }
      i = end;
    }
    for (let i = this.sorted; i < this.strings.length; i++) picked.push(i);
    if (picked.length > this.strings.length * FULL_SHARE) {
      this.full ??= new Automaton(this.strings);
      return { automaton: this.full, indices: null };
    }
    const indices = Int32Array.from(picked).sort();
    return { automaton: new Automaton(Array.from(indices, (p) => this.strings[p]!)), indices };
  }
}
