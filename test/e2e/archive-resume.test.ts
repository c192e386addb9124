/**
 * A long import survives the service worker being stopped: Chrome may stop an idle worker at
 * any time. The archive page's port closes with it; the page reconnects, asks the new worker
 * where the import stands (the journal's cursor) and sends the rest.
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { backupHookOf, useExtensionBrowser, type BackupHook } from './harness';
import { generateReadouts } from '../../bench/archive.bench';
import { backupLinesOf, headerLine } from '../../lib/archive/backup-format';
import type { ArchiveStatus } from '../../lib/archive';

const browser = useExtensionBrowser();

const status = (page: Page) =>
  page.evaluate(() => chrome.runtime.sendMessage({ type: 'archive/status' })) as Promise<{
    ok: boolean;
    value: ArchiveStatus;
  }>;

it('an import stopped half-way by a worker stop is resumed by its page and lands completely', async () => {
  const lines = backupLinesOf(generateReadouts(4000), [], 'fixed');
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/archive.html`);
  await backupHookOf(page);
  await page.evaluate((ls) => {
    const hook = (globalThis as unknown as BackupHook).readoutLensBackup;
    (globalThis as { importing?: Promise<unknown> }).importing = hook.import(ls).then(
      (report) => ({ report }),
      (error: unknown) => ({ error: String(error) }),
    );
  }, lines);

  let seen: ArchiveStatus['job'] = null;
  for (let i = 0; i < 2000 && !(seen?.kind === 'import' && seen.done >= 1000); i++)
    seen = (await status(page)).value.job;
  expect(seen).toMatchObject({ kind: 'import', total: 4000 });
  expect(seen!.done).toBeLessThan(4000);

  await browser.serviceWorker.evaluate(() => ((globalThis as { oldWorker?: boolean }).oldWorker = true));
  // Stop the worker the way Chrome does: its target goes away, in-flight work and all.
  const cdp = await browser.context.newCDPSession(page);
  const { targetInfos } = (await cdp.send('Target.getTargets')) as {
    targetInfos: { type: string; targetId: string; url: string }[];
  };
  const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.includes(browser.extensionId))!;
  await cdp.send('Target.closeTarget', { targetId: worker.targetId });

  // The page reconnects, which starts a new worker; it resumes from the journal's cursor.
  expect(await page.evaluate(() => (globalThis as { importing?: Promise<unknown> }).importing)).toEqual({
    report: { readouts: 4000, glossary: 0, skipped: 0 },
  });
  expect((await status(page)).value).toEqual({ readouts: 4000, job: null, pendingImport: null });
  const newWorker = browser.context.serviceWorkers().find((w) => w.url().includes(browser.extensionId))!;
  expect(await newWorker.evaluate(() => (globalThis as { oldWorker?: boolean }).oldWorker ?? false)).toBe(
    false,
  );
  const exported = await page.evaluate(() =>
    (globalThis as unknown as BackupHook).readoutLensBackup.export(),
  );
  // The export is in id order; the file was in the order generated.
  expect(headerLine(exported.counts, 'fixed')).toBe(lines[0]);
  expect([...exported.lines].sort()).toEqual(lines.slice(1).sort());
  await page.close();
}, 180_000);
