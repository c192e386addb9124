import { describe, expect, it } from 'vitest';
import { KB_FILES } from '../../lib/kb/data';
import type { KbEntity, OfficeSpan } from '../../lib/kb/schema';
import {
  aliasProblems,
  checkKb,
  dateBounds,
  duplicateIdProblems,
  formatProblem,
  overlapProblems,
  schemaProblems,
  spanDateProblems,
  spansOverlap,
} from '../../lib/kb/validate';

const official = (id: string, offices: OfficeSpan[], aliases: string[] = []): KbEntity => ({
  id,
  kind: 'official',
  name: id
    .split('-')
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join(' '),
  aliases,
  offices,
  sources: [{ url: 'https://example.org/' }],
});
const fm = (from?: string, to?: string, current?: boolean): OfficeSpan => ({
  office: 'Minister of Foreign Affairs',
  country: 'KR',
  ...(from !== undefined ? { from } : {}),
  ...(to !== undefined ? { to } : {}),
  ...(current !== undefined ? { current } : {}),
});

describe('knowledge-base data files', () => {
  const names = Object.keys(KB_FILES);

  it('registers the officials files', () => {
    for (const f of ['officials-cn.json', 'officials-kr.json', 'officials-us.json', 'officials-other.json']) {
      expect(names).toContain(f);
    }
  });

  it.each(names)('%s is valid against the schema', (file) => {
    expect(schemaProblems(file, KB_FILES[file]).map(formatProblem)).toEqual([]);
  });

  it.each(names)('%s has dated spans in order and safe aliases', (file) => {
    const problems = (KB_FILES[file] ?? []).flatMap((e) => [
      ...spanDateProblems(file, e),
      ...aliasProblems(file, e),
    ]);
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('every entity has at least one source', () => {
    const missing = names.flatMap((file) =>
      (KB_FILES[file] ?? []).filter((e) => e.sources.length === 0).map((e) => `${file}: ${e.id}`),
    );
    expect(missing).toEqual([]);
  });

  it('ids are unique across all files', () => {
    const entries = names.map((file) => ({ file, entities: KB_FILES[file] ?? [] }));
    expect(duplicateIdProblems(entries).map(formatProblem)).toEqual([]);
  });

  it('no office is held twice at the same time (one person, or two people for single-holder offices)', () => {
    const entries = names.map((file) => ({ file, entities: KB_FILES[file] ?? [] }));
    expect(overlapProblems(entries).map(formatProblem)).toEqual([]);
  });

  it('the whole knowledge base passes checkKb', () => {
    expect(checkKb(KB_FILES).map(formatProblem)).toEqual([]);
  });

  it('officials files hold only officials with offices', () => {
    for (const file of names.filter((n) => n.startsWith('officials-'))) {
      for (const e of KB_FILES[file] ?? []) {
        expect(e.kind, `${file}: ${e.id}`).toBe('official');
        expect(e.offices?.length ?? 0, `${file}: ${e.id} has no offices`).toBeGreaterThan(0);
      }
    }
  });
});

describe('the checks find real problems', () => {
  it('reads partial dates as ranges', () => {
    expect(dateBounds('2021')).toEqual({ earliest: '2021-01-01', latest: '2021-12-31' });
    expect(dateBounds('2021-02')).toEqual({ earliest: '2021-02-01', latest: '2021-02-29' });
    expect(dateBounds('2021-02-08')).toEqual({ earliest: '2021-02-08', latest: '2021-02-08' });
  });

  it('treats handovers and partial dates sensibly', () => {
    expect(spansOverlap(fm('2017-06-18', '2021-02-08'), fm('2021-02-08', '2022-05-11'))).toBe(false); // same-day handover
    expect(spansOverlap(fm('2017-06-18', '2021-02'), fm('2021-02-08'))).toBe(false); // month vs day
    expect(spansOverlap(fm('2013', '2017'), fm('2017', '2019'))).toBe(false); // years may touch
    expect(spansOverlap(fm('2017-06-18', '2021-02-08'), fm('2020-01-01', '2022-05-11'))).toBe(true);
    expect(spansOverlap(fm('2017-06-18', '2021-03'), fm('2021-02-08'))).toBe(true);
    expect(spansOverlap(fm('2013', '2018'), fm('2016', '2019'))).toBe(true);
    expect(spansOverlap(fm('2020-01-01', undefined, true), fm('2022-05-12', undefined, true))).toBe(true);
    expect(spansOverlap(fm('2010-01-01', undefined, true), fm('2015-01-01', '2016-01-01'))).toBe(true);
  });

  it('flags overlapping foreign ministers across people, and a person twice', () => {
    const bad = [
      {
        file: 'bad.json',
        entities: [
          official('kang-kyung-wha', [fm('2017-06-18', '2021-02-08')]),
          official('chung-eui-yong', [fm('2021-01-01', '2022-05-11')]),
        ],
      },
    ];
    const problems = overlapProblems(bad);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.path).toContain('kang-kyung-wha');
    expect(problems[0]!.path).toContain('chung-eui-yong');

    const twice = overlapProblems([
      {
        file: 'bad.json',
        entities: [official('park-jin', [fm('2022-05-12', '2024-01-10'), fm('2023-01-01', '2023-06-01')])],
      },
    ]);
    expect(twice).toHaveLength(1);
  });

  it('lets several people hold shared offices at once', () => {
    const spokes = (from: string): OfficeSpan => ({
      office: 'Spokesperson of the Ministry of Foreign Affairs',
      country: 'CN',
      from,
    });
    const entities = [
      official('hua-chunying', [spokes('2012-09')]),
      official('zhao-lijian', [spokes('2020-02')]),
    ];
    expect(overlapProblems([{ file: 'ok.json', entities }])).toEqual([]);
    // ...but not the same person twice.
    expect(
      overlapProblems([
        {
          file: 'bad.json',
          entities: [
            official('hua-chunying', [
              { ...spokes('2012-09'), to: '2016' },
              { ...spokes('2013'), to: '2014' },
            ]),
          ],
        },
      ]),
    ).toHaveLength(1);
  });

  it('flags end before start, current with an end, impossible dates', () => {
    const e = official('x-y', [fm('2021-02-08', '2020-01-01'), fm('2019', '2020', true), fm('2019-13')]);
    const messages = spanDateProblems('bad.json', e).map((p) => p.message);
    expect(messages.some((m) => m.includes('before'))).toBe(true);
    expect(messages.some((m) => m.includes('current'))).toBe(true);
    expect(messages.some((m) => m.includes('calendar'))).toBe(true);
  });

  it('flags bare family-name aliases and duplicate ids and schema errors with their path', () => {
    expect(aliasProblems('bad.json', official('wang-yi', [fm('2013')], ['Wang', '王毅']))).toHaveLength(1);
    expect(aliasProblems('ok.json', official('wang-yi', [fm('2013')], ['王毅', 'Yi Wang']))).toEqual([]);
    const dup = duplicateIdProblems([
      { file: 'a.json', entities: [official('wang-yi', [])] },
      { file: 'b.json', entities: [official('wang-yi', [])] },
    ]);
    expect(dup.map(formatProblem)).toEqual(['b.json: [0]: duplicate id "wang-yi" (first in a.json)']);
    const schema = schemaProblems('bad.json', [{ ...official('wang-yi', [fm('2013-3-16')]), sources: [] }]);
    expect(schema.map((p) => p.path)).toEqual(expect.arrayContaining(['[0].offices[0].from', '[0].sources']));
  });
});
