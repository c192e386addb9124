/**
 * Persistence of the derived indexes in their own IndexedDB database, apart from PouchDB's:
 * replication never sees them, and deleting this database loses nothing (it is rebuilt from
 * the changes feed). Each write records the PouchDB `seq` it reflects, so a restarted service
 * worker replays only the changes after it. Also holds the marks of one-off jobs (the migration).
 */
import type { ReadoutSummary } from './archive-index';

export type Seq = number | string;

export interface DerivedSnapshot {
  /** Seq the stored summaries reflect (0: nothing indexed yet). */
  summariesSeq: Seq;
  summaries: ReadoutSummary[];
}

export interface SearchSnapshot {
  /** Seq the stored full-text snapshot reflects; it is written less often than summaries. */
  seq: Seq;
  json: string | null;
}

export interface DerivedStore {
  /** What "related" and the lists need: loaded at every worker start. */
  load(): Promise<DerivedSnapshot>;
  /** The full-text index: loaded on the first search only. */
  loadSearch(): Promise<SearchSnapshot>;
  /** One transaction: summary upserts and deletions, then the checkpoint. */
  applyBatch(seq: Seq, upserts: ReadoutSummary[], deletes: string[]): Promise<void>;
  saveSearch(seq: Seq, json: string): Promise<void>;
  clear(): Promise<void>;
  getJob<T>(name: string): Promise<T | undefined>;
  putJob(name: string, value: unknown): Promise<void>;
  deleteJob(name: string): Promise<void>;
}

const SUMMARIES = 'summaries';
const META = 'meta';
const JOBS = 'jobs';

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
): Promise<DerivedStore> {
  const open = factory.open(name, 1);
  open.onupgradeneeded = () => {
    const db = open.result;
    db.createObjectStore(SUMMARIES, { keyPath: 'id' });
    db.createObjectStore(META);
    db.createObjectStore(JOBS);
  };
  const db = await request(open);

  return {
    async load() {
      const tx = db.transaction([SUMMARIES, META], 'readonly');
      const summaries = request(tx.objectStore(SUMMARIES).getAll() as IDBRequest<ReadoutSummary[]>);
      const meta = tx.objectStore(META);
      const summariesSeq = request(meta.get('summariesSeq') as IDBRequest<Seq | undefined>);
      await done(tx);
      return { summaries: await summaries, summariesSeq: (await summariesSeq) ?? 0 };
    },
    async loadSearch() {
      const tx = db.transaction(META, 'readonly');
      const seq = request(tx.objectStore(META).get('searchSeq') as IDBRequest<Seq | undefined>);
      const json = request(tx.objectStore(META).get('search') as IDBRequest<string | undefined>);
      await done(tx);
      return { seq: (await seq) ?? 0, json: (await json) ?? null };
    },
    async applyBatch(seq, upserts, deletes) {
      const tx = db.transaction([SUMMARIES, META], 'readwrite');
      const store = tx.objectStore(SUMMARIES);
      for (const s of upserts) store.put(s);
      for (const id of deletes) store.delete(id);
      tx.objectStore(META).put(seq, 'summariesSeq');
      await done(tx);
    },
    async saveSearch(seq, json) {
      const tx = db.transaction(META, 'readwrite');
      tx.objectStore(META).put(json, 'search');
      tx.objectStore(META).put(seq, 'searchSeq');
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
