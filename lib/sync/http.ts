/**
 * The two ways of logging in to CouchDB, as `fetch` wrappers PouchDB's http adapter takes:
 * basic auth (an Authorization header on every request) and a cookie session (`POST _session`
 * once, the browser keeps the AuthSession cookie, log in again when it expires). The password
 * goes only into those headers and bodies, never into a URL.
 */
import type { Credentials } from './settings';

export type FetchLike = (url: string, init?: RequestInit) => Promise<Response>;

export function authorizationHeader(credentials: Pick<Credentials, 'username' | 'password'>): string {
  const bytes = new TextEncoder().encode(`${credentials.username}:${credentials.password}`);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `Basic ${btoa(binary)}`;
}

/** Logs in to `root`_session on first use and again after a 401 (the session expired). */
export function createSessionFetch(fetch: FetchLike, root: string, credentials: Credentials): FetchLike {
  let session: Promise<void> | null = null;
  const login = async () => {
    const response = await fetch(`${root}_session`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ name: credentials.username, password: credentials.password }),
    });
    await response.body?.cancel();
  };
  return async (url, init = {}) => {
    const send = () => fetch(url, { ...init, credentials: 'include' });
    const current = (session ??= login().catch((error: unknown) => {
      session = null;
      throw error;
    }));
    await current;
    const response = await send();
    if (response.status !== 401) return response;
    if (session === current) session = login();
    await session;
    return send();
  };
}

/** The fetch PouchDB's http adapter should use for `credentials`. */
export function authenticatedFetch(fetch: FetchLike, root: string, credentials: Credentials): FetchLike {
  if (credentials.kind === 'cookie') return createSessionFetch(fetch, root, credentials);
  const header = authorizationHeader(credentials);
  return (url, init = {}) => {
    const headers = new Headers(init.headers);
    headers.set('Authorization', header);
    // No cookies: a session cookie of another user must not stand in for these credentials.
    return fetch(url, { ...init, headers, credentials: 'omit' });
  };
}
