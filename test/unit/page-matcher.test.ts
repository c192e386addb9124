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

/** A set in code-unit order, as a compiled table is. */
function sortedSet(surfaces: readonly string[]): PatternSet {
  const unsorted = new PatternSet();
  surfaces.forEach((s, i) => unsorted.add(s, { entity: i, short: false }));
  const order = unsorted.strings
    .map((_, i) => i)
    .sort((a, b) => (unsorted.strings[a]! < unsorted.strings[b]! ? -1 : 1));
  return PatternSet.fromTable({
    entityCount: surfaces.length,
    firstId: null,
    lastId: null,
    strings: order.map((i) => unsorted.strings[i]!),
    payloads: order.map((i) => unsorted.payloadsAt(i).map((p) => p.entity * 2)),
  });
}

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
  const set = sortedSet(SURFACES);
  const sorted = set.strings.length;

  it.each(TEXTS)('finds on a page what the automaton over every pattern finds: %s', (text) => {
    expect(matches(set, text, new PageMatcher(set.strings, sorted))).toEqual(matches(set, text, null));
  });

  it('builds the page automaton over only the patterns the page can hold', () => {
    const picked = new PageMatcher(set.strings, sorted).forPage(foldText('Lavrov said so.').folded);
    expect(picked.indices && Array.from(picked.indices, (i) => set.strings[i])).toEqual(['lavrov']);
    const none = new PageMatcher(set.strings, sorted).forPage(foldText('Nothing to see.').folded);
    expect(none.automaton.size).toBe(0);
  });

  it('takes patterns added after the sorted table for every page', () => {
    const more = sortedSet(SURFACES);
    more.add('Zzyzx Glossary', { entity: 99, short: false });
    const picked = new PageMatcher(more.strings, sorted).forPage(foldText('Nothing to see.').folded);
    expect(picked.indices && Array.from(picked.indices, (i) => more.strings[i])).toEqual(['zzyzx glossary']);
    expect(matches(more, 'Zzyzx Glossary and Lavrov.', new PageMatcher(more.strings, sorted))).toEqual(
      matches(more, 'Zzyzx Glossary and Lavrov.', null),
    );
  });

  it('uses the automaton over every pattern when a page holds most of them, and keeps it', () => {
    const matcher = new PageMatcher(set.strings, sorted);
    const all = matcher.forPage(foldText(TEXTS.join(' ')).folded);
    expect(all.indices).toBeNull();
    expect(matcher.forPage(foldText(TEXTS.join(' ')).folded).automaton).toBe(all.automaton);
  });
});
