/**
 * A team database in real Chromium: profile A writes to it, profile B joins it read-only with a
 * CouchDB session cookie, sees A's readouts and sends nothing back; joined read-write it gets a
 * clear refusal. Through a real pouchdb-server on loopback where only alice may write.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension } from './harness';
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

const TEAM = 'asia-desk';
const ALICE_PASSWORD = 'alice-team-pw';
const BOB_PASSWORD = 'bob-team-pw';
const profiles = useTwoProfiles({
  users: { alice: ALICE_PASSWORD, bob: BOB_PASSWORD },
  databases: { [TEAM]: { members: ['alice', 'bob'], writers: ['alice'] } },
  launch: () => launchExtension(),
  openOptions: (browser) => openOptions(browser),
});

const teamIds = async () =>
  ((await (await profiles.couch.request(`${TEAM}/_all_docs`)).json()) as { rows: { id: string }[] }).rows
    .map((r) => r.id)
    .filter((id) => id.startsWith('readout:'));
const teamState = async (page: Page) =>
  (await send<SyncState>(page, { type: 'sync/state' })).archives.find((s) => s.name === 'team');

describe('a team database', () => {
  it('A writes to it; B, joined read-only with a session cookie, sees A’s readout and sends nothing', async () => {
    const teamA = await fillTarget(profiles.optionsA, 'team', {
      url: profiles.couch.url,
      database: TEAM,
      username: 'alice',
      password: ALICE_PASSWORD,
      access: 'read-write',
      shareOwn: true,
      label: 'Asia desk',
    });
    expect(await testConnection(teamA)).toEqual({
      ok: true,
      text: expect.stringContaining('as alice (read-write)'),
    });
    await saveTarget(teamA);
    await saveSample(profiles.a, 'samples/cn-mfa-wang-yi-cho-tae-yul.html');
    await until(async () => (await teamIds()).length === 1, 'A’s readout in the team database');
    const [fromA] = await teamIds();

    // B asks for write access first: the test names the problem and what to do.
    const teamB = await fillTarget(profiles.optionsB, 'team', {
      url: profiles.couch.url,
      database: TEAM,
      kind: 'cookie',
      username: 'bob',
      password: BOB_PASSWORD,
      access: 'read-write',
      label: 'Asia desk',
    });
    const refused = await testConnection(teamB);
    expect(refused.ok).toBe(false);
    expect(refused.text).toMatch(new RegExp(`The database "${TEAM}" on [^ ]+ is read-only for bob`));
    expect(refused.text).toContain('Join it read-only');
    await teamB.locator('select.access').selectOption('read-only');
    expect(await testConnection(teamB)).toEqual({
      ok: true,
      text: expect.stringContaining('as bob (read-only)'),
    });
    await saveTarget(teamB);
    // The session cookie, not a password on each request: CouchDB's AuthSession in B's profile.
    expect((await profiles.b.context.cookies(profiles.couch.url)).map((c) => c.name)).toContain(
      'AuthSession',
    );

    await until(async () => (await urls(profiles.optionsB)).length === 1, 'A’s readout in B');
    const onB = await send<{ id: string }[]>(profiles.optionsB, { type: 'archive/list' });
    expect(onB.map((r) => r.id)).toEqual([fromA]);
    await profiles.optionsB.locator('li[data-archive="team"][data-phase="synced"]').waitFor();
    expect(await profiles.optionsB.locator('li[data-archive="team"]').textContent()).toContain(
      'Team: Asia desk (read-only)',
    );

    // B's own save stays in B: read-only sends nothing.
    await saveSample(profiles.b, 'samples/us-state-blinken-cho-tae-yul.html');
    expect(await urls(profiles.optionsB)).toHaveLength(2);
    await until(
      async () => (await teamState(profiles.optionsB))?.phase === 'synced',
      'B synced after its save',
    );
    expect(await teamIds()).toEqual([fromA]);
    expect((await teamState(profiles.optionsB))?.access).toBe('read-only');
  });

  it('joined read-write anyway, B’s push is refused with the reason, and nothing reaches the team', async () => {
    const teamB = await fillTarget(profiles.optionsB, 'team', {
      url: profiles.couch.url,
      database: TEAM,
      kind: 'cookie',
      username: 'bob',
      password: BOB_PASSWORD,
      access: 'read-write',
      shareOwn: true,
      label: 'Asia desk',
    });
    await saveTarget(teamB);
    const state = profiles.optionsB.locator('li[data-archive="team"][data-phase="error"]');
    await state.waitFor({ timeout: 30_000 });
    expect(await state.textContent()).toContain(
      `"${TEAM}" refused a change (Only alice may write here.): it may be read-only for this user.`,
    );
    expect(await profiles.optionsB.locator('p.sync-line').textContent()).toContain('Sync error');
    // Still an error a while later (the next pause and the retry do not hide it).
    await send(profiles.optionsB, { type: 'sync/retry' });
    await new Promise((r) => setTimeout(r, 1500));
    expect((await teamState(profiles.optionsB))?.phase).toBe('error');
    expect(await teamIds()).toHaveLength(1);
    // Back to read-only: the error goes.
    await teamB.locator('select.access').selectOption('read-only');
    await saveTarget(teamB);
    await profiles.optionsB
      .locator('li[data-archive="team"][data-phase="synced"]')
      .waitFor({ timeout: 30_000 });
  });
});
