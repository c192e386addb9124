/**
 * Classes from the fresh8 and fresh9 sets, in sentences of our own: a region or body the patterns
 * do not know as a country between a Russian title and a name in initials, the English short u
 * that Russian writes as а (Трамп, Хант), and a Korean agreement named after "한미 간".
 */
import { describe, expect, it } from 'vitest';
import { findNativeTitledNames } from '../../lib/recognize/titles-native';
import { cyrillicNameReadings } from '../../lib/recognize/transliteration';
import { findAgreementPhrases } from '../../lib/recognize/agreements';
import { findTitledNames } from '../../lib/recognize/titles';
import { officials } from './shipped-recognizer';

const titled = (text: string) => findNativeTitledNames(text).map((f) => f.name);
const agreements = (text: string) => findAgreementPhrases(text).map((f) => f.name);

describe('Russian: capitalised words before a name in initials', () => {
  it('reads the initialled name, not the region before it, as the person', () => {
    expect(titled('Его принимал министр иностранных дел Северной Области К.Л.Петровым вчера.')).toEqual([
      'К.Л.Петровым',
    ]);
    expect(titled('Беседа с послом Верхней Долины А.Б. Сидоровым прошла тепло.')).toEqual(['А.Б. Сидоровым']);
  });
  it('keeps a full name after a title as it was', () => {
    expect(titled('Его принимал министр Иван Петров вчера.')).toEqual(['Иван Петров']);
    expect(titled('Министр иностранных дел России С.В.Лавров прибыл.')).toEqual(['С.В.Лавров']);
  });
  it('finds no person in the region words before the initials', () => {
    const surfaces = officials(
      'Министр иностранных дел России С.В.Лавров встретился с министром иностранных дел Северной Области К.Л.Петровым.',
      '2021-01-25',
    ).map(([, surface]) => surface);
    expect(surfaces.some((s) => s?.includes('Северной'))).toBe(false);
    expect(surfaces).toContain('С.В.Лавров');
  });
});

describe('Russian: the English short u written as а', () => {
  it('reads а before two consonants in a name as u too', () => {
    expect(cyrillicNameReadings('Трамп')).toContain('Trump');
    expect(cyrillicNameReadings('Трампа')).toContain('Trump');
  });
  it('resolves such a name in any case to the KB person', () => {
    expect(officials('Переговоры прошли с участием Дональда Трампа в Гамбурге.', '2017-07-07')).toEqual([
      ['donald-trump', 'Дональда Трампа'],
    ]);
    expect(officials('В Лондоне выступил Джереми Хант.', '2019-01-10')).toEqual([
      ['jeremy-hunt', 'Джереми Хант'],
    ]);
  });
  it('adds no reading where the а is not before two consonants, and finds no one in ordinary words', () => {
    expect(cyrillicNameReadings('Лавров')).toEqual(['Lavrov']);
    expect(cyrillicNameReadings('Мария').some((r) => r.includes('u'))).toBe(false);
    expect(
      officials('Встреча на высшем уровне прошла в Праге. Министерство сообщило о планах.', '2017-07-07'),
    ).toEqual([]);
  });
});

describe('Korean: an agreement named after the parties and 간', () => {
  it('finds the agreement after "한미 간"', () => {
    expect(agreements('한미 간 방위비 분담금 협정 협상이 서울에서 열렸다.')).toEqual([
      '한미 간 방위비 분담금 협정',
    ]);
    expect(agreements('한일 간 어업 협정 개정이 논의됐다.')).toEqual(['한일 간 어업 협정']);
  });
  it('finds nothing after "한미 간" without a head word', () => {
    expect(agreements('한미 간 긴밀한 공조를 이어가기로 했다.')).toEqual([]);
    expect(agreements('한미 간 협의가 계속되고 있다.')).toEqual([]);
    expect(agreements('한미 간 외교장관 회의가 열렸다.')).toEqual([]);
  });
});

describe('English: name, country + title', () => {
  const titledEn = (text: string) => findTitledNames(text).map((f) => [f.name, f.title]);
  it('reads a name set off by commas before a title with its country', () => {
    expect(titledEn('On May 2, Peter Olsen, U.S. Under Secretary of State, arrived in Oslo.')).toEqual([
      ['Peter Olsen', 'Under Secretary of State'],
    ]);
    expect(titledEn('In June, Karl Vinters, the Japanese Ambassador to Chile, gave a talk.')).toEqual([
      ['Karl Vinters', 'Ambassador'],
    ]);
  });
  it('finds no name where the word before the title is not a country, or a place is set off', () => {
    expect(titledEn('In June, Karl Vinters, Hollywood Ambassador to the festival, gave a talk.')).toEqual([]);
    expect(titledEn('He toured Paris, French Ambassador residence, with friends.')).toEqual([]);
    expect(titledEn('Last week, United Nations, U.S. Ambassador to the UN, spoke.')).toEqual([]);
    expect(titledEn('In June, Foreign Policy, U.S. Secretary of State, said.')).toEqual([]);
  });
});

describe('English: title, name closed by the clause going on', () => {
  const titledEn = (text: string) => findTitledNames(text).map((f) => [f.name, f.title]);
  it('reads a name after "Title, " closed by a verb after "and" or a purpose after "for"', () => {
    expect(
      titledEn('He met Vice-Minister for Foreign Affairs of Japan, Peter Olsen and discussed trade.'),
    ).toEqual([['Peter Olsen', 'Vice-Minister for Foreign Affairs']]);
    expect(titledEn('She met with Secretary General, Karl Vinters for the 4th round of talks.')).toEqual([
      ['Karl Vinters', 'Secretary General'],
    ]);
  });
  it('finds no name in a list of titles, bodies or places closed so', () => {
    expect(titledEn('He met the Minister, Deputy Minister and staff.')).toEqual([]);
    expect(titledEn('He thanked the President, Mount Kenya and the people.')).toEqual([]);
    expect(titledEn('We met the Minister for Trade, Industry and Energy for talks.')).toEqual([]);
    expect(titledEn('He briefed the Ambassador, Foreign Affairs and reported back.')).toEqual([]);
  });
});

describe('English: a KB family name set off by commas after a title', () => {
  it('resolves it to the office holder on the date', () => {
    expect(
      officials('I had a long talk with the President, Ramos-Horta, about the port.', '2022-10-18'),
    ).toEqual([['jose-ramos-horta', 'Ramos-Horta']]);
  });
  it('finds no one where no title comes before, or no comma closes it', () => {
    expect(officials('We visited Dili, Ramos-Horta, and Baucau last year.', '2022-10-18')).toEqual([]);
    expect(
      officials('I had a long talk with the delegation, Ramos-Horta, about the port.', '2022-10-18'),
    ).toEqual([]);
  });
});
