/**
 * Officials named in shapes the title patterns did not know: a Russian full name in any case
 * with no title before it, a Japanese surname + office in Chinese text, a katakana name before a
 * legislator's office, a lowercase "spokesman" before a name; and words after a Korean office
 * that are not names. The first two count only as KB people.
 */
import { describe, expect, it } from 'vitest';
import { findNativeTitledNames } from '../../lib/recognize/titles-native';
import { findTitledNames } from '../../lib/recognize/titles';
import { peopleInText } from '../../lib/ministries/participants';
import { officials } from './shipped-recognizer';

describe('a Russian full name in any case, no title', () => {
  it('genitive and instrumental of a KB person', () => {
    expect(officials('Стороны обсудили итоги визита Владимира Путина в Пекин.', '2024-05-20')).toEqual([
      ['vladimir-putin', 'Владимира Путина'],
    ]);
    expect(officials('Беседа с Владимиром Путиным продлилась час.', '2024-05-20')).toEqual([
      ['vladimir-putin', 'Владимиром Путиным'],
    ]);
  });

  it('a sentence-initial word before the name does not hide it', () => {
    expect(officials('Встреча Владимира Путина прошла в Кремле.', '2024-05-20')).toEqual([
      ['vladimir-putin', 'Владимира Путина'],
    ]);
  });

  it('capitalised pairs that are no KB person give nothing', () => {
    expect(
      officials('Представители Белого дома и Государственной Думы обсудили повестку.', '2024-05-20'),
    ).toEqual([]);
    expect(officials('Иван Петров, житель Москвы, рассказал о поездке.', '2024-05-20')).toEqual([]);
  });
});

describe('a Japanese surname + office in Chinese text', () => {
  it('高市首相 is the KB prime minister of that name, dated or not', () => {
    expect(officials('日方表示，高市首相重视两国关系。', '2025-11-01')).toEqual([['takaichi-sanae', '高市']]);
    expect(officials('日方表示，高市首相重视两国关系。', null)).toEqual([['takaichi-sanae', '高市']]);
  });

  it('an office with no KB holder of that surname, or a meeting, gives nothing', () => {
    expect(officials('双方表示，山田首相将出席会议。', '2025-11-01')).toEqual([]);
    expect(officials('中日外相会谈在北京举行。', '2025-11-01')).toEqual([]);
    expect(officials('英国首相和日本首相通了电话。', '2025-11-01')).toEqual([]);
  });

  it('is not tried on Japanese text (the Japanese rule reads it there)', () => {
    expect(findNativeTitledNames('高市首相は述べた。').filter((t) => t.kbOnly)).toEqual([]);
  });
});

describe('a katakana name before a legislator’s office', () => {
  it('ジョンソン米国上院議員 and ジョンソン上院議員 are a person', () => {
    const names = (t: string) => findNativeTitledNames(t).map((n) => [n.name, n.title, n.country ?? null]);
    expect(names('ジョンソン米国上院議員と面会した。')).toEqual([['ジョンソン', '上院議員', 'US']]);
    expect(names('ジョンソン下院議員が出席した。')).toEqual([['ジョンソン', '下院議員', null]]);
  });

  it('kanji before the office are a party or a body, not a name', () => {
    expect(findNativeTitledNames('民主党上院議員が反対した。米国下院議員団が来日した。')).toEqual([]);
  });
});

describe('a lowercase spokesman before a name', () => {
  it('reads the name after "spokesman" and "spokesperson"', () => {
    const names = findTitledNames(
      'the ministry spokesman Rahul Verma said; spokesperson Anna Berg added',
    ).map((t) => t.name);
    expect(names).toEqual(['Rahul Verma', 'Anna Berg']);
  });

  it('no name after the word, no find', () => {
    expect(findTitledNames('the spokesman said on Tuesday that the spokesperson The Ministry')).toEqual([]);
  });
});

describe('Korean words after an office that are not names', () => {
  it('"국무장관 사이의" is between, not a person', () => {
    const names = findNativeTitledNames('두 장관과 미국 국무장관 사이의 회담이 열린다.').map((t) => t.name);
    expect(names).not.toContain('사이');
  });

  it('a name after the office is still read', () => {
    expect(findNativeTitledNames('미국 국무장관 블링컨은 말했다.').map((t) => t.name)).toContain('블링컨');
  });
});

describe('a country of two words after "of"', () => {
  it('"of Saudi Arabia," is the country, not "Saudi" and a person "Arabia"', () => {
    expect(
      peopleInText('Prince Khalid, Minister of Foreign Affairs of Saudi Arabia, spoke.').map((p) => p.name),
    ).not.toContain('Arabia');
    expect(peopleInText('the Minister of Foreign Affairs of South Africa, said').map((p) => p.name)).toEqual(
      [],
    );
  });

  it('a one-word country before a name still gives the name', () => {
    expect(
      peopleInText('Minister of Foreign Affairs of Kenya Musalia Mudavadi met').map((p) => p.name),
    ).toEqual(['Musalia Mudavadi']);
  });
});
