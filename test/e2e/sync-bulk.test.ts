/**
 * The initial sync of 10,000 readouts into an empty profile, in real Chromium through a real
 * pouchdb-server behind a counting proxy: the options page shows "Syncing N of M" rising, and a
 * service worker stopped midway resumes from its checkpoint (its changes feed starts past 0 and
 * it fetches no more than what was left).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, stopServiceWorker, type ExtensionBrowser } from './harness';
import { startCouchServer, type CouchServer } from '../../scripts/couch-server';
import { startCountingProxy, type CountingProxy, type ProxiedRequest } from '../../scripts/counting-proxy';
import { generateReadouts } from '../../bench/archive.bench';
import { openOptions, send, until } from './sync-helpers';

const COUNT = 10_000;
const DATABASE = 'bulk';
let couch: CouchServer;
let proxy: CountingProxy;
let b: ExtensionBrowser;

beforeAll(async () => {
  couch = await startCouchServer();
  await couch.createUser('carol', 'carol-pw');
  await couch.createDatabase(DATABASE, { members: ['carol'] });
  // Another device's archive, already on the server.
  const records = generateReadouts(COUNT);
  for (let i = 0; i < COUNT; i += 1000) {
    const docs = records.slice(i, i + 1000).map((r) => ({ ...r, _id: r.id }));
    const written = await couch.request(`${DATABASE}/_bulk_docs`, {
      method: 'POST',
      body: JSON.stringify({ docs }),
    });
    expect(written.status).toBe(201);
  }
  proxy = await startCountingProxy(couch.url);
  b = await launchExtension();
}, 120_000);
afterAll(async () => {
  await b?.close();
  await proxy?.close();
  await couch?.stop();
});

const progressOf = (line: string) => {
  const match = /^Syncing ([\d,]+) of ([\d,]+)/.exec(line);
  return match
    ? { done: Number(match[1]!.replace(/,/g, '')), total: Number(match[2]!.replace(/,/g, '')) }
    : null;
};
const sinceOf = (request: ProxiedRequest) =>
  Number(new URL(request.url, 'http://x').searchParams.get('since'));
const bulkGetDocs = (requests: ProxiedRequest[]) => requests.reduce((n, r) => n + r.bulkGetDocs, 0);

describe('initial sync of a large archive', () => {
  it('10,000 readouts arrive with "N of M" rising; a worker stopped midway resumes from its checkpoint', async () => {
    const options = await openOptions(b);
    const readouts = async () =>
      (await send<{ readouts: number }>(options, { type: 'archive/status' })).readouts;
    // What the reader sees, as it changes.
    const lines: string[] = [];
    let watching = true;
    const watcher = (async () => {
      while (watching) {
        const line =
          (await options
            .locator('p.sync-line')
            .textContent()
            .catch(() => null)) ?? '';
        if (line && line !== lines.at(-1)) lines.push(line);
        await new Promise((r) => setTimeout(r, 100));
      }
    })();

    await send(options, {
      type: 'sync/save-settings',
      name: 'personal',
      target: {
        enabled: true,
        url: proxy.url,
        database: DATABASE,
        credentials: { kind: 'basic', username: 'carol', password: 'carol-pw' },
        access: 'read-write',
        shareOwn: true,
        label: '',
      },
    });
    await until(async () => (await readouts()) >= COUNT * 0.3, 'a third of the readouts', 120_000);
    // Counted before the stop: the watcher sees the new worker's lines as soon as it starts.
    const linesBeforeStop = lines.length;
    expect(await stopServiceWorker(b, options)).toBe(true);
    const requestsBeforeStop = proxy.requests.length;
    const atStop = await readouts(); // this message starts the worker again

    await until(async () => (await readouts()) >= COUNT, `all ${COUNT} readouts`, 150_000);
    await options
      .locator('p.sync-line')
      .filter({ hasText: /^Synced/ })
      .waitFor({ timeout: 60_000 });
    watching = false;
    await watcher;

    // Progress before the stop: the whole archive as M, N rising.
    const first = lines
      .slice(0, linesBeforeStop)
      .map(progressOf)
      .filter((p) => p !== null);
    expect(first.length).toBeGreaterThanOrEqual(3);
    expect(first.every((p) => p.total === COUNT)).toBe(true);
    expect(first.map((p) => p.done)).toEqual(first.map((p) => p.done).sort((x, y) => x - y));
    expect(first.at(-1)!.done).toBeGreaterThan(first[0]!.done);
    // After the restart: "N of M" again, M what was left past the checkpoint (at most a batch
    // more than the readouts not yet indexed at the stop). The old worker's last line may come
    // first (seen between counting and stopping).
    const resumed = lines
      .slice(linesBeforeStop)
      .map(progressOf)
      .find((p) => p !== null && p.total < COUNT);
    expect(resumed?.total).toBeGreaterThan(0);
    expect(resumed?.total).toBeLessThanOrEqual(COUNT - atStop + 200);

    // Resumed, not resent: the new worker's changes feed starts at the checkpoint, and it
    // fetches about what was left (a batch or two read before the stop may come again).
    const after = proxy.requests.slice(requestsBeforeStop);
    const changes = after.filter((r) => r.url.includes('/_changes'));
    expect(sinceOf(changes[0]!)).toBeGreaterThan(0);
    expect(bulkGetDocs(after)).toBeLessThanOrEqual(COUNT - atStop + 1000);
    expect(bulkGetDocs(proxy.requests)).toBeLessThanOrEqual(COUNT + 1000);
    expect(await send<{ url: string }[]>(options, { type: 'archive/list' })).toHaveLength(COUNT);
  }, 300_000);
});
