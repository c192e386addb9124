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
import {
  emptyCounts,
  glossaryLine,
  parseHeader,
  parseRecordLine,
  readoutLine,
  unreadableLine,
} from './backup-format';
import type { ImportJournal, ImportState, JournalEntry, RecordCounts, StoredDoc } from './import-journal';
import { GlossaryEntry } from '../glossary/schema';
import * as z from 'zod/mini';
import {
  ArchiveError,
  type ArchiveStatus,
  type ArchiveStore,
  type ImportReport,
  type JobProgress,
  type PendingImport,
} from './index';
import {
  ArchivedReadout,
  incomingRecordError,
  ARCHIVE_SCHEMA_VERSION,
  normalizeUrl,
  readoutIdFor,
  upgradeRecord,
  type RelatedQuery,
  type RelatedReadout,
  type SaveInput,
} from './schema';

export const READOUT_ID_RANGE = { startkey: 'readout:', endkey: 'readout:\uffff' } as const;

export interface ArchiveOptions {
  db: PouchDB.Database;
  derived: DerivedStore;
  /** What an import overwrote, to undo it (lib/archive/import-journal.ts). */
  journal: ImportJournal;
  /** Documents per chunk of a long job (changes replay, import, migration, loading summaries). */
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

const MIGRATED_JOB = 'migrated-to';
/** Where the version before kept its import journal (see the start of `openArchive`). */
const LEGACY_IMPORT_JOB = 'import';

/** The most a page of an export carries (a port message each): a few MB, whatever the records. */
export const EXPORT_PAGE_CHARS = 4_000_000;

export async function openArchive(options: ArchiveOptions): Promise<ArchiveStore> {
  const { db, derived, journal } = options;
  const chunkSize = options.chunkSize ?? 500;
  const now = options.now ?? (() => new Date().toISOString());
  const index = new ArchiveIndex();
  let job: JobProgress | null = null;

  /**
   * Whether the stored summaries reflect every change in the store (checked once, at start): only
   * then may answers come from them before they are loaded. After the derived database was lost
   * or upgraded they are being rebuilt, and the answers wait for the rebuild. Asked first thing
   * (opening PouchDB is most of it), so it is known when the first question arrives.
   */
  const storedSummariesCurrent: Promise<boolean> = Promise.all([derived.summariesCheckpoint(), db.info()])
    .then(([checkpoint, info]) => Number(checkpoint) > 0 && String(checkpoint) === String(info.update_seq))
    .catch(() => false);

  // What opening reads from the journal and the derived database is asked for at once, in
  // parallel (each is a transaction of its own), not one after the other before the first answer.
  const storedImport = journal.state();
  const legacyJob = derived.getJob<{ previous?: Record<string, StoredDoc | null> }>(LEGACY_IMPORT_JOB);
  const migratedJob = derived.getJob<number>(MIGRATED_JOB);
  // Awaited below; a failure of one of them still fails the opening there.
  for (const read of [storedImport, legacyJob, migratedJob]) read.catch(() => undefined);

  /** The import in the journal, if any; `attached` while a page is sending its chunks here. */
  let importState: ImportState | null = await storedImport;
  let attached = false;
  const pendingImport = (): PendingImport | null =>
    importState && {
      phase: importState.phase === 'importing' && !attached ? 'interrupted' : importState.phase,
      linesDone: importState.linesDone,
      total: totalOf(importState.expected) + 1,
      ...(importState.error ? { error: importState.error } : {}),
    };
  const status = (): ArchiveStatus => ({
    readouts: index.size,
    job: job && { ...job },
    pendingImport: pendingImport(),
  });
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
  // Summaries and the entity index load at start, as the first link of the sync chain below, so
  // opening returns at once; until they are in memory, "related" and "saved?" read the stored
  // summaries through their key index (a popup opened right after the worker woke does not wait
  // for every summary). The full-text index loads on the first search, then replays what its
  // snapshot lacks.
  let seq: Seq = 0;
  let summariesLoaded = false;
  let textLoaded = false;
  /** The seq the in-memory full-text index reflects, once loaded. */
  let textSeq: Seq = 0;

  /** Answers reading the stored summaries right now: the load of every summary waits for them. */
  let storedReads = 0;
  let whenNoStoredReads: (() => void)[] = [];
  const noStoredReads = (): Promise<void> =>
    storedReads === 0 ? Promise.resolve() : new Promise((resolve) => whenNoStoredReads.push(resolve));
  /** `read` (of the stored summaries), with the load of every summary held back meanwhile. */
  const fromStored = async <T>(read: () => Promise<T>): Promise<T> => {
    storedReads++;
    try {
      return await read();
    } finally {
      if (--storedReads === 0) {
        const waiting = whenNoStoredReads;
        whenNoStoredReads = [];
        for (const resume of waiting) resume();
      }
    }
  };
  /**
   * An answer from the stored summaries if they are current, else null. The read starts at once,
   * beside the check (which waits for PouchDB to open), and its result is dropped if they are not.
   */
  const ifStoredCurrent = async <T>(read: () => Promise<T>): Promise<{ value: T } | null> => {
    if (summariesLoaded) return null;
    const reading = fromStored(read).then(
      (value) => ({ value }),
      () => null,
    );
    return (await storedSummariesCurrent) ? reading : null;
  };

  let searchTimer: ReturnType<typeof setTimeout> | undefined;
  let searchDirty = false;
  const saveSearch = async () => {
    clearTimeout(searchTimer);
    searchTimer = undefined;
    if (!searchDirty || !textLoaded) return;
    searchDirty = false;
    // Only the parts changed since the last save are written (a saved readout changes one).
    const parts = index.takeUnsavedSearchParts();
    try {
      await derived.saveSearch(textSeq, parts);
    } catch (error) {
      index.searchPartsUnsaved(parts.keys());
      searchDirty = true;
      throw error;
    }
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
    /** Called once every change is applied in memory, before the last checkpoint is written. */
    applied?: () => void,
  ) => {
    let total = 0;
    let long = false;
    let done = 0;
    for (;;) {
      const changes = await db.changes({ since, limit: chunkSize, include_docs: true });
      if (changes.results.length === 0) break;
      // A full first chunk: more may follow, and a long replay shows progress. A save's replay
      // (one change) reads no database info.
      if (done === 0 && changes.results.length === chunkSize) {
        const info = await db.info();
        total = Math.max(0, Number(info.update_seq) - Number(since)) || 0;
        long = total > chunkSize;
      }
      for (const change of changes.results) {
        if (!change.id.startsWith('readout:')) continue;
        const record = change.deleted ? null : upgradeRecord(stripPouch(change.doc));
        apply(change.id, record?.ok ? record.value : null);
      }
      since = changes.last_seq;
      if (changes.results.length < chunkSize) applied?.();
      await checkpoint(since, changes.results.length);
      done += changes.results.length;
      if (long) progress({ kind: 'index', done: Math.min(done, total), total });
      if (changes.results.length < chunkSize) break;
    }
    applied?.();
    if (long) progress(null);
    return long;
  };

  let syncChain: Promise<void> = Promise.resolve();
  const onSyncChain = (work: () => Promise<void>): Promise<void> => {
    const run = syncChain.then(work);
    syncChain = run.catch(() => undefined);
    return run;
  };

  /**
   * Every stored summary into memory (inside the sync chain; once, or again after a failure), a
   * page at a time: requests that arrive meanwhile are answered between pages (from the stored
   * key index, see `related`). Nothing else writes the derived store while the chain runs this.
   */
  const loadSummaries = async () => {
    await noStoredReads();
    const checkpoint = await derived.summariesCheckpoint();
    for (let after: string | null = null; ;) {
      await noStoredReads();
      const page = await derived.summariesPage(after, chunkSize);
      for (const summary of page) index.putSummary(summary);
      if (page.length < chunkSize) break;
      after = page[page.length - 1]!.id;
    }
    seq = checkpoint;
    summariesLoaded = true;
  };

  /**
   * Applies every change after `seq` to the indexes, one chunk (and one checkpoint) at a time;
   * `applied` is called once all of them are in memory, before the last checkpoint is written.
   */
  const catchUpThen = (applied?: () => void) =>
    onSyncChain(async () => {
      if (!summariesLoaded) await loadSummaries();
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
        applied,
      );
      if (long) await saveSearch();
      else if (searchDirty) scheduleSearchSave();
    });

  const catchUp = () => catchUpThen();

  /** Loads the full-text snapshot on first use and brings it up to date. */
  const ensureText = () =>
    onSyncChain(async () => {
      if (textLoaded) return;
      const stored = await derived.loadSearch();
      textSeq = 0;
      index.clearSearch();
      if (stored.parts.size) {
        try {
          index.loadSearchSnapshot(stored.parts);
          textSeq = stored.seq;
        } catch {
          index.clearSearch(); // a damaged or partial snapshot is rebuilt from the store
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

  /** Resolves when the in-memory indexes hold every summary and every change seen so far. */
  const whenIndexed = () => (summariesLoaded ? syncChain : catchUp());

  /**
   * Related readouts from the stored summaries that share a key with the query, for a worker
   * still loading every summary: the same ranking, over the readouts that can rank at all.
   */
  const relatedFromStored = async (query: RelatedQuery) => {
    const candidates = new ArchiveIndex();
    for (const summary of await derived.summariesWithKeys([...query.entityKeys, ...query.participantKeys]))
      candidates.putSummary(summary);
    return candidates.related(query);
  };

  const readRecord = async (id: string): Promise<{ record: ArchivedReadout; rev: string } | null> => {
    const doc = (await db.get(id).catch(notFoundAsNull)) as StoredDoc | null;
    if (!doc) return null;
    const upgraded = upgradeRecord(stripPouch(doc));
    return upgraded.ok ? { record: upgraded.value, rev: doc._rev! } : null;
  };

  const putRecord = async (record: ArchivedReadout, rev: string | undefined) => {
    await db.put({ ...record, _id: record.id, ...(rev ? { _rev: rev } : {}) }).catch(rethrowAsArchiveError);
    // Answered once the record is in the in-memory indexes (what every later question reads);
    // the derived store's write of it follows on the sync chain. If that write fails, the
    // checkpoint stays where it was and the next catch-up applies and writes the change again.
    await new Promise<void>((resolve, reject) => void catchUpThen(resolve).catch(reject));
  };

  // --- import: chunks of backup lines from the page, each record's previous version journaled
  // once before it is overwritten; any failure undoes the import from the journal.
  const importProgress = (state: ImportState) =>
    progress({ kind: 'import', done: state.linesDone - 1, total: totalOf(state.expected) });

  /** Puts back what the journal says each id held before the import. */
  const rollback = async () => {
    for (let after: string | null = null; ;) {
      const entries: JournalEntry[] = await journal.entries(after, chunkSize);
      if (!entries.length) break;
      const current = await currentDocs(
        db,
        entries.map((e) => e.id),
      );
      const undo: StoredDoc[] = [];
      for (const { id, previous } of entries) {
        const now = current.get(id) ?? null;
        if (sameContent(previous, now)) continue;
        if (previous === null) undo.push({ _id: id, _rev: now!._rev!, _deleted: true });
        else undo.push({ ...stripPouch(previous), _id: id, ...(now ? { _rev: now._rev } : {}) });
      }
      if (undo.length) throwOnFailedWrite(await db.bulkDocs(undo));
      after = entries[entries.length - 1]!.id;
    }
  };

  /** Undoes the import; if the undo cannot finish, the import is marked failed for the user. */
  const undoImport = async (state: ImportState, cause: string | undefined): Promise<void> => {
    const rolling: ImportState = { ...state, phase: 'rolling-back', ...(cause ? { error: cause } : {}) };
    importState = rolling;
    attached = false;
    try {
      // The journal may be what failed: the undo goes on even if this write does not land.
      await journal.setState(rolling).catch(() => undefined);
      await rollback();
      await journal.clear();
      importState = null;
    } catch (error) {
      const why = describeStorageError(error);
      importState = { ...rolling, phase: 'rollback-failed', error: `${cause ?? ''} ${why}`.trim() };
      await journal.setState(importState).catch(() => undefined);
      throw new ArchiveError(
        'import-failed',
        `${cause ? `${cause} ` : ''}Undoing the import did not finish (${why}): part of it is still in the archive. ` +
          'The archive page offers to retry the undo or to keep what was imported.',
      );
    } finally {
      progress(null);
      await catchUp();
    }
  };

  /** Ends a failed import: undone, and the error says what failed and that nothing changed. */
  const failImport = async (state: ImportState, cause: unknown): Promise<never> => {
    const error = asArchiveError(cause);
    await undoImport(state, error.message);
    throw new ArchiveError(error.code, `${error.message} The import was undone: the archive is as it was.`);
  };

  const activeImport = (importId: string): ImportState => {
    if (importState?.importId === importId && importState.phase === 'importing') return importState;
    throw new ArchiveError(
      'import-failed',
      importState?.importId === importId
        ? `This import has ended (${importState.phase}).`
        : 'This import is no longer running: it was undone or replaced.',
    );
  };

  /** Parses and writes one chunk; returns the lines applied so far. */
  const applyChunk = async (state: ImportState, firstLine: number, lines: string[]): Promise<ImportState> => {
    const skip = state.linesDone + 1 - firstLine; // lines sent again after a worker stop
    if (skip < 0)
      throw new ArchiveError(
        'import-failed',
        `Import out of order: line ${firstLine} arrived, line ${state.linesDone + 1} was expected.`,
      );
    const seen = { ...state.seen };
    const docs: { doc: StoredDoc; line: number }[] = [];
    const lineOf = new Map<string, number>();
    for (let i = skip; i < lines.length; i++) {
      const line = firstLine + i;
      const parsed = parseRecordLine(lines[i]!, line);
      if (!parsed.ok) throw new ArchiveError('invalid-import', `Import rejected: ${parsed.error}.`);
      const record = parsed.value;
      const kind: keyof RecordCounts =
        record.kind === 'readout' ? 'readouts' : record.kind === 'glossary' ? 'glossary' : 'unreadable';
      if (++seen[kind] > state.expected[kind])
        throw new ArchiveError(
          'invalid-import',
          `Import rejected: line ${line}: more ${kind} records than the header announces (${state.expected[kind]}).`,
        );
      if (record.kind === 'unreadable') continue;
      const doc: StoredDoc =
        record.kind === 'readout'
          ? { ...record.record, _id: record.record.id }
          : { ...record.entry, _id: record.entry.id };
      const earlier = lineOf.get(doc._id);
      if (earlier !== undefined)
        throw new ArchiveError(
          'invalid-import',
          `Import rejected: line ${line}: same record as line ${earlier}.`,
        );
      lineOf.set(doc._id, line);
      docs.push({ doc, line });
    }
    if (docs.length) {
      const current = await currentDocs(
        db,
        docs.map((d) => d.doc._id),
      );
      const journaled = await journal.keepPrevious(
        docs.map(({ doc, line }) => {
          const before = current.get(doc._id);
          return { id: doc._id, line, previous: before ? withoutRev(before) : null };
        }),
      );
      for (const { doc, line } of docs) {
        const earlier = journaled.get(doc._id);
        if (earlier !== undefined && earlier !== line)
          throw new ArchiveError(
            'invalid-import',
            `Import rejected: line ${line}: same record as line ${earlier}.`,
          );
      }
      const writes = docs
        .map(({ doc }) => doc)
        .filter((doc) => !sameContent(doc, current.get(doc._id) ?? null))
        .map((doc) => ({ ...doc, ...(current.get(doc._id) ? { _rev: current.get(doc._id)!._rev } : {}) }));
      if (writes.length) throwOnFailedWrite(await db.bulkDocs(writes));
    }
    const next: ImportState = {
      ...state,
      linesDone: Math.max(state.linesDone, firstLine + lines.length - 1),
      seen,
    };
    await journal.setState(next);
    return next;
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
          throwOnFailedWrite(await db.bulkDocs(upgrades));
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

  // Loads the summaries and replays what they lack, without holding up the first answers.
  // While answers read the stored summaries (a popup that woke the worker), the load waits.
  void catchUp().catch(() => undefined);
  // An undo cut short by a worker stop is finished now. An import cut short is not resumed
  // here: its page resumes it, or the user undoes or keeps it (status says it was interrupted).
  const stoppedUndo = importState;
  if (stoppedUndo?.phase === 'rolling-back')
    void serializeWrite(() => undoImport(stoppedUndo, stoppedUndo.error)).catch(() => undefined);
  // A journal left by the version before (the whole file in one job document) cannot be resumed:
  // its previous versions move to this journal and the import is undone like any other.
  const legacy = await legacyJob;
  if (legacy && !importState)
    void serializeWrite(async () => {
      const entries = Object.entries(legacy.previous ?? {});
      const state: ImportState = {
        importId: 'earlier-version',
        phase: 'rolling-back',
        linesDone: 0,
        expected: emptyCounts(),
        seen: emptyCounts(),
      };
      await journal.clear();
      await journal.keepPrevious(entries.map(([id, previous], line) => ({ id, line, previous })));
      await journal.setState(state);
      await derived.deleteJob(LEGACY_IMPORT_JOB);
      await undoImport(state, 'An import that an earlier version of the extension did not finish.');
    }).catch(() => undefined);
  // Older records are upgraded on read at once; the rewrite runs once per schema version.
  if ((await migratedJob) !== ARCHIVE_SCHEMA_VERSION)
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
      const stored = await ifStoredCurrent(() => derived.hasSummary(readoutIdFor(url)));
      if (stored) return stored.value;
      await whenIndexed();
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
      let related: RelatedReadout[];
      const stored = await ifStoredCurrent(() => relatedFromStored(query));
      if (stored) related = stored.value;
      else {
        await whenIndexed();
        related = index.related(query);
      }
      const archiveOf = options.archiveOf;
      if (!archiveOf) return related;
      return related.map((r) => {
        const archive = archiveOf(r.id);
        return archive ? { ...r, archive } : r;
      });
    },
    async search(filter) {
      if (filter.text?.trim()) await ensureText();
      await whenIndexed();
      return index.query(filter);
    },
    async timeline(by) {
      await whenIndexed();
      return index.timeline(by);
    },
    async facets() {
      await whenIndexed();
      return index.facets();
    },
    async exportPage(after) {
      // Unlike `list`, keeps what it cannot read: a backup must not drop a record silently.
      const page = await db.allDocs({
        // Just after `after`, not `after` skipped: if it was deleted meanwhile, the next record
        // would be skipped in its place.
        startkey: after === null ? EXPORTED_ID_RANGE.startkey : `${after}\u0000`,
        endkey: EXPORTED_ID_RANGE.endkey,
        limit: chunkSize,
        include_docs: true,
      });
      const lines: string[] = [];
      const counts = emptyCounts();
      let chars = 0;
      let last: string | null = null;
      for (const row of page.rows) {
        if (chars > EXPORT_PAGE_CHARS) break;
        let line: string;
        if (row.id.startsWith('readout:')) {
          const upgraded = upgradeRecord(stripPouch(row.doc));
          line = upgraded.ok
            ? readoutLine(upgraded.value)
            : unreadableLine({ _id: row.id, ...stripPouch(row.doc) });
          counts[upgraded.ok ? 'readouts' : 'unreadable']++;
        } else if (row.id.startsWith('glossary:')) {
          const entry = z.safeParse(GlossaryEntry, stripPouch(row.doc));
          line = entry.success
            ? glossaryLine(entry.data)
            : unreadableLine({ _id: row.id, ...stripPouch(row.doc) });
          counts[entry.success ? 'glossary' : 'unreadable']++;
        } else {
          last = row.id;
          continue;
        }
        lines.push(line);
        chars += line.length;
        last = row.id;
      }
      const more =
        last !== null && (page.rows.length === chunkSize || last !== page.rows[page.rows.length - 1]!.id);
      return { lines, counts, next: more ? last : null };
    },
    beginImport(header) {
      const parsed = parseHeader(header);
      if (!parsed.ok)
        return Promise.reject(
          new ArchiveError('invalid-import', `Import rejected, nothing changed. ${parsed.error}.`),
        );
      return serializeWrite(async () => {
        if (importState) throw new ArchiveError('import-failed', pendingImportMessage(pendingImport()!));
        const state: ImportState = {
          importId: crypto.randomUUID(),
          phase: 'importing',
          linesDone: 1,
          expected: parsed.value.counts,
          seen: emptyCounts(),
        };
        await journal.clear().catch(rethrowAsArchiveError);
        await journal.setState(state).catch(rethrowAsArchiveError);
        importState = state;
        attached = true;
        importProgress(state);
        return { importId: state.importId, linesDone: state.linesDone };
      });
    },
    resumeImport(importId) {
      return serializeWrite(async () => {
        const state = activeImport(importId);
        attached = true;
        importProgress(state);
        return { linesDone: state.linesDone };
      });
    },
    importChunk(importId, firstLine, lines) {
      return serializeWrite(async () => {
        const state = activeImport(importId);
        attached = true;
        try {
          importState = await applyChunk(state, firstLine, lines);
        } catch (error) {
          return failImport(state, error);
        }
        importProgress(importState);
        return { linesDone: importState.linesDone };
      });
    },
    finishImport(importId) {
      return serializeWrite(async (): Promise<ImportReport> => {
        const state = activeImport(importId);
        const { expected, seen } = state;
        if (totalOf(seen) !== totalOf(expected))
          return failImport(
            state,
            new ArchiveError(
              'invalid-import',
              `Import rejected: the file ends at line ${state.linesDone}, but its header announces ` +
                `${expected.readouts} readouts, ${expected.glossary} glossary entries and ${expected.unreadable} unreadable records ` +
                `(found ${seen.readouts}, ${seen.glossary} and ${seen.unreadable}).`,
            ),
          );
        await journal.clear().catch(rethrowAsArchiveError);
        importState = null;
        attached = false;
        progress(null);
        await catchUp();
        return { readouts: seen.readouts, glossary: seen.glossary, skipped: seen.unreadable };
      });
    },
    abortImport(importId) {
      return serializeWrite(async () => {
        if (importState?.importId !== importId || importState.phase !== 'importing') return;
        await failImport(
          importState,
          new ArchiveError('import-failed', 'The import was stopped before it ended.'),
        ).catch(() => undefined);
      });
    },
    resolveImport(choice) {
      return serializeWrite(async () => {
        const state = importState;
        if (!state) return;
        if (state.phase === 'importing' && attached)
          throw new ArchiveError('import-failed', 'An import is running: wait for it to end.');
        if (choice === 'undo') return undoImport(state, undefined);
        await journal.clear().catch(rethrowAsArchiveError);
        importState = null;
        await catchUp();
      });
    },
    rebuildIndexes() {
      return serializeWrite(async () => {
        await syncChain;
        await derived.clear();
        index.clear();
        summariesLoaded = true; // nothing stored is left to load: the replay below refills both
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

/** The documents a backup carries: glossary entries, then readouts (ids sort that way). */
const EXPORTED_ID_RANGE = { startkey: 'glossary:', endkey: 'readout:\uffff' } as const;

const totalOf = (counts: RecordCounts) => counts.readouts + counts.glossary + counts.unreadable;

/** Why a new import cannot start while an earlier one is in the journal. */
export function pendingImportMessage(pending: PendingImport): string {
  return pending.phase === 'importing'
    ? 'Another import is running: wait for it to end.'
    : 'An earlier import did not end: undo it or keep what it imported first.';
}

function withoutRev(doc: StoredDoc): StoredDoc {
  const { _rev: _r, _conflicts: _c, ...rest } = doc;
  return rest as StoredDoc;
}

function throwOnFailedWrite(results: (PouchDB.Core.Response | PouchDB.Core.Error)[]): void {
  const failed = results.find((r) => 'error' in r && r.error);
  if (failed) throw asArchiveError(failed);
}

const describeStorageError = (error: unknown) => asArchiveError(error).message;

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
