/**
 * Live replication of the archive with its remote databases: the personal one both ways, the
 * team one pull-only or both ways. Only readouts and glossary entries travel, both ways (the
 * derived indexes are not in PouchDB at all; a push filter and the pull's `onlySyncedMissing`
 * keep anything else out). PouchDB writes a
 * checkpoint after each batch on both sides, so a restarted service worker resumes where it
 * stopped. Offline, every replication is cancelled and the state says "paused"; back online
 * they start again from their checkpoints.
 */
import { archiveLabel, ArchiveName, type SyncSettings, type SyncTarget } from './settings';
import type { ArchiveSyncState, SyncState } from './state';
import { describeSyncError, type SyncReason } from './errors';

/** What PouchDB's `replicate()` returns, as far as we use it. */
export interface Replication {
  on(event: string, listener: (info: unknown) => void): unknown;
  cancel(): void;
}
export type Replicate = (
  source: PouchDB.Database,
  target: PouchDB.Database,
  options: Record<string, unknown>,
) => Replication;

/** A document a pull wrote locally (deleted ones carry `_deleted`). */
export type PulledDoc = { _id: string; _rev: string; _deleted?: boolean };

/**
 * What a server refused (read-only for this user), kept across worker restarts: the push's
 * checkpoint is past the refused documents, so a new run sends nothing and would say "synced".
 */
export interface StoredRefusal {
  /** The settings it was refused under (refusalKeyOf): other settings drop it. */
  settings: string;
  /** The documents refused and not yet on the server. */
  ids: string[];
  reason: SyncReason;
}

/** Where refusals are kept (this device only). */
export interface RefusalStore {
  refusal(name: ArchiveName): StoredRefusal | undefined;
  setRefusal(name: ArchiveName, refusal: StoredRefusal | undefined): Promise<void>;
}

export interface SyncEngineOptions {
  local: PouchDB.Database;
  /** Keeps refusals across restarts (without it they last as long as the engine). */
  refusals?: RefusalStore;
  replicate: Replicate;
  remoteFor: (name: ArchiveName, target: SyncTarget) => PouchDB.Database;
  /** Documents arrived from `name` (provenance, index catch-up, conflict merging). */
  onPulled?: (name: ArchiveName, docs: PulledDoc[]) => Promise<void> | void;
  onState?: (state: SyncState) => void;
  /** Whether a local document came from the team (read-write teams without `shareOwn`). */
  fromTeam?: (id: string) => boolean;
  batchSize?: number;
  /** Delay before the n-th retry after a network failure (ms). */
  retryDelay?: (attempt: number) => number;
  now?: () => string;
}

export const SYNCED_ID = /^(readout|glossary):/;
export const isSyncedId = (id: string): boolean => SYNCED_ID.test(id);

/**
 * The local database as a pull's target: its `revsDiff` says only readouts and glossary entries
 * are missing, so anything else on the server (another program's documents, design documents)
 * is neither fetched nor written here; the checkpoint still moves past it. Client-side, because
 * the server-side ways fail somewhere: a filter function in a design document needs a database
 * admin, `_selector` crashed pouchdb-server, and a client filter function makes PouchDB read
 * the changes feed with whole documents and then fetch each one again.
 */
export function onlySyncedMissing(local: PouchDB.Database): PouchDB.Database {
  return withOverrides(local, {
    revsDiff: (diff: Record<string, string[]>) =>
      local.revsDiff(Object.fromEntries(Object.entries(diff).filter(([id]) => isSyncedId(id)))),
  });
}

/** `db` with some methods replaced; every other member reads through, bound to `db`. */
function withOverrides(db: PouchDB.Database, overrides: Record<string, unknown>): PouchDB.Database {
  return new Proxy(db, {
    get(target, key) {
      if (typeof key === 'string' && key in overrides) return overrides[key];
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** Capped backoff: a restarted server is found again within seconds, never hammered. */
export const defaultRetryDelay = (attempt: number): number => Math.min(1000 * 2 ** attempt, 15_000);

interface Direction {
  replication: Replication;
  phase: 'starting' | 'syncing' | 'synced' | 'error';
  /** Changes of the source read in this run (its sequence moved this far from `startSeq`). */
  done: number;
  /** Estimate of all this run will read (0: unknown). */
  expected: number;
  /** The checkpoint this run started from, as the replication's first changes request said. */
  startSeq?: number;
  /** The source's sequence at its last look (update_seq), and how far the replication is. */
  sourceSeq?: number;
  atSeq?: number;
  reason?: SyncReason;
  fatal?: boolean;
  /**
   * Why the server refused a document (read-only for this user): stays until the settings
   * change or every refused document is on the server.
   */
  denied?: SyncReason;
  /** The refused documents not yet on the server. */
  deniedIds: Set<string>;
}

/**
 * A sequence as a number: PouchDB's are integers, CouchDB's are "<n>-<opaque>" where n grows by
 * about one per change, which is all an estimate of "N of M" needs.
 */
export function seqNumber(seq: unknown): number {
  if (typeof seq === 'number') return seq;
  const n = Number.parseInt(String(seq), 10);
  return Number.isFinite(n) ? n : 0;
}

/** What a direction has done and has left, in changes of its source. */
function estimate(d: Direction): void {
  if (d.startSeq === undefined) return;
  d.done = Math.max(d.atSeq ?? d.startSeq, d.startSeq) - d.startSeq;
  d.expected = Math.max(d.done, d.sourceSeq === undefined ? 0 : d.sourceSeq - d.startSeq);
}

interface Running {
  target: SyncTarget;
  key: string;
  pull: Direction;
  push?: Direction;
  lastSynced?: string;
}

export interface SyncEngine {
  configure(settings: SyncSettings): void;
  setOnline(online: boolean): void;
  /** Starts failed or stopped replications again (alarm, wake-up, "retry" button). */
  kick(): void;
  state(): SyncState;
  setConflicts(count: number): void;
  stop(): void;
  /** Resolves once every running direction has caught up (tests, bench). */
  idle(): Promise<void>;
}

/** The settings that, when changed, need the replication restarted. */
const keyOf = (target: SyncTarget) =>
  JSON.stringify([target.url, target.database, target.credentials, target.access, target.shareOwn]);

/** The settings a refusal holds under: those of keyOf but the password (it is stored apart). */
export const refusalKeyOf = (target: SyncTarget): string =>
  JSON.stringify([
    target.url,
    target.database,
    target.credentials.kind,
    target.credentials.username,
    target.access,
    target.shareOwn,
  ]);

/** Of `ids`, those whose local revision the server lacks (revsDiff); deleted here: dropped. */
async function missingOnServer(
  local: PouchDB.Database,
  remote: PouchDB.Database,
  ids: string[],
): Promise<string[]> {
  const rows = (await local.allDocs({ keys: ids })).rows;
  const revs: Record<string, string[]> = {};
  for (const row of rows)
    if ('value' in row && row.value && !row.value.deleted) revs[row.id] = [row.value.rev];
  if (!Object.keys(revs).length) return [];
  const diff = (await remote.revsDiff(revs)) as Record<string, { missing?: string[] }>;
  return Object.keys(revs).filter((id) => diff[id]?.missing?.length);
}

export function createSyncEngine(options: SyncEngineOptions): SyncEngine {
  const now = options.now ?? (() => new Date().toISOString());
  const batchSize = options.batchSize ?? 200;
  const retryDelay = options.retryDelay ?? defaultRetryDelay;
  let settings: SyncSettings = {};
  let online = true;
  let conflicts = 0;
  const running = new Map<ArchiveName, Running>();
  let idleWaiters: (() => void)[] = [];

  const archiveState = (name: ArchiveName): ArchiveSyncState | null => {
    const target = settings[name];
    if (!target) return null;
    const base = {
      name,
      label: archiveLabel(name, target),
      access: name === 'personal' ? ('read-write' as const) : target.access,
    };
    if (!target.enabled) return { ...base, phase: 'off', done: 0, total: 0 };
    const run = running.get(name);
    if (!online)
      return { ...base, phase: 'paused', done: 0, total: 0, reason: 'offline', lastSynced: run?.lastSynced };
    if (!run) return { ...base, phase: 'starting', done: 0, total: 0 };
    const directions = [run.pull, ...(run.push ? [run.push] : [])];
    const failing = directions.find((d) => d.phase === 'error');
    // "N of M" of one direction at a time, the pull first: a pull's arrivals are changes the
    // push then reads too (and does not send back), so a sum would count them twice.
    const leading = directions.find((d) => d.phase !== 'synced') ?? run.pull;
    const done = leading.done;
    const total = Math.max(leading.expected, leading.done);
    const extra = run.lastSynced ? { lastSynced: run.lastSynced } : {};
    if (failing) {
      const reason = failing.reason && {
        reason: failing.reason.text,
        reasonCode: failing.reason.code,
        reasonArgs: failing.reason.args,
      };
      return { ...base, ...extra, phase: 'error', done, total, ...reason };
    }
    if (directions.every((d) => d.phase === 'synced'))
      return { ...base, ...extra, phase: 'synced', done, total };
    return {
      ...base,
      ...extra,
      phase: directions.some((d) => d.phase === 'syncing') ? 'syncing' : 'starting',
      done,
      total,
    };
  };

  const state = (): SyncState => ({
    online,
    conflicts,
    archives: ArchiveName.options.flatMap((name) => {
      const s = archiveState(name);
      return s ? [s] : [];
    }),
  });

  const emit = () => {
    const current = state();
    options.onState?.(current);
    const settled = current.archives.every((a) => a.phase !== 'syncing' && a.phase !== 'starting');
    if (settled && idleWaiters.length) {
      const waiters = idleWaiters;
      idleWaiters = [];
      for (const resolve of waiters) resolve();
    }
  };

  /** Stores the push's refusal as it stands now (none left: removes it). */
  const keepRefusal = (name: ArchiveName, run: Running, push: Direction) => {
    if (!options.refusals || running.get(name) !== run) return;
    const refusal = push.denied &&
      push.deniedIds.size > 0 && {
        settings: refusalKeyOf(run.target),
        ids: [...push.deniedIds],
        reason: push.denied,
      };
    void options.refusals.setRefusal(name, refusal || undefined).catch(() => undefined);
  };

  /** Refused documents now on the server: once none is left, the refusal goes. */
  const arrived = (name: ArchiveName, run: Running, push: Direction, ids: string[]) => {
    for (const id of ids) push.deniedIds.delete(id);
    if (push.deniedIds.size === 0 && push.denied) {
      if (push.phase === 'error' && push.reason === push.denied) {
        push.phase = 'synced';
        push.reason = undefined;
      }
      push.denied = undefined;
    }
    keepRefusal(name, run, push);
  };

  /**
   * A refusal kept from an earlier run under the same settings: the push says it again, and the
   * server is asked which of those documents it still lacks (revsDiff).
   */
  const restoreRefusal = (name: ArchiveName, run: Running, push: Direction, remote: PouchDB.Database) => {
    const stored = options.refusals?.refusal(name);
    if (!stored) return;
    if (stored.settings !== refusalKeyOf(run.target)) {
      void options.refusals!.setRefusal(name, undefined).catch(() => undefined);
      return;
    }
    push.denied = stored.reason;
    push.deniedIds = new Set(stored.ids);
    void missingOnServer(options.local, remote, stored.ids).then(
      (missing) => {
        if (running.get(name) !== run) return;
        const still = new Set(missing);
        arrived(
          name,
          run,
          push,
          stored.ids.filter((id) => !still.has(id)),
        );
        settleRun(run);
      },
      () => undefined, // unreachable: the refusal stays until a check gets through
    );
  };

  const settleRun = (run: Running) => {
    if (run.pull.phase === 'synced' && (!run.push || run.push.phase === 'synced')) run.lastSynced = now();
    emit();
  };

  const startDirection = (
    name: ArchiveName,
    run: Running,
    way: 'pull' | 'push',
    remote: PouchDB.Database,
  ): Direction => {
    const target = run.target;
    const shareOwn = name === 'personal' || target.shareOwn;
    const fromTeam = options.fromTeam ?? (() => false);
    const direction = { phase: 'starting', done: 0, expected: 0, deniedIds: new Set() } as Direction;
    const source = way === 'pull' ? remote : options.local;
    // The replication's first changes request starts at its checkpoint: that is where this
    // run's "N of M" counts from, on a first sync and after a restart alike.
    const watchedSource = withOverrides(source, {
      changes: (changesOptions: { since?: unknown }) => {
        if (direction.startSeq === undefined) {
          direction.startSeq = seqNumber(changesOptions.since ?? 0);
          estimate(direction);
          emit();
        }
        return source.changes(changesOptions as PouchDB.Core.ChangesOptions);
      },
    });
    const replication =
      way === 'pull'
        ? options.replicate(watchedSource, onlySyncedMissing(options.local), {
            live: true,
            retry: true,
            batch_size: batchSize,
            back_off_function: (delay: number) =>
              retryDelay(Math.round(Math.log2(Math.max(delay, 500) / 500))),
          })
        : options.replicate(watchedSource, remote, {
            live: true,
            retry: true,
            batch_size: batchSize,
            back_off_function: (delay: number) =>
              retryDelay(Math.round(Math.log2(Math.max(delay, 500) / 500))),
            filter: (doc: { _id: string }, req: { query: { shareOwn?: boolean } }) =>
              isSyncedId(doc._id) && (req.query.shareOwn === true || fromTeam(doc._id)),
            // Part of the replication id: changing it starts a fresh checkpoint, so readouts
            // skipped while sharing was off are sent once it is on.
            query_params: { shareOwn },
          });
    direction.replication = replication;
    // How far the source is: asked at the start and whenever the replication passes it.
    let looking = false;
    const lookAtSource = () => {
      if (looking) return;
      looking = true;
      void source.info().then(
        (info) => {
          looking = false;
          direction.sourceSeq = seqNumber(info.update_seq);
          if (direction.phase !== 'synced') estimate(direction);
          emit();
        },
        () => {
          looking = false;
        },
      );
    };
    const settle = () => settleRun(run);
    replication.on('change', (raw) => {
      const info = raw as {
        last_seq?: unknown;
        pending?: number;
        docs?: PulledDoc[];
      };
      direction.phase = 'syncing';
      direction.reason = undefined;
      direction.atSeq = seqNumber(info.last_seq);
      estimate(direction);
      // CouchDB counts what is left itself; PouchDB passes it on where the server sends it.
      if (typeof info.pending === 'number') direction.expected = direction.done + info.pending;
      else if (direction.sourceSeq !== undefined && direction.atSeq > direction.sourceSeq) lookAtSource();
      if (way === 'pull' && info.docs?.length) {
        const docs = info.docs;
        void Promise.resolve(options.onPulled?.(name, docs)).catch(() => undefined);
      }
      // A push's `docs` are those the server took: refused once, they are there now.
      if (way === 'push' && info.docs?.length && direction.deniedIds.size)
        arrived(
          name,
          run,
          direction,
          info.docs.map((d) => d._id),
        );
      emit();
    });
    replication.on('active', () => {
      // Caught up before: what came since is a new run of "N of M" from here.
      if (direction.phase === 'synced' && direction.atSeq !== undefined) {
        direction.startSeq = direction.atSeq;
        direction.done = 0;
        lookAtSource();
      }
      direction.phase = 'syncing';
      direction.reason = undefined;
      emit();
    });
    replication.on('paused', (error) => {
      if (error) {
        direction.phase = 'error';
        direction.reason = describeSyncError(error, target);
      } else {
        // Caught up, but what the server refused never arrived there: say so, not "synced".
        direction.phase = direction.denied ? 'error' : 'synced';
        direction.expected = direction.done;
        direction.reason = direction.denied;
      }
      settle();
    });
    replication.on('denied', (error) => {
      direction.phase = 'error';
      direction.reason = direction.denied = describeSyncError(error, target);
      const id = (error as { id?: unknown } | null)?.id;
      if (typeof id === 'string') direction.deniedIds.add(id);
      keepRefusal(name, run, direction);
      emit();
    });
    replication.on('error', (error) => {
      direction.phase = 'error';
      direction.fatal = true;
      direction.reason = describeSyncError(error, target);
      emit();
    });
    lookAtSource();
    return direction;
  };

  const startArchive = (name: ArchiveName, target: SyncTarget) => {
    const remote = options.remoteFor(name, target);
    const run = { target, key: keyOf(target) } as Running;
    run.pull = startDirection(name, run, 'pull', remote);
    if (name === 'personal' || target.access === 'read-write')
      run.push = startDirection(name, run, 'push', remote);
    running.set(name, run);
    if (run.push) restoreRefusal(name, run, run.push, remote);
    // No push (joined read-only): nothing is refused any more.
    else if (options.refusals?.refusal(name))
      void options.refusals.setRefusal(name, undefined).catch(() => undefined);
  };

  const stopArchive = (name: ArchiveName) => {
    const run = running.get(name);
    if (!run) return;
    running.delete(name);
    run.pull.replication.cancel();
    run.push?.replication.cancel();
  };

  const reconcile = () => {
    for (const name of ArchiveName.options) {
      const target = settings[name];
      const run = running.get(name);
      const wanted = online && target?.enabled === true;
      if (!wanted) {
        stopArchive(name);
        continue;
      }
      if (run && run.key === keyOf(target) && !run.pull.fatal && !run.push?.fatal) continue;
      stopArchive(name);
      startArchive(name, target);
    }
    emit();
  };

  return {
    configure(next) {
      settings = next;
      reconcile();
    },
    setOnline(next) {
      if (online === next) return;
      online = next;
      reconcile();
    },
    kick() {
      // A refusal is not retried: the checkpoint is past the refused documents, so a new run
      // would send nothing (the refusal is kept, and checked against the server, at each start;
      // other settings, e.g. joining read-only, drop it).
      for (const [name, run] of running)
        if ([run.pull, run.push].some((d) => d?.phase === 'error' && !d.denied)) stopArchive(name);
      reconcile();
    },
    state,
    setConflicts(count) {
      conflicts = count;
      emit();
    },
    stop() {
      for (const name of [...running.keys()]) stopArchive(name);
      settings = {};
      emit();
    },
    idle() {
      const settled = state().archives.every((a) => a.phase !== 'syncing' && a.phase !== 'starting');
      return settled ? Promise.resolve() : new Promise((resolve) => idleWaiters.push(resolve));
    },
  };
}
