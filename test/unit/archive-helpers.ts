/**
 * Shared builders for the archive tests: readouts we write ourselves, and a real store on
 * PouchDB's memory adapter with the derived indexes on fake-indexeddb.
 */
import { IDBFactory } from 'fake-indexeddb';
import MemoryAdapter from 'pouchdb-adapter-memory';
import { createPouch, openArchive, type ArchiveOptions } from '../../lib/archive/pouch-store';
import { openIdbDerivedStore, type DerivedStore } from '../../lib/archive/derived-store';
import type { ArchiveStore, SaveInput } from '../../lib/archive';
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
  /** Opens a second store on the same databases, as a restarted service worker would. */
  reopen(options?: Partial<ArchiveOptions>): Promise<ArchiveStore>;
  /** A new connection to the same derived-index database. */
  openDerived(): Promise<DerivedStore>;
}

export async function openTestArchive(options: Partial<ArchiveOptions> = {}): Promise<TestArchive> {
  const name = `archive-test-${process.pid}-${++counter}`;
  const db = options.db ?? createPouch(name, 'memory', [MemoryAdapter]);
  const factory = new IDBFactory();
  const derived = options.derived ?? (await openIdbDerivedStore(`${name}-derived`, factory));
  const store = await openArchive({ searchSaveDelay: 10, ...options, db, derived });
  return {
    store,
    db,
    derived,
    reopen: async (more = {}) =>
      openArchive({
        searchSaveDelay: 10,
        db,
        derived: await openIdbDerivedStore(`${name}-derived`, factory),
        ...more,
      }),
    openDerived: () => openIdbDerivedStore(`${name}-derived`, factory),
  };
}
