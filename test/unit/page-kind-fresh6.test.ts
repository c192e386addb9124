/**
 * Page kinds from the ninth session's set: a statement that condemns (past tense, no title), a
 * briefing whose heading is a paragraph, a spokesperson's regular briefing told as news, a
 * new-year address, a headline-less page whose first sentence is the lead, credentials received,
 * and news indexes as text (results counts, dated items, bylines, agency datelines).
 */
import { describe, expect, it } from 'vitest';
import { classifyArticle, leadSaysReadout, looksLikeListing } from '../../lib/ministries/kind';

const kindOf = (title: string, ...paragraphs: string[]) => classifyArticle([title], paragraphs);

describe('statements that condemn', () => {
  it('past tense, with no headline', () => {
    expect(
      kindOf(
        'Capital: The Ministry strongly condemned the bombing of a market in a neighbouring country.',
        'In a statement, the ministry expressed its strong condemnation of these acts.',
      ),
    ).toBe('statement');
  });

  it('negative: ministers who met and condemned an attack told of the meeting', () => {
    expect(
      kindOf(
        'Talks in the capital',
        'The two ministers met on Monday and condemned the attack on the convoy.',
      ),
    ).toBe('readout');
  });
});

describe('transcripts', () => {
  it('a briefing heading below a press-release number', () => {
    expect(
      kindOf(
        'Пресс-релиз № 12',
        'Брифинг официального представителя МИД России, Москва, 3 марта',
        'О визите.',
      ),
    ).toBe('transcript');
  });

  it('a report of the spokesperson at the regular briefing', () => {
    expect(
      kindOf(
        '외교부, 도발 위협에 "강력 대응"',
        '외교부 대변인은 오늘 정례 브리핑에서 "국제사회와 함께 단호히 대응하겠다"고 밝혔습니다.',
      ),
    ).toBe('transcript');
  });

  it('negative: a briefing mentioned in passing, not by the spokesperson', () => {
    expect(
      kindOf('장관 회담', '장관은 18일 외교장관과 회담을 가졌다. 회담 결과는 추후 브리핑에서 설명된다.'),
    ).toBe('readout');
  });
});

describe('speeches and readouts', () => {
  it('the ministry’s new-year opening ceremony is the minister’s address', () => {
    expect(
      kindOf(
        '장관 “올해 협력 강화해야”',
        '장관은 오늘 오전 청사에서 열린 시무식에서 "성과를 기반으로 노력하겠다"고 말했습니다.',
      ),
    ).toBe('speech');
  });

  it('a page with no headline: its first sentence is the lead (訪問中 does not make it a visit notice)', () => {
    expect(
      kindOf('某国を訪問中の某外相は1日、首都で別の国の外相と会談しました。', '外相は冒頭で述べた。'),
    ).toBe('readout');
    expect(
      kindOf(
        '장관은 18일 방한 중인 외교장관과 회담을 개최하고 협력에 대해 의견을 교환했다.',
        '장관은 말했다.',
      ),
    ).toBe('readout');
  });

  it('credentials received by the minister; an envoy who will take part is an announcement', () => {
    expect(
      kindOf(
        'Minister receives envoys',
        'The Foreign Minister received Sunday copies of credentials of three ambassadors.',
      ),
    ).toBe('readout');
    expect(
      kindOf(
        'Minister to attend ministerial meeting',
        'On 28 February the delegation led by the Minister will take part in the meeting.',
      ),
    ).toBe('announcement');
  });
});

describe('news indexes as text', () => {
  it('a results count, dated items, bylines, agency datelines', () => {
    expect(looksLikeListing(['News', 'Showing 21-40 of 300 results.', 'Statement on X'])).toBe(true);
    expect(
      looksLikeListing([
        '10/04/2025 News story Ministry — a call for cooperation',
        '27/02/2025 News story Ministry — ten years since',
        '29/03/2025 Press release Ministry — on the situation',
      ]),
    ).toBe(true);
    expect(
      looksLikeListing(['저널 김아무 기자 | 장관은 회담을 가졌다.', '저널 이아무 기자 | 장관은 통화했다.']),
    ).toBe(true);
    expect(
      looksLikeListing([
        'THURSDAY, JANUARY 8',
        '** ANKARA - Ministers meet for talks.',
        'BEIRUT - A minister will visit.',
        'BRUSSELS – A minister is leaving for talks.',
      ]),
    ).toBe(true);
  });

  it('negative: one article with one dateline, one byline and one date', () => {
    expect(
      looksLikeListing([
        'BEIRUT - The minister met his counterpart on Monday.',
        '10/04/2025 The two sides discussed trade.',
        '저널 김아무 기자 | 장관은 회담을 가졌다.',
        'They agreed to meet again.',
      ]),
    ).toBe(false);
  });
});

describe('Korean talks "개최하고": past only with a past verb after it', () => {
  it('told in the past is a readout lead; a plan for next week is not', () => {
    expect(leadSaysReadout('장관은 18일 외교장관과 회담을 개최하고 의견을 교환했다.')).toBe(true);
    expect(leadSaysReadout('양국이 다음 주 외교장관회담을 개최하고 현안을 논의한다.')).toBe(false);
  });

  it('an announcement made at the spokesperson’s briefing stays an announcement', () => {
    expect(
      kindOf('장관 방한', '외교부 대변인은 정례 브리핑에서 장관이 다음 주 방한할 예정이라고 밝혔다.'),
    ).toBe('announcement');
  });
});
