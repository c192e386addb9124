/** Shared by the sync unit tests: a target for the test server, and a cookie jar for Node's fetch. */
import type { FetchLike } from '../../lib/sync/http';
import type { SyncTarget } from '../../lib/sync/settings';

export function targetFor(
  url: string,
  database: string,
  username: string,
  password: string,
  more: Partial<SyncTarget> = {},
): SyncTarget {
  return {
    enabled: true,
    url,
    database,
    credentials: { kind: 'basic', username, password },
    access: 'read-write',
    shareOwn: true,
    label: '',
    ...more,
  };
}

/** Node's fetch keeps no cookies; a browser does. This keeps them per host, as a browser would. */
export function withCookieJar(fetch: FetchLike): FetchLike & { cookies: Map<string, string> } {
  const cookies = new Map<string, string>();
  const wrapped = async (url: string, init: RequestInit = {}) => {
    const host = new URL(url).host;
    const headers = new Headers(init.headers);
    const cookie = cookies.get(host);
    if (cookie && init.credentials === 'include') headers.set('Cookie', cookie);
    const response = await fetch(url, { ...init, headers });
    const set = response.headers.get('set-cookie');
    if (set) cookies.set(host, set.split(';')[0]!);
    return response;
  };
  return Object.assign(wrapped, { cookies });
}
