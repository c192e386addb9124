/**
 * Which remote archive each readout came from, kept on this device only (it is a fact about
 * this device's copy, so it never replicates): a readout pulled from the team database shows
 * "Team: …" among a card's prior readouts. Also keeps the ids of conflicts waiting for a choice,
 * and what a server refused (replicator.ts: StoredRefusal), so a restart does not hide it.
 * Its own IndexedDB database beside the archive's; losing it loses only these labels and notes.
 */
import { done, request } from '../archive/derived-store';
import type { RefusalStore, StoredRefusal } from './replicator';
import type { ArchiveName } from './settings';

export interface OriginStore extends RefusalStore {
  /** The archives `id` came from (empty: saved here, or before sync). */
  of(id: string): readonly ArchiveName[];
  record(name: ArchiveName, ids: string[]): Promise<void>;
  openConflicts(): string[];
  setOpenConflicts(ids: string[]): Promise<void>;
}

const ORIGINS = 'origins';
const META = 'meta';
const REFUSALS = 'refusals';
type Refusals = Partial<Record<ArchiveName, StoredRefusal>>;

export async function openOriginStore(name: string, factory: IDBFactory = indexedDB): Promise<OriginStore> {
  const open = factory.open(name, 1);
  open.onupgradeneeded = () => {
    open.result.createObjectStore(ORIGINS);
    open.result.createObjectStore(META);
  };
  const db = await request(open);
  const origins = new Map<string, ArchiveName[]>();
  let conflicts: string[] = [];
  let refusals: Refusals = {};
  {
    const tx = db.transaction([ORIGINS, META], 'readonly');
    const keys = request(tx.objectStore(ORIGINS).getAllKeys());
    const values = request(tx.objectStore(ORIGINS).getAll() as IDBRequest<ArchiveName[][]>);
    const stored = request(tx.objectStore(META).get('conflicts') as IDBRequest<string[] | undefined>);
    const storedRefusals = request(tx.objectStore(META).get(REFUSALS) as IDBRequest<Refusals | undefined>);
    await done(tx);
    const allValues = await values;
    (await keys).forEach((key, i) => origins.set(String(key), allValues[i] ?? []));
    conflicts = (await stored) ?? [];
    refusals = (await storedRefusals) ?? {};
  }
  return {
    of: (id) => origins.get(id) ?? [],
    async record(archive, ids) {
      const changed = ids.filter((id) => !origins.get(id)?.includes(archive));
      if (!changed.length) return;
      const tx = db.transaction(ORIGINS, 'readwrite');
      for (const id of changed) {
        const next = [...(origins.get(id) ?? []), archive];
        origins.set(id, next);
        tx.objectStore(ORIGINS).put(next, id);
      }
      await done(tx);
    },
    openConflicts: () => [...conflicts],
    async setOpenConflicts(ids) {
      conflicts = [...new Set(ids)];
      const tx = db.transaction(META, 'readwrite');
      tx.objectStore(META).put(conflicts, 'conflicts');
      await done(tx);
    },
    refusal: (name) => refusals[name],
    async setRefusal(name, refusal) {
      const next = { ...refusals };
      if (refusal) next[name] = refusal;
      else delete next[name];
      refusals = next;
      const tx = db.transaction(META, 'readwrite');
      tx.objectStore(META).put(refusals, REFUSALS);
      await done(tx);
    },
  };
}
