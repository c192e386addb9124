/**
 * What a sentence is about, as language-independent anchors: the entities it names (KB ids),
 * countries, topics, numbers (a date's month as its number, so that "June 10, 2024" meets
 * "2024年6月10日"), and, for two texts in one language, its content words.
 */
import type { FoundEntity } from '../model';
import { countryForms } from '../ministries/countries';
import { dateHits } from '../ministries/dates';
import type { Anchor } from './align';
import { createTermMatcher, type TermMatch, type TermMatcher } from './terms';
import { topicsMatcher } from './term-lists';

let countryMatcher: TermMatcher | undefined;

/** Two-letter codes ("US", "UN") fold into English words ("us", "un-"), so they are left out. */
export function countriesMatcher(): TermMatcher {
  if (countryMatcher) return countryMatcher;
  const byCode = new Map<string, string[]>();
  for (const [form, code] of countryForms())
    if (!/^[A-Z]{2}$/.test(form)) byCode.set(code, [...(byCode.get(code) ?? []), form]);
  return (countryMatcher = createTermMatcher([...byCode].map(([key, terms]) => ({ key, terms }))));
}

/** Finds a readout's own entities again, by every surface the page used and their names. */
export function entityMatcher(entities: readonly FoundEntity[]): TermMatcher {
  return createTermMatcher(entities.map((e) => ({ key: e.key, terms: [e.name, ...e.surfaces] })));
}

/** Numbers as written, and the months of the dates the text gives ("June 10, 2024" adds 6). */
export function numbersIn(text: string): string[] {
  const normal = text.normalize('NFKC');
  const out = [...normal.matchAll(/\d+(?:,\d{3})*(?:\.\d+)?/g)].map((m) =>
    String(Number(m[0].replace(/,/g, ''))),
  );
  for (const hit of dateHits(normal)) out.push(String(hit.month));
  return [...new Set(out)];
}

const STOPWORDS = new Set(
  'also both their there these those this that with from have been will would shall which while about into other them they such than then were when what where more most very said says side sides including including two three between during over under after before upon within'.split(
    ' ',
  ),
);

/** Content words of one language: Latin/Cyrillic words of 4+ letters, CJK and Hangul character pairs. */
export function contentWords(text: string): string[] {
  const folded = text.normalize('NFKC').toLowerCase();
  const words = [...folded.matchAll(/[\p{Script=Latin}\p{Script=Cyrillic}]{4,}/gu)]
    .map((m) => m[0])
    .filter((w) => !STOPWORDS.has(w))
    .map((w) => w.slice(0, 6)); // a crude stem: "cooperation" and "cooperate" meet
  const runs =
    folded.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/gu) ?? [];
  for (const run of runs) for (let i = 0; i + 1 < run.length; i++) words.push(run.slice(i, i + 2));
  return words;
}

export interface SentenceAnchors {
  anchors: Anchor[];
  /** The entity mentions, for highlighting. */
  entities: TermMatch[];
  /** Topic words, located (keys are topic ids). */
  topics: TermMatch[];
}

export function anchorsOf(sentence: string, entities: TermMatcher, withWords: boolean): SentenceAnchors {
  const found = entities.find(sentence);
  const topics = topicsMatcher().find(sentence);
  const anchors: Anchor[] = [
    ...found.map((m) => ({ id: `e:${m.key}`, weight: 1 })),
    ...[...new Set(topics.map((t) => t.key))].map((t) => ({ id: `t:${t}`, weight: 1 })),
    ...countriesMatcher()
      .keysIn(sentence)
      .map((c) => ({ id: `c:${c}`, weight: 0.7 })),
    ...numbersIn(sentence).map((n) => ({ id: `n:${n}`, weight: 1 })),
    ...(withWords ? contentWords(sentence).map((w) => ({ id: `w:${w}`, weight: 0.5 })) : []),
  ];
  return { anchors, entities: found, topics };
}
