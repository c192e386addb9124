/**
 * What the popup and the options page show about sync: per database synced / syncing N of M /
 * paused / error with the reason, and one line that sums them up.
 */
import type { ArchiveName } from './settings';

export type SyncPhase = 'off' | 'starting' | 'syncing' | 'synced' | 'paused' | 'error';

export interface ArchiveSyncState {
  name: ArchiveName;
  label: string;
  phase: SyncPhase;
  /** Documents handled in this run and the estimate of all to handle (while syncing). */
  done: number;
  total: number;
  /** Why it is paused or failing, in words a reader can act on. */
  reason?: string;
  /** ISO time of the last moment both directions were caught up. */
  lastSynced?: string;
  access: 'read-write' | 'read-only';
}

export interface SyncState {
  online: boolean;
  archives: ArchiveSyncState[];
  /** Readouts and glossary entries whose conflicting versions wait for a choice. */
  conflicts: number;
}

export const NO_SYNC: SyncState = { online: true, archives: [], conflicts: 0 };

/** One line for the popup: "Sync: synced", "Sync: syncing 120 of 10,000", "Sync error: …". */
export function syncLine(state: SyncState): string | null {
  const active = state.archives.filter((a) => a.phase !== 'off');
  if (!active.length) return null;
  const suffix = state.conflicts
    ? ` · ${state.conflicts} conflict${state.conflicts === 1 ? '' : 's'} to review`
    : '';
  const named = (a: ArchiveSyncState) => (active.length > 1 ? `${a.label}: ` : '');
  const failing = active.find((a) => a.phase === 'error');
  if (failing) return `Sync error: ${named(failing)}${failing.reason ?? 'unknown error'}${suffix}`;
  if (!state.online) return `Sync paused: offline${suffix}`;
  const syncing = active.filter((a) => a.phase === 'syncing' || a.phase === 'starting');
  if (syncing.length) {
    const done = syncing.reduce((n, a) => n + a.done, 0);
    const total = syncing.reduce((n, a) => n + a.total, 0);
    return total > 0
      ? `Syncing ${done.toLocaleString('en-US')} of ${total.toLocaleString('en-US')}${suffix}`
      : `Syncing…${suffix}`;
  }
  const paused = active.find((a) => a.phase === 'paused');
  if (paused) return `Sync paused: ${named(paused)}${paused.reason ?? 'paused'}${suffix}`;
  return `Synced${suffix}`;
}
