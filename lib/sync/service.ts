/**
 * Sync as the background runs it, free of `browser.*`: the replication engine, plus what
 * happens when documents arrive: their origin is recorded (for "Team: …" on prior readouts),
 * the archive's derived indexes catch up from the changes feed, and conflicts are merged (or
 * kept for the reader's choice). The entrypoint supplies storage, fetch and online events.
 */
import type { ArchiveStore } from '../archive';
import {
  chooseVersion,
  openConflicts,
  resolveConflicts,
  withConflicts,
  type OpenConflict,
} from './conflicts';
import type { FetchLike } from './http';
import type { OriginStore } from './origins';
import { createRemote, replicate } from './remote';
import { createSyncEngine, isSyncedId, type PulledDoc, type Replicate } from './replicator';
import { archiveLabel, type ArchiveName, type SyncSettings, type SyncTarget } from './settings';
import type { SyncState } from './state';

export interface SyncServiceDeps {
  local: PouchDB.Database;
  archive: () => Promise<ArchiveStore>;
  origins: OriginStore;
  fetch: FetchLike;
  onState?: (state: SyncState) => void;
  batchSize?: number;
  retryDelay?: (attempt: number) => number;
  /** Replaces PouchDB's replicate (tests count requests through `fetch` instead). */
  replicate?: Replicate;
  remoteFor?: (name: ArchiveName, target: SyncTarget) => PouchDB.Database;
}

export interface SyncService {
  configure(settings: SyncSettings): void;
  setOnline(online: boolean): void;
  kick(): void;
  state(): SyncState;
  /** The label of the archive a readout came from, when a team archive is in use. */
  archiveOf(id: string): string | undefined;
  conflicts(): Promise<OpenConflict[]>;
  choose(id: string, rev: string): Promise<void>;
  /** Waits until replication has caught up and arrived documents are processed. */
  idle(): Promise<void>;
  stop(): void;
}

export function createSyncService(deps: SyncServiceDeps): SyncService {
  let settings: SyncSettings = {};
  let arrivals: Promise<void> = Promise.resolve();

  const updateConflicts = async (found: string[], settled: string[]) => {
    const open = new Set(deps.origins.openConflicts());
    for (const id of settled) open.delete(id);
    for (const id of found) open.add(id);
    await deps.origins.setOpenConflicts([...open]);
    engine.setConflicts(open.size);
  };

  const onArrival = async (name: ArchiveName, docs: PulledDoc[]) => {
    const ids = [...new Set(docs.map((d) => d._id).filter(isSyncedId))];
    if (!ids.length) return;
    await deps.origins.record(name, ids);
    const conflicted = await withConflicts(deps.local, ids);
    const waiting = conflicted.length ? await resolveConflicts(deps.local, conflicted) : [];
    await updateConflicts(
      waiting,
      ids.filter((id) => !waiting.includes(id)),
    );
    await (await deps.archive()).refresh();
  };

  const engine = createSyncEngine({
    local: deps.local,
    replicate: deps.replicate ?? replicate,
    remoteFor: deps.remoteFor ?? ((_name, target) => createRemote(target, deps.fetch)),
    onPulled: (name, docs) => {
      // One batch at a time: conflict merging reads and writes the same documents.
      arrivals = arrivals.then(() => onArrival(name, docs)).catch(() => undefined);
      return arrivals;
    },
    fromTeam: (id) => deps.origins.of(id).includes('team'),
    refusals: deps.origins,
    ...(deps.onState ? { onState: deps.onState } : {}),
    ...(deps.batchSize ? { batchSize: deps.batchSize } : {}),
    ...(deps.retryDelay ? { retryDelay: deps.retryDelay } : {}),
  });
  engine.setConflicts(deps.origins.openConflicts().length);

  return {
    configure(next) {
      settings = next;
      engine.configure(next);
    },
    setOnline: (online) => engine.setOnline(online),
    kick: () => engine.kick(),
    state: () => engine.state(),
    archiveOf(id) {
      if (!settings.team?.enabled) return undefined;
      const from = deps.origins.of(id);
      return from.includes('team')
        ? archiveLabel('team', settings.team)
        : archiveLabel('personal', settings.personal);
    },
    conflicts: () => openConflicts(deps.local, deps.origins.openConflicts()),
    async choose(id, rev) {
      await chooseVersion(deps.local, id, rev);
      await updateConflicts([], [id]);
      await (await deps.archive()).refresh();
    },
    async idle() {
      await engine.idle();
      await arrivals;
    },
    stop: () => engine.stop(),
  };
}
