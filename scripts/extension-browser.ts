/**
 * The built extension in real Chromium, with test/fixtures served on 127.0.0.1: used by the
 * browser tests, the demo and the benchmarks. They load the test build (`wxt build --mode e2e`,
 * .output/chrome-mv3-e2e: the store build declares no loopback hosts); a missing build is built
 * first, so a fresh clone runs them as they are.
 */
import { spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { findBrowser } from './browser-path';
import type { ImportReport } from '../lib/archive';
import type { ExportedBackup } from '../lib/archive/backup-transfer';

export const ROOT = resolve(import.meta.dirname, '..');
/** The browser-test build: the store build plus the loopback hosts and an open card shadow root. */
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3-e2e');
/** The build that ships (`npm run build`). */
export const PRODUCTION_EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
/** The Firefox browser-test build (Manifest V3, as the Firefox store build): see firefox-extension.ts. */
export const FIREFOX_EXTENSION_DIR = join(ROOT, '.output/firefox-mv3-e2e');

/** The `wxt build` arguments of each build the scripts and tests load. */
const BUILD_ARGS: Record<string, string[]> = {
  [EXTENSION_DIR]: ['--mode', 'e2e'],
  [PRODUCTION_EXTENSION_DIR]: [],
  [FIREFOX_EXTENSION_DIR]: ['-b', 'firefox', '--mv3', '--mode', 'e2e'],
};

/** Builds `extensionDir` (one of the three above) when it has no manifest yet. */
export function ensureBuilt(extensionDir: string): void {
  if (existsSync(join(extensionDir, 'manifest.json'))) return;
  const args = BUILD_ARGS[extensionDir];
  if (!args) throw new Error(`No built extension at ${extensionDir}.`);
  console.log(`▶ no build at ${extensionDir}: wxt build ${args.join(' ')}`);
  const built = spawnSync('npx', ['wxt', 'build', ...args], { cwd: ROOT, stdio: 'inherit' });
  if (built.status !== 0) throw new Error(`wxt build ${args.join(' ')} failed (exit ${built.status})`);
}
export const FIXTURES_DIR = join(ROOT, 'test/fixtures');

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface StaticServer {
  origin: string;
  server: Server;
  /** Extra routes for generated pages: path → HTML. */
  routes: Map<string, string>;
  close(): Promise<void>;
}

/** Serves `dir` (and generated `routes`) on 127.0.0.1 at a free port. */
export async function serveStatic(dir: string): Promise<StaticServer> {
  const routes = new Map<string, string>();
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const generated = routes.get(path);
    if (generated !== undefined) {
      res.writeHead(200, { 'content-type': MIME['.html']! }).end(generated);
      return;
    }
    const file = normalize(join(dir, path));
    if (!file.startsWith(dir)) return void res.writeHead(403).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    server,
    routes,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  site: StaticServer;
  /** Opens a fixture page (path under test/fixtures) and waits for the content script's paint. */
  openFixture(path: string): Promise<Page>;
  /** Opens the popup as a tab about `page`'s tab. */
  openPopup(page: Page): Promise<Page>;
  /** The tab id Chrome gave `page`. */
  tabIdOf(page: Page): Promise<number>;
  /** Imports backup lines (header first) through the archive page's own backup client. */
  importBackup(lines: string[]): Promise<ImportReport>;
  /** The archive as backup lines, read through the archive page's own backup client. */
  exportBackup(): Promise<ExportedBackup>;
  close(): Promise<void>;
}

/** What the archive page of the test build exposes (entrypoints/archive/main.tsx). */
export interface BackupHook {
  readoutLensBackup: {
    import(lines: string[]): Promise<ImportReport>;
    export(): Promise<ExportedBackup>;
  };
}

/** Waits for the archive page's backup client (test build only). */
export const backupHookOf = (page: Page) =>
  page.waitForFunction(() => 'readoutLensBackup' in globalThis, null, { timeout: 15_000 });

/** Headless Chromium on a machine whose only network is loopback: no background traffic. */
export const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--lang=en-US',
];

/** `lang`: the browser's UI language (`--lang`), en-US unless given. */
export function chromeArgs(extensionDir: string, lang?: string): string[] {
  const flags = lang
    ? CHROME_FLAGS.map((f) => (f.startsWith('--lang=') ? `--lang=${lang}` : f))
    : CHROME_FLAGS;
  return [...flags, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`];
}

export async function launchExtension(
  options: { headless?: boolean; extensionDir?: string; lang?: string } = {},
): Promise<ExtensionBrowser> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  ensureBuilt(extensionDir);
  const profile = await mkdtemp(join(tmpdir(), 'readout-lens-profile-'));
  const args = chromeArgs(extensionDir, options.lang).filter(
    (a) => options.headless !== false || a !== '--headless=new',
  );
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findBrowser(),
    headless: false,
    args,
    viewport: { width: 1280, height: 900 },
    // On Linux, Chromium takes its UI language from the environment, not from --lang.
    ...(options.lang
      ? { locale: options.lang, env: { ...process.env, LANGUAGE: options.lang.replace('-', '_') } }
      : {}),
  });
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(serviceWorker.url()).host;
  const site = await serveStatic(FIXTURES_DIR);

  const tabIdOf = async (page: Page): Promise<number> => {
    const url = page.url();
    const id = await serviceWorker.evaluate(async (u: string) => {
      const tabs = await chrome.tabs.query({});
      return tabs.find((t) => t.url === u)?.id ?? null;
    }, url);
    if (id === null) throw new Error(`no tab for ${url}`);
    return id;
  };

  /** Runs `work` on an archive page opened for it. */
  const onArchivePage = async <T>(work: (page: Page) => Promise<T>): Promise<T> => {
    const page = await context.newPage();
    try {
      await page.goto(`chrome-extension://${extensionId}/archive.html`);
      await backupHookOf(page);
      return await work(page);
    } finally {
      await page.close();
    }
  };

  return {
    context,
    extensionId,
    serviceWorker,
    site,
    async openFixture(path) {
      const page = await context.newPage();
      await page.goto(`${site.origin}/${path.replace(/^\//, '')}`);
      return page;
    },
    async openPopup(page) {
      const tabId = await tabIdOf(page);
      const popup = await context.newPage();
      await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
      return popup;
    },
    tabIdOf,
    importBackup: (lines) =>
      onArchivePage((page) =>
        page.evaluate((ls) => (globalThis as unknown as BackupHook).readoutLensBackup.import(ls), lines),
      ),
    exportBackup: () =>
      onArchivePage((page) =>
        page.evaluate(() => (globalThis as unknown as BackupHook).readoutLensBackup.export()),
      ),
    async close() {
      await context.close();
      await site.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Stops the extension's service worker, as Chrome does to an idle one: the next event or
 * message starts it again from scratch. `page` is any page of the profile (for the CDP session).
 * False when no worker was running.
 */
export async function stopServiceWorker(browser: ExtensionBrowser, page: Page): Promise<boolean> {
  const cdp = await browser.context.newCDPSession(page);
  const { targetInfos } = (await cdp.send('Target.getTargets')) as {
    targetInfos: { type: string; targetId: string; url: string }[];
  };
  const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.includes(browser.extensionId));
  if (worker) await cdp.send('Target.closeTarget', { targetId: worker.targetId });
  await cdp.detach();
  return worker !== undefined;
}

/**
 * What the page helpers need of a page: Playwright's pages have it, and puppeteer's (Firefox)
 * through `evaluating` in firefox-extension.ts.
 */
export interface EvaluatingPage {
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
}

/** The names of the CSS highlights registered on a page, with their range texts. */
export async function highlightTexts(page: EvaluatingPage): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    // Highlights hold StaticRanges, which have no text: read each through a live Range.
    const textOf = (r: AbstractRange) => {
      const live = document.createRange();
      live.setStart(r.startContainer, r.startOffset);
      live.setEnd(r.endContainer, r.endOffset);
      return live.toString();
    };
    CSS.highlights.forEach((highlight, name) => {
      out[name] = [...highlight].map(textOf);
    });
    return out;
  }, null);
}
