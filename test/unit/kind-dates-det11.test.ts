import { describe, expect, it } from 'vitest';
import { classifyArticle, looksLikeTranscript } from '../../lib/ministries/kind';
import { findDate, meetingDate } from '../../lib/ministries/dates';
import { findAgreementPhrases } from '../../lib/recognize/agreements';

const names = (text: string, notAgreement?: (a: string) => boolean) =>
  findAgreementPhrases(text, undefined, notAgreement).map((f) => f.name);

describe('page kinds by class (det11)', () => {
  it('labels whose value opens with a digit (any script) are not speaker turns', () => {
    expect(
      looksLikeTranscript([
        'Updated: 16:04, 3 March 2031',
        'Capital: The minister received the departing envoy at the ministry.',
        'Local time: 17:10, 3 March 2031',
      ]),
    ).toBe(false);
    expect(
      looksLikeTranscript([
        'আপডেট: ১৬০৪ ঘণ্টা, মার্চ ৩, ২০৩১',
        'ঢাকা: মন্ত্রী বিদায়ী রাষ্ট্রদূতের সঙ্গে সাক্ষাৎ করেছেন বলে জানানো হয়েছে।',
        'সময়: ১৭১০ ঘণ্টা, মার্চ ৩, ২০৩১',
      ]),
    ).toBe(false);
    expect(
      looksLikeTranscript([
        'Spokesperson: Good afternoon, I have two announcements today.',
        'Reporter: What did the two ministers agree on yesterday?',
        'Spokesperson: They agreed to resume the dialogue next month.',
      ]),
    ).toBe(true);
  });

  it('Bengali: a call paid is a readout; one to come is an announcement', () => {
    expect(
      classifyArticle(
        ['মন্ত্রীর সঙ্গে রাষ্ট্রদূতের সাক্ষাৎ'],
        ['ঢাকা: পররাষ্ট্রমন্ত্রীর সঙ্গে বিদায়ী সাক্ষাৎ করেছেন একজন রাষ্ট্রদূত।'],
      ),
    ).toBe('readout');
    expect(
      classifyArticle(['মন্ত্রীর সফর'], ['পররাষ্ট্রমন্ত্রী আগামী সপ্তাহে প্রতিবেশী দেশের মন্ত্রীর সঙ্গে বৈঠক করবেন।']),
    ).toBe('announcement');
  });

  it("a broadcaster's 【…新聞】 tag is a dateline; 会面 that took place is a readout", () => {
    expect(
      classifyArticle(['外長晤鄰國外長'], ['【某某新聞】外長在首都與鄰國外長會面。', '雙方討論了地區局勢。']),
    ).toBe('readout');
    expect(
      classifyArticle(
        ['外长会见'],
        ['【外交部长】我先介绍一下今天的安排，请大家提问。', '【记者】请问会谈的成果是什么？'],
      ),
    ).toBe('transcript');
  });

  it('Spanish: "sostuvieron una conversación" is a readout; "sostendrán" is not', () => {
    expect(
      classifyArticle(
        ['Cancilleres sostienen conversación telefónica'],
        ['Los cancilleres de ambos países sostuvieron una conversación telefónica sobre la agenda común.'],
      ),
    ).toBe('readout');
    expect(
      classifyArticle(['Nota'], ['Los cancilleres sostendrán una reunión el próximo lunes en la capital.']),
    ).toBe('announcement');
    expect(
      classifyArticle(['Cancillería informa'], ['La oficina publicó su informe anual de gestión.']),
    ).toBe('other');
  });

  it('a meeting told with quoted or hyphenated adjectives is held, before any plan in the sentence', () => {
    expect(
      classifyArticle(
        ['Ministers break the ice'],
        [
          "The two foreign ministers on Friday had a ''warm and forward-looking'' 60-minute meeting, after which they said their deputies will meet next month.",
        ],
      ),
    ).toBe('readout');
  });

  it('Japanese: a courtesy call received is a readout; one to be received is not', () => {
    expect(
      classifyArticle(
        ['首相、新任大使の表敬訪問を受ける'],
        ['首相は金曜日の午後、官邸で新任大使の表敬訪問を受けた際、両国関係の発展に期待を示した。'],
      ),
    ).toBe('readout');
    expect(
      classifyArticle(
        ['首相、大使の表敬訪問を受ける予定'],
        ['首相は来週、新任大使の表敬訪問を受ける予定です。'],
      ),
    ).toBe('announcement');
  });

  it('Russian: a call that will take place is an announcement; one that took place is a readout', () => {
    expect(
      classifyArticle(
        ['Министры проведут телефонный разговор в пятницу'],
        [
          'Министры иностранных дел двух стран проведут телефонный разговор в пятницу, сообщила представитель министерства.',
        ],
      ),
    ).toBe('announcement');
    expect(
      classifyArticle(
        ['Телефонный разговор министров'],
        ['Состоялся телефонный разговор министров иностранных дел двух стран.'],
      ),
    ).toBe('readout');
  });

  it('a departure for a meeting is not a meeting held', () => {
    expect(
      classifyArticle(
        ['외교장관, 외교장관회의 참석차 출국'],
        ['장관이 회의 참석을 위해 공항을 통해 출국하고 있다.'],
      ),
    ).not.toBe('readout');
    expect(classifyArticle(['외교장관회의 개최'], ['장관은 3일 이웃 나라 장관과 회담을 가졌다.'])).toBe(
      'readout',
    );
  });

  it('a title that calls for something is a demand, not a call held', () => {
    expect(
      classifyArticle(
        ['President calls for ceasefire in the region'],
        ['The president has urged all parties to lay down their arms and return to dialogue.'],
      ),
    ).toBe('statement');
    expect(
      classifyArticle(
        ['Ambassador calls on Foreign Minister'],
        ['The note gives no further detail of the exchange.'],
      ),
    ).toBe('readout');
    expect(
      classifyArticle(['Minister holds phone call with counterpart'], ['The note gives no further detail.']),
    ).toBe('readout');
  });
});

describe('dates by class (det11)', () => {
  it('reads dotted day.month.year, and not inside a longer number', () => {
    expect(findDate('12.03.2031 [10:15]')).toBe('2031-03-12');
    expect(findDate('Version 1.12.03.2031.5 of the file')).toBeNull();
    expect(findDate('2031.03.12 issued')).toBe('2031-03-12');
  });

  it('reads Bengali digits and months, in either order', () => {
    expect(findDate('আপডেট: ১৬০৪ ঘণ্টা, মার্চ ৩, ২০৩১')).toBe('2031-03-03');
    expect(findDate('১২ ফেব্রুয়ারি ২০৩১ তারিখে')).toBe('2031-02-12');
    expect(meetingDate('বৃহস্পতিবার (০৬ মার্চ) মন্ত্রণালয়ে এ সাক্ষাৎ অনুষ্ঠিত হয়।', '2031-03-07')).toBe('2031-03-06');
  });

  it('reads a Spanish day and month without a year against the publication date', () => {
    expect(
      meetingDate('El pasado 4 de marzo, los cancilleres se reunieron en la capital.', '2031-03-06'),
    ).toBe('2031-03-04');
    expect(findDate('el 4 de marzo en la capital')).toBeNull();
  });

  it("reads an agency's dateline month-day, and not a month inside a sentence", () => {
    expect(meetingDate('SOMEWHERE CITY, March 4 — The minister met his counterpart.', '2031-03-05')).toBe(
      '2031-03-04',
    );
    expect(meetingDate('Lima, March 4, Agency. The minister met his counterpart.', '2031-03-05')).toBe(
      '2031-03-04',
    );
    expect(meetingDate('The minister recalled the March 4 summit.', '2031-03-05')).toBeNull();
  });

  it('reads a weekday in Spanish, Japanese, Chinese, Korean and Russian against the publication date', () => {
    // 2031-03-07 is a Friday.
    expect(meetingDate('La canciller se reunió este jueves con su par.', '2031-03-07')).toBe('2031-03-06');
    expect(meetingDate('首相は水曜日の午後、大使と会談した。', '2031-03-07')).toBe('2031-03-05');
    expect(meetingDate('外长星期二同邻国外长通电话。', '2031-03-07')).toBe('2031-03-04');
    expect(meetingDate('장관은 월요일 이웃 나라 장관과 통화했다.', '2031-03-07')).toBe('2031-03-03');
    expect(meetingDate('Министры встретились в четверг в столице.', '2031-03-07')).toBe('2031-03-06');
    expect(meetingDate('首相は来月、隣国を訪問する。', '2031-03-07')).toBeNull();
  });
});

describe('agreements by class (det11)', () => {
  it('a pair acronym that runs on into a name, or is a known body, is no agreement', () => {
    expect(names('They hoped for a successful 2032 Ruritania-Japan FIFA World Cup together.')).toEqual([]);
    expect(names('The Japan-Australia RAA was signed in Tokyo.')).toContain('Japan-Australia RAA');
    expect(names('The Japan-Korea APEC talks went well.', (a) => a === 'APEC')).toEqual([]);
  });

  it('reads a conference\'s Final Act, and a city\'s, not "The Final Act"', () => {
    expect(
      names(
        'Decades ago the Final Act of the Conference on Trade and Development in Oceania was signed here.',
      ),
    ).toContain('Final Act of the Conference on Trade and Development in Oceania');
    expect(names('They recalled the Vienna Final Act and its principles.')).toContain('Vienna Final Act');
    expect(names('The Final Act was a play in three scenes.')).toEqual([]);
  });
});

describe('page kinds by class, second batch (det11)', () => {
  it('"X, in a meeting with Y, said …" tells a meeting held, before a visit to come', () => {
    expect(
      classifyArticle(
        ['Ministers meet at the forum'],
        [
          'The minister, in a meeting with his counterpart on Sunday, said the president will visit the region in the autumn.',
        ],
      ),
    ).toBe('readout');
    expect(
      classifyArticle(
        ['Plans'],
        ['In a meeting with his counterpart next week, the minister will raise trade.'],
      ),
    ).not.toBe('readout');
  });

  it('a meeting whose date is being set is not held; one scheduled to take place is to come', () => {
    expect(
      classifyArticle(
        ['Minister says capitals working on date of foreign ministers\u2019 talks'],
        ['The two capitals are cooperating to fix the timing, the minister said.'],
      ),
    ).not.toBe('readout');
    expect(
      classifyArticle(
        ['Minister arrives in the capital'],
        [
          'The minister has arrived today. The joint commission is scheduled to take place on Monday and Tuesday.',
        ],
      ),
    ).toBe('announcement');
  });

  it('"in his statement" opens a statement; a briefing told without one is not', () => {
    expect(
      classifyArticle(
        ['Minister briefs the diplomatic corps'],
        [
          'The minister briefed envoys on the situation. In his statement, he thanked them for their support.',
        ],
      ),
    ).toBe('statement');
    expect(
      classifyArticle(
        ['Minister briefs the diplomatic corps'],
        ['The minister briefed envoys on the situation.'],
      ),
    ).not.toBe('statement');
  });
});

describe('weekdays after an agency dateline and in agency style (det11)', () => {
  it('counts "Tuesday" back from the dateline, with or without "on"', () => {
    // 2031-03-05 is a Wednesday.
    expect(
      meetingDate('RURITANIA, March 5 - The minister held, Tuesday in the capital, talks with peers.', null),
    ).toBe(null);
    expect(
      meetingDate(
        'RURITANIA, March 5 - The minister held, Tuesday in the capital, talks with peers.',
        '2031-03-09',
        {
          published: false,
        },
      ),
    ).toBe('2031-03-04');
    expect(meetingDate('The minister met Tuesday with his counterpart.', '2031-03-05')).toBe('2031-03-04');
    expect(meetingDate('The minister will meet next Tuesday with his counterpart.', '2031-03-05')).toBeNull();
  });
});
