import { describe, expect, it } from 'vitest';
import {
  classifyArticle,
  looksLikeListing,
  titleSaysReadout,
  urlSaysSearchResults,
} from '../../lib/ministries/kind';
import { findDate, meetingDate } from '../../lib/ministries/dates';

describe('page kinds by class', () => {
  it('"is to meet" and a "to Meet" title announce a meeting; a past meeting stays a readout', () => {
    expect(
      classifyArticle(
        ['Two Ministers to Meet Ahead of Regional Forum'],
        [
          'Capital: Before the forum next week, the Foreign Minister is to meet with her northern counterpart.',
        ],
      ),
    ).toBe('announcement');
    expect(
      classifyArticle(
        ['Two Ministers Meet Ahead of Regional Forum'],
        ['Capital: The Foreign Minister met with her northern counterpart on Tuesday in the capital.'],
      ),
    ).toBe('readout');
  });

  it('a briefing title over a media advisory is an announcement; a briefing with turns stays a transcript', () => {
    expect(
      classifyArticle(
        ['Minister to address year-end media briefing'],
        [
          'The Minister of Foreign Affairs will address the ministry’s year-end media briefing on Friday, 3 December 2027.',
        ],
      ),
    ).toBe('announcement');
    expect(
      classifyArticle(
        ['Year-end media briefing by the Minister'],
        ['Q: What are the priorities for next year?', 'A: Our priorities remain the region and trade.'],
      ),
    ).toBe('transcript');
  });

  it('a heading of statements made at a press conference makes a transcript; a readout that mentions one does not', () => {
    expect(
      classifyArticle(
        ['Visit to the Northern Republic'],
        [
          'Remarks made by the Minister during his joint press conference with the Northern Foreign Secretary (excerpts)',
          'THE MINISTER – Thank you for the welcome. We have just had a fine meeting on trade and climate.',
        ],
      ),
    ).toBe('transcript');
    expect(
      classifyArticle(
        ['Minister meets Northern Foreign Secretary'],
        [
          'The Minister met the Northern Foreign Secretary on Monday; the two later held a joint press conference.',
        ],
      ),
    ).toBe('readout');
  });

  it('"press remarks" titles are transcripts, other remarks speeches', () => {
    expect(
      classifyArticle(['Council meeting: Press remarks by the High Representative'], ['Good afternoon.']),
    ).toBe('transcript');
    expect(classifyArticle(['Remarks by the Minister at the trade forum'], ['Good afternoon.'])).toBe(
      'speech',
    );
  });

  it('meetings requested are not held: a requests title is no readout title, a reported-speech lead a statement', () => {
    expect(titleSaysReadout('Capital Receives 12 Requests for Bilateral Meetings at Summit')).toBe(false);
    expect(titleSaysReadout('Minister Receives Northern Envoy')).toBe(true);
    expect(
      classifyArticle(
        ['Capital Receives 12 Requests for Bilateral Meetings at Summit'],
        [
          'The Foreign Minister said that the country had received about twelve requests for bilateral meetings at the summit.',
        ],
      ),
    ).toBe('statement');
  });

  it('teasers that end in "Read more »" make a listing; one article with a single link does not', () => {
    const teaser = (s: string) => `${s} The minister... Read more »`;
    expect(
      looksLikeListing([teaser('The minister met an envoy.'), teaser('The minister spoke at a forum.')]),
    ).toBe(true);
    expect(
      looksLikeListing(['The minister met an envoy on Monday.', 'The talks covered trade... Read more »']),
    ).toBe(false);
  });

  it('search-results addresses are listings; article slugs that mention results or search are not', () => {
    expect(
      urlSaysSearchResults('https://example.org/en/news/advanced-news-search/news-results.html?idx=10'),
    ).toBe(true);
    expect(urlSaysSearchResults('https://example.org/search?q=minister')).toBe(true);
    expect(urlSaysSearchResults('https://example.org/news/results-of-talks-with-the-northern-minister')).toBe(
      false,
    );
    expect(urlSaysSearchResults('https://example.org/news/ministers-discuss-search-and-rescue')).toBe(false);
    expect(urlSaysSearchResults(null)).toBe(false);
  });
});

describe('meeting dates by class', () => {
  it('"on Monday" counts back from the publication date to that weekday', () => {
    // 2027-03-10 is a Wednesday.
    expect(meetingDate('The minister met the envoy on Monday in the capital.', '2027-03-10')).toBe(
      '2027-03-08',
    );
    expect(meetingDate('The minister met the envoy on Wednesday.', '2027-03-10')).toBe('2027-03-10');
    expect(meetingDate('The minister met the envoy in the capital.', '2027-03-10')).toBeNull();
  });

  it('a date right after "today" tells the day', () => {
    expect(meetingDate('Today, 7 March 2027, the minister held talks with the envoy.', '2027-03-08')).toBe(
      '2027-03-07',
    );
    expect(meetingDate('The minister held talks today with the envoy.', '2027-03-08')).toBe('2027-03-08');
  });

  it('a later lead sentence that says when the meeting took place dates it; other sentences do not', () => {
    expect(
      meetingDate(
        'The envoy met the minister. The meeting took place at the ministry on Friday.',
        '2027-03-13',
      ),
    ).toBe('2027-03-12');
    expect(
      meetingDate('The envoy met the minister. He will travel home on Friday.', '2027-03-13'),
    ).toBeNull();
  });

  it('"the 3rd and 4th of May" is a month-day dated by its last day; "April, 5th and 6th 2027" a full date', () => {
    expect(meetingDate('The minister visited the capital on the 3rd and 4th of May.', '2027-05-06')).toBe(
      '2027-05-04',
    );
    expect(findDate('It follows a trip on April, 5th and 6th 2027 to the north.')).toBe('2027-04-06');
    expect(findDate('On 5 and 6 April 2027 the ministers met.')).toBe('2027-04-06');
  });

  it('a date further down the text lends its year and bounds nothing', () => {
    expect(
      meetingDate('The minister visited the capital on the 3rd of May.', '2027-01-20', { published: false }),
    ).toBe('2027-05-03');
    expect(meetingDate('The minister visited the capital on the 3rd of May.', '2027-01-20')).toBe(
      '2026-05-03',
    );
    expect(
      meetingDate('The minister visited the capital today.', '2027-01-20', { published: false }),
    ).toBeNull();
  });

  it('a Russian day and month without a year resolves against the publication date', () => {
    expect(meetingDate('5 марта в столице встретились министры.', '2027-03-06')).toBe('2027-03-05');
    expect(meetingDate('Министры встретились в столице.', '2027-03-06')).toBeNull();
  });
});
