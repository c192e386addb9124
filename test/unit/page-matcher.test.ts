import { describe, expect, it } from 'vitest';
import { Automaton } from '../../lib/recognize/automaton';
import { foldText } from '../../lib/recognize/fold';
import { PageMatcher } from '../../lib/recognize/page-matcher';
import { PatternSet } from '../../lib/recognize/patterns';

const SURFACES = [
  'Wang Yi',
  'Wang',
  'U.S.',
  'Kang Kyung-wha',
  '王毅',
  '“一带一路”',
  'RCEP',
  'Yi',
  'Markó',
  'Lavrov',
];
const TEXTS = [
  'Foreign Minister Wang Yi met Kang Kyung-wha; the U.S. side and RCEP.',
  'Wangyi and Lavrovs are not names here, nor is wang-yi-ish text.',
  '王毅会见赵兑烈，谈“一带一路”。Marko and Markó.',
  '',
];

function matches(set: PatternSet, text: string, pageMatcher: PageMatcher | null) {
  const page = foldText(text);
  const automaton = pageMatcher
    ? pageMatcher.forPage(page.folded)
    : { automaton: new Automaton(set.strings), indices: null };
  const found: string[] = [];
  set.scan(automaton, page, text, (start, end, payloads) =>
    found.push(`${start}-${end}:${payloads.map((p) => p.entity).join(',')}`),
  );
  return found;
}

describe('PageMatcher', () => {
  const set = new PatternSet();
  SURFACES.forEach((s, i) => set.add(s, { entity: i, short: false }));

  it.each(TEXTS)('finds on a page what the automaton over every pattern finds: %s', (text) => {
    expect(matches(set, text, new PageMatcher(set.strings))).toEqual(matches(set, text, null));
  });

  it('builds the page automaton over only the patterns the page can hold', () => {
    const picked = new PageMatcher(set.strings).forPage(foldText('Lavrov said so.').folded);
    expect(picked.indices && Array.from(picked.indices, (i) => set.strings[i])).toEqual(['lavrov']);
    const none = new PageMatcher(set.strings).forPage(foldText('Nothing to see.').folded);
    expect(none.automaton.size).toBe(0);
  });

  it('uses the automaton over every pattern when a page holds most of them, and keeps it', () => {
    const matcher = new PageMatcher(set.strings);
    const all = matcher.forPage(foldText(TEXTS.join(' ')).folded);
    expect(all.indices).toBeNull();
    expect(matcher.forPage(foldText(TEXTS.join(' ')).folded).automaton).toBe(all.automaton);
  });
});
