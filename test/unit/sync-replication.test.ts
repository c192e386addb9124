/**
 * Two devices (each a real archive store on PouchDB's memory adapter, indexes on
 * fake-indexeddb) replicating through a real pouchdb-server on loopback.
 */
import { IDBFactory } from 'fake-indexeddb';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { openOriginStore } from '../../lib/sync/origins';
import { seqNumber } from '../../lib/sync/replicator';
import { createSyncService, type SyncService } from '../../lib/sync/service';
import type { SyncSettings, SyncTarget } from '../../lib/sync/settings';
import type { SyncState } from '../../lib/sync/state';
import { startCouchServer, type CouchServer } from '../../scripts/couch-server';
import { openTestArchive, readoutInput, type TestArchive } from './archive-helpers';
import { targetFor } from './sync-helpers';

let couch: CouchServer;
let dbCounter = 0;

beforeAll(async () => {
  couch = await startCouchServer();
  await couch.createUser('alice', 'alice-pw');
  await couch.createUser('bob', 'bob-pw');
}, 60_000);
afterAll(async () => {
  await couch?.stop();
});

interface Device extends TestArchive {
  sync: SyncService;
  requests: string[];
  /** The bodies of the requests that had one (what was asked for or sent). */
  bodies: string[];
  /** Every state the service reported, in order. */
  states: SyncState[];
  /** A new sync service on the same local databases, as after a service-worker restart. */
  restart(settings: SyncSettings, tuning?: { batchSize?: number }): Promise<Device>;
}

const running: SyncService[] = [];
/** Requests the devices have sent and not yet seen answered. */
const inFlight = new Set<Promise<unknown>>();
afterEach(async () => {
  for (const s of running.splice(0)) s.stop();
  // A cancelled replication still finishes the batch it was in (PouchDB then asks the server's
  // info without catching a failure): let those requests end before the server is stopped,
  // or they fail as "other side closed" and surface as unhandled rejections.
  while (inFlight.size) {
    await Promise.allSettled([...inFlight]);
    await new Promise((r) => setTimeout(r, 50));
  }
});

async function device(
  settings: SyncSettings,
  existing?: TestArchive,
  factory = new IDBFactory(),
  tuning: { batchSize?: number } = {},
): Promise<Device> {
  const late: { sync?: SyncService } = {};
  // The store labels prior readouts through the sync service, made once the store is open.
  const archive = existing ?? (await openTestArchive({ archiveOf: (id) => late.sync?.archiveOf(id) }));
  const origins = await openOriginStore('sync-origins', factory);
  const requests: string[] = [];
  const bodies: string[] = [];
  const states: SyncState[] = [];
  const sync = (late.sync = createSyncService({
    local: archive.db,
    archive: () => Promise.resolve(archive.store),
    origins,
    fetch: (url, init) => {
      requests.push(`${init?.method ?? 'GET'} ${new URL(url).pathname}`);
      if (typeof init?.body === 'string') bodies.push(init.body);
      const answer = fetch(url, init);
      inFlight.add(answer);
      void answer.then(
        () => inFlight.delete(answer),
        () => inFlight.delete(answer),
      );
      return answer;
    },
    retryDelay: () => 200,
    onState: (state) => states.push(state),
    ...tuning,
  }));
  running.push(sync);
  sync.configure(settings);
  return {
    ...archive,
    sync,
    requests,
    bodies,
    states,
    restart: (next, more) => {
      sync.stop();
      return device(next, archive, factory, more);
    },
  };
}

async function freshDatabase(members: string[], writers?: string[]): Promise<string> {
  const name = `db-${process.pid}-${++dbCounter}`;
  await couch.createDatabase(name, { members, ...(writers ? { writers } : {}) });
  return name;
}

const alice = (database: string, more: Partial<SyncTarget> = {}) =>
  targetFor(couch.url, database, 'alice', 'alice-pw', more);
const until = (check: () => Promise<unknown>) => vi.waitFor(check, { timeout: 20_000, interval: 50 });
/**
 * Waits until the push has written its checkpoint after its last `_bulk_docs` (on the server and
 * locally: PouchDB resumes only from a checkpoint the two sides agree on), and the device has
 * then asked nothing new for a moment (PouchDB may write it once more as the batch ends): the
 * checkpoint is past what the push sent or was refused, as in a worker stopped some time later.
 */
async function pushCheckpointed(d: Device, database: string): Promise<void> {
  await until(async () => {
    const afterSend = d.requests.slice(d.requests.lastIndexOf(`POST /${database}/_bulk_docs`));
    const put = afterSend.find((r) => r.startsWith(`PUT /${database}/_local/`));
    expect(put).toBeDefined();
    const id = decodeURIComponent(put!.slice(`PUT /${database}/`.length));
    const remote = (await (await couch.request(`${database}/${encodeURIComponent(id)}`)).json()) as {
      session_id?: string;
    };
    const local = await d.db.get<{ session_id?: string }>(id);
    expect(local.session_id).toBe(remote.session_id);
  });
  for (let seen = -1; seen !== d.requests.length;) {
    seen = d.requests.length;
    await new Promise((r) => setTimeout(r, 300));
  }
}

const serverDoc = async (database: string, id: string) =>
  (await couch.request(`${database}/${encodeURIComponent(id)}`)).json() as Promise<Record<string, unknown>>;

describe('sequences for "N of M"', () => {
  it('reads PouchDB numbers and CouchDB opaque sequences by their leading count', () => {
    expect(seqNumber(1234)).toBe(1234);
    expect(seqNumber('1234')).toBe(1234);
    expect(seqNumber('10023-g1AAAAFTeJzLYWBg4MhgTmFQSs4vTc5ISXIwNDLXMzAw1DM0NQaQAE')).toBe(10023);
    expect(seqNumber('now')).toBe(0);
    expect(seqNumber(undefined)).toBe(0);
  });
});

/** The personal archive's "N of M" while syncing, up to the first state that reached `total`. */
function progressUntilDone(states: SyncState[], total: number): { done: number; total: number }[] {
  const syncing = states
    .map((s) => s.archives[0])
    .filter((a) => a?.phase === 'syncing' && a.total > 0)
    .map((a) => ({ done: a!.done, total: a!.total }));
  const end = syncing.findIndex((p) => p.done >= total);
  return end === -1 ? syncing : syncing.slice(0, end + 1);
}

describe('two devices through pouchdb-server', { timeout: 30_000 }, () => {
  it('a save on one device arrives on the other, with its indexes; the state says synced', async () => {
    const db = await freshDatabase(['alice']);
    const a = await device({ personal: alice(db) });
    const b = await device({ personal: alice(db) });
    const saved = await a.store.save(
      readoutInput({
        url: 'https://mfa.example/one',
        title: 'Talks on grain',
        participants: [['wang-yi', 'Wang Yi', 'CN']],
      }),
    );
    await until(async () => expect(await b.store.get(saved.id)).toEqual(saved));
    await until(async () =>
      expect(
        (await b.store.related({ url: null, entityKeys: ['wang-yi'], participantKeys: [] })).map((r) => r.id),
      ).toEqual([saved.id]),
    );
    expect((await b.store.search({ text: 'grain' })).total).toBe(1);
    await a.sync.idle();
    expect(a.sync.state().archives).toMatchObject([{ name: 'personal', phase: 'synced' }]);
  });

  it('sends only readouts and glossary entries', async () => {
    const db = await freshDatabase(['alice']);
    const a = await device({ personal: alice(db) });
    await a.db.put({ _id: 'scratch:1', note: 'not archive data' });
    const entry = await a.store.glossary.put({
      kind: 'other',
      name: 'Grain corridor',
      aliases: [],
      note: 'n',
    });
    await until(async () => expect((await serverDoc(db, entry.id))['name']).toBe('Grain corridor'));
    await a.sync.idle();
    expect((await serverDoc(db, 'scratch:1'))['error']).toBe('not_found');
  });

  it('pulls only readouts and glossary entries: other documents on the server are never fetched', async () => {
    const db = await freshDatabase(['alice']);
    const foreign = [
      { _id: 'scratch:other-app', note: 'another program keeps this here' },
      { _id: 'settings', theme: 'dark' },
      { _id: '_design/other-app', views: { all: { map: 'function (doc) { emit(doc._id); }' } } },
    ];
    for (const doc of foreign)
      expect((await couch.request(`${db}/${doc._id}`, { method: 'PUT', body: JSON.stringify(doc) })).ok).toBe(
        true,
      );
    const a = await device({ personal: alice(db) });
    const saved = await a.store.save(readoutInput({ url: 'https://mfa.example/pulled' }));
    const entry = await a.store.glossary.put({
      kind: 'other',
      name: 'Grain corridor',
      aliases: [],
      note: '',
    });
    const b = await device({ personal: alice(db) });
    await until(async () => expect(await b.store.get(saved.id)).not.toBeNull());
    await until(async () => expect((await b.store.glossary.list()).map((g) => g.id)).toEqual([entry.id]));
    await b.sync.idle();
    const local = await b.db.allDocs();
    expect(local.rows.map((r) => r.id).sort()).toEqual([entry.id, saved.id].sort());
    // Not fetched either: B's requests name the readout it fetched, and no foreign document.
    expect(b.bodies.some((body) => body.includes(saved.id))).toBe(true);
    for (const doc of foreign) expect(b.bodies.join('\n')).not.toContain(doc._id);
    expect(b.sync.state().archives[0]?.phase).toBe('synced');
  });

  it('a restarted worker resumes from the checkpoint and resends nothing', async () => {
    const db = await freshDatabase(['alice']);
    const a = await device({ personal: alice(db) });
    for (let i = 0; i < 30; i++) await a.store.save(readoutInput({ url: `https://mfa.example/r/${i}` }));
    await until(async () => expect((await (await couch.request(db)).json()).doc_count).toBe(30));
    await a.sync.idle();
    const restarted = await a.restart({ personal: alice(db) });
    await until(async () => expect(restarted.sync.state().archives[0]?.phase).toBe('synced'));
    await restarted.sync.idle();
    expect(restarted.requests.filter((r) => /_bulk_docs|_bulk_get|_revs_diff/.test(r))).toEqual([]);
    expect(restarted.sync.state().archives[0]?.done).toBe(0);
  });

  it('a later sync says "N of M" too: after a restart, and for what arrives while live', async () => {
    const db = await freshDatabase(['alice']);
    const a = await device({ personal: alice(db) });
    for (let i = 0; i < 30; i++) await a.store.save(readoutInput({ url: `https://mfa.example/first/${i}` }));
    await a.sync.idle();
    const b = await device({ personal: alice(db) });
    await until(async () => expect(await b.store.list()).toHaveLength(30));
    await b.sync.idle();
    b.sync.stop();
    for (let i = 0; i < 20; i++) await a.store.save(readoutInput({ url: `https://mfa.example/later/${i}` }));
    const firsts = (await a.store.list()).filter((r) => r.url.includes('/first/')).slice(0, 5);
    for (const r of firsts) await a.store.update(r.id, { tags: ['edited'] });
    await until(async () => expect((await (await couch.request(db)).json()).doc_count).toBe(50));
    await a.sync.idle();

    // The service worker starts again: 25 changes (20 new, 5 edited) wait past the checkpoint,
    // read 5 at a time; counting documents (50 there, 30 here) would say 20.
    const restarted = await b.restart({ personal: alice(db) }, { batchSize: 5 });
    await until(async () => expect(await restarted.store.list()).toHaveLength(50));
    await until(async () =>
      expect((await restarted.store.list()).filter((r) => r.tags.includes('edited'))).toHaveLength(5),
    );
    await restarted.sync.idle();
    const pull = progressUntilDone(restarted.states, 25);
    expect(pull.map((p) => p.total)).toEqual(pull.map(() => 25));
    expect(pull.some((p) => p.done > 0 && p.done < 25)).toBe(true);
    expect(pull.map((p) => p.done)).toEqual(pull.map((p) => p.done).sort((x, y) => x - y));

    // Live: ten readouts written on the server at once (as another device's push) are "of 10".
    a.sync.setOnline(false);
    for (let i = 0; i < 10; i++) await a.store.save(readoutInput({ url: `https://mfa.example/live/${i}` }));
    const docs = (await a.db.allDocs({ include_docs: true })).rows
      .map((r) => r.doc!)
      .filter((d) => d._id.includes('/live/'));
    restarted.states.length = 0;
    const written = await couch.request(`${db}/_bulk_docs`, {
      method: 'POST',
      body: JSON.stringify({ docs, new_edits: false }),
    });
    expect(written.ok).toBe(true);
    await until(async () => expect(await restarted.store.list()).toHaveLength(60));
    await restarted.sync.idle();
    const live = progressUntilDone(restarted.states, 10);
    expect(live.some((p) => p.total === 10 && p.done < 10)).toBe(true);
  });

  it('pauses offline and sends what was saved meanwhile when back online', async () => {
    const db = await freshDatabase(['alice']);
    const a = await device({ personal: alice(db) });
    await a.sync.idle();
    a.sync.setOnline(false);
    expect(a.sync.state()).toMatchObject({
      online: false,
      archives: [{ phase: 'paused', reason: 'offline' }],
    });
    const saved = await a.store.save(readoutInput({ url: 'https://mfa.example/offline' }));
    const before = a.requests.length;
    expect((await serverDoc(db, saved.id))['error']).toBe('not_found');
    expect(a.requests.length).toBe(before);
    a.sync.setOnline(true);
    await until(async () => expect((await serverDoc(db, saved.id))['url']).toBe(saved.url));
  });

  it('a wrong password is an error with the reason, and changes nothing', async () => {
    const db = await freshDatabase(['alice']);
    const a = await device({ personal: targetFor(couch.url, db, 'alice', 'wrong') });
    await a.store.save(readoutInput({ url: 'https://mfa.example/x' }));
    await until(async () => expect(a.sync.state().archives[0]?.phase).toBe('error'));
    expect(a.sync.state().archives[0]?.reason).toMatch(/refused the user name or password/);
    expect(a.sync.state().archives[0]?.reason).not.toContain('wrong');
    // The UI words it by code, in its own language.
    expect(a.sync.state().archives[0]).toMatchObject({
      reasonCode: 'unauthorized',
      reasonArgs: [expect.any(String), 'alice'],
    });
    expect((await (await couch.request(db)).json()).doc_count).toBe(0);
    expect(await a.store.list()).toHaveLength(1);
  });

  it('a read-only team is pulled, never pushed to, and its readouts say where they came from', async () => {
    const personal = await freshDatabase(['bob']);
    const team = await freshDatabase(['alice', 'bob'], ['alice']);
    const writer = await device({ personal: alice(team) });
    const teamReadout = await writer.store.save(
      readoutInput({ url: 'https://mfa.example/team', participants: [['park-jin', 'Park Jin', 'KR']] }),
    );
    const bob = (database: string, more: Partial<SyncTarget> = {}) =>
      targetFor(couch.url, database, 'bob', 'bob-pw', more);
    const b = await device({
      personal: bob(personal),
      team: bob(team, { access: 'read-only', label: 'Asia desk' }),
    });
    const own = await b.store.save(
      readoutInput({ url: 'https://mfa.example/own', participants: [['park-jin', 'Park Jin', 'KR']] }),
    );
    await until(async () => expect(await b.store.get(teamReadout.id)).not.toBeNull());
    await until(async () => expect((await serverDoc(personal, own.id))['url']).toBe(own.url));
    await b.sync.idle();
    expect((await serverDoc(team, own.id))['error']).toBe('not_found');
    // The team readout also reached Bob's personal database: it is his archive now.
    const related = await b.store.related({ url: null, entityKeys: ['park-jin'], participantKeys: [] });
    expect(Object.fromEntries(related.map((r) => [r.url, r.archive]))).toEqual({
      'https://mfa.example/team': 'Team: Asia desk',
      'https://mfa.example/own': 'Personal archive',
    });
    expect(b.sync.state().archives.map((s) => [s.name, s.access])).toEqual([
      ['personal', 'read-write'],
      ['team', 'read-only'],
    ]);
  });

  it('a read-only team joined read-write: the refused push is an error with the reason, and stays one', async () => {
    const team = await freshDatabase(['alice', 'bob'], ['alice']);
    const b = await device({
      team: targetFor(couch.url, team, 'bob', 'bob-pw', { label: 'Asia desk', shareOwn: true }),
    });
    const own = await b.store.save(readoutInput({ url: 'https://mfa.example/refused' }));
    await until(async () =>
      expect(b.sync.state().archives[0]).toMatchObject({
        name: 'team',
        phase: 'error',
        reason: expect.stringMatching(/refused a change \(Only alice may write here\.\).*read-only/),
        reasonCode: 'refused',
        reasonArgs: [team, ' (Only alice may write here.)'],
      }),
    );
    await b.sync.idle();
    b.sync.kick();
    await b.sync.idle();
    expect(b.sync.state().archives[0]?.phase).toBe('error');
    expect((await serverDoc(team, own.id))['error']).toBe('not_found');
  });

  it('a refusal outlives a worker restart, until the settings change', async () => {
    const team = await freshDatabase(['alice', 'bob'], ['alice']);
    const readWrite = targetFor(couch.url, team, 'bob', 'bob-pw', { label: 'Asia desk', shareOwn: true });
    const b = await device({ team: readWrite });
    await b.store.save(readoutInput({ url: 'https://mfa.example/refused-then-restarted' }));
    const refused = {
      name: 'team',
      phase: 'error',
      reasonCode: 'refused',
      reasonArgs: [team, ' (Only alice may write here.)'],
    };
    await until(async () => expect(b.sync.state().archives[0]).toMatchObject(refused));
    await pushCheckpointed(b, team);
    // The checkpoint is past the refused readout: the restarted push has nothing to send, and
    // still says what never arrived.
    const restarted = await b.restart({ team: readWrite });
    await restarted.sync.idle();
    expect(restarted.sync.state().archives[0]).toMatchObject(refused);
    restarted.sync.kick();
    await restarted.sync.idle();
    expect(restarted.sync.state().archives[0]).toMatchObject(refused);
    // Joined read-only (other settings): nothing is refused any more, and after a restart too.
    const readOnly = await restarted.restart({ team: { ...readWrite, access: 'read-only' } });
    await until(async () => expect(readOnly.sync.state().archives[0]?.phase).toBe('synced'));
    const again = await readOnly.restart({ team: { ...readWrite, access: 'read-only' } });
    await again.sync.idle();
    expect(again.sync.state().archives[0]?.phase).toBe('synced');
  });

  it('a kept refusal clears at the next start once the refused readouts are on the server', async () => {
    const team = await freshDatabase(['alice', 'bob'], ['alice']);
    const readWrite = targetFor(couch.url, team, 'bob', 'bob-pw', { label: 'Asia desk', shareOwn: true });
    const b = await device({ team: readWrite });
    const first = await b.store.save(readoutInput({ url: 'https://mfa.example/refused-1' }));
    const second = await b.store.save(readoutInput({ url: 'https://mfa.example/refused-2' }));
    await until(async () => expect(b.sync.state().archives[0]?.reasonCode).toBe('refused'));
    await pushCheckpointed(b, team);
    // An admin copies the first one over, revision and all: the second is still refused.
    const copy = async (id: string) => {
      const doc = await b.db.get(id, { revs: true });
      const put = await couch.request(`${team}/_bulk_docs`, {
        method: 'POST',
        body: JSON.stringify({ docs: [doc], new_edits: false }),
      });
      expect(put.status).toBe(201);
    };
    await copy(first.id);
    const restarted = await b.restart({ team: readWrite });
    await restarted.sync.idle();
    await new Promise((r) => setTimeout(r, 300)); // the start's check against the server
    expect(restarted.sync.state().archives[0]?.reasonCode).toBe('refused');
    await copy(second.id);
    const again = await restarted.restart({ team: readWrite });
    await until(async () => expect(again.sync.state().archives[0]?.phase).toBe('synced'));
    expect(again.requests).toContain(`POST /${team}/_revs_diff`);
  });

  it('a refusal clears once the refused readout is sent after all (write access granted, then edited)', async () => {
    const team = await freshDatabase(['alice', 'bob'], ['alice']);
    const readWrite = targetFor(couch.url, team, 'bob', 'bob-pw', { label: 'Asia desk', shareOwn: true });
    const b = await device({ team: readWrite });
    const own = await b.store.save(readoutInput({ url: 'https://mfa.example/refused-then-allowed' }));
    await until(async () => expect(b.sync.state().archives[0]?.reasonCode).toBe('refused'));
    await pushCheckpointed(b, team);
    const restarted = await b.restart({ team: readWrite });
    await restarted.sync.idle();
    expect(restarted.sync.state().archives[0]?.reasonCode).toBe('refused');
    // The team lets bob write; his next edit of the readout goes through.
    const rules = (await (await couch.request(`${team}/_design/writers`)).json()) as Record<string, unknown>;
    const granted = await couch.request(`${team}/_design/writers`, {
      method: 'PUT',
      body: JSON.stringify({ ...rules, validate_doc_update: 'function () {}' }),
    });
    expect(granted.status).toBe(201);
    await restarted.store.update(own.id, { tags: ['checked'] });
    await until(async () => expect((await serverDoc(team, own.id))['tags']).toEqual(['checked']));
    await until(async () => expect(restarted.sync.state().archives[0]?.phase).toBe('synced'));
    const again = await restarted.restart({ team: readWrite });
    await again.sync.idle();
    expect(again.sync.state().archives[0]?.phase).toBe('synced');
  });

  it('a read-write team without "share my saves" gets edits of team readouts back, not personal saves', async () => {
    const team = await freshDatabase(['alice', 'bob']);
    const personal = await freshDatabase(['bob']);
    const writer = await device({ personal: alice(team) });
    const teamReadout = await writer.store.save(readoutInput({ url: 'https://mfa.example/desk' }));
    const bob = (database: string, more: Partial<SyncTarget> = {}) =>
      targetFor(couch.url, database, 'bob', 'bob-pw', more);
    const b = await device({ personal: bob(personal), team: bob(team, { shareOwn: false }) });
    await until(async () => expect(await b.store.get(teamReadout.id)).not.toBeNull());
    await b.store.update(teamReadout.id, { tags: ['checked'] });
    const own = await b.store.save(readoutInput({ url: 'https://mfa.example/bobs' }));
    await until(async () => expect((await serverDoc(team, teamReadout.id))['tags']).toEqual(['checked']));
    await until(async () => expect((await serverDoc(personal, own.id))['url']).toBe(own.url));
    await b.sync.idle();
    expect((await serverDoc(team, own.id))['error']).toBe('not_found');
  });
});

describe('conflicts and deletes', { timeout: 30_000 }, () => {
  it('edits on both devices while one is offline: tags merge, the other note stays choosable', async () => {
    const db = await freshDatabase(['alice']);
    const a = await device({ personal: alice(db) });
    const b = await device({ personal: alice(db) });
    const saved = await a.store.save(readoutInput({ url: 'https://mfa.example/shared' }));
    await until(async () => expect(await b.store.get(saved.id)).not.toBeNull());
    await a.sync.idle();
    await b.sync.idle();
    b.sync.setOnline(false);
    await a.store.update(saved.id, { tags: ['trade'], note: 'Note from A' });
    await b.store.update(saved.id, { tags: ['grain'], note: 'Note from B' });
    await until(async () => expect((await serverDoc(db, saved.id))['note']).toBe('Note from A'));
    b.sync.setOnline(true);
    for (const device of [a, b])
      await until(async () => {
        expect((await device.store.get(saved.id))?.tags.sort()).toEqual(['grain', 'trade']);
        expect(device.sync.state().conflicts).toBe(1);
      });
    const [conflict] = await b.sync.conflicts();
    expect(conflict).toMatchObject({ id: saved.id, kind: 'readout' });
    const notes = [
      (await b.store.get(saved.id))?.note,
      ...conflict!.others.flatMap((o) => o.differences.filter((d) => d.field === 'note').map((d) => d.other)),
    ];
    expect(notes.sort()).toEqual(['Note from A', 'Note from B']);
    // Choose the other version on B; A follows.
    const chosenNote = conflict!.others[0]!.differences.find((d) => d.field === 'note')!.other;
    await b.sync.choose(saved.id, conflict!.others[0]!.rev);
    expect(await b.sync.conflicts()).toEqual([]);
    expect(b.sync.state().conflicts).toBe(0);
    await until(async () => {
      const onA = await a.store.get(saved.id);
      expect(onA?.note).toBe(chosenNote);
      expect(onA?.tags.sort()).toEqual(['grain', 'trade']);
      expect(await a.db.get(saved.id, { conflicts: true })).not.toHaveProperty('_conflicts');
    });
  });

  it('a note cleared on one device after it was rewritten on the other: the clear wins, the rewrite stays choosable', async () => {
    const db = await freshDatabase(['alice']);
    const a = await device({ personal: alice(db) });
    const b = await device({ personal: alice(db) });
    const saved = await a.store.save(readoutInput({ url: 'https://mfa.example/cleared' }));
    await a.store.update(saved.id, { note: 'First note' });
    await until(async () => expect((await b.store.get(saved.id))?.note).toBe('First note'));
    await a.sync.idle();
    await b.sync.idle();
    b.sync.setOnline(false);
    await b.store.update(saved.id, { note: 'Rewritten on B' });
    await new Promise((r) => setTimeout(r, 5));
    const cleared = await a.store.update(saved.id, { note: '' });
    expect(cleared.editedAt?.note).toBeDefined();
    await until(async () => expect((await serverDoc(db, saved.id))['note']).toBe(''));
    b.sync.setOnline(true);
    for (const device of [a, b])
      await until(async () => {
        expect((await device.store.get(saved.id))?.note).toBe('');
        expect(device.sync.state().conflicts).toBe(1);
      });
    const [conflict] = await b.sync.conflicts();
    const offered = conflict!.others.flatMap((o) => o.differences.filter((d) => d.field === 'note'));
    expect(offered.map((d) => [d.current, d.other])).toEqual([['', 'Rewritten on B']]);
  });

  it('glossary notes and aliases edited on both devices merge without asking', async () => {
    const db = await freshDatabase(['alice']);
    const a = await device({ personal: alice(db) });
    const b = await device({ personal: alice(db) });
    const entry = await a.store.glossary.put({
      kind: 'other',
      name: 'Black Sea Initiative',
      aliases: [],
      note: 'Start',
    });
    await until(async () => expect((await b.store.glossary.list()).map((e) => e.id)).toEqual([entry.id]));
    await a.sync.idle();
    await b.sync.idle();
    b.sync.setOnline(false);
    await a.store.glossary.put({ ...entry, aliases: ['BSGI'], note: 'Start\n\nAdded on A' });
    await b.store.glossary.put({ ...entry, aliases: ['Grain deal'], note: 'Start\n\nAdded on B' });
    await until(async () => expect((await serverDoc(db, entry.id))['aliases']).toEqual(['BSGI']));
    b.sync.setOnline(true);
    for (const device of [a, b])
      await until(async () => {
        const [merged] = await device.store.glossary.list();
        expect(merged?.aliases.sort()).toEqual(['BSGI', 'Grain deal']);
        expect(merged?.note).toContain('Added on A');
        expect(merged?.note).toContain('Added on B');
        expect(await device.db.get(entry.id, { conflicts: true })).not.toHaveProperty('_conflicts');
      });
    expect(b.sync.state().conflicts).toBe(0);
  });

  it('a delete propagates, and undo on the deleting device brings it back everywhere', async () => {
    const db = await freshDatabase(['alice']);
    const a = await device({ personal: alice(db) });
    const b = await device({ personal: alice(db) });
    const saved = await a.store.save(readoutInput({ url: 'https://mfa.example/gone', title: 'Port visit' }));
    await until(async () => expect(await b.store.get(saved.id)).not.toBeNull());
    const removed = await a.store.remove(saved.id);
    await until(async () => expect(await b.store.get(saved.id)).toBeNull());
    await until(async () => expect((await b.store.search({ text: 'port' })).total).toBe(0));
    await a.store.restore(removed!);
    await until(async () => expect(await b.store.get(saved.id)).toEqual(saved));
    await until(async () => expect((await b.store.search({ text: 'port' })).total).toBe(1));
  });
});
