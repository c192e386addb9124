/**
 * Persistence of the derived indexes in their own IndexedDB database, apart from PouchDB's:
 * replication never sees them, and deleting this database loses nothing (it is rebuilt from
 * the changes feed). Each write records the PouchDB `seq` it reflects, so a restarted service
 * worker replays only the changes after it. Also holds the marks of one-off jobs (the migration).
 */
import { SEARCH_PARTS, type ReadoutSummary } from './archive-index';

export type Seq = number | string;

export interface SearchSnapshot {
  /** Seq the stored full-text parts reflect; they are written less often than summaries. */
  seq: Seq;
  /** Each stored part of the full-text index (lib/archive/archive-index.ts), by part number. */
  parts: Map<number, string>;
}

export interface DerivedStore {
  /**
   * Up to `count` stored summaries after the id `after` (null: from the first), in id order: what
   * "related" and the lists need, loaded at every worker start a page at a time, so the worker
   * answers other requests between pages instead of waiting for one read of every summary.
   */
  summariesPage(after: string | null, count: number): Promise<ReadoutSummary[]>;
  /**
   * The stored summaries of readouts that mention any of `keys` (entity or participant keys), read
   * through an index: what a worker that has not loaded every summary yet needs to answer "related".
   */
  summariesWithKeys(keys: readonly string[]): Promise<ReadoutSummary[]>;
  /** Whether a summary of `id` is stored (the popup's "saved?" before every summary is loaded). */
  hasSummary(id: string): Promise<boolean>;
  /** The seq the stored summaries reflect (0: none), without loading them. */
  summariesCheckpoint(): Promise<Seq>;
  /** The full-text index: loaded on the first search only. */
  loadSearch(): Promise<SearchSnapshot>;
  /** One transaction: summary upserts and deletions, then the checkpoint. */
  applyBatch(seq: Seq, upserts: ReadoutSummary[], deletes: string[]): Promise<void>;
  /** Replaces the given parts (the others stay as stored) and sets the seq they all reflect. */
  saveSearch(seq: Seq, parts: ReadonlyMap<number, string>): Promise<void>;
  clear(): Promise<void>;
  getJob<T>(name: string): Promise<T | undefined>;
  putJob(name: string, value: unknown): Promise<void>;
  deleteJob(name: string): Promise<void>;
}

const SUMMARIES = 'summaries';
const META = 'meta';
const JOBS = 'jobs';
/** META keys of the full-text parts: `search:<part number>`. */
const SEARCH_PART = 'search:';
/** The single full-text snapshot of the versions before the parts (dropped at the first save). */
const LEGACY_SEARCH = 'search';
/** Multi-entry index of SUMMARIES on `keys`: readouts by the entities and participants they name. */
const BY_KEY = 'byKey';
/** 2: summaries carry `keys` under the BY_KEY index (version 1 had neither; its rows are rebuilt). */
const VERSION = 2;

/**
 * Writes of what the changes feed can rebuild commit without waiting for the disk: a crash may
 * lose the last of them (never half of one: a transaction stays atomic), and the replay from the
 * checkpoint before redoes it. A save does not also wait for its derived write to reach the disk.
 */
const REBUILDABLE: IDBTransactionOptions = { durability: 'relaxed' };

/** A summary as stored: with the keys the BY_KEY index reads. */
type StoredSummary = ReadoutSummary & { keys: string[] };

const stored = (summary: ReadoutSummary): StoredSummary => ({
  ...summary,
  keys: [...new Set([...summary.entities.map((e) => e.key), ...summary.participantKeys])],
});

function unstored(row: StoredSummary): ReadoutSummary {
  const { keys: _keys, ...summary } = row;
  return summary;
}

/** An IndexedDB request as a promise (also used by lib/sync/origins.ts). */
export function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** Resolves when the transaction commits (also used by lib/sync/origins.ts). */
export function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });
}

export async function openIdbDerivedStore(
  name: string,
  factory: IDBFactory = indexedDB,
  keyRange: typeof IDBKeyRange = IDBKeyRange,
): Promise<DerivedStore> {
  const open = factory.open(name, VERSION);
  open.onupgradeneeded = (event) => {
    const db = open.result;
    if (event.oldVersion < 1) {
      db.createObjectStore(META);
      db.createObjectStore(JOBS);
    } else {
      // Version 1's summaries lack `keys`: drop them and their checkpoint, so the changes feed
      // rebuilds them (the full-text snapshot and the jobs stay).
      db.deleteObjectStore(SUMMARIES);
      open.transaction!.objectStore(META).delete('summariesSeq');
    }
    db.createObjectStore(SUMMARIES, { keyPath: 'id' }).createIndex(BY_KEY, 'keys', { multiEntry: true });
  };
  const db = await request(open);

  return {
    async summariesPage(after, count) {
      const tx = db.transaction(SUMMARIES, 'readonly');
      const range = after === null ? null : keyRange.lowerBound(after, true);
      const rows = request(tx.objectStore(SUMMARIES).getAll(range, count) as IDBRequest<StoredSummary[]>);
      await done(tx);
      return (await rows).map(unstored);
    },
    async summariesWithKeys(keys) {
      const tx = db.transaction(SUMMARIES, 'readonly');
      const byKey = tx.objectStore(SUMMARIES).index(BY_KEY);
      const lists = [...new Set(keys)].map((key) => request(byKey.getAll(key)) as Promise<StoredSummary[]>);
      await done(tx);
      const byId = new Map<string, ReadoutSummary>();
      for (const rows of await Promise.all(lists)) for (const row of rows) byId.set(row.id, unstored(row));
      return [...byId.values()];
    },
    async summariesCheckpoint() {
      const tx = db.transaction(META, 'readonly');
      return ((await request(tx.objectStore(META).get('summariesSeq'))) as Seq | undefined) ?? 0;
    },
    async hasSummary(id) {
      const tx = db.transaction(SUMMARIES, 'readonly');
      return (await request(tx.objectStore(SUMMARIES).count(id))) > 0;
    },
    async loadSearch() {
      const tx = db.transaction(META, 'readonly');
      const meta = tx.objectStore(META);
      const seq = request(meta.get('searchSeq') as IDBRequest<Seq | undefined>);
      const stored = Array.from(
        { length: SEARCH_PARTS },
        (_, part) => request(meta.get(`${SEARCH_PART}${part}`)) as Promise<string | undefined>,
      );
      await done(tx);
      const parts = new Map<number, string>();
      for (const [part, json] of (await Promise.all(stored)).entries())
        if (json !== undefined) parts.set(part, json);
      // Stored before the index was kept in parts (one 'search' snapshot): rebuilt from the feed.
      return parts.size ? { seq: (await seq) ?? 0, parts } : { seq: 0, parts };
    },
    async applyBatch(seq, upserts, deletes) {
      const tx = db.transaction([SUMMARIES, META], 'readwrite', REBUILDABLE);
      const store = tx.objectStore(SUMMARIES);
      for (const s of upserts) store.put(stored(s));
      for (const id of deletes) store.delete(id);
      tx.objectStore(META).put(seq, 'summariesSeq');
      await done(tx);
    },
    async saveSearch(seq, parts) {
      const tx = db.transaction(META, 'readwrite', REBUILDABLE);
      const meta = tx.objectStore(META);
      for (const [part, json] of parts) meta.put(json, `${SEARCH_PART}${part}`);
      meta.delete(LEGACY_SEARCH);
      meta.put(seq, 'searchSeq');
      await done(tx);
    },
    async clear() {
      const tx = db.transaction([SUMMARIES, META], 'readwrite');
      tx.objectStore(SUMMARIES).clear();
      tx.objectStore(META).clear();
      await done(tx);
    },
    async getJob<T>(jobName: string) {
      const tx = db.transaction(JOBS, 'readonly');
      return (await request(tx.objectStore(JOBS).get(jobName))) as T | undefined;
    },
    async putJob(jobName, value) {
      const tx = db.transaction(JOBS, 'readwrite');
      tx.objectStore(JOBS).put(value, jobName);
      await done(tx);
    },
    async deleteJob(jobName) {
      const tx = db.transaction(JOBS, 'readwrite');
      tx.objectStore(JOBS).delete(jobName);
      await done(tx);
    },
  };
}
