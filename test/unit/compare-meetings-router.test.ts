import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMeetingsRouter } from '../../lib/compare/meetings-router';
import type { MeetingGroup, MeetingReport } from '../../lib/compare/messages';
import type { Result } from '../../lib/model';
import { loadComparable } from '../../scripts/comparable-file';
import { openTestArchive } from './archive-helpers';

const DIR = resolve(import.meta.dirname, '../fixtures/compare');
const FILES = [
  'us-call-wang-yi.txt',
  'cn-call-blinken-zh.txt',
  'us-call-kamikawa.txt',
  'us-call-wang-yi-week-later.txt',
];

async function archiveWithFixtures() {
  const { store } = await openTestArchive();
  const readouts = await Promise.all(FILES.map((f) => loadComparable(join(DIR, f))));
  for (const r of readouts) await store.save({ ...r, url: r.url! });
  return {
    store,
    readouts,
    handle: createMeetingsRouter({ archive: async () => store, openCompare: async () => undefined }),
  };
}

describe('meetings/... in the background', () => {
  it('finds the other government’s readout of the page’s meeting, and only that one', async () => {
    const { handle, readouts } = await archiveWithFixtures();
    const reply = (await handle({ type: 'meetings/others', page: readouts[0] })) as Result<MeetingReport[]>;
    expect(reply.ok).toBe(true);
    if (!reply.ok) return;
    expect(reply.value.map((r) => [r.url, r.country, r.language])).toEqual([[readouts[1]!.url, 'CN', 'zh']]);
  }, 30_000);

  it('lists the meetings the archive holds two or more readouts of, with who reported each', async () => {
    const { handle } = await archiveWithFixtures();
    const reply = (await handle({ type: 'meetings/list' })) as Result<MeetingGroup[]>;
    expect(reply.ok && reply.value.map((g) => [g.kind, g.reports.map((r) => r.country).sort()])).toEqual([
      ['call', ['CN', 'US']],
    ]);
  }, 30_000);

  it('answers a malformed message with an error and leaves other families to other listeners', async () => {
    const { handle } = await archiveWithFixtures();
    const reply = await handle({ type: 'meetings/others', page: { url: 5 } });
    expect(reply).toMatchObject({ ok: false, error: expect.stringContaining('malformed message') });
    expect(handle({ type: 'archive/list' })).toBeUndefined();
  }, 30_000);
});
