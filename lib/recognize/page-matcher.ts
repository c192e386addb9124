/**
 * The automaton for one page, over only the patterns that can occur in it. With thousands of
 * officials, building one automaton over every pattern was most of the content script's start
 * time, and a readout names a handful of them. A pattern that starts with a word character can
 * only match where the page has its first word as a whole word (matches respect word
 * boundaries), and any other pattern only where the page has its first character; so the page's
 * words and characters pick the patterns, and the automaton is built over those. A page that
 * picks most of them (a huge page) gets the automaton over all, built once and kept.
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

/** The leading run of word characters of a folded pattern ('' if it starts with another). */
function firstWord(folded: string): string {
  let end = 0;
  while (end < folded.length && isWordCode(folded.charCodeAt(end))) end++;
  return folded.slice(0, end);
}

export class PageMatcher {
  private byFirstWord?: Map<string, number[]>;
  private byFirstChar?: Map<number, number[]>;
  private full?: Automaton;

  constructor(private readonly strings: readonly string[]) {}

  private index(): void {
    const byWord = new Map<string, number[]>();
    const byChar = new Map<number, number[]>();
    this.strings.forEach((folded, i) => {
      const word = firstWord(folded);
      if (word) {
        const list = byWord.get(word);
        if (list) list.push(i);
        else byWord.set(word, [i]);
      } else {
        const c = folded.charCodeAt(0);
        const list = byChar.get(c);
        if (list) list.push(i);
        else byChar.set(c, [i]);
      }
    });
    this.byFirstWord = byWord;
    this.byFirstChar = byChar;
  }

  /** The automaton for a page's folded text. */
  forPage(folded: string): PageAutomaton {
    if (!this.byFirstWord) this.index();
    const byWord = this.byFirstWord!;
    const byChar = this.byFirstChar!;
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
        const list = byWord.get(word);
        if (list) for (const p of list) picked.push(p);
      }
      i = end;
    }
    if (picked.length > this.strings.length * FULL_SHARE) {
      this.full ??= new Automaton(this.strings);
      return { automaton: this.full, indices: null };
    }
    const indices = Int32Array.from(picked).sort();
    return { automaton: new Automaton(Array.from(indices, (p) => this.strings[p]!)), indices };
  }
}
