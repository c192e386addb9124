/**
 * Shared by the sync browser tests: the two profiles and their server, messages to the
 * background, waiting, the options form.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import type { EvaluatingPage, ExtensionBrowser } from './harness';
import type { ArchiveName } from '../../lib/sync/settings';
import { startCouchServer, type CouchServer } from '../../scripts/couch-server';

/** Two devices syncing through one server: each a browser profile with an options page open. */
export interface TwoProfiles<Browser, Options> {
  couch: CouchServer;
  a: Browser;
  b: Browser;
  optionsA: Options;
  optionsB: Options;
}

export interface TwoProfilesSetup<Browser, Options> {
  /** User name → password. */
  users: Record<string, string>;
  /** Database name → its members, and its only writers where some may only read. */
  databases: Record<string, { members: string[]; writers?: string[] }>;
  /** Launches one profile with the extension (Chromium or Firefox). */
  launch: () => Promise<Browser>;
  /** Opens a profile's options page (and may set sync up in it). */
  openOptions: (browser: Browser, couch: CouchServer) => Promise<Options>;
}

/**
 * The set-up of the sync browser tests: a pouchdb-server on loopback with `users` and
 * `databases`, two profiles, an options page in each; before the tests of the file (or the
 * describe block) it is called in, stopped after them. The fields are there from then on.
 */
export function useTwoProfiles<Browser extends { close(): Promise<void> }, Options>(
  setup: TwoProfilesSetup<Browser, Options>,
): TwoProfiles<Browser, Options> {
  const profiles: Partial<TwoProfiles<Browser, Options>> = {};
  beforeAll(async () => {
    const couch = (profiles.couch = await startCouchServer());
    for (const [name, password] of Object.entries(setup.users)) await couch.createUser(name, password);
    for (const [name, access] of Object.entries(setup.databases)) await couch.createDatabase(name, access);
    const a = (profiles.a = await setup.launch());
    const b = (profiles.b = await setup.launch());
    profiles.optionsA = await setup.openOptions(a, couch);
    profiles.optionsB = await setup.openOptions(b, couch);
  });
  afterAll(async () => {
    await profiles.a?.close();
    await profiles.b?.close();
    await profiles.couch?.stop();
  });
  return profiles as TwoProfiles<Browser, Options>;
}

type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

/** A message to the background from an extension page (Chromium's or Firefox's); throws its error. */
export async function send<T>(page: EvaluatingPage, message: unknown): Promise<T> {
  const reply = (await page.evaluate((m) => chrome.runtime.sendMessage(m), message)) as Reply<T>;
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

export async function urls(page: EvaluatingPage): Promise<string[]> {
  return (await send<{ url: string }[]>(page, { type: 'archive/list' })).map((r) => r.url).sort();
}

export async function until(check: () => Promise<boolean>, what: string, timeout = 45_000): Promise<void> {
  const end = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`waited in vain for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

export async function openOptions(browser: ExtensionBrowser): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  return page;
}

export interface TargetFields {
  url: string;
  database: string;
  username: string;
  password: string;
  kind?: 'basic' | 'cookie';
  access?: 'read-only' | 'read-write';
  shareOwn?: boolean;
  label?: string;
}

/** Fills one database's form in the options page, sync with it on; returns its section. */
export async function fillTarget(page: Page, name: ArchiveName, fields: TargetFields): Promise<Locator> {
  const section = page.locator(`section.target.${name}`);
  await section.locator('input.enabled').setChecked(true);
  await section.locator('input.url').fill(fields.url);
  await section.locator('input.database').fill(fields.database);
  if (fields.kind) await section.locator('select.kind').selectOption(fields.kind);
  await section.locator('input.username').fill(fields.username);
  await section.locator('input.password').fill(fields.password);
  if (fields.access) await section.locator('select.access').selectOption(fields.access);
  if (fields.label !== undefined) await section.locator('input.label').fill(fields.label);
  if (fields.shareOwn !== undefined) await section.locator('input.share-own').setChecked(fields.shareOwn);
  return section;
}

/** Clicks "Test connection" and returns the answer shown (ok or problem). */
export async function testConnection(section: Locator): Promise<{ ok: boolean; text: string }> {
  await section.getByRole('button', { name: 'Test connection' }).click();
  const answer = section.locator('p.answer');
  await answer.waitFor();
  return {
    ok: (await answer.getAttribute('class'))!.includes('ok'),
    text: (await answer.textContent()) ?? '',
  };
}

export async function saveTarget(section: Locator): Promise<void> {
  await section.getByRole('button', { name: 'Save' }).click();
  await section.locator('p.answer.ok').filter({ hasText: 'Saved' }).waitFor();
}

/** Saves a sample page to the archive through the popup; returns the page's URL. */
export async function saveSample(browser: ExtensionBrowser, sample: string): Promise<string> {
  const page = await browser.openFixture(sample);
  await page.waitForFunction(() => CSS.highlights.size > 0, null, { timeout: 15_000 });
  const popup = await browser.openPopup(page);
  await popup.getByRole('button', { name: 'Save to archive' }).click();
  await popup.getByRole('button', { name: 'Saved' }).waitFor();
  const url = page.url();
  await popup.close();
  await page.close();
  return url;
}
