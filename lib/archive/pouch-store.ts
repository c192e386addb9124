/**
 * ArchiveStore on PouchDB (replicable with CouchDB as it is). PouchDB holds only the data that
 * would sync: readouts (`readout:<url>`) and glossary entries (`glossary:<slug>`). Everything
 * derived (summaries, entity index, full-text index) lives in `ArchiveIndex`, is persisted by a
 * `DerivedStore` and is fed from PouchDB's changes feed from a stored checkpoint.
 */
import PouchDB from 'pouchdb-core';
import { createGlossaryStore } from '../glossary/store';
import { ArchiveIndex, summarize, type ReadoutSummary } from './archive-index';
import type { DerivedStore, Seq } from './derived-store';
import { parseExportJson } from './exchange';
import {
  ArchiveError,
  type ArchiveStatus,
  type ArchiveStore,
  type ImportReport,
  type JobProgress,
} from './index';
import {
  ArchivedReadout,
  incomingRecordError,
  ARCHIVE_SCHEMA_VERSION,
  normalizeUrl,
  readoutIdFor,
  upgradeRecord,
  type SaveInput,
} from './schema';

type StoredDoc = Record<string, unknown> & { _id: string; _rev?: string };

export const READOUT_ID_RANGE = { startkey: 'readout:', endkey: 'readout:\uffff' } as const;

export interface ArchiveOptions {
  db: PouchDB.Database;
  derived: DerivedStore;
  /** Documents per chunk of a long job (changes replay, import, migration). */
  chunkSize?: number;
  /** Persist the full-text index this long after the last change (ms). */
  searchSaveDelay?: number;
  now?: () => string;
  onProgress?: (status: ArchiveStatus) => void;
  /** Which synced archive a readout came from, for its label among prior readouts (sync). */
  archiveOf?: (id: string) => string | undefined;
}

/** PouchDB with the adapters registered: 'indexeddb' in the browser, 'memory' in unit tests. */
export function createPouch(name: string, adapter: string, plugins: PouchDB.Plugin[]): PouchDB.Database {
  for (const plugin of plugins) PouchDB.plugin(plugin);
  return new PouchDB(name, { adapter });
}

const IMPORT_JOB = 'import';
const MIGRATED_JOB = 'migrated-to';

interface ImportJournal {
  docs: StoredDoc[];
  /** What each id held before the import (null: nothing), for rollback. */
  previous: Record<string, StoredDoc | null>;
  cursor: number;
  /** Set once a failure decided to undo: a restarted worker finishes the undo, never the import. */
  rollingBack?: boolean;
}

export async function openArchive(options: ArchiveOptions): Promise<ArchiveStore> {
  const { db, derived } = options;
  const chunkSize = options.chunkSize ?? 500;
  const now = options.now ?? (() => new Date().toISOString());
  const index = new ArchiveIndex();
  let job: JobProgress | null = null;

  const status = (): ArchiveStatus => ({ readouts: index.size, job: job && { ...job } });
  const progress = (next: JobProgress | null) => {
    job = next;
    options.onProgress?.(status());
  };

  // Writes run one at a time: two saves of one page never race for the same revision.
  let writeChain: Promise<unknown> = Promise.resolve();
  const serializeWrite = <T>(work: () => Promise<T>): Promise<T> => {
    const run = writeChain.then(work, work);
    writeChain = run.catch(() => undefined);
    return run;
  };

  // --- derived indexes, fed from the changes feed -------------------------------------------
  // Summaries and the entity index load at start (related and "saved?" need them at once); the
  // full-text index loads on the first search, then replays what its snapshot lacks.
  const snapshot = await derived.load();
  for (const summary of snapshot.summaries) index.putSummary(summary);
  let seq: Seq = snapshot.summariesSeq;
  let textLoaded = false;
  /** The seq the in-memory full-text index reflects, once loaded. */
  let textSeq: Seq = 0;

  let searchTimer: ReturnType<typeof setTimeout> | undefined;
  let searchDirty = false;
  const saveSearch = async () => {
    clearTimeout(searchTimer);
    searchTimer = undefined;
    if (!searchDirty || !textLoaded) return;
    searchDirty = false;
    await derived.saveSearch(textSeq, index.searchSnapshot());
  };
  const scheduleSearchSave = () => {
    searchDirty = true;
    clearTimeout(searchTimer);
    searchTimer = setTimeout(() => void saveSearch().catch(() => undefined), options.searchSaveDelay ?? 2000);
  };

  /**
   * Reads the changes after `since` in chunks, hands each readout change to `apply` (null: gone),
   * and reports the new checkpoint after each chunk. Long replays show progress.
   */
  const replay = async (
    since: Seq,
    apply: (id: string, record: ArchivedReadout | null) => void,
    checkpoint: (seq: Seq, changes: number) => Promise<void>,
  ) => {
    const info = await db.info();
    const total = Math.max(0, Number(info.update_seq) - Number(since)) || 0;
    const long = total > chunkSize;
    let done = 0;
    for (;;) {
      const changes = await db.changes({ since, limit: chunkSize, include_docs: true });
      if (changes.results.length === 0) break;
      for (const change of changes.results) {
        if (!change.id.startsWith('readout:')) continue;
        const record = change.deleted ? null : upgradeRecord(stripPouch(change.doc));
        apply(change.id, record?.ok ? record.value : null);
      }
      since = changes.last_seq;
      await checkpoint(since, changes.results.length);
      done += changes.results.length;
      if (long) progress({ kind: 'index', done: Math.min(done, total), total });
      if (changes.results.length < chunkSize) break;
    }
    if (long) progress(null);
    return long;
  };

  let syncChain: Promise<void> = Promise.resolve();
  const onSyncChain = (work: () => Promise<void>): Promise<void> => {
    const run = syncChain.then(work);
    syncChain = run.catch(() => undefined);
    return run;
  };

  /** Applies every change after `seq` to the indexes, one chunk (and one checkpoint) at a time. */
  const catchUp = () =>
    onSyncChain(async () => {
      let upserts: ReadoutSummary[] = [];
      let deletes: string[] = [];
      let sinceSearchSave = 0;
      const long = await replay(
        seq,
        (id, record) => {
          if (record) {
            const summary = summarize(record);
            index.putSummary(summary);
            upserts.push(summary);
            if (textLoaded) index.upsertText(record);
          } else {
            index.remove(id);
            deletes.push(id);
          }
        },
        async (last, changes) => {
          await derived.applyBatch(last, upserts, deletes);
          upserts = [];
          deletes = [];
          seq = last;
          if (!textLoaded) return;
          textSeq = last;
          searchDirty = true;
          // Long replays persist the search index on the way, so a stopped worker resumes.
          sinceSearchSave += changes;
          if (sinceSearchSave >= chunkSize * 4) {
            await saveSearch();
            sinceSearchSave = 0;
          }
        },
      );
      if (long) await saveSearch();
      else if (searchDirty) scheduleSearchSave();
    });

  /** Loads the full-text snapshot on first use and brings it up to date. */
  const ensureText = () =>
    onSyncChain(async () => {
      if (textLoaded) return;
      const stored = await derived.loadSearch();
      textSeq = 0;
      index.clearSearch();
      if (stored.json !== null) {
        try {
          index.loadSearchSnapshot(stored.json);
          textSeq = stored.seq;
        } catch {
          index.clearSearch(); // a damaged snapshot is rebuilt from the store
        }
      }
      const long = await replay(
        textSeq,
        (id, record) => (record ? index.upsertText(record) : index.removeText(id)),
        async (last) => {
          textSeq = last;
          searchDirty = true;
        },
      );
      textLoaded = true;
      if (long) await saveSearch();
      else if (searchDirty) scheduleSearchSave();
    }).then(catchUp); // changes the text replay saw beyond `seq` reach the summaries too

  const readRecord = async (id: string): Promise<{ record: ArchivedReadout; rev: string } | null> => {
    const doc = (await db.get(id).catch(notFoundAsNull)) as StoredDoc | null;
    if (!doc) return null;
    const upgraded = upgradeRecord(stripPouch(doc));
    return upgraded.ok ? { record: upgraded.value, rev: doc._rev! } : null;
  };

  const putRecord = async (record: ArchivedReadout, rev: string | undefined) => {
    await db.put({ ...record, _id: record.id, ...(rev ? { _rev: rev } : {}) }).catch(rethrowAsArchiveError);
    await catchUp();
  };

  // --- import: validate all, write in chunks with a journal, verify, or roll back ------------
  const rollback = async (journal: ImportJournal) => {
    const ids = Object.keys(journal.previous);
    for (let i = 0; i < ids.length; i += chunkSize) {
      const slice = ids.slice(i, i + chunkSize);
      const current = await currentDocs(db, slice);
      const undo: StoredDoc[] = [];
      for (const id of slice) {
        const before = journal.previous[id] ?? null;
        const after = current.get(id) ?? null;
        if (sameContent(before, after)) continue;
        if (before === null) undo.push({ _id: id, _rev: after!._rev!, _deleted: true });
        else
          undo.push({ ...stripPouch(before), _id: id, ...(after ? { _rev: after._rev } : {}) } as StoredDoc);
      }
      if (undo.length) await db.bulkDocs(undo);
    }
  };

  const undoImport = async (journal: ImportJournal): Promise<void> => {
    await derived.putJob(IMPORT_JOB, { ...journal, rollingBack: true });
    await rollback(journal);
    await derived.deleteJob(IMPORT_JOB);
    await catchUp();
  };

  const runImport = async (journal: ImportJournal): Promise<void> => {
    try {
      const total = journal.docs.length;
      progress({ kind: 'import', done: journal.cursor, total });
      while (journal.cursor < total) {
        const chunk = journal.docs.slice(journal.cursor, journal.cursor + chunkSize);
        const current = await currentDocs(
          db,
          chunk.map((d) => d._id),
        );
        const writes = chunk
          .filter((d) => !sameContent(d, current.get(d._id) ?? null))
          .map((d) => ({ ...d, ...(current.get(d._id) ? { _rev: current.get(d._id)!._rev } : {}) }));
        const results = writes.length ? await db.bulkDocs(writes) : [];
        const failed = results.find((r) => 'error' in r && r.error);
        if (failed) throw asArchiveError(failed);
        journal.cursor += chunk.length;
        await derived.putJob(IMPORT_JOB, journal);
        progress({ kind: 'import', done: journal.cursor, total });
      }
      // Verify: every document now holds exactly what the file said.
      for (let i = 0; i < total; i += chunkSize) {
        const slice = journal.docs.slice(i, i + chunkSize);
        const current = await currentDocs(
          db,
          slice.map((d) => d._id),
        );
        const wrong = slice.find((d) => !sameContent(d, current.get(d._id) ?? null));
        if (wrong)
          throw new ArchiveError('import-failed', `Import failed: ${wrong._id} did not store as written.`);
      }
    } catch (error) {
      progress(null);
      await undoImport(journal);
      throw error instanceof ArchiveError ? error : asArchiveError(error);
    }
    await derived.deleteJob(IMPORT_JOB);
    progress(null);
    await catchUp();
  };

  // --- migration of older records, resumable because it skips what is already current -------
  const migrate = () =>
    serializeWrite(async () => {
      let rewritten = 0;
      let startkey: string = READOUT_ID_RANGE.startkey;
      let skip = 0;
      const total = (await db.allDocs({ ...READOUT_ID_RANGE, limit: 0 })).total_rows;
      let done = 0;
      for (;;) {
        const page = await db.allDocs({
          startkey,
          endkey: READOUT_ID_RANGE.endkey,
          skip,
          limit: chunkSize,
          include_docs: true,
        });
        if (!page.rows.length) break;
        const upgrades: StoredDoc[] = [];
        for (const row of page.rows) {
          const doc = row.doc as StoredDoc | undefined;
          if (!doc || doc['schemaVersion'] === ARCHIVE_SCHEMA_VERSION) continue;
          const upgraded = upgradeRecord(stripPouch(doc));
          if (upgraded.ok) upgrades.push({ ...upgraded.value, _id: doc._id, _rev: doc._rev });
        }
        if (upgrades.length) {
          const results = await db.bulkDocs(upgrades);
          const failed = results.find((r) => 'error' in r && r.error);
          if (failed) throw asArchiveError(failed);
          rewritten += upgrades.length;
        }
        done += page.rows.length;
        progress({ kind: 'migrate', done, total: Math.max(total, done) });
        startkey = page.rows[page.rows.length - 1]!.id;
        skip = 1;
      }
      progress(null);
      await catchUp();
      return rewritten;
    });

  await catchUp();
  const pendingImport = await derived.getJob<ImportJournal>(IMPORT_JOB);
  if (pendingImport)
    void serializeWrite(() =>
      pendingImport.rollingBack ? undoImport(pendingImport) : runImport(pendingImport),
    ).catch(() => undefined);
  // Older records are upgraded on read at once; the rewrite runs once per schema version.
  if ((await derived.getJob<number>(MIGRATED_JOB)) !== ARCHIVE_SCHEMA_VERSION)
    void migrate()
      .then(() => derived.putJob(MIGRATED_JOB, ARCHIVE_SCHEMA_VERSION))
      .catch(() => undefined);

  const glossary = createGlossaryStore(db, serializeWrite, now);
  const list = async (): Promise<ArchivedReadout[]> => {
    const all = await db.allDocs({ ...READOUT_ID_RANGE, include_docs: true });
    return all.rows.flatMap((row) => {
      const upgraded = upgradeRecord(stripPouch(row.doc));
      return upgraded.ok ? [upgraded.value] : [];
    });
  };

  return {
    save(input: SaveInput) {
      return serializeWrite(async () => {
        const id = readoutIdFor(input.url);
        const existing = await readRecord(id);
        const time = now();
        const record = ArchivedReadout.parse({
          id,
          schemaVersion: ARCHIVE_SCHEMA_VERSION,
          url: normalizeUrl(input.url),
          readout: input.readout,
          entities: input.entities,
          participantKeys: input.participantKeys,
          savedAt: time,
          tags: input.tags ?? existing?.record.tags ?? [],
          note: input.note ?? existing?.record.note ?? '',
          ...noteEdit(existing?.record, input.note, time),
        });
        refuseUnlessIncoming(record, 'Not saved');
        await putRecord(record, existing?.rev);
        return record;
      });
    },
    async get(id) {
      return (await readRecord(id))?.record ?? null;
    },
    async isSaved(url) {
      await syncChain;
      return index.has(readoutIdFor(url));
    },
    list,
    remove(id) {
      return serializeWrite(async () => {
        const existing = await readRecord(id);
        if (!existing) return null;
        await db.remove(id, existing.rev).catch(rethrowAsArchiveError);
        await catchUp();
        return existing.record;
      });
    },
    restore(record) {
      return serializeWrite(async () => {
        const parsed = ArchivedReadout.parse(record);
        refuseUnlessIncoming(parsed, 'Not restored');
        if (parsed.id !== readoutIdFor(parsed.url))
          throw new ArchiveError('storage', `Cannot restore ${parsed.id}: id and url disagree.`);
        const existing = await readRecord(parsed.id);
        await putRecord(parsed, existing?.rev);
      });
    },
    update(id, change) {
      return serializeWrite(async () => {
        const existing = await readRecord(id);
        if (!existing) throw new ArchiveError('not-found', `No readout ${id} in the archive.`);
        const record: ArchivedReadout = {
          ...existing.record,
          ...(change.tags ? { tags: [...new Set(change.tags.map((t) => t.trim()).filter(Boolean))] } : {}),
          ...(change.note !== undefined ? { note: change.note } : {}),
          ...noteEdit(existing.record, change.note, now()),
        };
        refuseUnlessIncoming(record, 'Not changed');
        await putRecord(record, existing.rev);
        return record;
      });
    },
    async related(query) {
      await syncChain;
      const related = index.related(query);
      const archiveOf = options.archiveOf;
      if (!archiveOf) return related;
      return related.map((r) => {
        const archive = archiveOf(r.id);
        return archive ? { ...r, archive } : r;
      });
    },
    async search(filter) {
      if (filter.text?.trim()) await ensureText();
      await syncChain;
      return index.query(filter);
    },
    async timeline(by) {
      await syncChain;
      return index.timeline(by);
    },
    async facets() {
      await syncChain;
      return index.facets();
    },
    async exportData() {
      // Unlike `list`, keeps what it cannot read: a backup must not drop a record silently.
      const all = await db.allDocs({ ...READOUT_ID_RANGE, include_docs: true });
      const readouts: ArchivedReadout[] = [];
      const unreadable: unknown[] = [];
      for (const row of all.rows) {
        const upgraded = upgradeRecord(stripPouch(row.doc));
        if (upgraded.ok) readouts.push(upgraded.value);
        else unreadable.push({ _id: row.id, ...stripPouch(row.doc) });
      }
      return { readouts, glossary: await glossary.list(), ...(unreadable.length ? { unreadable } : {}) };
    },
    async importJson(text) {
      const parsed = parseExportJson(text);
      if (!parsed.ok)
        throw new ArchiveError('invalid-import', `Import rejected, nothing changed. ${parsed.error}`);
      const { readouts, glossary: entries } = parsed.value;
      return serializeWrite(async (): Promise<ImportReport> => {
        const docs: StoredDoc[] = [
          ...readouts.map((r) => ({ ...r, _id: r.id })),
          ...entries.map((g) => ({ ...g, _id: g.id })),
        ];
        const previous: Record<string, StoredDoc | null> = {};
        for (let i = 0; i < docs.length; i += chunkSize) {
          const ids = docs.slice(i, i + chunkSize).map((d) => d._id);
          const current = await currentDocs(db, ids);
          for (const id of ids) previous[id] = current.get(id) ?? null;
        }
        const journal: ImportJournal = { docs, previous, cursor: 0 };
        await derived.putJob(IMPORT_JOB, journal).catch(rethrowAsArchiveError);
        await runImport(journal);
        return { readouts: readouts.length, glossary: entries.length };
      });
    },
    rebuildIndexes() {
      return serializeWrite(async () => {
        await syncChain;
        await derived.clear();
        index.clear();
        seq = 0;
        textSeq = 0;
        textLoaded = true; // the replay below fills the full text too
        await catchUp();
        searchDirty = true;
        await saveSearch();
      });
    },
    migrate,
    status,
    glossary,
    async flush() {
      await writeChain;
      await syncChain;
      await saveSearch();
    },
    refresh: catchUp,
  };
}

/** The edit times after setting the note to `note` (undefined: left as it was). */
function noteEdit(
  existing: ArchivedReadout | undefined,
  note: string | undefined,
  time: string,
): Pick<ArchivedReadout, 'editedAt'> {
  const editedAt = existing?.editedAt;
  if (note === undefined || note === (existing?.note ?? '')) return editedAt ? { editedAt } : {};
  return { editedAt: { ...editedAt, note: time } };
}

/** Current (non-deleted) documents for `ids`, by id. */
async function currentDocs(db: PouchDB.Database, ids: string[]): Promise<Map<string, StoredDoc>> {
  const result = await db.allDocs({ keys: ids, include_docs: true });
  const map = new Map<string, StoredDoc>();
  for (const row of result.rows)
    if ('doc' in row && row.doc) map.set(row.id, row.doc as unknown as StoredDoc);
  return map;
}

function stripPouch(doc: unknown): Record<string, unknown> {
  if (typeof doc !== 'object' || doc === null) return {};
  const { _id: _i, _rev: _r, _conflicts: _c, ...rest } = doc as Record<string, unknown>;
  return rest;
}

/** Same stored content, ignoring revision bookkeeping and key order. */
export function sameContent(a: StoredDoc | null, b: StoredDoc | null): boolean {
  if (a === null || b === null) return a === b;
  return canonicalJson(stripPouch(a)) === canonicalJson(stripPouch(b));
}

export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)),
        )
      : v,
  );
}

/** A record that may not enter the archive (a non-web URL, a bad date, an oversized field) throws. */
function refuseUnlessIncoming(record: ArchivedReadout, what: string): void {
  const error = incomingRecordError(record);
  if (error !== null) throw new ArchiveError('invalid-input', `${what}: ${error}.`);
}

const notFoundAsNull = (error: unknown) => {
  if ((error as { status?: number }).status === 404) return null;
  throw asArchiveError(error);
};

const rethrowAsArchiveError = (error: unknown): never => {
  throw asArchiveError(error);
};

/** Storage errors become messages a reader can act on; a full disk is named as such. */
export function asArchiveError(error: unknown): ArchiveError {
  if (error instanceof ArchiveError) return error;
  const e = error as { name?: string; message?: string; reason?: string; status?: number } | null;
  const text = [e?.name, e?.message, e?.reason].filter(Boolean).join(' ');
  if (/quota/i.test(text))
    return new ArchiveError(
      'quota',
      'Out of storage space: the browser refused to store more (QuotaExceededError). Free disk space or delete old readouts, then try again.',
    );
  return new ArchiveError('storage', `The archive could not be written: ${text || String(error)}`);
}
