/**
 * Page kinds from the ninth session: courtesy calls ("called on" an office holder, credentials
 * presented, a guest welcomed to a city), "the discussion took place", Korean news copy "회담을
 * 갖고 … 했다" and "만났다", a briefing opened or a reporter's question quoted (a transcript), and a
 * statement about someone's speech. Demands, plans and reports of a briefing stay what they were.
 */
import { describe, expect, it } from 'vitest';
import { classifyArticle } from '../../lib/ministries/kind';

const kindOf = (title: string, ...paragraphs: string[]) => classifyArticle([title], paragraphs);

describe('courtesy calls', () => {
  it('"called on" an office holder, in a title or a lead', () => {
    expect(
      kindOf(
        'The Ambassador of Norland has called on the newly appointed Minister of Foreign Affairs at the Ministry.',
      ),
    ).toBe('readout');
    expect(
      kindOf(
        'Bilateral ties',
        'The envoy of Norland called on the Minister of Foreign Affairs Jane Roe at her office.',
      ),
    ).toBe('readout');
  });

  it('calling on someone to act is a demand, not a call', () => {
    expect(
      kindOf('Sudland concerned', 'The party called on the Prime Minister to resign over the affair.'),
    ).toBe('other');
  });

  it('credentials presented, and a guest welcomed to a city', () => {
    expect(
      kindOf(
        'Minister praises Sudland',
        'The minister said this when the Ambassador designate of Sudland presented his Open Letters to her in the capital.',
      ),
    ).toBe('readout');
    expect(
      kindOf(
        'Two states sign memoranda',
        'At the outset, the minister welcomed Doe and his accompanying delegation to Northtown.',
      ),
    ).toBe('readout');
    expect(kindOf('Sudland responds', 'The minister welcomed the decision to extend the truce.')).toBe(
      'other',
    );
  });

  it('"the discussion took place" during a visit', () => {
    expect(
      kindOf(
        'Norland, Sudland reaffirm ties',
        'The ministry said the discussion took place during the luncheon hosted by the Sudland minister.',
      ),
    ).toBe('readout');
  });
});

describe('Korean news copy', () => {
  it('"회담을 갖고 … 했다" and "만났다" are talks that took place', () => {
    expect(
      kindOf(
        '한일 외교장관 회담',
        '장관은 이날 오후 외무상과 회담을 갖고 상호 관심사에 대해 의견을 교환했다.',
      ),
    ).toBe('readout');
    expect(kindOf('한일 외교수장', '양국 외교수장이 29일 서울에서 따로 만났다.')).toBe('readout');
  });

  it('"회담을 갖고 … 논의할 계획이다" is a plan', () => {
    expect(
      kindOf(
        '외교장관 전략대화 개최',
        '장관은 오는 14일 외교장관과 회담을 갖고 양국 관계를 논의할 계획이다.',
      ),
    ).not.toBe('readout');
  });
});

describe('transcripts', () => {
  it('a briefing opened, or a reporter’s question quoted', () => {
    expect(
      kindOf('I. 모두 발언', '안녕하십니까? 정례브리핑을 시작하겠습니다.', '차관은 몽골을 방문합니다.'),
    ).toBe('transcript');
    expect(
      kindOf('外交部例行记者会上，有记者提问：两国元首通话是谁提议的？', '对此，发言人表示，通话是积极的。'),
    ).toBe('transcript');
  });

  it('a report of what a spokesperson said at a briefing is not one', () => {
    expect(
      kindOf('외교장관 회담 개최', '대변인은 11일 정례브리핑에서 회담이 서울에서 진행될 예정이라고 밝혔다.'),
    ).not.toBe('transcript');
  });
});

describe('statements', () => {
  it('a statement denouncing a speech is a statement', () => {
    expect(
      kindOf(
        'The Ministry of Foreign Affairs denounced in a statement today the speech of the Norland minister.',
      ),
    ).toBe('statement');
  });

  it('a speech title stays a speech', () => {
    expect(kindOf('Statement at the General Assembly by the Minister')).toBe('speech');
    expect(kindOf('Speech by the Minister at the opening of the session')).toBe('speech');
  });
});
