/**
 * Shared builders for the archive tests: readouts we write ourselves, and a real store on
 * PouchDB's memory adapter with the derived indexes on fake-indexeddb.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import MemoryAdapter from 'pouchdb-adapter-memory';
import { createPouch, openArchive, type ArchiveOptions } from '../../lib/archive/pouch-store';
import { openIdbDerivedStore, type DerivedStore } from '../../lib/archive/derived-store';
import { openIdbImportJournal, type ImportJournal } from '../../lib/archive/import-journal';
import {
  backupParts,
  exportBackup,
  importFile,
  serveBackupPort,
  type PortLike,
} from '../../lib/archive/backup-transfer';
import { describeError } from '../../lib/background-router';
import type { ArchiveData, ArchiveStore, SaveInput } from '../../lib/archive';
import { EXPORT_FORMAT, EXPORT_VERSION } from '../../lib/archive/exchange';
import type { FoundEntity } from '../../lib/model';

export interface ReadoutSpec {
  url: string;
  title?: string;
  date?: string | null;
  ministry?: string | null;
  body?: string[];
  language?: string;
  /** Officials who took part: [key, name, country]. */
  participants?: [string, string, string?][];
  /** Officials only mentioned. */
  mentioned?: [string, string][];
  agreements?: [string, string][];
}

export function readoutInput(spec: ReadoutSpec): SaveInput {
  const participants = spec.participants ?? [];
  const official = ([key, name, country]: [string, string, string?]): FoundEntity => ({
    key,
    kind: 'official',
    name,
    id: key,
    surfaces: [name],
    mentions: 1,
    ...(country ? { country } : {}),
  });
  return {
    url: spec.url,
    readout: {
      isReadout: true,
      pageKind: 'readout',
      ministry: spec.ministry ?? 'cn-mfa',
      title: spec.title ?? `Readout at ${spec.url}`,
      date: spec.date === undefined ? '2024-01-01' : spec.date,
      place: null,
      language: spec.language ?? 'en',
      participants: participants.map(([, name, country]) => ({ name, ...(country ? { country } : {}) })),
      body: spec.body ?? ['The two sides held talks.'],
    },
    entities: [
      ...participants.map(official),
      ...(spec.mentioned ?? []).map(([key, name]) => official([key, name])),
      ...(spec.agreements ?? []).map(([key, name]): FoundEntity => ({
        key,
        kind: 'agreement',
        name,
        id: key,
        surfaces: [name],
        mentions: 1,
      })),
    ],
    participantKeys: participants.map(([key]) => key),
  };
}

let counter = 0;

export interface TestArchive {
  store: ArchiveStore;
  db: PouchDB.Database;
  derived: DerivedStore;
  journal: ImportJournal;
  /** Opens a second store on the same databases, as a restarted service worker would. */
  reopen(options?: Partial<ArchiveOptions>): Promise<ArchiveStore>;
  /** A new connection to the same derived-index database. */
  openDerived(): Promise<DerivedStore>;
}

export async function openTestArchive(options: Partial<ArchiveOptions> = {}): Promise<TestArchive> {
  const name = `archive-test-${process.pid}-${++counter}`;
  const db = options.db ?? createPouch(name, 'memory', [MemoryAdapter]);
  const factory = new IDBFactory();
  const derived = options.derived ?? (await openIdbDerivedStore(`${name}-derived`, factory, IDBKeyRange));
  const openJournal = () => openIdbImportJournal(`${name}-journal`, factory, IDBKeyRange);
  const journal = options.journal ?? (await openJournal());
  const store = await openArchive({ searchSaveDelay: 10, ...options, db, derived, journal });
  return {
    store,
    db,
    derived,
    journal,
    reopen: async (more = {}) =>
      openArchive({
        searchSaveDelay: 10,
        db,
        derived: await openIdbDerivedStore(`${name}-derived`, factory, IDBKeyRange),
        journal: await openJournal(),
        ...more,
      }),
    openDerived: () => openIdbDerivedStore(`${name}-derived`, factory, IDBKeyRange),
  };
}

/**
 * Two ends of a `runtime.Port`, as Chrome connects them: messages are copied and arrive later,
 * and `disconnect` on one end fires `onDisconnect` on the other only.
 */
export function portPair(): [PortLike, PortLike] {
  const make = () => ({
    messages: [] as ((message: unknown) => void)[],
    disconnects: [] as (() => void)[],
    open: true,
  });
  const a = make();
  const b = make();
  const end = (self: typeof a, other: typeof a): PortLike => ({
    postMessage(message) {
      if (!self.open) throw new Error('Attempting to use a disconnected port object');
      const copy = structuredClone(message);
      setTimeout(() => other.open && other.messages.forEach((listener) => listener(copy)));
    },
    onMessage: { addListener: (listener) => void self.messages.push(listener) },
    onDisconnect: { addListener: (listener) => void self.disconnects.push(listener) },
    disconnect() {
      if (!self.open) return;
      self.open = false;
      other.open = false;
      setTimeout(() => other.disconnects.forEach((listener) => listener()));
    },
  });
  return [end(a, b), end(b, a)];
}

/** What the archive page does to reach the background: a port served by `store`. */
export const connectTo = (store: ArchiveStore) => (): PortLike => {
  const [page, background] = portPair();
  serveBackupPort(background, () => Promise.resolve(store), describeError);
  return page;
};

/** The store's backup file, as the archive page writes it (fixed date, so two compare). */
export async function backupText(store: ArchiveStore): Promise<string> {
  return backupParts(await exportBackup(connectTo(store)), 'fixed').join('');
}

/** Imports a backup file's text as the archive page does. */
export const importText = (store: ArchiveStore, text: string, chunkLines?: number) =>
  importFile(connectTo(store), new Blob([text]), undefined, chunkLines);

/** A version 1 backup (one JSON document), as the extension wrote them before JSON Lines. */
export function toExportJson(data: ArchiveData, exportedAt: string = new Date().toISOString()): string {
  const sortedById = <T extends { id: string }>(items: T[]) =>
    [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return JSON.stringify({
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt,
    readouts: sortedById(data.readouts),
    glossary: sortedById(data.glossary),
    ...(data.unreadable?.length ? { unreadable: data.unreadable } : {}),
  });
}
