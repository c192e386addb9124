/**
 * Finds listed terms (topic words, stock phrases, entity surfaces) in a text the way recognition
 * finds KB names: the text is folded once (lib/recognize/fold) and scanned once by one
 * Aho-Corasick automaton; Latin and Cyrillic terms must sit on word boundaries, CJK and Hangul
 * need none; the longest leftmost match wins.
 *
 * A `*` in a term stands for the rest of a word: `Ukrain*` finds Ukraine and Ukrainian,
 * `Корейск* полуостров*` every case of "Korean Peninsula". The automaton looks for the part
 * before the first `*`; the rest is checked where that part ends.
 */
import { Automaton } from '../recognize/automaton';
import { foldKey, foldText } from '../recognize/fold';
import { boundaryOk } from '../recognize/patterns';
import { selectLongest } from '../recognize';

export interface TermSource {
  /** What a match reports: a topic id, an entity key, a wording concept. */
  key: string;
  terms: readonly string[];
}

export interface TermMatch {
  /** `[start, end)` in the original text. */
  start: number;
  end: number;
  key: string;
}

interface Compiled {
  key: string;
  /** The folded term has a `*`: the match runs to the end of the word... */
  wildcard: boolean;
  /** ...and must then continue with this (folded, after the first word), or null. */
  rest: RegExp | null;
}

const WORD_CHAR = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{N}]/u;
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export interface TermMatcher {
  find(text: string): TermMatch[];
  /** The distinct keys found, in order of first appearance. */
  keysIn(text: string): string[];
}

export function createTermMatcher(sources: readonly TermSource[]): TermMatcher {
  const byString = new Map<string, Compiled[]>();
  for (const { key, terms } of sources) {
    for (const term of terms) {
      const folded = foldKey(term);
      const star = folded.indexOf('*');
      const head = star < 0 ? folded : folded.slice(0, star);
      if (!head) continue;
      const tail = star < 0 ? '' : folded.slice(star + 1);
      const rest = tail
        ? new RegExp(
            tail.split('*').map(escapeRegExp).join('[\\p{L}\\p{N}]*').replace(/ /g, '\\s+') +
              (tail.endsWith('*') ? '' : '(?![\\p{L}\\p{N}])'),
            'uy',
          )
        : null;
      const list = byString.get(head) ?? [];
      list.push({ key, wildcard: star >= 0, rest });
      byString.set(head, list);
    }
  }
  const strings = [...byString.keys()];
  const payloads = strings.map((s) => byString.get(s)!);
  const automaton = new Automaton(strings);

  const find = (text: string): TermMatch[] => {
    const page = foldText(text);
    const folded = page.folded;
    const candidates: { start: number; end: number; key: string }[] = [];
    automaton.scan(folded, (end, pattern) => {
      const fStart = end - automaton.lengths[pattern]!;
      for (const term of payloads[pattern]!) {
        let fEnd = end;
        if (term.wildcard) {
          while (fEnd < folded.length && WORD_CHAR.test(folded[fEnd]!)) fEnd++;
          if (term.rest) {
            term.rest.lastIndex = fEnd;
            if (!term.rest.exec(folded)) continue;
            fEnd = term.rest.lastIndex;
          }
        }
        if (!boundaryOk(folded, fStart, fEnd)) continue;
        candidates.push({ start: page.start[fStart]!, end: page.end[fEnd - 1]!, key: term.key });
      }
    });
    return selectLongest(candidates);
  };

  return {
    find,
    keysIn: (text) => [...new Set(find(text).map((m) => m.key))],
  };
}
