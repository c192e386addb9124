/**
 * Sync in real Chromium: two browser profiles, each with the built extension, syncing their
 * archives through a real pouchdb-server on loopback, set up through the options page.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type ExtensionBrowser } from './harness';
import type { CouchServer } from '../../scripts/couch-server';
import { generateReadouts } from '../../bench/archive.bench';
import { backupLinesOf } from '../../lib/archive/backup-format';
import type { SyncState } from '../../lib/sync/state';
import {
  fillTarget,
  openOptions,
  saveSample,
  saveTarget,
  send,
  testConnection,
  until,
  urls,
  useTwoProfiles,
} from './sync-helpers';

const DATABASE = 'alice-readouts';
const PASSWORD = 'alice-secret-pw';

/** Fills the personal database in the options page, tests the connection and saves. */
async function setUpSync(browser: ExtensionBrowser, couch: CouchServer): Promise<Page> {
  const page = await openOptions(browser);
  const personal = await fillTarget(page, 'personal', {
    url: couch.url,
    database: DATABASE,
    username: 'alice',
    password: PASSWORD,
  });
  expect(await testConnection(personal)).toMatchObject({
    ok: true,
    text: expect.stringContaining('Connected to "alice-readouts"'),
  });
  await saveTarget(personal);
  return page;
}

const profiles = useTwoProfiles({
  users: { alice: PASSWORD },
  databases: { [DATABASE]: { members: ['alice'] } },
  launch: () => launchExtension(),
  openOptions: setUpSync,
});
describe('sync between two browser profiles', () => {
  it('a readout saved in one profile appears in the other; both say synced', async () => {
    const saved = await saveSample(profiles.a, 'samples/cn-mfa-wang-yi-cho-tae-yul.html');
    const id = (await send<{ url: string; id: string }[]>(profiles.optionsA, { type: 'archive/list' }))[0]!
      .id;
    await until(async () => (await urls(profiles.optionsB)).length === 1, 'the readout on B');
    const onB = await send<{ url: string; readout: { title: string } }>(profiles.optionsB, {
      type: 'archive/get',
      id,
    });
    expect(onB.url).toBe(saved.replace(/#.*/, ''));
    await profiles.optionsB
      .locator('p.sync-line')
      .filter({ hasText: /^Synced/ })
      .waitFor();
    // The popup of a related page in B lists it as a prior readout.
    const page = await profiles.b.openFixture('samples/rok-mofa-cho-tae-yul-wang-yi.html');
    await page.waitForFunction(() => CSS.highlights.size > 0, null, { timeout: 15_000 });
    const popup = await profiles.b.openPopup(page);
    await popup.locator('ul.related a').filter({ hasText: onB.readout.title }).waitFor();
    await popup.locator('p.sync-line').filter({ hasText: 'Synced' }).waitFor();
    await popup.close();
    await page.close();
  });

  it('offline, sync pauses and says so; back online, what was saved meanwhile arrives', async () => {
    await profiles.b.context.setOffline(true);
    await profiles.optionsB.locator('p.sync-line').filter({ hasText: 'Sync paused: offline' }).waitFor();
    const saved = await saveSample(profiles.a, 'samples/us-state-blinken-cho-tae-yul.html');
    await until(
      async () =>
        ((await (await profiles.couch.request(`${DATABASE}/_all_docs`)).json()) as { rows: unknown[] }).rows
          .length === 2,
      'the save on the server',
    );
    expect(await urls(profiles.optionsB)).not.toContain(saved);
    await profiles.b.context.setOffline(false);
    await until(
      async () => (await urls(profiles.optionsB)).includes(saved),
      'the save on B after going online',
    );
  });

  it('a wrong password gives the clear error and changes nothing', async () => {
    await profiles.optionsB
      .locator('p.sync-line')
      .filter({ hasText: /^Synced/ })
      .waitFor();
    const before = await urls(profiles.optionsB);
    const settings = await send<unknown>(profiles.optionsB, { type: 'sync/get-settings' });
    const personal = profiles.optionsB.locator('section.target.personal');
    await personal.locator('input.password').fill('not-the-password');
    await personal.getByRole('button', { name: 'Test connection' }).click();
    const alert = personal.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('refused the user name or password (user "alice")');
    expect(await alert.textContent()).not.toContain('not-the-password');
    expect(await send<unknown>(profiles.optionsB, { type: 'sync/get-settings' })).toEqual(settings);
    expect(JSON.stringify(settings)).not.toContain(PASSWORD);
    expect(await urls(profiles.optionsB)).toEqual(before);
    const state = await send<SyncState>(profiles.optionsB, { type: 'sync/state' });
    expect(state.archives.map((s) => s.phase)).not.toContain('error');
    await personal.locator('input.password').fill('');
  });

  it('edits on both profiles while the server is down: nothing lost after it comes back', async () => {
    const [first] = await send<{ id: string }[]>(profiles.optionsA, { type: 'archive/list' });
    const id = first!.id;
    await profiles.couch.kill();
    await send(profiles.optionsA, {
      type: 'archive/update',
      id,
      tags: ['from-a'],
      note: 'Note written in A',
    });
    await send(profiles.optionsB, {
      type: 'archive/update',
      id,
      tags: ['from-b'],
      note: 'Note written in B',
    });
    await profiles.optionsB
      .locator('li[data-archive="personal"][data-phase="error"]')
      .waitFor({ timeout: 30_000 });
    expect(await profiles.optionsB.locator('li[data-archive="personal"]').textContent()).toContain(
      'Cannot reach',
    );
    await profiles.couch.start();
    await send(profiles.optionsA, { type: 'sync/retry' });
    await send(profiles.optionsB, { type: 'sync/retry' });
    for (const page of [profiles.optionsA, profiles.optionsB])
      await until(async () => {
        const record = await send<{ tags: string[] }>(page, { type: 'archive/get', id });
        const state = await send<SyncState>(page, { type: 'sync/state' });
        return record.tags.sort().join() === 'from-a,from-b' && state.conflicts === 1;
      }, 'merged tags and one open conflict');
    // The two notes: one shown, the other offered in the options page.
    const conflict = profiles.optionsB.locator('section.conflicts li').first();
    await conflict.waitFor();
    const shown = (await conflict.locator('td.current').first().textContent())!;
    const other = (await conflict.locator('td.other').first().textContent())!;
    expect([shown, other].sort()).toEqual(['Note written in A', 'Note written in B']);
    await conflict.locator('button.keep-other').click();
    await profiles.optionsB.locator('section.conflicts').waitFor({ state: 'detached' });
    for (const page of [profiles.optionsA, profiles.optionsB])
      await until(async () => {
        const record = await send<{ note: string; tags: string[] }>(page, { type: 'archive/get', id });
        const state = await send<SyncState>(page, { type: 'sync/state' });
        return record.note === other && record.tags.length === 2 && state.conflicts === 0;
      }, 'the chosen note in both profiles');
  });

  it('the server killed in the middle of a sync and restarted: replication resumes and completes', async () => {
    const records = generateReadouts(500).map((r) => ({
      ...r,
      id: r.id.replace('/readout/', '/bulk/'),
      url: r.url.replace('/readout/', '/bulk/'),
    }));
    const total = (await urls(profiles.optionsA)).length + records.length;
    await profiles.a.importBackup(backupLinesOf(records, []));
    await until(async () => (await urls(profiles.optionsB)).length > 1, 'the first of the batch on B');
    await profiles.couch.kill();
    const atKill = (await urls(profiles.optionsB)).length;
    expect(atKill).toBeLessThan(total);
    await profiles.couch.start();
    await send(profiles.optionsA, { type: 'sync/retry' });
    await send(profiles.optionsB, { type: 'sync/retry' });
    await until(
      async () => (await urls(profiles.optionsB)).length === total,
      `all ${total} readouts on B`,
      100_000,
    );
    await profiles.optionsB
      .locator('p.sync-line')
      .filter({ hasText: /^Synced/ })
      .waitFor({ timeout: 30_000 });
  }, 150_000);
});
