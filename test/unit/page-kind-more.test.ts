/**
 * Page kinds for shapes the first rules did not know: a Japanese standing talk (立ち話), Korean news
 * copy that tells talks as "회담에서 … 했다", a briefing on the results of talks with no
 * question-and-answer turns, and Korean meetings said to be expected ("열릴 전망이다").
 */
import { describe, expect, it } from 'vitest';
import { classifyArticle } from '../../lib/ministries/kind';

const kindOf = (title: string, ...paragraphs: string[]) => classifyArticle([title], paragraphs);

describe('Japanese standing talk', () => {
  it('a 立ち話 that took place is a readout', () => {
    expect(
      kindOf(
        '日某外相立ち話',
        '某外務大臣は、会議場で某国外相と立ち話を行ったところ、概要は以下のとおりです。',
      ),
    ).toBe('readout');
  });

  it('a standing talk to come is not', () => {
    expect(kindOf('某外務大臣の某国訪問', '某外務大臣は、某国外相と立ち話を行う予定です。')).toBe(
      'announcement',
    );
  });
});

describe('Korean talks told in news copy', () => {
  it('"회담에서 … 했습니다" is talks that took place', () => {
    expect(kindOf('한-某 외교장관 만나', '두 장관은 이날 회담에서 협력을 강화해 나가기로 했습니다.')).toBe(
      'readout',
    );
  });

  it('a briefing on the results of talks, with no turns, is the talks’ account', () => {
    expect(
      kindOf('외교장관회담 결과 브리핑하는 장관', '장관은 회담에서 협력 방안을 논의했다고 밝혔습니다.'),
    ).toBe('readout');
  });

  it('a briefing with question-and-answer turns stays a transcript; a plain briefing too', () => {
    expect(
      kindOf(
        '외교장관회담 결과 브리핑',
        '질문: 회담에서 무엇을 논의했습니까?',
        '답변: 회담에서 협력을 논의했습니다.',
      ),
    ).toBe('transcript');
    expect(kindOf('대변인 정례브리핑', '대변인은 회담에서 합의가 있었다고 했다.')).toBe('transcript');
  });

  it('talks that are expected are an announcement', () => {
    expect(
      kindOf('외교장관회담, 다음 달 개최 염두', '첫 외교장관 회담이 다음 달 某국에서 열릴 전망이다.'),
    ).toBe('announcement');
    expect(kindOf('외교장관회담 추진', '장관은 이 기간 정식 양자회담을 개최할 것으로 예상된다.')).toBe(
      'announcement',
    );
  });
});
