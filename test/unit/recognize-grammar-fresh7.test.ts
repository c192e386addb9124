/**
 * Rules from the tenth session's set (fresh7): nicknames in quotes and "Ma." inside a name, a
 * lower-case "sheikh" after "HE", and words after a title that a title pattern took for a name
 * (abstract nouns in English, an election or an adverb in Chinese).
 */
import { describe, expect, it } from 'vitest';
import { createRecognizer } from '../../lib/recognize';
import { recognitionKb } from '../../lib/kb';

const shipped = createRecognizer(recognitionKb());
const officials = (text: string, date = '2020-01-01') =>
  shipped
    .recognize(text, { date })
    .entities.filter((e) => e.kind === 'official')
    .map((e) => e.surfaces.join('|'));

describe('names with a nickname in quotes or "Ma."', () => {
  it('keeps a quoted nickname inside the name', () => {
    expect(officials('President Johnny “Bingo” Rivera Jr. received the envoy.')).toEqual([
      'Johnny “Bingo” Rivera',
    ]);
  });
  it('reads "Ma." as the first word of a name', () => {
    expect(officials('Joining him was Undersecretary Ma. Lourdes Delacruz.')).toEqual([
      'Ma. Lourdes Delacruz',
    ]);
  });
  it('negative: "Ma" alone and a quoted word that is no name', () => {
    expect(officials('President Ma said the talks went well.')).toEqual(['Ma']);
    expect(officials('The Secretary called the plan “Historic” in remarks.')).toEqual([]);
  });
});

describe('honorifics and lineage names', () => {
  it('reads a lower-case "sheikh" after "HE" as an honorific', () => {
    expect(
      officials('Minister of Foreign Affairs HE sheikh Khalid bin Hamad bin Nasser Al Rumi held a call.'),
    ).toEqual(['Khalid bin Hamad bin Nasser Al Rumi']);
  });
  it('negative: "HE" before a title names no one', () => {
    expect(
      officials('HE the Prime Minister and Minister of Foreign Affairs reiterated the position.'),
    ).toEqual([]);
  });
});

describe('abstract nouns after a title', () => {
  it('negative: "Director of Public Diplomacy" and "External Action Service" name no one', () => {
    expect(officials('said the Director of Public Diplomacy, speaking on Monday.')).toEqual([]);
    expect(officials('the Executive Director of the European External Action Service, who spoke')).toEqual(
      [],
    );
    expect(officials('the Director of Foreign Policy met the press.')).toEqual([]);
  });
  it('still reads a name after such a title', () => {
    expect(officials('Director of Public Diplomacy Jane Roe said.')).toEqual(['Jane Roe']);
  });
});

describe('Chinese words after a title that no name starts with', () => {
  it('negative: an election, a Q&A digest and an adverb', () => {
    expect(officials('祝贺他赢得总统选举。')).toEqual([]);
    expect(officials('5月4日外交部发言人答问汇总')).toEqual([]);
    expect(officials('这几个国家外长显然还以为如此。')).toEqual([]);
  });
  it('still reads a name after the title', () => {
    expect(officials('外交部发言人汪文斌表示。', '2022-01-01')).toEqual(['汪文斌']);
  });
});

const agreements = (text: string, date = '2020-01-01') =>
  shipped
    .recognize(text, { date })
    .entities.filter((e) => e.kind === 'agreement')
    .map((e) => e.surfaces.join('|'));

describe('named outcome documents of a numbered meeting', () => {
  it("finds a chair's statement and a joint communique of a numbered meeting", () => {
    expect(
      agreements("As the Chairman's Statement of the 12th Northland Summit said, the talks go on."),
    ).toEqual(["Chairman's Statement of the 12th Northland Summit"]);
    expect(
      agreements('They cited the Joint Communique of the 41st Northland Foreign Ministers’ Meeting.'),
    ).toEqual(['Joint Communique of the 41st Northland Foreign Ministers’ Meeting']);
  });
  it('negative: no ordinal, no meeting noun, or lower case', () => {
    expect(agreements('The ministers will issue a joint statement of the 3rd meeting soon.')).toEqual([]);
    expect(agreements('The Chairman spoke of the 12th Northland Summit at length.')).toEqual([]);
    expect(
      agreements('The Joint Statement of the 12th Northland Foreign Policy Review will follow.'),
    ).toEqual([]);
  });
});

describe('Korean name + office in a list of officials', () => {
  it('reads a name before an office with the copula of a list, and heads of institutes', () => {
    expect(
      officials(
        '간부를 소개하겠습니다. 홍길동 1차관입니다. 김철수 국립외교원장입니다. 박영희 외교안보연구소장입니다.',
      ),
    ).toEqual(['홍길동', '김철수', '박영희']);
  });
  it('reads a name before an office with the honorific 님', () => {
    expect(officials('존경하는 홍길동 위원장님, 그리고 위원 여러분')).toEqual(['홍길동']);
  });
  it('negative: an office alone, a body before the office, and a lawsuit (소장)', () => {
    expect(officials('국립외교원장입니다. 위원장님께 감사드립니다.')).toEqual([]);
    expect(officials('외교부 의전장입니다.')).toEqual([]);
    expect(officials('법원에 소장을 제출했다.')).toEqual([]);
    expect(officials('이번 회의 위원장입니다.')).toEqual([]);
  });
});

describe('an ambassador "of X in Y", then the name after a comma', () => {
  it('reads the name after "Ambassador of Norland in Southland,"', () => {
    expect(
      officials(
        'The Ambassador of Chile in Peru, Jane Roe Doe, and the Ambassador of Peru in Chile, John Poe, attended.',
      ),
    ).toEqual(['Jane Roe Doe', 'John Poe']);
  });
  it('negative: a place, or a clause, after the comma', () => {
    expect(officials('He met the Ambassador in Peru, who said the talks went well.')).toEqual([]);
    expect(officials('the Ambassador in Chile, Santiago Province, spoke.')).toEqual([]);
    expect(officials('the Ambassador of Chile in Peru, Foreign Policy Meeting, opened.')).toEqual([]);
  });
});

describe('Japanese surname + a cabinet office other than foreign minister', () => {
  it('reads the surname before 経済産業大臣 and 防衛大臣', () => {
    expect(officials('山田経済産業大臣と共に会談に臨みました。', '2022-07-27')).toEqual(['山田']);
    expect(officials('本日、川口防衛大臣が発表した。', '2022-07-27')).toEqual(['川口']);
  });
  it('negative: a meeting of ministers, ministers of every country, the office alone', () => {
    expect(officials('日米経済産業大臣会合を開催した。', '2022-07-27')).toEqual([]);
    expect(officials('各国防衛大臣が集まった。', '2022-07-27')).toEqual([]);
    expect(officials('経済産業大臣と会談した。', '2022-07-27')).toEqual([]);
  });
});

describe('Korean: a foreign legislator by Hangul name + 상원의원', () => {
  it('reads a Hangul name with its Latin form in brackets before 상원의원', () => {
    expect(officials('올해는 존 스미스(John Smith) 상원의원을 초청했다.', '2024-09-03')).toEqual([
      '존 스미스',
    ]);
  });
  it('negative: a country or a party before the office', () => {
    expect(officials('올해는 미국 상원의원을 초청했다.', '2024-09-03')).toEqual([]);
    expect(officials('민주당 상원의원과 만났다.', '2024-09-03')).toEqual([]);
  });
});

describe('a plural office, then "country, name" pairs', () => {
  it('reads each name after its country', () => {
    expect(
      officials('He met the Foreign Ministers of Argentina, Jane Roe, and Brazil, John Poe Doe, today.'),
    ).toEqual(['Jane Roe', 'John Poe Doe']);
    expect(officials('in meetings with the Presidents of Peru, Jane Roe; and Chile, John Poe.')).toEqual([
      'Jane Roe',
      'John Poe',
    ]);
  });
  it('negative: a list of countries, a body, an event after the comma', () => {
    expect(officials('the Presidents of Peru, Chile and Canada met.')).toEqual([]);
    expect(officials('the Ambassadors of Peru, Foreign Policy Meeting, opened.')).toEqual([]);
    expect(officials('the Foreign Ministers of Peru, Meeting Room, at noon.')).toEqual([]);
  });
});
