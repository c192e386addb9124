/**
 * Classes met on real pages nobody tuned to: a katakana name + 前外相/元首相 (a former holder, found
 * by the sounds of the name), katakana read against Latin family names, Russian names after a title
 * in the instrumental resolved through their Latin spelling (Джоном Керри) or written back in the
 * nominative, and words that sit where a Japanese name would (官邸, 外務, 各国).
 */
import { describe, expect, it } from 'vitest';
import { createRecognizer } from '../../lib/recognize';
import { recognitionKb } from '../../lib/kb';
import { findParticipants } from '../../lib/ministries/participants';
import {
  katakanaReadsAs,
  latinSkeleton,
  nameKey,
  russianNominative,
} from '../../lib/recognize/transliteration';

const shipped = createRecognizer(recognitionKb());
const officials = (text: string, date: string | null) =>
  shipped
    .recognize(text, { date })
    .entities.filter((e) => e.kind === 'official')
    .map((e) => [e.id ?? e.name, e.surfaces.join('|')]);

describe('katakana against Latin family names', () => {
  it('reads the consonants the way Japanese hears them', () => {
    expect(latinSkeleton('Westerwelle')).toBe('bstbr');
    expect(katakanaReadsAs('ヴェスターヴェレ', 'Westerwelle')).toBe(true);
    expect(katakanaReadsAs('ゲンシャー', 'Genscher')).toBe(true);
    expect(katakanaReadsAs('シュタインマイヤー', 'Steinmeier')).toBe(true);
    expect(katakanaReadsAs('ブリンケン', 'Blinken')).toBe(true);
  });

  it('does not read one name as another', () => {
    expect(katakanaReadsAs('ヴェスターヴェレ', 'Steinmeier')).toBe(false);
    expect(katakanaReadsAs('ゲンシャー', 'Gabriel')).toBe(false);
    expect(katakanaReadsAs('ヴェスターヴェレ', 'Bustillo', true)).toBe(false);
  });
});

describe('a former holder of an office in Japanese', () => {
  it('"katakana + 前外相" is the foreign minister whose name it reads as, at any date', () => {
    expect(officials('またヴェスターヴェレ前外相の逝去に弔意を表明しました。', '2016-04-10')).toEqual([
      ['guido-westerwelle', 'ヴェスターヴェレ'],
    ]);
  });

  it('"kanji surname + 元首相" keeps the 元 out of the name', () => {
    expect(officials('安倍元首相の功績を称えた。', '2024-01-01')).toEqual([['abe-shinzo', '安倍']]);
  });

  it('a katakana name no former holder reads as stays a name on the page, not a KB person', () => {
    const found = officials('ナカムラ前外相と面会した。', '2016-04-10');
    expect(found).toEqual([['ナカムラ', 'ナカムラ']]);
  });

  it('a name cut at "=" is not taken for a shorter name', () => {
    const found = officials(
      'フランク=ヴァルター・シュタインマイヤー・ドイツ連邦共和国外務大臣と会談',
      '2016-04-10',
    );
    expect(found.map(([, s]) => s)).not.toContain('ヴァルター・シュタインマイヤー');
  });
});

describe('words where a Japanese name would be', () => {
  it('a residence after an office is a building, not a person', () => {
    expect(officials('両外相は21日夕方に首相官邸を訪問した。', '2025-03-21')).toEqual([]);
  });

  it('"各国外務大臣" and "外務大臣会合" name no participant', () => {
    expect(
      findParticipants(
        '日某外相会談',
        'G20外務大臣会合のため名古屋を訪れ、各国外務大臣と会談を行いました。',
        'ja',
      ),
    ).toEqual([]);
  });

  it('a surname + office still names a participant', () => {
    expect(
      findParticipants('日某外相会談', '茂木外務大臣は会談を行いました。', 'ja').map((p) => p.name),
    ).toEqual(['茂木']);
  });
});

describe('Russian names of foreigners after a title', () => {
  it('a Latin name spelled in Cyrillic in the instrumental is the KB person (Джоном Керри)', () => {
    expect(officials('Переговоры с госсекретарем США Джоном Керри состоятся завтра.', '2016-12-02')).toEqual([
      ['john-kerry', 'Джоном Керри'],
    ]);
  });

  it('a person the KB lacks is named in the nominative', () => {
    expect(russianNominative('Турбьерном Ягландом', 'генсеком')).toBe('Турбьерн Ягланд');
    expect(russianNominative('Мевлютом Чавушоглу', 'главой МИД')).toBe('Мевлют Чавушоглу');
    expect(russianNominative('Анной Петровой', 'президентом')).toBe('Анна Петрова');
    expect(russianNominative('Иваном Ковачем', 'министром')).toBe('Иван Ковач');
    expect(russianNominative('Сергея Лаврова', 'министра')).toBe('Сергей Лавров');
  });

  it('a nominative title leaves the name as written', () => {
    expect(russianNominative('Анна Петрова', 'президент')).toBe('Анна Петрова');
  });

  it('an organisation in the genitive after the title is not part of the name', () => {
    expect(officials('Встреча с генсеком Совета Европы Турбьерном Ягландом.', '2016-12-02')).toEqual([
      ['Турбьерн Ягланд', 'Турбьерном Ягландом'],
    ]);
  });

  it('дж, ч, ш spell the J, Ç and Ş of Latin names: one key for both spellings', () => {
    expect(nameKey('Dzhon Kerri')).toBe(nameKey('John Kerry'));
    expect(nameKey('Mevlyut Chavushoglu')?.split(' ')[1]).toBe(nameKey('Mevlüt Çavuşoğlu')?.split(' ')[1]);
    expect(nameKey('John Kerry')).not.toBe(nameKey('Joan Kerry'));
  });
});
