/**
 * "Test connection" against a real pouchdb-server on loopback (wrong password, no such
 * database, not a member, read-only through validate_doc_update, cookie sessions) and against
 * small node servers for what pouchdb-server cannot be made to do (CORS off, not CouchDB).
 */
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testConnection } from '../../lib/sync/connection';
import { startCouchServer, type CouchServer } from '../../scripts/couch-server';
import { targetFor, withCookieJar } from './sync-helpers';

const ORIGIN = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';
let couch: CouchServer;

beforeAll(async () => {
  couch = await startCouchServer();
  await couch.createUser('alice', 'alice-pw');
  await couch.createUser('bob', 'bob-pw');
  await couch.createDatabase('desk', { members: ['alice', 'bob'], writers: ['alice'] });
  await couch.createDatabase('alice-only', { members: ['alice'] });
}, 60_000);
afterAll(async () => {
  await couch?.stop();
});

const probe = {
  fetch: (url: string, init?: RequestInit) => fetch(url, init),
  checkCorsFor: ORIGIN,
  nonce: 'test',
};

describe('testConnection against pouchdb-server', () => {
  it('connects a member with write access and leaves no document behind', async () => {
    const verdict = await testConnection(targetFor(couch.url, 'desk', 'alice', 'alice-pw'), probe);
    expect(verdict).toMatchObject({ ok: true, access: 'read-write', user: 'alice' });
    const check = await couch.request('desk/readout-lens-write-check:test');
    expect(check.status).toBe(404);
  });

  it('names a wrong password', async () => {
    const verdict = await testConnection(targetFor(couch.url, 'desk', 'alice', 'wrong'), probe);
    expect(verdict).toMatchObject({ ok: false, problem: 'unauthorized' });
    expect(verdict.message).toContain('alice');
    expect(verdict.message).not.toContain('wrong');
  });

  it('names a database that does not exist', async () => {
    const verdict = await testConnection(targetFor(couch.url, 'no-such-db', 'alice', 'alice-pw'), probe);
    expect(verdict).toMatchObject({ ok: false, problem: 'no-database' });
    expect(verdict.message).toContain('no-such-db');
  });

  it('names a database the user is not a member of', async () => {
    const verdict = await testConnection(targetFor(couch.url, 'alice-only', 'bob', 'bob-pw'), probe);
    expect(verdict).toMatchObject({ ok: false, problem: 'forbidden' });
  });

  it('names a database that is read-only for this user, and accepts it when joined read-only', async () => {
    const readWrite = await testConnection(targetFor(couch.url, 'desk', 'bob', 'bob-pw'), probe);
    expect(readWrite).toMatchObject({ ok: false, problem: 'read-only' });
    expect(readWrite.message).toContain('Only alice may write here');
    const readOnly = await testConnection(
      targetFor(couch.url, 'desk', 'bob', 'bob-pw', { access: 'read-only' }),
      probe,
    );
    expect(readOnly).toMatchObject({ ok: true, access: 'read-only', user: 'bob' });
  });

  it('logs in with a cookie session and sends no password after that', async () => {
    const jar = withCookieJar((url, init) => fetch(url, init));
    const sent: string[] = [];
    const spy = (url: string, init: RequestInit = {}) => {
      sent.push(
        `${init.method ?? 'GET'} ${new URL(url).pathname} ${new Headers(init.headers).get('authorization') ?? ''}`,
      );
      return jar(url, init);
    };
    const target = targetFor(couch.url, 'desk', 'alice', 'alice-pw', {
      credentials: { kind: 'cookie', username: 'alice', password: 'alice-pw' },
    });
    const verdict = await testConnection(target, { ...probe, fetch: spy });
    expect(verdict).toMatchObject({ ok: true, user: 'alice' });
    expect(jar.cookies.size).toBe(1);
    expect(sent[0]).toMatch(/^POST \/_session/);
    expect(sent.every((line) => !line.includes('Basic'))).toBe(true);
    const wrong = await testConnection(
      { ...target, credentials: { ...target.credentials, password: 'nope' } },
      { ...probe, fetch: withCookieJar((url, init) => fetch(url, init)) },
    );
    expect(wrong).toMatchObject({ ok: false, problem: 'unauthorized' });
  });

  it('names a server that is not running', async () => {
    const port = Number(new URL(couch.url).port);
    const verdict = await testConnection(targetFor(`http://127.0.0.1:${port + 1}/`, 'desk', 'a', 'b'), probe);
    expect(verdict).toMatchObject({ ok: false, problem: 'unreachable' });
  });
});

describe('testConnection against servers that answer like CouchDB', () => {
  let plain: Server;
  let url = '';
  beforeAll(async () => {
    // CouchDB with CORS off (its default): the answers are right, the CORS headers missing.
    plain = createServer((req, res) => {
      res.setHeader('content-type', 'application/json');
      if (req.url === '/') return void res.end(JSON.stringify({ couchdb: 'Welcome', version: '3.5.0' }));
      if (req.url === '/_session')
        return void res.end(JSON.stringify({ ok: true, userCtx: { name: 'alice', roles: [] } }));
      res.statusCode = 404;
      res.end(JSON.stringify({ error: 'not_found', reason: 'missing' }));
    });
    await new Promise<void>((ok) => plain.listen(0, '127.0.0.1', ok));
    const address = plain.address();
    url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
  });
  afterAll(() => new Promise<void>((ok) => plain.close(() => ok())));

  it('names CORS when the server answers without allowing the extension', async () => {
    const verdict = await testConnection(targetFor(url, 'desk', 'alice', 'pw'), probe);
    expect(verdict).toMatchObject({ ok: false, problem: 'cors' });
    expect(verdict.message).toContain(ORIGIN);
  });

  it('names CORS in a browser, where the refused request fails and a no-cors one gets through', async () => {
    const browserLike = async (target: string, init: RequestInit = {}) => {
      if (init.mode === 'no-cors') return new Response(null, { status: 200 });
      void target;
      throw new TypeError('Failed to fetch');
    };
    const verdict = await testConnection(targetFor(url, 'desk', 'alice', 'pw'), { fetch: browserLike });
    expect(verdict).toMatchObject({ ok: false, problem: 'cors' });
  });

  it('names a server that is not CouchDB', async () => {
    const other = createServer((_req, res) => {
      res.setHeader('access-control-allow-origin', ORIGIN);
      res.setHeader('access-control-allow-credentials', 'true');
      res.end('<html>hello</html>');
    });
    await new Promise<void>((ok) => other.listen(0, '127.0.0.1', ok));
    const address = other.address();
    const otherUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
    const verdict = await testConnection(targetFor(otherUrl, 'desk', 'alice', 'pw'), probe);
    await new Promise<void>((ok) => other.close(() => ok()));
    expect(verdict).toMatchObject({ ok: false, problem: 'not-couchdb' });
  });
});
