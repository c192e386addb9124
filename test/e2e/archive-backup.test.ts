/**
 * A big archive backed up and restored through the archive page in real Chromium: the archive
 * is filled by importing a generated backup file through the page's file input, exported with
 * the page's backup button (the file is checked: header, record count, bytes), then imported into
 * a fresh profile (an empty archive) and checked: counts and a sample of records, field by field.
 * Size: BACKUP_TEST_MB (default 100), in MB of backup file.
 */
import { afterAll, expect, it } from 'vitest';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { launchExtension, useExtensionBrowser, type ExtensionBrowser } from './harness';
import { generateReadouts } from '../../bench/archive.bench';
import { backupLinesOf, readoutLine } from '../../lib/archive/backup-format';
import type { ArchivedReadout, ArchiveStatus } from '../../lib/archive';

const MEGABYTES = Number(process.env.BACKUP_TEST_MB ?? 100);
const browser = useExtensionBrowser();
let dir: string | undefined;
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

const ask = <T>(page: Page, message: unknown) =>
  page.evaluate((m) => chrome.runtime.sendMessage(m), message) as Promise<{ ok: boolean; value: T }>;

async function openArchivePage(from: ExtensionBrowser): Promise<Page> {
  const page = await from.context.newPage();
  await page.goto(`chrome-extension://${from.extensionId}/archive.html`);
  await page.getByText(/readouts saved\./).waitFor();
  return page;
}

/** Imports `path` through the page's file input and waits for the page to say it is done. */
async function importThroughPage(page: Page, path: string, readouts: number): Promise<number> {
  const started = performance.now();
  await page.getByLabel(/Import a backup/).setInputFiles(path);
  await page
    .getByText(`Imported ${readouts} readouts and 0 glossary entries.`)
    .waitFor({ timeout: 30 * 60_000 });
  return performance.now() - started;
}

/** Clicks the backup button and saves the download to `path`. */
async function exportThroughPage(page: Page, path: string, compress: boolean): Promise<number> {
  const started = performance.now();
  // A page that has just built a big backup may be busy for a while (garbage collection).
  await page.getByLabel('Compress the backup (gzip)').setChecked(compress, { timeout: 10 * 60_000 });
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 30 * 60_000 }),
    page.getByRole('button', { name: /^Back up everything/ }).click(),
  ]);
  await download.saveAs(path);
  return performance.now() - started;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

it(
  `backs up a ${MEGABYTES} MB archive through the archive page and restores it into an empty one`,
  async () => {
    dir = await mkdtemp(join(tmpdir(), 'readout-lens-backup-'));
    const perRecord = Buffer.byteLength(readoutLine(generateReadouts(1)[0]!)) + 1;
    const count = Math.round((MEGABYTES * 1e6) / perRecord);
    const records = generateReadouts(count);
    const source = join(dir, 'generated.jsonl');
    await writeFile(source, backupLinesOf(records, [], 'generated').join('\n') + '\n');
    const sourceBytes = (await stat(source)).size;

    // Fill the archive through the page's own import.
    const page = await openArchivePage(browser);
    const filled = await importThroughPage(page, source, count);
    console.log(`backup test: generated ${count} readouts, imported through the page in ${seconds(filled)}`);
    expect((await ask<ArchiveStatus>(page, { type: 'archive/status' })).value).toMatchObject({
      readouts: count,
      pendingImport: null,
    });

    // Export it through the page: one header line, one line per record, nothing dropped.
    const exportedPath = join(dir, 'exported.jsonl');
    const exported = await exportThroughPage(page, exportedPath, false);
    const pinged = performance.now();
    await page.evaluate(() => 0);
    console.log(
      `backup test: exported in ${seconds(exported)}; the page answered ${seconds(performance.now() - pinged)} later`,
    );
    const text = await readFile(exportedPath, 'utf8');
    const bytes = Buffer.byteLength(text);
    const lines = text.trimEnd().split('\n');
    expect(lines).toHaveLength(count + 1);
    expect(JSON.parse(lines[0]!)).toMatchObject({
      format: 'readout-lens-archive',
      version: 2,
      counts: { readouts: count, glossary: 0, unreadable: 0 },
    });
    // The same records as generated, so the same bytes but for the header's date.
    expect(Math.abs(bytes - sourceBytes)).toBeLessThan(100);
    expect(bytes).toBeGreaterThan(MEGABYTES * 1e6 * 0.99);

    // And compressed: the same lines once gunzipped.
    const gzPath = join(dir, 'exported.jsonl.gz');
    const exportedGz = await exportThroughPage(page, gzPath, true);
    console.log(`backup test: exported gzipped in ${seconds(exportedGz)}`);
    const gz = await readFile(gzPath);
    expect(gunzipSync(new Uint8Array(gz)).toString('utf8').split('\n').slice(1)).toEqual(
      text.split('\n').slice(1),
    );
    await page.close();

    // An empty archive (a fresh profile) takes the file back whole.
    const fresh = await launchExtension();
    try {
      const restoredPage = await openArchivePage(fresh);
      const restored = await importThroughPage(restoredPage, gzPath, count);
      expect((await ask<ArchiveStatus>(restoredPage, { type: 'archive/status' })).value).toMatchObject({
        readouts: count,
        job: null,
        pendingImport: null,
      });
      for (const index of [0, 1, Math.floor(count / 2), count - 1]) {
        const sample = records[index]!;
        const got = await ask<ArchivedReadout | null>(restoredPage, { type: 'archive/get', id: sample.id });
        expect(got.value).toEqual(sample);
      }
      console.log(
        `backup test at ${MEGABYTES} MB (${count} readouts, file ${(bytes / 1e6).toFixed(1)} MB, ` +
          `gzipped ${(gz.length / 1e6).toFixed(1)} MB): import ${seconds(filled)}, export ${seconds(exported)}, ` +
          `export gzipped ${seconds(exportedGz)}, import gzipped into an empty archive ${seconds(restored)}`,
      );
    } finally {
      await fresh.close();
    }
  },
  60 * 60_000,
);
