/** Replication errors as reasons a reader can act on (never with credentials: none are in URLs). */
import type { SyncTarget } from './settings';

/** What went wrong, as the UI words it (`sync.reason.<code>` with `args`). */
export type SyncReasonCode = 'unauthorized' | 'refused' | 'no-database' | 'unreachable' | 'server-error';

export interface SyncReason {
  code: SyncReasonCode;
  args: string[];
  /** The reason in English, for logs. */
  text: string;
}

export function describeSyncError(
  error: unknown,
  target: Pick<SyncTarget, 'database' | 'url' | 'credentials'>,
): SyncReason {
  const e = (error ?? {}) as {
    status?: number;
    name?: string;
    message?: string;
    reason?: string;
    error?: string;
  };
  const host = hostOf(target.url);
  const reason = e.reason ?? e.message ?? '';
  const user = target.credentials.username;
  if (e.status === 401 || e.name === 'unauthorized')
    return {
      code: 'unauthorized',
      args: [host, user],
      text: `${host} refused the user name or password for "${user}".`,
    };
  if (e.status === 403 || e.name === 'forbidden') {
    // The server's own words stay as it wrote them, in brackets.
    const quoted = reason ? ` (${reason})` : '';
    return {
      code: 'refused',
      args: [target.database, quoted],
      text: `"${target.database}" refused a change${quoted}: it may be read-only for this user.`,
    };
  }
  if (e.status === 404 || e.name === 'not_found')
    return {
      code: 'no-database',
      args: [target.database, host],
      text: `There is no database "${target.database}" on ${host}.`,
    };
  if (
    e.status === undefined ||
    e.status === 0 ||
    /fetch|network|ECONNREFUSED|Failed/i.test(`${e.name} ${reason}`)
  )
    return { code: 'unreachable', args: [host], text: `Cannot reach ${host}; retrying.` };
  const answer = `${e.status}${reason ? `: ${reason}` : ''}`;
  return { code: 'server-error', args: [host, answer], text: `${host} answered ${answer}.` };
}

/** A server address as readers name it (host and port), or the text as typed when it is no URL. */
export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
