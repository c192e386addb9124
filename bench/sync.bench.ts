/**
 * Sync (issue 12), measured in real Chromium on the built extension (`npx wxt build` first)
 * against a real pouchdb-server on loopback, behind a counting proxy:
 *
 * - initial sync of 10,000 readouts (1,000 with --quick) to an empty profile: time, requests
 *   made to the server, and how many distinct "syncing N of M" lines the reader saw;
 * - save-to-arrival: a save in one profile until the other profile has it.
 *
 * The peer, measured in the same run: a plain export-then-import of the same archive into an
 * empty profile (what a reader without sync does to move the archive, or one new save).
 */
import type { Page } from 'playwright-core';
import { launchExtension, type ExtensionBrowser } from '../scripts/extension-browser';
import { startCouchServer } from '../scripts/couch-server';
import { backupLinesOf, headerLine } from '../lib/archive/backup-format';
import { startCountingProxy } from '../scripts/counting-proxy';
import type { SyncState } from '../lib/sync/state';
import { syncLine } from '../lib/sync/state';
import { generateReadouts } from './archive.bench';
import { figure, type BenchOptions, type Figure } from './figure';

const PEER = 'export then import';

type Reply<T> = { ok: true; value: T } | { ok: false; error: string };
async function send<T>(page: Page, message: unknown): Promise<T> {
  const reply = (await page.evaluate((m) => chrome.runtime.sendMessage(m), message)) as Reply<T>;
  if (!reply.ok) throw new Error(`sync bench: ${reply.error}`);
  return reply.value;
}

async function until(check: () => Promise<boolean>, what: string, timeout = 600_000, every = 50) {
  const end = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`sync bench: waited in vain for ${what}`);
    await new Promise((r) => setTimeout(r, every));
  }
}

async function extensionPage(browser: ExtensionBrowser): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  return page;
}

const readoutCount = async (page: Page) =>
  (await send<{ readouts: number }>(page, { type: 'archive/status' })).readouts;

export async function run(options: BenchOptions): Promise<Figure[]> {
  const count = options.quick ? 1000 : 10_000;
  const latencyRuns = options.quick ? 3 : 7;
  const couch = await startCouchServer();
  await couch.createUser('bench', 'bench-pw');
  await couch.createDatabase('bench', { members: ['bench'] });
  const proxy = await startCountingProxy(couch.url);
  const target = {
    enabled: true,
    url: proxy.url,
    database: 'bench',
    credentials: { kind: 'basic', username: 'bench', password: 'bench-pw' },
    access: 'read-write',
    shareOwn: true,
    label: '',
  };
  const browsers: ExtensionBrowser[] = [];
  try {
    // The source profile: the archive, pushed to the server (set-up, not timed).
    const a = await launchExtension();
    browsers.push(a);
    const pageA = await extensionPage(a);
    await a.importBackup(backupLinesOf(generateReadouts(count), []));
    await send(pageA, { type: 'sync/save-settings', name: 'personal', target });
    await until(
      async () => ((await (await couch.request('bench')).json()) as { doc_count: number }).doc_count >= count,
      'the source archive on the server',
    );

    // Ours: an empty profile joins and syncs everything.
    const b = await launchExtension();
    browsers.push(b);
    const pageB = await extensionPage(b);
    proxy.reset();
    const lines = new Set<string>();
    const started = performance.now();
    await send(pageB, { type: 'sync/save-settings', name: 'personal', target });
    await until(async () => {
      const line = syncLine(await send<SyncState>(pageB, { type: 'sync/state' }));
      if (line) lines.add(line);
      return (await readoutCount(pageB)) >= count;
    }, 'the initial sync');
    const initialSync = performance.now() - started;
    const requests = proxy.count();

    // The peer: export the source archive, import it into another empty profile.
    const c = await launchExtension();
    browsers.push(c);
    const pageC = await extensionPage(c);
    const peerStarted = performance.now();
    const backup = await a.exportBackup();
    await c.importBackup([headerLine(backup.counts), ...backup.lines]);
    await until(async () => (await readoutCount(pageC)) >= count, 'the imported archive');
    const exportImport = performance.now() - peerStarted;

    // Save-to-arrival: a save in A until B has it.
    const arrivals: number[] = [];
    const [template] = generateReadouts(1);
    for (let i = 0; i < latencyRuns; i++) {
      const url = `https://mfa.example/latency/${i}`;
      const t0 = performance.now();
      await send(pageA, {
        type: 'archive/save',
        input: {
          url,
          readout: template!.readout,
          entities: template!.entities,
          participantKeys: template!.participantKeys,
        },
      });
      await until(() => send<boolean>(pageB, { type: 'archive/is-saved', url }), 'the save on B', 60_000, 10);
      arrivals.push(performance.now() - t0);
    }

    const label = `${count.toLocaleString('en-US')} readouts`;
    return [
      figure(`sync: initial sync of ${label} to an empty profile`, 'ms', [initialSync], {
        name: PEER,
        samples: [exportImport],
      }),
      {
        name: `sync: requests made for the initial sync of ${label}`,
        unit: 'requests',
        value: requests,
        runs: 1,
      },
      {
        name: `sync: distinct progress lines shown during the initial sync of ${label}`,
        unit: 'lines',
        value: lines.size,
        runs: 1,
      },
      figure(`sync: save-to-arrival in the other profile (archive of ${label})`, 'ms', arrivals, {
        name: `${PEER} of the whole archive`,
        samples: [exportImport],
      }),
    ];
  } finally {
    for (const browser of browsers) await browser.close();
    await proxy.close();
    await couch.stop();
  }
}
