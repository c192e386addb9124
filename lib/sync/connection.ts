/**
 * "Test connection": asks the server what the replication will ask, in order, and names the
 * first thing that stops it: the server cannot be reached, it answers but not to this
 * extension (CORS), it is not CouchDB, the user name or password is wrong, the database does
 * not exist or this user may not read it, or it is read-only for this user. Nothing it does
 * changes data the archive syncs (the write check writes and removes a document of its own).
 */
import { databaseUrl, serverRoot, type Credentials, type SyncTarget } from './settings';
import { authenticatedFetch, type FetchLike } from './http';

export type ConnectionProblem =
  | 'unreachable'
  | 'cors'
  | 'not-couchdb'
  | 'unauthorized'
  | 'no-database'
  | 'forbidden'
  | 'read-only'
  | 'server-error';

export type ConnectionVerdict =
  | { ok: true; access: 'read-write' | 'read-only'; user: string; message: string }
  | { ok: false; problem: ConnectionProblem; message: string };

export interface ProbeOptions {
  fetch: FetchLike;
  /**
   * The extension's origin. When set, the probe checks the server's CORS answer itself (Node has
   * no CORS); in a browser it is left out and a CORS refusal shows as a failed fetch that a
   * `no-cors` request to the same address survives.
   */
  checkCorsFor?: string;
  /** A random suffix for the write-check document (tests fix it). */
  nonce?: string;
}

type Probe = { response: Response; body: Record<string, unknown> } | { failed: 'unreachable' | 'cors' };

export async function testConnection(target: SyncTarget, options: ProbeOptions): Promise<ConnectionVerdict> {
  const root = serverRoot(target);
  const db = databaseUrl(target);
  const { credentials } = target;
  const where = new URL(root).host;

  const probe = async (url: string, init: RequestInit = {}): Promise<Probe> => {
    const headers = new Headers(init.headers);
    headers.set('Accept', 'application/json');
    if (options.checkCorsFor) headers.set('Origin', options.checkCorsFor);
    let response: Response;
    try {
      response = await send(url, { ...init, headers });
    } catch {
      return { failed: (await reachableWithoutCors(options.fetch, url)) ? 'cors' : 'unreachable' };
    }
    if (options.checkCorsFor && !corsAllows(response, options.checkCorsFor)) return { failed: 'cors' };
    const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
    return { response, body };
  };

  // Cookie sessions log in through _session; basic auth sends the header on every request.
  const send = authenticatedFetch(options.fetch, root, credentials);

  const failure = (problem: ConnectionProblem, message: string): ConnectionVerdict => ({
    ok: false,
    problem,
    message,
  });
  const transport = (p: { failed: 'unreachable' | 'cors' }) =>
    p.failed === 'cors'
      ? failure(
          'cors',
          `${where} answers, but not to this extension: CORS is not enabled on the server. Turn on CORS (enable_cors = true, with origins that include ${options.checkCorsFor ?? 'this extension'}, credentials = true), or allow Readout Lens to access the site when it asks.`,
        )
      : failure(
          'unreachable',
          `Cannot reach ${where}: check the address and port, that the server is running, and your network.`,
        );
  const unexpected = (p: { response: Response; body: Record<string, unknown> }, what: string) =>
    failure(
      'server-error',
      `The server answered ${p.response.status} to ${what}${reasonOf(p.body) ? `: ${reasonOf(p.body)}` : ''}.`,
    );

  // 1. The server itself.
  const welcome = await probe(root);
  if ('failed' in welcome) return transport(welcome);
  if (welcome.response.status === 401) return wrongCredentials(credentials, where);
  if (!welcome.response.ok) return unexpected(welcome, 'the address');
  if (!('couchdb' in welcome.body) && !('express-pouchdb' in welcome.body))
    return failure(
      'not-couchdb',
      `${where} answers, but it is not a CouchDB server (no "Welcome" at ${root}). Check the address and port.`,
    );

  // 2. Who we are (a wrong password is a 401 here, or an anonymous session).
  const session = await probe(root + '_session');
  if ('failed' in session) return transport(session);
  if (session.response.status === 401) return wrongCredentials(credentials, where);
  const user = ((session.body['userCtx'] as { name?: string | null } | undefined)?.name ?? null) as
    string | null;
  if (user === null) return wrongCredentials(credentials, where);

  // 3. The database.
  const info = await probe(db);
  if ('failed' in info) return transport(info);
  if (info.response.status === 404)
    return failure(
      'no-database',
      `There is no database "${target.database}" on ${where}. Check the name, or ask the server's admin to create it (and to add ${user} as a member).`,
    );
  if (info.response.status === 401 || info.response.status === 403)
    return failure(
      'forbidden',
      `${user} may not read the database "${target.database}": ask its admin to add ${user} to its members.`,
    );
  if (!info.response.ok) return unexpected(info, 'the database');

  // 4. Whether this user may write (a validate_doc_update function is how CouchDB makes a
  //    database read-only for some users); only asked when writing is wanted.
  if (target.access === 'read-only')
    return { ok: true, access: 'read-only', user, message: okMessage(target, user, where, 'read-only') };
  const checkId = `readout-lens-write-check:${options.nonce ?? Math.random().toString(36).slice(2)}`;
  const write = await probe(`${db}/${encodeURIComponent(checkId)}`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ purpose: 'Readout Lens checks that it may write here; removed at once.' }),
  });
  if ('failed' in write) return transport(write);
  if (write.response.status === 401 || write.response.status === 403)
    return failure(
      'read-only',
      `The database "${target.database}" is read-only for ${user}${reasonOf(write.body) ? ` (${reasonOf(write.body)})` : ''}. Join it read-only, or ask its admin for write access.`,
    );
  if (!write.response.ok) return unexpected(write, 'a test write');
  const rev = write.body['rev'];
  if (typeof rev === 'string')
    await probe(`${db}/${encodeURIComponent(checkId)}?rev=${encodeURIComponent(rev)}`, { method: 'DELETE' });
  return { ok: true, access: 'read-write', user, message: okMessage(target, user, where, 'read-write') };
}

function okMessage(target: SyncTarget, user: string, where: string, access: string): string {
  return `Connected to "${target.database}" on ${where} as ${user} (${access}).`;
}

function wrongCredentials(credentials: Credentials, where: string): ConnectionVerdict {
  return {
    ok: false,
    problem: 'unauthorized',
    message: `${where} refused the user name or password (user "${credentials.username}"). Check both and try again.`,
  };
}

function reasonOf(body: Record<string, unknown>): string {
  return typeof body['reason'] === 'string' ? body['reason'] : '';
}

/** CORS as a browser reads it for a credentialed request: the origin echoed, credentials allowed. */
export function corsAllows(response: Response, origin: string): boolean {
  const allowOrigin = response.headers.get('access-control-allow-origin');
  const allowCredentials = response.headers.get('access-control-allow-credentials');
  return allowOrigin === origin && allowCredentials === 'true';
}

/** A `no-cors` request resolves (opaquely) when the server answers at all, whatever its CORS. */
async function reachableWithoutCors(fetch: FetchLike, url: string): Promise<boolean> {
  try {
    await fetch(url, { mode: 'no-cors', credentials: 'omit' });
    return true;
  } catch {
    return false;
  }
}
