/**
 * The built extension in real Firefox (Debian's firefox-esr), driven by puppeteer-core over
 * WebDriver BiDi: a stock Firefox, no browser of puppeteer's own. The Firefox browser-test build
 * (`wxt build -b firefox --mv3 --mode e2e`, built when missing) is installed as a temporary
 * add-on (BiDi `webExtension.install`), with test/fixtures served on 127.0.0.1.
 *
 * Two things differ from Chromium here:
 * - the add-on's internal UUID, which names its pages (moz-extension://UUID/…), is random per
 *   profile: the `extensions.webextensions.uuids` pref fixes it before the install;
 * - since Firefox 153, WebDriver may open moz-extension:// pages only in a browser started with
 *   `--remote-allow-system-access`, and a navigation there that waits for the page never
 *   returns: extension pages are opened with BiDi's `wait: none`, then waited for in the page.
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { findFirefox, FIREFOX_INSTALL_HINT } from './browser-path';
import {
  ensureBuilt,
  FIREFOX_EXTENSION_DIR,
  FIXTURES_DIR,
  serveStatic,
  type EvaluatingPage,
  type StaticServer,
} from './extension-browser';

/** A puppeteer page as the shared page helpers take it (puppeteer types `evaluate` its own way). */
export function evaluating(page: Page): EvaluatingPage & { mouse: Page['mouse'] } {
  return {
    evaluate: <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) =>
      page.evaluate(fn as (arg: unknown) => unknown, arg) as Promise<R>,
    mouse: page.mouse,
  };
}

export interface FirefoxExtension {
  browser: Browser;
  /** The add-on's id from the manifest (browser_specific_settings.gecko.id). */
  addonId: string;
  /** moz-extension://UUID */
  origin: string;
  site: StaticServer;
  /** Opens a fixture page (path under test/fixtures). */
  openFixture(path: string): Promise<Page>;
  /** Opens an extension page (`options.html`, `archive.html?…`) in a new tab, loaded. */
  openExtensionPage(path: string): Promise<Page>;
  /** The tab id Firefox gave `page` (a web page). */
  tabIdOf(page: Page): Promise<number>;
  /** Opens the popup as a tab about `page`'s tab. */
  openPopup(page: Page): Promise<Page>;
  close(): Promise<void>;
}

/** The Firefox internals that puppeteer's BiDi frame exposes (not in its public types). */
interface BidiFrameInternals {
  browsingContext: { navigate(url: string, wait: 'none' | 'interactive' | 'complete'): Promise<void> };
}

async function addonIdOf(extensionDir: string): Promise<string> {
  const manifest = JSON.parse(await readFile(join(extensionDir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${extensionDir}/manifest.json has no browser_specific_settings.gecko.id`);
  return id;
}

export async function launchFirefoxExtension(
  options: { extensionDir?: string } = {},
): Promise<FirefoxExtension> {
  const executablePath = findFirefox();
  if (!executablePath) throw new Error(FIREFOX_INSTALL_HINT);
  const extensionDir = options.extensionDir ?? FIREFOX_EXTENSION_DIR;
  ensureBuilt(extensionDir);
  const addonId = await addonIdOf(extensionDir);
  const uuid = randomUUID();
  const profile = await mkdtemp(join(tmpdir(), 'readout-lens-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    userDataDir: profile,
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [addonId]: uuid }),
      'intl.locale.requested': 'en-US',
    },
  });
  const installed = await browser.installExtension(extensionDir);
  if (installed !== addonId) throw new Error(`Firefox installed ${installed}, not ${addonId}`);
  const origin = `moz-extension://${uuid}`;
  const site = await serveStatic(FIXTURES_DIR);

  const openExtensionPage = async (path: string): Promise<Page> => {
    const page = await browser.newPage();
    const frame = page.mainFrame() as unknown as BidiFrameInternals;
    await frame.browsingContext.navigate(`${origin}/${path}`, 'none');
    await page.waitForFunction(
      (o: string) => location.origin === o && document.readyState === 'complete',
      { timeout: 15_000 },
      origin,
    );
    return page;
  };

  const tabIdOf = async (page: Page): Promise<number> => {
    const url = page.url();
    const helper = await openExtensionPage('popup.html');
    try {
      const id = await helper.evaluate(async (u: string) => {
        const tabs = await chrome.tabs.query({});
        return tabs.find((t) => t.url === u)?.id ?? null;
      }, url);
      if (id === null) throw new Error(`no tab for ${url}`);
      return id;
    } finally {
      await helper.close();
    }
  };

  return {
    browser,
    addonId,
    origin,
    site,
    async openFixture(path) {
      const page = await browser.newPage();
      await page.goto(`${site.origin}/${path.replace(/^\//, '')}`);
      return page;
    },
    openExtensionPage,
    tabIdOf,
    async openPopup(page) {
      return openExtensionPage(`popup.html?tabId=${await tabIdOf(page)}`);
    },
    async close() {
      await browser.close();
      await site.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
