/**
 * Meeting dates from the ninth session's set: the day of the month alone ("1日", "18일") read in
 * the publication's month, an agency dateline ("1月29日电") as the reference for the day after
 * it, and talks over a range of days dated by their last day.
 */
import { describe, expect, it } from 'vitest';
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
