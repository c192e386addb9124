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
import { compareReadouts } from '../../lib/compare';
import { setLocale, UI_LOCALES } from '../../lib/i18n';
import { readoutInput } from './archive-helpers';

const NAMES = { en: 'X', 'zh-CN': '甲', 'zh-TW': '甲', ko: '갑', ja: '甲' };

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
      topics: [{ id: 'x', names: NAMES, terms: { en: ['x'], zh: ['x'], ko: ['x'], ja: ['x'] } }],
    };
    expect(zm.safeParse(ConceptList, broken).success).toBe(false);
  });

  it('the schema wants a display name in each of the five UI languages, and glosses in all five if any', () => {
    const terms = { en: ['x'], zh: ['x'], ko: ['x'], ja: ['x'], ru: ['x'] };
    const { 'zh-TW': _dropped, ...noTraditional } = NAMES;
    expect(zm.safeParse(ConceptList, { topics: [{ id: 'x', names: NAMES, terms }] }).success).toBe(true);
    expect(zm.safeParse(ConceptList, { topics: [{ id: 'x', names: noTraditional, terms }] }).success).toBe(
      false,
    );
    expect(
      zm.safeParse(ConceptList, { wording: [{ id: 'x', names: NAMES, glosses: { en: 'y' }, terms }] })
        .success,
    ).toBe(false);
  });

  it('gives every topic and wording its own name in each UI language (zh-TW not a copy of zh-CN where scripts differ)', () => {
    for (const concept of [...topicsJson.topics, ...wordingJson.wording]) {
      const names = concept.names as Record<string, string>;
      for (const locale of UI_LOCALES.filter((l) => l !== 'en'))
        expect([concept.id, locale, /[A-Za-z]{3}/.test(names[locale]!)]).toEqual([concept.id, locale, false]);
    }
    const traditional = [...topicsJson.topics, ...wordingJson.wording].filter(
      (c) => c.names['zh-TW'] !== c.names['zh-CN'],
    );
    expect(traditional.map((c) => c.id)).toEqual(
      expect.arrayContaining(['korean-peninsula', 'ukraine', 'human-rights', 'core-interests']),
    );
  });

  it('the comparison names topics and stock wording in the UI language', () => {
    const side = (ministry: string, body: string) =>
      readoutInput({
        url: `https://${ministry}.example/a`,
        ministry,
        date: '2024-06-10',
        title: '会谈',
        body: [body],
      });
    const a = side('cn-mfa', '双方就乌克兰问题坦率交换了意见。');
    const b = side('rok-mofa', '양측은 한반도 문제를 논의했다.');
    try {
      setLocale('ko');
      const c = compareReadouts(a, b);
      expect(c.onlyA.topics.map((x) => x.name)).toEqual(['우크라이나']);
      expect(c.onlyB.topics.map((x) => x.name)).toEqual(['한반도']);
      expect(c.characteristic.a.find((w) => w.concept === 'frank')).toMatchObject({
        name: '솔직한',
        gloss: '대개 공개적인 이견을 뜻함',
      });
      setLocale('zh-TW');
      expect(compareReadouts(a, b).onlyA.topics.map((x) => x.name)).toEqual(['烏克蘭']);
    } finally {
      setLocale('en');
    }
  });

  it('the problem check names a word given to two topics', () => {
    const terms = { en: ['Taiwan'], zh: ['台湾'], ko: ['대만'], ja: ['台湾'], ru: ['Тайвань'] };
    expect(
      conceptListProblems([
        { id: 'a', names: NAMES, terms },
        { id: 'b', names: NAMES, terms },
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
