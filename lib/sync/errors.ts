/** Replication errors as reasons a reader can act on (never with credentials: none are in URLs). */
import type { SyncTarget } from './settings';

export function describeSyncError(
  error: unknown,
  target: Pick<SyncTarget, 'database' | 'url' | 'credentials'>,
): string {
  const e = (error ?? {}) as {
    status?: number;
    name?: string;
    message?: string;
    reason?: string;
    error?: string;
  };
  const host = hostOf(target.url);
  const reason = e.reason ?? e.message ?? '';
  if (e.status === 401 || e.name === 'unauthorized')
    return `${host} refused the user name or password for "${target.credentials.username}".`;
  if (e.status === 403 || e.name === 'forbidden')
    return `"${target.database}" refused a change${reason ? ` (${reason})` : ''}: it may be read-only for this user.`;
  if (e.status === 404 || e.name === 'not_found')
    return `There is no database "${target.database}" on ${host}.`;
  if (
    e.status === undefined ||
    e.status === 0 ||
    /fetch|network|ECONNREFUSED|Failed/i.test(`${e.name} ${reason}`)
  )
    return `Cannot reach ${host}; retrying.`;
  return `${host} answered ${e.status}${reason ? `: ${reason}` : ''}.`;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
