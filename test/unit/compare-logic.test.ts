import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  alignSentences,
  compareReadouts,
  groupMeetings,
  meetingKind,
  namesOf,
  splitSentences,
} from '../../lib/compare';
import { adjacentDays } from '../../lib/compare/meeting';
import { numbersIn } from '../../lib/compare/anchors';
import type { Readout } from '../../lib/model';
import { comparableOf, loadComparable } from '../../scripts/comparable-file';
import { htmlDocument, textToHtml } from '../../scripts/page-file';
import { readoutInput } from './archive-helpers';

const DIR = resolve(import.meta.dirname, '../fixtures/compare');
const load = (name: string) => loadComparable(join(DIR, name));

/** A readout of our own wording, as the pipeline reads it from a page at `url`. */
function readoutAt(url: string, title: string, paragraphs: string[], published: string) {
  const page = htmlDocument(textToHtml(title, paragraphs, published), url);
  try {
    return comparableOf(page.document, url);
  } finally {
    page.close();
  }
}

const bare = (title: string, lead = ''): Readout => ({
  isReadout: true,
  pageKind: 'readout',
  ministry: null,
  title,
  date: null,
  place: null,
  language: 'en',
  participants: [],
  body: [lead],
});

describe('sentences', () => {
  it('cut at full stops, CJK ones included, and not after abbreviations or initials', () => {
    expect(splitSentences('Secretary Antony J. Blinken met the U.S. team. They agreed.')).toEqual([
      'Secretary Antony J. Blinken met the U.S. team.',
      'They agreed.',
    ]);
    expect(splitSentences('王毅表示，双方要保持沟通。双方同意继续合作。')).toEqual([
      '王毅表示，双方要保持沟通。',
      '双方同意继续合作。',
    ]);
  });
});

describe('meeting kind and day', () => {
  it('reads the kind from the title in each language, else from the lead', () => {
    expect(meetingKind(bare("Secretary Blinken's Call with Foreign Minister Wang"))).toBe('call');
    expect(meetingKind(bare('王毅同布林肯通电话'))).toBe('call');
    expect(meetingKind(bare('한미일 외교장관회의 개최'))).toBe('trilateral');
    expect(meetingKind(bare('日米外相電話会談'))).toBe('call');
    expect(meetingKind(bare('Wang Yi Holds Talks with Kang Kyung-wha'))).toBe('talks');
    expect(meetingKind(bare('Foreign Minister pays a courtesy call on the President'))).toBe('visit');
    expect(
      meetingKind(bare('Outcome of the consultations', 'The ministers held a phone call on Monday.')),
    ).toBe('call');
    expect(meetingKind(bare('Outcome', 'The minister called for calm.'))).toBe(null);
  });

  it('days one apart are adjacent (time zones); a day without a year takes the other one’s year', () => {
    expect(
      adjacentDays({ iso: '2024-06-10', month: 6, day: 10 }, { iso: '2024-06-11', month: 6, day: 11 }),
    ).toBe(true);
    expect(
      adjacentDays({ iso: '2024-06-10', month: 6, day: 10 }, { iso: '2024-06-17', month: 6, day: 17 }),
    ).toBe(false);
    expect(adjacentDays({ iso: null, month: 12, day: 31 }, { iso: '2025-01-01', month: 1, day: 1 })).toBe(
      true,
    );
    expect(adjacentDays({ iso: null, month: 6, day: 12 }, { iso: '2024-06-10', month: 6, day: 10 })).toBe(
      false,
    );
  });
});

describe('grouping readouts into meetings', () => {
  it('groups the US and the Chinese readout of one call, not the same-day call with another minister nor the same pair a week later', async () => {
    const names = [
      'us-call-kamikawa.txt',
      'us-call-wang-yi.txt',
      'us-call-wang-yi-week-later.txt',
      'cn-call-blinken-zh.txt',
    ];
    const readouts = await Promise.all(names.map(load));
    const groups = groupMeetings(readouts).map((g) => g.map((i) => names[i]));
    expect(groups).toEqual([['us-call-wang-yi.txt', 'cn-call-blinken-zh.txt']]);
  });

  it('a call and talks between the same people on the same day are two meetings', () => {
    const call = readoutAt(
      'https://www.state.gov/call-test/',
      "Secretary Blinken's Call with Japanese Foreign Minister Kamikawa",
      [
        'Secretary of State Antony J. Blinken spoke today by phone with Japanese Foreign Minister Kamikawa Yoko.',
      ],
      '2024-03-20',
    );
    const talks = readoutAt(
      'https://www.state.gov/meeting-test/',
      "Secretary Blinken's Meeting with Japanese Foreign Minister Kamikawa",
      [
        'Secretary of State Antony J. Blinken met today with Japanese Foreign Minister Kamikawa Yoko in Tokyo.',
      ],
      '2024-03-20',
    );
    expect(groupMeetings([call, talks])).toEqual([]);
  });

  it('a trilateral is not the bilateral two of its ministers held the same day', () => {
    const trilateral = readoutAt(
      'https://www.state.gov/trilateral-test/',
      "Secretary Blinken's Trilateral Meeting with Japanese Foreign Minister Kamikawa and ROK Foreign Minister Cho",
      [
        'Secretary of State Antony J. Blinken met today with Japanese Foreign Minister Kamikawa Yoko and Republic of Korea Foreign Minister Cho Tae-yul.',
      ],
      '2024-07-28',
    );
    const bilateral = readoutAt(
      'https://www.state.gov/bilateral-test/',
      "Secretary Blinken's Meeting with Japanese Foreign Minister Kamikawa",
      ['Secretary of State Antony J. Blinken met today with Japanese Foreign Minister Kamikawa Yoko.'],
      '2024-07-28',
    );
    expect(groupMeetings([trilateral, bilateral])).toEqual([]);
  });
});

describe('grouping a large archive', () => {
  it('pairs each meeting’s two readouts among a thousand, and never two meetings of one pair a day apart', () => {
    const readouts = Array.from({ length: 1000 }, (_, n) => {
      const meeting = Math.floor(n / 2);
      // Meetings of the same two ministers every other day: adjacent meetings are two days apart.
      const day = new Date(Date.UTC(2020, 0, 1) + meeting * 2 * 86_400_000).toISOString().slice(0, 10);
      return readoutInput({
        url: `https://example.org/${n}`,
        ministry: n % 2 ? 'cn-mfa' : 'us-state',
        date: day,
        title: 'Secretary Meets Foreign Minister',
        participants: [
          ['antony-blinken', 'Antony Blinken', 'US'],
          ['wang-yi', 'Wang Yi', 'CN'],
        ],
      });
    });
    const groups = groupMeetings(readouts);
    expect(groups).toHaveLength(500);
    expect(groups.every(([x, y]) => y === x! + 1 && x! % 2 === 0)).toBe(true);
  });
});

describe('comparing two readouts of one call', () => {
  it('finds what each side mentions that the other does not, who asked, and the matching sentences', async () => {
    const [us, cn] = await Promise.all([load('us-call-wang-yi.txt'), load('cn-call-blinken-zh.txt')]);
    const c = compareReadouts(us, cn);
    expect(c.sameMeeting).toBe(true);
    expect(namesOf(c.shared).officials.sort()).toEqual(['Antony Blinken', 'Wang Yi']);
    expect(namesOf(c.shared).topics).toEqual(['Taiwan']);
    expect(namesOf(c.onlyA).topics).toEqual(
      expect.arrayContaining(['Ukraine', 'Korean Peninsula', 'South China Sea']),
    );
    expect(namesOf(c.onlyB).topics).toEqual([]);
    // 应约 followed by the US Secretary: he asked for the call, and A is the US readout.
    expect(c.initiator).toBe('A');
    expect(c.b.requestPhrase).toBe('应约');
    expect(c.characteristic.b.map((w) => w.concept)).toContain('core-interests');
    const sentence = (side: 'a' | 'b', i: number) => c[side].sentences[i]!.text;
    const pairs = c.aligned.map(([i, j]) => [sentence('a', i), sentence('b', j)]);
    expect(pairs).toContainEqual([
      expect.stringContaining('Taiwan Strait'),
      expect.stringContaining('台湾问题'),
    ]);
    expect(pairs).toContainEqual([
      expect.stringContaining('within 30 days'),
      expect.stringContaining('30天内'),
    ]);
    expect(c.a.sentences.filter((s) => s.outcome).map((s) => s.text)).toEqual([
      expect.stringContaining('agreed to hold'),
    ]);
    expect(compareReadouts(cn, us).initiator).toBe('B');
  });

  it('reads "at the request of" in English, Korean and Russian, and who visited whom', () => {
    const kr = readoutAt(
      'https://www.mofa.go.kr/eng/brd/m_5676/view.do?seq=1',
      'Outcome of Korea-China Foreign Ministers’ Talks',
      [
        'Minister of Foreign Affairs Cho Tae-yul held talks with Chinese Foreign Minister Wang Yi on May 13, 2024 in Beijing during his visit to China at the request of Wang Yi.',
        'The two ministers agreed to resume high-level exchanges.',
      ],
      '2024-05-13',
    );
    const cn = readoutAt(
      'https://www.fmprc.gov.cn/mfa_eng/wjdt_665385/test.html',
      'Wang Yi Holds Talks with ROK Foreign Minister Cho Tae-yul',
      [
        'On May 13, 2024, Foreign Minister Wang Yi held talks in Beijing with Foreign Minister Cho Tae-yul of the Republic of Korea, who was on a visit to China.',
        'Both sides agreed to keep close communication on the Korean Peninsula.',
      ],
      '2024-05-13',
    );
    const c = compareReadouts(kr, cn);
    expect(c.sameMeeting).toBe(true);
    expect(c.initiator).toBe('B');
    expect(c.visit).toEqual({ host: 'CN', hostSide: 'B' });
    expect(namesOf(c.onlyB).topics).toEqual(['Korean Peninsula']);

    const ru = readoutAt(
      'https://mid.ru/ru/foreign_policy/news/1/',
      'О телефонном разговоре Министра иностранных дел России С.В.Лаврова с Министром иностранных дел КНР Ван И',
      ['13 мая 2024 года по просьбе китайской стороны состоялся телефонный разговор Сергея Лаврова с Ван И.'],
      '2024-05-13',
    );
    const other = readoutAt(
      'https://www.fmprc.gov.cn/mfa_eng/wjdt_665385/test2.html',
      'Wang Yi Has a Phone Call with Russian Foreign Minister Sergey Lavrov',
      [
        'On May 13, 2024, Foreign Minister Wang Yi had a phone call with Russian Foreign Minister Sergey Lavrov.',
      ],
      '2024-05-13',
    );
    expect(compareReadouts(ru, other).initiator).toBe('B');
  });
});

describe('alignment', () => {
  it('reads numbers and the months of dates alike in every language', () => {
    expect(numbersIn('On June 10, 2024 they met.').sort()).toEqual(['10', '2024', '6']);
    expect(numbersIn('2024年6月10日，双方会谈。').sort()).toEqual(['10', '2024', '6']);
    expect(numbersIn('10 июня 2024 года').sort()).toEqual(['10', '2024', '6']);
  });

  it('keeps both orders and skips sentences with nothing in common', () => {
    const a = [[{ id: 'x', weight: 1 }], [{ id: 'y', weight: 1 }], [{ id: 'z', weight: 1 }]];
    const b = [[{ id: 'z', weight: 1 }], [{ id: 'q', weight: 1 }], [{ id: 'x', weight: 1 }]];
    // x↔x and z↔z cross: a monotone alignment keeps one of them.
    const pairs = alignSentences(a, b);
    expect(pairs).toHaveLength(1);
    expect(
      alignSentences(a, [[{ id: 'x', weight: 1 }], [{ id: 'y', weight: 1 }]]).map(([i, j]) => [i, j]),
    ).toEqual([
      [0, 0],
      [1, 1],
    ]);
    expect(alignSentences([], b)).toEqual([]);
  });
});
