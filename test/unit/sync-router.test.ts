/**
 * The background's sync messages (extension pages only, passwords never in replies), the
 * settings rules and the popup's one line.
 */
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { SyncTargetInput } from '../../lib/messages';
import { openOriginStore } from '../../lib/sync/origins';
import { createSyncRouter } from '../../lib/sync/router';
import { createSyncService } from '../../lib/sync/service';
import { serverUrlProblem, type PublicSettings, type SyncSettings } from '../../lib/sync/settings';
import { syncLine, type ArchiveSyncState } from '../../lib/sync/state';
import { mergeNotes } from '../../lib/sync/conflicts';
import { openTestArchive } from './archive-helpers';

const BASE = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/';
const OPTIONS_PAGE = { id: 'abcdefghijklmnopabcdefghijklmnop', url: `${BASE}options.html` };

async function router() {
  const archive = await openTestArchive();
  let stored: SyncSettings = {};
  const service = createSyncService({
    local: archive.db,
    archive: () => Promise.resolve(archive.store),
    origins: await openOriginStore('origins', new IDBFactory()),
    // No server is reachable in these tests: replication errors, which is not what they check.
    fetch: () => Promise.reject(new TypeError('offline test')),
  });
  const handle = createSyncRouter({
    service,
    loadSettings: () => Promise.resolve(stored),
    storeSettings: (s) => Promise.resolve(void (stored = s)),
    fetch: () => Promise.reject(new TypeError('offline test')),
    extensionBase: BASE,
  });
  return { handle, stored: () => stored, service };
}

const input = (more: Partial<SyncTargetInput> = {}): SyncTargetInput => ({
  enabled: false,
  url: 'https://couch.example.org:6984',
  database: 'readouts-ana',
  credentials: { kind: 'basic', username: 'ana', password: 's3cret-pw' },
  access: 'read-only',
  shareOwn: false,
  label: '',
  ...more,
});

describe('sync messages', () => {
  it('answer only the extension’s own pages, never a content script', async () => {
    const { handle } = await router();
    const fromPage = await handle(
      { type: 'sync/get-settings' },
      { id: OPTIONS_PAGE.id, url: 'https://mfa.example/a' },
    );
    expect(fromPage).toMatchObject({ ok: false });
    expect(await handle({ type: 'sync/get-settings' }, {})).toMatchObject({ ok: false });
    expect(await handle({ type: 'sync/get-settings' }, OPTIONS_PAGE)).toEqual({ ok: true, value: {} });
    expect(handle({ type: 'archive/list' }, OPTIONS_PAGE)).toBeUndefined();
  });

  it('store the password but never send it back; an empty password keeps the stored one', async () => {
    const { handle, stored } = await router();
    const saved = await handle(
      { type: 'sync/save-settings', name: 'personal', target: input() },
      OPTIONS_PAGE,
    );
    expect(JSON.stringify(saved)).not.toContain('s3cret-pw');
    expect((saved as { value: PublicSettings }).value.personal?.credentials).toEqual({
      kind: 'basic',
      username: 'ana',
      hasPassword: true,
    });
    // The personal database is always read-write and gets every readout.
    expect(stored().personal).toMatchObject({ access: 'read-write', shareOwn: true });
    const blank = input({ credentials: { kind: 'cookie', username: 'ana', password: '' } });
    await handle({ type: 'sync/save-settings', name: 'personal', target: blank }, OPTIONS_PAGE);
    expect(stored().personal?.credentials).toEqual({
      kind: 'cookie',
      username: 'ana',
      password: 's3cret-pw',
    });
    await handle({ type: 'sync/save-settings', name: 'personal', target: null }, OPTIONS_PAGE);
    expect(stored()).toEqual({});
  });

  it('refuse credentials in the address, bad database names and a missing password, storing nothing', async () => {
    const { handle, stored } = await router();
    const inUrl = await handle(
      {
        type: 'sync/save-settings',
        name: 'team',
        target: input({ url: 'https://ana:pw@couch.example.org' }),
      },
      OPTIONS_PAGE,
    );
    expect(inUrl).toMatchObject({
      ok: false,
      error: expect.stringContaining('Leave the user name and password out'),
    });
    const badName = await handle(
      { type: 'sync/save-settings', name: 'team', target: input({ database: 'Readouts' }) },
      OPTIONS_PAGE,
    );
    expect(badName).toMatchObject({ ok: false, error: expect.stringContaining('lower-case letter') });
    const noPassword = await handle(
      {
        type: 'sync/save-settings',
        name: 'team',
        target: input({ credentials: { kind: 'basic', username: 'ana', password: '' } }),
      },
      OPTIONS_PAGE,
    );
    expect(noPassword).toMatchObject({ ok: false, error: 'Enter the password.' });
    expect(stored()).toEqual({});
  });

  it('test a connection without storing anything', async () => {
    const { handle, stored } = await router();
    const reply = await handle({ type: 'sync/test', name: 'team', target: input() }, OPTIONS_PAGE);
    expect(reply).toMatchObject({ ok: true, value: { ok: false, problem: 'unreachable' } });
    expect(stored()).toEqual({});
  });
});

describe('settings and state', () => {
  it('server addresses', () => {
    expect(serverUrlProblem('https://couch.example.org:6984/')).toBeNull();
    expect(serverUrlProblem('couch.example.org')).toMatch(/not a web address/);
    expect(serverUrlProblem('ftp://couch.example.org')).toMatch(/https:\/\//);
    expect(serverUrlProblem('https://u:p@couch.example.org')).toMatch(/Leave the user name/);
  });

  it('one line for the popup', () => {
    const archive = (more: Partial<ArchiveSyncState>): ArchiveSyncState => ({
      name: 'personal',
      label: 'Personal archive',
      phase: 'synced',
      done: 0,
      total: 0,
      access: 'read-write',
      ...more,
    });
    expect(syncLine({ online: true, conflicts: 0, archives: [] })).toBeNull();
    expect(syncLine({ online: true, conflicts: 0, archives: [archive({})] })).toBe('Synced');
    expect(
      syncLine({
        online: true,
        conflicts: 2,
        archives: [archive({ phase: 'syncing', done: 120, total: 10000 })],
      }),
    ).toBe('Syncing 120 of 10,000 · 2 conflicts to review');
    expect(
      syncLine({ online: false, conflicts: 0, archives: [archive({ phase: 'paused', reason: 'offline' })] }),
    ).toBe('Sync paused: offline');
    expect(
      syncLine({
        online: true,
        conflicts: 0,
        archives: [
          archive({}),
          archive({ name: 'team', label: 'Team: Asia desk', phase: 'error', reason: 'No database.' }),
        ],
      }),
    ).toBe('Sync error: Team: Asia desk: No database.');
  });

  it('glossary notes merge without repeating what both versions hold', () => {
    expect(mergeNotes(['Start', 'Start\n\nmore'])).toBe('Start\n\nmore');
    expect(mergeNotes(['On A', 'On B', ''])).toBe('On A\n\nOn B');
  });
});
