/**
 * Page kinds for readouts republished as news: a headline that names no meeting over a lead whose
 * only cue is reported speech at a meeting, a call "received Sunday", a Japanese 面会, a headline
 * that says two ministers conferred. Future and non-meeting leads stay what they were.
 */
import { describe, expect, it } from 'vitest';
import { classifyArticle } from '../../lib/ministries/kind';

const kindOf = (title: string, ...paragraphs: string[]) => classifyArticle([title], paragraphs);

describe('news copy of a readout', () => {
  it('reported speech at a meeting with a counterpart is a meeting that took place', () => {
    expect(
      kindOf(
        'Norland a trusted partner, minister says',
        'Norland and Sudland share deep trust, the minister said at a meeting with his Sudland counterpart on Tuesday.',
      ),
    ).toBe('readout');
    expect(
      kindOf(
        'Sudland an important partner in the region: Norland minister',
        'The Norland foreign minister affirmed that Sudland is an important partner during a meeting with his counterpart on Wednesday.',
      ),
    ).toBe('readout');
  });

  it('a call received on a weekday is a call that took place', () => {
    expect(
      kindOf(
        'Two ministers discuss the region',
        'The Minister of Foreign Affairs received Sunday a phone call from his Sudland counterpart.',
      ),
    ).toBe('readout');
  });

  it('a headline saying two ministers conferred is a readout', () => {
    expect(
      kindOf('Norland, Sudland FMs confer over regional crises', 'The crises were the main topic.'),
    ).toBe('readout');
  });

  it('a Japanese 面会 that took place is a readout', () => {
    expect(kindOf('', '某首相は21日、来日している某国の外相と面会し、協力を確認した。')).toBe('readout');
  });

  it('speech about a meeting to come, or with no meeting, is not a readout', () => {
    expect(
      kindOf(
        'Minister to travel to Sudland',
        'The minister will visit Sudland next week and said he would raise trade at a meeting with his counterpart.',
      ),
    ).toBe('announcement');
    expect(
      kindOf(
        'Minister on trade',
        'The minister said at a press conference that trade with Sudland had grown.',
      ),
    ).not.toBe('readout');
    expect(kindOf('', '某首相は来週、某国の外相と面会する予定です。')).toBe('announcement');
  });
});
