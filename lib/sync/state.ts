/**
 * What the popup and the options page show about sync: per database synced / syncing N of M /
 * paused / error with the reason, and one line that sums them up.
 */
import type { ArchiveName } from './settings';
import type { SyncReasonCode } from './errors';
import { getLocale, t } from '../i18n';

export type SyncPhase = 'off' | 'starting' | 'syncing' | 'synced' | 'paused' | 'error';

export interface ArchiveSyncState {
  name: ArchiveName;
  label: string;
  phase: SyncPhase;
  /** Documents handled in this run and the estimate of all to handle (while syncing). */
  done: number;
  total: number;
  /** Why it is paused or failing, in English words a reader can act on ('offline' when offline). */
  reason?: string;
  /** The same reason for the UI to word in its language: `sync.reason.<code>` with these args. */
  reasonCode?: SyncReasonCode;
  reasonArgs?: string[];
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

/** Counts as the UI language writes them ("10,000"). */
export const numberLocale = (): string => (getLocale() === 'en' ? 'en-US' : getLocale());

/**
 * Why a database is paused or failing, in the UI language ("offline", or the replication's error
 * by its code; the server's own words stay quoted as it wrote them).
 */
export function reasonText(
  a: ArchiveSyncState,
  fallback: 'sync.reason.paused' | 'sync.reason.unknown',
): string {
  if (a.reason === 'offline') return t('sync.reason.offline');
  if (a.reasonCode) return t(`sync.reason.${a.reasonCode}`, ...(a.reasonArgs ?? []));
  return a.reason ?? t(fallback);
}

/** One line for the popup: "Sync: synced", "Sync: syncing 120 of 10,000", "Sync error: …". */
export function syncLine(state: SyncState): string | null {
  const active = state.archives.filter((a) => a.phase !== 'off');
  if (!active.length) return null;
  const withConflicts = (line: string) =>
    state.conflicts === 0
      ? line
      : state.conflicts === 1
        ? t('sync.line.conflictsOne', line)
        : t('sync.line.conflicts', line, state.conflicts.toLocaleString(numberLocale()));
  const named = (a: ArchiveSyncState, text: string) =>
    active.length > 1 ? t('sync.line.named', a.label, text) : text;
  const failing = active.find((a) => a.phase === 'error');
  if (failing)
    return withConflicts(t('sync.line.error', named(failing, reasonText(failing, 'sync.reason.unknown'))));
  if (!state.online) return withConflicts(t('sync.line.offline'));
  const syncing = active.filter((a) => a.phase === 'syncing' || a.phase === 'starting');
  if (syncing.length) {
    const done = syncing.reduce((n, a) => n + a.done, 0);
    const total = syncing.reduce((n, a) => n + a.total, 0);
    return withConflicts(
      total > 0
        ? t(
            'sync.line.syncingCount',
            done.toLocaleString(numberLocale()),
            total.toLocaleString(numberLocale()),
          )
        : t('sync.line.syncing'),
    );
  }
  const paused = active.find((a) => a.phase === 'paused');
  if (paused)
    return withConflicts(t('sync.line.paused', named(paused, reasonText(paused, 'sync.reason.paused'))));
  return withConflicts(t('sync.line.synced'));
}
