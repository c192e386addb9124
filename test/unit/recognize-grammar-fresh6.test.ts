/**
 * Rules from the ninth session's set: initials glued to a Russian family name, Japanese press
 * secretaries by surname + office, a surname + office after the page named the person in full,
 * and office or verb words that a title pattern took for a name.
 */
import { describe, expect, it } from 'vitest';
import { createRecognizer } from '../../lib/recognize';
import { recognitionKb } from '../../lib/kb';
import { hangulSkeleton, latinHangulSkeleton } from '../../lib/recognize/hangul-latin';

const shipped = createRecognizer(recognitionKb());
const officials = (text: string, date: string) =>
  shipped
    .recognize(text, { date })
    .entities.filter((e) => e.kind === 'official')
    .map((e) => [e.id, e.surfaces.join('|')]);

describe('Russian initials glued to the family name', () => {
  it('resolves С.В.Лавров and М.В.Захаровой to the KB people by the first initial', () => {
    expect(officials('Министр иностранных дел России С.В.Лавров проведёт переговоры.', '2016-02-01')).toEqual(
      [['sergey-lavrov', 'С.В.Лавров']],
    );
    expect(
      officials('Брифинг официального представителя МИД России М.В.Захаровой, Москва.', '2016-02-01'),
    ).toEqual([['maria-zakharova', 'М.В.Захаровой']]);
  });

  it('keeps an Arabic particle after the initial, and reads past "страны"', () => {
    expect(
      officials('Переговоры с Министром иностранных дел страны ОАЭ А.Аль Нахайяном.', '2016-02-01'),
    ).toEqual([[null, 'А.Аль Нахайяном']]);
  });

  it('negative: an initial that fits no KB person stays a page person; a title alone names no one', () => {
    expect(officials('Министр иностранных дел России К.Л.Лавров заявил.', '2016-02-01')).toEqual([
      [null, 'К.Л.Лавров'],
    ]);
    expect(
      officials('Официальный представитель МИД России заявил, что встреча состоится.', '2016-02-01'),
    ).toEqual([]);
    expect(officials('Министр иностранных дел России В.', '2016-02-01')).toEqual([]);
  });
});

describe('Japanese surname + office', () => {
  it('a press secretary: 田中報道官, 山本外務報道官 (外務 belongs to the office)', () => {
    expect(officials('田中報道官：本日は二点申し上げます。', '2014-01-29')).toEqual([[null, '田中']]);
    expect(officials('山本外務報道官の会見。', '2014-01-29')).toEqual([[null, '山本']]);
  });

  it('a surname + office after the full name is that person: 王毅外相 … 王外相', () => {
    expect(officials('中国の王毅外相は1日、会談しました。王外相は冒頭で述べた。', '2013-07-01')).toEqual([
      ['wang-yi', '王毅|王'],
    ]);
  });

  it('a katakana name’s first part after the full name is that person', () => {
    const found = officials('テスト・ネーム大統領が来日する。テスト大統領と会談を行う。', '2015-03-17');
    expect(found).toEqual([[null, 'テスト・ネーム|テスト']]);
  });

  it('negative: office words before an office are no surname (内閣官房長官, 大臣政務官, 報道官 alone)', () => {
    expect(officials('17日午前の内閣官房長官会見において発表した。', '2015-03-17')).toEqual([]);
    expect(officials('外務大臣政務官の主催で会合を開いた。', '2014-01-29')).toEqual([]);
    expect(officials('報道官は会見で述べた。外務報道官の発言。', '2014-01-29')).toEqual([]);
    // A lone surname with no fuller name on the page stays as written, not joined to anyone.
    expect(officials('王外相は冒頭で述べた。', '2013-07-01')).toEqual([[null, '王']]);
  });
});

describe('Chinese: words after a title that are not a name', () => {
  it('negative: a verb (赞赏) or 兼 (concurrently) after a title', () => {
    expect(officials('杨外长赞赏中国和东盟国家的努力。', '2011-07-21')).toEqual([]);
    expect(officials('楊外長贊賞中國和東盟國家的努力。', '2011-07-21')).toEqual([]);
    expect(officials('会见了欧盟委员会副主席兼外交与安全政策高级代表。', '2011-06-07')).toEqual([]);
  });
});

describe('foreign names in Hangul against Latin KB spellings', () => {
  it('reads both scripts into one skeleton', () => {
    expect(hangulSkeleton('웡')).toBe(latinHangulSkeleton('Wong'));
    expect(hangulSkeleton('페니')).toBe(latinHangulSkeleton('Penny'));
    expect(hangulSkeleton('자하로바')).toBe(latinHangulSkeleton('Zakharova'));
    expect(hangulSkeleton('블링컨')).toBe(latinHangulSkeleton('Blinken'));
    expect(hangulSkeleton('Wong')).toBeUndefined();
  });

  it('names the KB person: 페니 웡 호주 외교장관, 마리야 자하로바 러시아 외무부 대변인', () => {
    expect(
      officials('조태열 장관은 오는 30일 서울에서 페니 웡 호주 외교장관과 만날 예정이다.', '2024-07-25'),
    ).toContainEqual(['penny-wong', '페니 웡']);
    expect(
      officials('최근 마리야 자하로바 러시아 외무부 대변인의 발언에 유감을 표했다.', '2024-12-19'),
    ).toEqual([['maria-zakharova', '마리야 자하로바']]);
  });

  it('negative: another country, a one-syllable word alone, or a count word before an office', () => {
    // The page says a Japanese minister: Penny Wong is Australian.
    expect(officials('서울에서 페니 웡 일본 외교장관과 만날 예정이다.', '2024-07-25')).toEqual([
      [null, '페니 웡'],
    ]);
    expect(officials('회담에서 두 장관은 협력에 합의했다.', '2024-07-25')).toEqual([]);
    expect(officials('서울에서 웡 장관과 만났다.', '2024-07-25')).toEqual([]);
    expect(officials('외교부 대변인은 브리핑에서 밝혔다.', '2024-07-25')).toEqual([]);
  });
});

describe('negative: a Korean family name alone before an office', () => {
  it('"따르면 조 장관", "열리는데 윤 장관" are short mentions, not a foreign name of two words', () => {
    expect(
      officials('외교부에 따르면 조 장관은 이번 회담이 첫 양자회담이라고 말했다.', '2025-09-18'),
    ).toEqual([]);
    expect(officials('회의가 열리는데 윤 장관이 참석한다.', '2017-02-07')).toEqual([]);
    expect(
      officials('국내 상황에 대해 언급한 러시아 외무부 대변인에 대해 유감을 표명했다.', '2024-12-19'),
    ).toEqual([]);
  });
});

describe('envoys named with "H.E." in a list of credentials', () => {
  it('takes each name the style introduces, diacritics and inner capitals included', () => {
    const text =
      'Presenting credentials were H.E. Mr. Karim AbdelNour Haddad, non-resident ambassador of the Republic of Norland; H.E. Mrs. Zuzana Kováčiková, non-resident ambassador of Slovakia; and H.E. Mr. Ito Kenji, ambassador of Japan.';
    expect(officials(text, '2020-01-01').map(([, s]) => s)).toEqual([
      'Karim AbdelNour Haddad',
      'Zuzana Kováčiková',
      'Ito Kenji',
    ]);
  });

  it('negative: a style before a title, an office word, a country', () => {
    expect(officials('H.E. Foreign Minister, said the talks went well.', '2020-01-01')).toEqual([]);
    expect(officials('H.E. the President of Norland welcomed them.', '2020-01-01')).toEqual([]);
    expect(officials('H.E. Sri Lanka, represented by its envoy.', '2020-01-01')).toEqual([]);
    expect(
      officials('Ms Jane Roe, Chief Executive Officer in the Ministry, attended.', '2020-01-01'),
    ).not.toContainEqual([null, 'Officer']);
  });
});
