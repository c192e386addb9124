/**
 * `npm run eval` on a page folder that lacks some of its gold's pages (a stored page that could
 * not be gathered again): the pages that are there are scored, the others are named, not fatal.
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { evaluateDir } from '../../scripts/eval-core';

const readouts = resolve(import.meta.dirname, '../fixtures/readouts');
const kept = '01_CN-MFA_2024-04-09_wang-yi-lavrov';
const lost = '02_US-State_2024-03-20_blinken-call-kamikawa';
let folder: string | undefined;

afterAll(async () => {
  if (folder) await rm(folder, { recursive: true, force: true });
});

describe('eval with a page missing from its folder', () => {
  it('scores the pages there and names the missing ones', async () => {
    folder = await mkdtemp(join(tmpdir(), 'eval-missing-'));
    await cp(join(readouts, `${kept}.txt`), join(folder, `${kept}.txt`));
    for (const name of [kept, lost])
      await cp(join(readouts, 'gold', `${name}.json`), join(folder, 'gold', `${name}.json`));

    const { documents, missing, summary } = await evaluateDir(folder);
    expect(documents.map((d) => d.file)).toEqual([`${kept}.txt`]);
    expect(missing).toEqual([`${lost}.txt`]);
    expect(summary.find((s) => s.group === 'all')!.documents).toBe(1);
  });
});
