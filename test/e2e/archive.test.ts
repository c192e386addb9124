/**
 * The archive page in real Chromium, on the real store (PouchDB's indexeddb adapter in the
 * service worker): search, filters, timeline, tags, delete with undo, import rejection, glossary.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { backupHookOf, useExtensionBrowser, type BackupHook } from './harness';
import { headerLine } from '../../lib/archive/backup-format';

const browser = useExtensionBrowser();
let archive: Page;

const SAMPLES = [
  'samples/cn-mfa-wang-yi-cho-tae-yul.html',
  'samples/rok-mofa-cho-tae-yul-wang-yi.html',
  'samples/us-state-blinken-cho-tae-yul.html',
];

const send = <T>(page: Page, message: unknown) =>
  page.evaluate((m) => chrome.runtime.sendMessage(m), message) as Promise<T>;

beforeAll(async () => {
  for (const sample of SAMPLES) {
    const page = await browser.openFixture(sample);
    await page.waitForFunction(() => CSS.highlights.size > 0, null, { timeout: 15_000 });
    const popup = await browser.openPopup(page);
    await popup.getByRole('button', { name: 'Save to archive' }).click();
    await popup.getByRole('button', { name: 'Saved' }).waitFor();
    await popup.close();
    await page.close();
  }
  archive = await browser.context.newPage();
  await archive.goto(`chrome-extension://${browser.extensionId}/archive.html`);
  await archive.getByText('3 readouts saved.').waitFor();
});

const resultTitles = () => archive.locator('ol.results > li a.open').allTextContents();

describe('archive page', () => {
  it('lists, searches and filters the saved readouts', async () => {
    await archive.locator('ol.results > li').nth(2).waitFor();
    expect(await resultTitles()).toHaveLength(3);
    await archive.getByRole('searchbox').fill('Blinken');
    await archive.waitForFunction(() => document.querySelectorAll('ol.results > li').length === 1);
    expect((await resultTitles())[0]).toContain('Blinken');
    await archive.getByRole('searchbox').fill('');
    await archive.waitForFunction(() => document.querySelectorAll('ol.results > li').length === 3);
    await archive.getByLabel('Ministry').selectOption('us-state');
    await archive.waitForFunction(() => document.querySelectorAll('ol.results > li').length === 1);
    await archive.getByLabel('Ministry').selectOption('');
    await archive.waitForFunction(() => document.querySelectorAll('ol.results > li').length === 3);
  });

  it('draws the timeline of an official as SVG with a table alternative', async () => {
    const official = archive.getByLabel('Meetings of');
    const options = await official.locator('option').allTextContents();
    const cho = options.find((o) => o.includes('Cho Tae-yul'));
    expect(cho).toBeDefined();
    await official.selectOption({ label: cho! });
    await archive.locator('figure.timeline svg circle').first().waitFor();
    const dots = await archive.locator('figure.timeline svg circle').count();
    const rows = await archive.locator('figure.timeline table tbody tr').count();
    expect(dots).toBeGreaterThan(0);
    expect(rows).toBe(dots);
    expect(await archive.locator('figure.timeline svg').getAttribute('aria-hidden')).toBe('true');
  });

  it('tags a readout, deletes it, and undoes the delete', async () => {
    const first = archive.locator('ol.results > li').first();
    const title = await first.locator('a.open').textContent();
    await first.getByLabel('Tags').fill('korea, ministers');
    await first.getByRole('button', { name: 'Save tags' }).click();
    await archive.getByText('Tags saved.').waitFor();
    await archive.locator('select[name=tag] option', { hasText: 'ministers' }).waitFor({ state: 'attached' });

    await first.getByRole('button', { name: /^Delete/ }).click();
    await archive.getByRole('button', { name: 'Undo' }).waitFor();
    await archive.waitForFunction(() => document.querySelectorAll('ol.results > li').length === 2);
    expect(await resultTitles()).not.toContain(title);
    await archive.getByRole('button', { name: 'Undo' }).click();
    await archive.waitForFunction(() => document.querySelectorAll('ol.results > li').length === 3);
    expect(await resultTitles()).toContain(title);
  });

  it('rejects a malformed import (either version) naming the bad field, and leaves the archive as it was', async () => {
    await backupHookOf(archive);
    const backup = () =>
      archive.evaluate(() => (globalThis as unknown as BackupHook).readoutLensBackup.export());
    const before = await backup();
    type Line = { readout: { readout: { date: unknown } } };
    const readouts = before.lines.map((line) => (JSON.parse(line) as Line).readout);
    const spoiled = readouts.map((r, i) =>
      i === 1 ? { ...r, readout: { ...r.readout, date: 20240101 } } : r,
    );
    const input = archive.getByLabel(/Import a backup/);
    const alert = archive.locator('p[role=alert]');
    // Version 1: one JSON document, checked whole before anything is sent.
    const v1 = {
      format: 'readout-lens-archive',
      version: 1,
      exportedAt: 'now',
      readouts: spoiled,
      glossary: [],
    };
    await input.setInputFiles({
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(v1)),
    });
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/readouts\.1\.readout\.date/);
    expect(await backup()).toEqual(before);
    // Version 2: read as a stream and checked line by line by the background as it lands.
    const v2 = [headerLine(before.counts), ...spoiled.map((r) => JSON.stringify({ readout: r }))].join('\n');
    await input.setInputFiles({ name: 'bad.jsonl', mimeType: 'application/jsonl', buffer: Buffer.from(v2) });
    await archive.getByText(/line 3: readout\.readout\.date/).waitFor();
    expect(await alert.textContent()).toMatch(/The import was undone: the archive is as it was\./);
    expect(await backup()).toEqual(before);
  });

  it('adds, edits and deletes a glossary entry', async () => {
    const glossary = archive.locator('#glossary');
    await glossary.getByLabel('Name').first().fill('Busan Declaration');
    await glossary.getByLabel('Kind').first().selectOption('agreement');
    await glossary.getByLabel('Note').first().fill('Signed in 2005.');
    await glossary.getByRole('button', { name: 'Add to glossary' }).click();
    await glossary.locator('li', { hasText: 'Busan Declaration' }).waitFor();
    await glossary.getByRole('button', { name: 'Edit Busan Declaration' }).click();
    const form = glossary.locator('li form');
    await form.getByLabel('Note').fill('Signed at the APEC meeting.');
    await form.getByRole('button', { name: 'Save entry' }).click();
    await glossary.getByText('Signed at the APEC meeting.').waitFor();
    const listed = await send<{ value: { name: string; note: string }[] }>(archive, {
      type: 'glossary/list',
    });
    expect(listed.value).toEqual([
      expect.objectContaining({ name: 'Busan Declaration', note: 'Signed at the APEC meeting.' }),
    ]);
    await glossary.getByRole('button', { name: 'Delete Busan Declaration' }).click();
    await glossary.getByText('No glossary entries yet.').waitFor();
  });
});
