/**
 * The archive store behind one small interface. The background is its only user.
 */
import type { GlossaryStore } from '../glossary/store';
import type { ArchiveFacets, ReadoutSummary, TimelineEntry } from './archive-index';
import type { ArchiveData } from './exchange';
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
}

export interface ImportReport {
  readouts: number;
  glossary: number;
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
  exportData(): Promise<ArchiveData>;
  /** All or nothing: on any failure the archive is as it was, and the error says why. */
  importJson(text: string): Promise<ImportReport>;
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
