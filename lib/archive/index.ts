/**
 * The archive store behind one small interface. The background is its only user.
 */
import type { GlossaryStore } from '../glossary/store';
import type { RecordCounts } from './import-journal';
import type { ArchiveFacets, ReadoutSummary, TimelineEntry } from './archive-index';
import type {
  ArchivedReadout,
  ArchiveFilter,
  RelatedQuery,
  RelatedReadout,
  SaveInput,
  TimelineBy,
} from './schema';

export interface JobProgress {
  kind: 'import' | 'index' | 'migrate';
  done: number;
  total: number;
}

export interface ArchiveStatus {
  readouts: number;
  /** The long job running now, if any. */
  job: JobProgress | null;
  /** An import that has not ended, if any (see `PendingImport`). */
  pendingImport: PendingImport | null;
}

/**
 * An import in the journal. importing: its page is sending it; interrupted: the worker stopped
 * and its page has not resumed it (the user may undo it or keep what landed); rolling-back: being
 * undone; rollback-failed: the undo could not finish (the user may retry it or keep what landed).
 */
export interface PendingImport {
  phase: 'importing' | 'interrupted' | 'rolling-back' | 'rollback-failed';
  /** Lines of the backup applied (the header is line 1), of `total`. */
  linesDone: number;
  total: number;
  error?: string;
}

export interface ImportReport {
  readouts: number;
  glossary: number;
  /** Records the backup kept raw as unreadable: not imported. */
  skipped: number;
}

/** One page of an export: backup lines (lib/archive/backup-format.ts) and what they hold. */
export interface ExportPage {
  lines: string[];
  counts: RecordCounts;
  /** Where the next page starts (pass it as `after`), or null: this was the last. */
  next: string | null;
}

export interface ArchiveStore {
  /** Saving a page already archived updates its record (same id) and keeps its tags and note. */
  save(input: SaveInput): Promise<ArchivedReadout>;
  get(id: string): Promise<ArchivedReadout | null>;
  isSaved(url: string): Promise<boolean>;
  list(): Promise<ArchivedReadout[]>;
  /** Returns the removed record so the caller can offer undo through `restore`. */
  remove(id: string): Promise<ArchivedReadout | null>;
  restore(record: ArchivedReadout): Promise<void>;
  update(id: string, change: { tags?: string[]; note?: string }): Promise<ArchivedReadout>;
  related(query: RelatedQuery): Promise<RelatedReadout[]>;
  search(filter: ArchiveFilter): Promise<{ total: number; items: ReadoutSummary[] }>;
  timeline(by: TimelineBy): Promise<TimelineEntry[]>;
  facets(): Promise<ArchiveFacets>;
  /** The backup's record lines after the id `after` (null: from the start), a few MB at most. */
  exportPage(after: string | null): Promise<ExportPage>;
  /**
   * An import, all or nothing, sent in chunks of backup lines: `beginImport` with the header
   * line, `importChunk` with the lines after it in order (lines already applied are skipped, so a
   * chunk may be sent again after a worker stop; `resumeImport` says where to go on), then
   * `finishImport`. On any failure the import is undone, the archive is as it was, and the error
   * says why (or, if the undo cannot finish, says so, and `status().pendingImport` shows it).
   */
  beginImport(header: string): Promise<{ importId: string; linesDone: number }>;
  resumeImport(importId: string): Promise<{ linesDone: number }>;
  importChunk(importId: string, firstLine: number, lines: string[]): Promise<{ linesDone: number }>;
  finishImport(importId: string): Promise<ImportReport>;
  /** The page gave up (closed, or the file could not be read): the import is undone. */
  abortImport(importId: string): Promise<void>;
  /** For an interrupted import or a failed undo: undo it (again), or keep what was imported. */
  resolveImport(choice: 'undo' | 'keep'): Promise<void>;
  /** Rebuilds the derived indexes from the store, in resumable chunks. */
  rebuildIndexes(): Promise<void>;
  /** Rewrites records of older schema versions; returns how many were rewritten. */
  migrate(): Promise<number>;
  status(): ArchiveStatus;
  glossary: GlossaryStore;
  /** Waits for pending writes and persists the search index. */
  flush(): Promise<void>;
  /** Brings the derived indexes up to date with writes made by others (sync's replication). */
  refresh(): Promise<void>;
}

/** An error meant for the user: its message says what happened and what to do. */
export class ArchiveError extends Error {
  constructor(
    readonly code: 'quota' | 'invalid-import' | 'invalid-input' | 'import-failed' | 'not-found' | 'storage',
    message: string,
  ) {
    super(message);
    this.name = 'ArchiveError';
  }
}

export * from './schema';
export type { ArchiveFacets, Facet, ReadoutSummary, TimelineEntry } from './archive-index';
export type { ArchiveData } from './exchange';
export type { RecordCounts } from './import-journal';
