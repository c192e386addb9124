/**
 * The import journal, in its own IndexedDB database: what each record held before an import
 * overwrote it (written once per record, before the overwrite), and a small state (import id,
 * phase, lines applied). A failed import is undone from it; a restarted worker finishes an undo,
 * and never finishes an import by itself (the file is in the page that sent it, not here).
 */
import { done, request } from './derived-store';

export type StoredDoc = Record<string, unknown> & { _id: string; _rev?: string };

export interface RecordCounts {
  readouts: number;
  glossary: number;
  /** Records a backup kept raw because they could not be read; imports leave them out. */
  unreadable: number;
}

export interface ImportState {
  importId: string;
  /**
   * importing: chunks are landing (a restarted worker waits for the page to resume, or for the
   * user to undo or keep it); rolling-back: a failure decided to undo, a restarted worker finishes
   * it; rollback-failed: the undo could not finish, the user decides (retry or keep).
   */
  phase: 'importing' | 'rolling-back' | 'rollback-failed';
  /** Lines of the backup applied so far (the header is line 1). */
  linesDone: number;
  /** What the backup's header announced, and what has landed. */
  expected: RecordCounts;
  seen: RecordCounts;
  /** Why the import failed, and why the undo did not finish. */
  error?: string;
}

export interface JournalEntry {
  id: string;
  /** The backup line that wrote this id (a second line with the same id is a duplicate). */
  line: number;
  /** The record before the import (without `_rev`), or null: the id was free. */
  previous: StoredDoc | null;
}

export interface ImportJournal {
  state(): Promise<ImportState | null>;
  setState(state: ImportState): Promise<void>;
  /**
   * Records each entry's previous version unless the id has one already (a chunk sent again
   * after a worker stop finds its own entries): the first one is what the archive held before.
   * Returns, for ids already journaled, the line that journaled them.
   */
  keepPrevious(entries: JournalEntry[]): Promise<Map<string, number>>;
  /** Entries in id order after `after` (null: from the start), at most `limit`. */
  entries(after: string | null, limit: number): Promise<JournalEntry[]>;
  /** Forgets the import: its state and every entry. */
  clear(): Promise<void>;
}

const STATE = 'state';
const PREVIOUS = 'previous';
const STATE_KEY = 'import';

export async function openIdbImportJournal(
  name: string,
  factory: IDBFactory = indexedDB,
  keyRange: typeof IDBKeyRange = IDBKeyRange,
): Promise<ImportJournal> {
  const open = factory.open(name, 1);
  open.onupgradeneeded = () => {
    open.result.createObjectStore(STATE);
    open.result.createObjectStore(PREVIOUS, { keyPath: 'id' });
  };
  const db = await request(open);

  return {
    async state() {
      const tx = db.transaction(STATE, 'readonly');
      return ((await request(tx.objectStore(STATE).get(STATE_KEY))) as ImportState | undefined) ?? null;
    },
    async setState(state) {
      const tx = db.transaction(STATE, 'readwrite');
      tx.objectStore(STATE).put(state, STATE_KEY);
      await done(tx);
    },
    async keepPrevious(entries) {
      const tx = db.transaction(PREVIOUS, 'readwrite');
      const store = tx.objectStore(PREVIOUS);
      const journaled = new Map<string, number>();
      for (const entry of entries) {
        const existing = store.get(entry.id) as IDBRequest<JournalEntry | undefined>;
        existing.onsuccess = () => {
          if (existing.result) journaled.set(entry.id, existing.result.line);
          else store.put(entry);
        };
      }
      await done(tx);
      return journaled;
    },
    async entries(after, limit) {
      const tx = db.transaction(PREVIOUS, 'readonly');
      const range = after === null ? undefined : keyRange.lowerBound(after, true);
      return (await request(tx.objectStore(PREVIOUS).getAll(range, limit))) as JournalEntry[];
    },
    async clear() {
      const tx = db.transaction([STATE, PREVIOUS], 'readwrite');
      tx.objectStore(STATE).clear();
      tx.objectStore(PREVIOUS).clear();
      await done(tx);
    },
  };
}
