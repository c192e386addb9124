/**
 * A CouchDB-compatible server for tests and benchmarks: pouchdb-server (npm) on 127.0.0.1 at a
 * free port, CORS on (it echoes the caller's origin and allows credentials), admin party off
 * (a server admin is set through /_config at start). Databases get members through
 * `_security`, which makes every request without a member's credentials a 401: what
 * `require_valid_user` does on Apache CouchDB (pouchdb-server has no such switch).
 * `kill()` and `start()` stop and restart the same server on the same port and data directory.
 * Idle connections stay open longer than clients keep them (couch-server-keep-alive.mjs).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface CouchServer {
  /** http://127.0.0.1:PORT/ */
  url: string;
  admin: { username: string; password: string };
  /** Makes a user (roles as given). */
  createUser(name: string, password: string, roles?: string[]): Promise<void>;
  /** Makes a database with `members` (user names) and, optionally, writers only among `writers`. */
  createDatabase(name: string, access: { members: string[]; writers?: string[] }): Promise<void>;
  /** An admin request (path relative to the server root). */
  request(path: string, init?: RequestInit): Promise<Response>;
  /** SIGKILL, as a crash: the data directory stays. */
  kill(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}

function serverBin(): string {
  const require = createRequire(import.meta.url);
  try {
    return require.resolve('pouchdb-server/bin/pouchdb-server');
  } catch {
    if (process.env['POUCHDB_SERVER_BIN']) return process.env['POUCHDB_SERVER_BIN'];
    throw new Error('pouchdb-server is not installed: run `npm ci` (it is a devDependency).');
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export async function startCouchServer(): Promise<CouchServer> {
  const dir = await mkdtemp(join(tmpdir(), 'readout-lens-couch-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  const admin = { username: 'admin', password: `admin-${Math.random().toString(36).slice(2)}` };
  const authorization = `Basic ${Buffer.from(`${admin.username}:${admin.password}`).toString('base64')}`;
  let child: ChildProcess | null = null;
  let adminSet = false;

  const request = (path: string, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    if (adminSet) headers.set('Authorization', authorization);
    if (init.body) headers.set('Content-Type', 'application/json');
    return fetch(url + path, { ...init, headers });
  };
  const must = async (path: string, init: RequestInit) => {
    const response = await request(path, init);
    if (!response.ok)
      throw new Error(`${init.method ?? 'GET'} ${path}: ${response.status} ${await response.text()}`);
  };

  const start = async () => {
    child = spawn(
      process.execPath,
      [
        '--import',
        pathToFileURL(join(import.meta.dirname, 'couch-server-keep-alive.mjs')).href,
        serverBin(),
        '--host',
        '127.0.0.1',
        '--port',
        String(port),
        '--dir',
        dir,
        '--config',
        join(dir, 'config.json'),
        '--no-stdout-logs',
        '--log',
        join(dir, 'log.txt'),
      ],
      { cwd: dir, stdio: ['ignore', 'ignore', process.env['COUCH_DEBUG'] ? 'inherit' : 'ignore'] },
    );
    const exited = new Promise<never>((_, reject) =>
      child!.once('exit', (code) => reject(new Error(`pouchdb-server exited (${code}) before answering`))),
    );
    for (let attempt = 0; ; attempt++) {
      const up = await Promise.race([
        fetch(url).then(
          (r) => r.ok,
          () => false,
        ),
        exited,
      ]);
      if (up) break;
      if (attempt > 300) throw new Error('pouchdb-server did not answer within 30 s');
      await new Promise((r) => setTimeout(r, 100));
    }
    child.removeAllListeners('exit');
  };

  const kill = async () => {
    const running = child;
    child = null;
    if (!running || running.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      running.once('exit', () => resolve());
      running.kill('SIGKILL');
    });
  };

  await start();
  // Admin party off: from here every admin request authenticates.
  await must('_config/admins/admin', { method: 'PUT', body: JSON.stringify(admin.password) });
  adminSet = true;

  return {
    url,
    admin,
    request,
    async createUser(name, password, roles = []) {
      await must(`_users/org.couchdb.user:${encodeURIComponent(name)}`, {
        method: 'PUT',
        body: JSON.stringify({ _id: `org.couchdb.user:${name}`, name, password, roles, type: 'user' }),
      });
    },
    async createDatabase(name, access) {
      await must(encodeURIComponent(name), { method: 'PUT' });
      await must(`${encodeURIComponent(name)}/_security`, {
        method: 'PUT',
        body: JSON.stringify({
          admins: { names: [], roles: [] },
          members: { names: access.members, roles: [] },
        }),
      });
      if (access.writers) {
        // CouchDB's way of a read-only database: a validate_doc_update that refuses other users.
        const writers = JSON.stringify(access.writers);
        await must(`${encodeURIComponent(name)}/_design/writers`, {
          method: 'PUT',
          body: JSON.stringify({
            validate_doc_update: `function (newDoc, oldDoc, userCtx) { if (userCtx.roles.indexOf('_admin') === -1 && ${writers}.indexOf(userCtx.name) === -1) throw({ forbidden: 'Only ' + ${writers}.join(', ') + ' may write here.' }); }`,
          }),
        });
      }
    },
    kill,
    start,
    async stop() {
      await kill();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
