/**
 * Meeting dates from the ninth session's set: the day of the month alone ("1日", "18일") read in
 * the publication's month, an agency dateline ("1月29日电") as the reference for the day after
 * it, and talks over a range of days dated by their last day.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { htmlDocument, textToHtml } from '../../scripts/page-file';
import { extractReadout } from '../../lib/ministries';
import { meetingDate } from '../../lib/ministries/dates';

describe('the day alone', () => {
  it('in the publication month, or the month before when it would fall after publication', () => {
    expect(meetingDate('某外相は1日、首都で某国の外相と会談しました。', '2013-07-02')).toBe('2013-07-01');
    expect(meetingDate('장관은 18일 방한 중인 외교장관과 회담했다.', '2025-09-19')).toBe('2025-09-18');
    expect(meetingDate('外长30日会见了来访的外长。', '2011-07-02')).toBe('2011-06-30');
  });

  it('after an agency dateline, against the dateline’s date', () => {
    expect(meetingDate('某网1月29日电 正在出席会议的外长28日会见了某国外长。', '2010-01-30')).toBe(
      '2010-01-28',
    );
    expect(meetingDate('某社某地6月7日電 外長6日至7日在某地出席會議。', '2011-06-08')).toBe('2011-06-07');
    expect(meetingDate('某网1月29日电 外长会见了某国外长。', '2010-01-30')).toBe('2010-01-29');
  });

  it('a range after a month-day is dated by its last day', () => {
    expect(meetingDate('副部长12月11日至12日在某地与某国助卿会谈。', '2022-12-13')).toBe('2022-12-12');
  });

  it('negative: a day of a month-day, durations, no publication date', () => {
    expect(meetingDate('장관은 9월 18일 회담했다.', '2025-09-19')).toBe('2025-09-18');
    expect(meetingDate('外相は3日間の日程で訪問した。', '2013-07-02')).toBeNull();
    expect(meetingDate('外相は3日前に会談した。', '2013-07-02')).toBeNull();
    expect(meetingDate('장관은 18일 회담했다.', null)).toBeNull();
    expect(meetingDate('The minister met his counterpart.', '2013-07-02')).toBeNull();
  });
});

describe('on a page', () => {
  const opened: (() => void)[] = [];
  afterAll(() => opened.forEach((close) => close()));
  const extract = (title: string, paragraphs: string[]) => {
    const page = htmlDocument(textToHtml(title, paragraphs), null);
    opened.push(page.close);
    return extractReadout(null, page.document);
  };

  it('with no publication date, the page’s first full date is the reference for the day', () => {
    const readout = extract('某国外长分别会见某国外长', [
      '来源:2010-01-29 某新闻网',
      '某网1月29日电 正在某地出席会议的某国外交部长28日分别会见了某国外长和某国外长。',
    ]);
    expect(readout.date).toBe('2010-01-28');
  });

  it('a headline-less page: its first sentence, taken as the title, dates the meeting', () => {
    const readout = extract('某国外長21日在某地出席外長會期間會見了某國副總理兼外長。', [
      '外長表示,兩國建立了全面戰略合作伙伴關系,值得倍加珍惜。',
      '來源:2011-07-22 某新聞網',
    ]);
    expect(readout.date).toBe('2011-07-21');
  });

  it('negative: a headline with no day keeps the reference date', () => {
    const readout = extract('某国外长会见某国外长', [
      '来源:2010-01-29 某新闻网',
      '外长表示,双方应加强合作。',
    ]);
    expect(readout.date).toBe('2010-01-29');
  });
});
