import { describe, expect, it } from 'vitest';
import * as zm from 'zod/mini';
import topicsJson from '../../data/topics.json';
import wordingJson from '../../data/wording.json';
import {
  ConceptList,
  conceptListProblems,
  topicsMatcher,
  wordingsMatcher,
} from '../../lib/compare/term-lists';
import { createTermMatcher } from '../../lib/compare/terms';

describe('data/topics.json and data/wording.json', () => {
  it.each([
    ['topics', topicsJson],
    ['wording', wordingJson],
  ])('%s parse with the schema, with unique ids and no word claimed twice', (key, json) => {
    const parsed = zm.safeParse(ConceptList, json);
    expect(parsed.success ? '' : parsed.error.issues[0]?.message).toBe('');
    const list = (parsed.data as Record<string, unknown>)[key] as Parameters<typeof conceptListProblems>[0];
    expect(list.length).toBeGreaterThan(8);
    expect(conceptListProblems(list)).toEqual([]);
  });

  it('the schema rejects a topic without its words in one supported language', () => {
    const broken = {
      topics: [{ id: 'x', name: 'X', terms: { en: ['x'], zh: ['x'], ko: ['x'], ja: ['x'] } }],
    };
    expect(zm.safeParse(ConceptList, broken).success).toBe(false);
  });

  it('the problem check names a word given to two topics', () => {
    const terms = { en: ['Taiwan'], zh: ['台湾'], ko: ['대만'], ja: ['台湾'], ru: ['Тайвань'] };
    expect(
      conceptListProblems([
        { id: 'a', name: 'A', terms },
        { id: 'b', name: 'B', terms },
      ]),
    ).toContain('b: "Taiwan" is also a term of a');
  });
});

describe('topic recognition', () => {
  const topics = (text: string) => topicsMatcher().keysIn(text);

  it('finds one topic in each supported language', () => {
    expect(topics('Both sides discussed the Taiwan question.')).toEqual(['taiwan']);
    expect(topics('双方就台湾问题交换意见。')).toEqual(['taiwan']);
    expect(topics('양측은 대만 문제를 논의했다.')).toEqual(['taiwan']);
    expect(topics('台湾海峡の平和と安定の重要性を確認した。')).toEqual(['taiwan']);
    expect(topics('Стороны обсудили ситуацию вокруг Тайваня.')).toEqual(['taiwan']);
  });

  it('a * stands for any word ending, also inside a phrase', () => {
    expect(topics('Ukrainian grain exports')).toContain('ukraine');
    expect(topics('обстановка на Корейском полуострове')).toEqual(['korean-peninsula']);
    expect(topics('в Южно-Китайском море')).toEqual(['south-china-sea']);
  });

  it('Latin words sit on word boundaries; CJK words that only contain a topic word do not count', () => {
    expect(topics('They will retrade nothing.')).toEqual([]);
    expect(topics('Iranian officials')).toEqual(['iran']);
    expect(topics('台湾问题是中国核心利益中的核心')).toEqual(['taiwan']);
    expect(topics('양국 관계의 핵심은 신뢰')).toEqual([]);
  });

  it('reports offsets into the original text (folding keeps them)', () => {
    const text = 'On  the   KOREAN PENINSULA, tensions rose.';
    const [match] = topicsMatcher().find(text);
    expect(text.slice(match!.start, match!.end)).toBe('KOREAN PENINSULA');
  });

  it('stock wording is one concept across languages', () => {
    expect(wordingsMatcher().keysIn('a frank and constructive exchange')).toEqual(['frank', 'constructive']);
    expect(wordingsMatcher().keysIn('双方进行了坦率、建设性的交流')).toEqual(['frank', 'constructive']);
  });

  it('a term matcher keeps the longest match where two overlap', () => {
    const m = createTermMatcher([
      { key: 'sea', terms: ['China Sea'] },
      { key: 'scs', terms: ['South China Sea'] },
    ]);
    expect(m.keysIn('the South China Sea')).toEqual(['scs']);
  });
});
