/**
 * A long import survives the service worker being stopped: Chrome may stop an idle worker at
 * any time, and the journal in the derived-index database lets the next worker finish the job.
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useExtensionBrowser } from './harness';
import { generateReadouts } from '../../bench/archive.bench';
import { toExportJson, type ArchiveData } from '../../lib/archive/exchange';
import type { ArchiveStatus } from '../../lib/archive';

const browser = useExtensionBrowser();

const status = (page: Page) =>
  page.evaluate(() => chrome.runtime.sendMessage({ type: 'archive/status' })) as Promise<{
    ok: boolean;
    value: ArchiveStatus;
  }>;

it('an import stopped half-way by a worker stop resumes and lands completely', async () => {
  const data: ArchiveData = { readouts: generateReadouts(4000), glossary: [] };
  const file = toExportJson(data, 'fixed');
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=2147483647`);
  // Fire and forget: the reply is lost when the worker stops.
  await page.evaluate(
    (text) => void chrome.runtime.sendMessage({ type: 'archive/import', text }).catch(() => undefined),
    file,
  );

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

  // The next message starts a new worker, which finds the journal and finishes the import.
  await expect
    .poll(async () => (await status(page)).value, { timeout: 60_000, interval: 250 })
    .toEqual({ readouts: 4000, job: null });
  const newWorker = browser.context.serviceWorkers().find((w) => w.url().includes(browser.extensionId))!;
  expect(await newWorker.evaluate(() => (globalThis as { oldWorker?: boolean }).oldWorker ?? false)).toBe(
    false,
  );
  const exported = (await page.evaluate(() => chrome.runtime.sendMessage({ type: 'archive/export' }))) as {
    value: ArchiveData;
  };
  expect(toExportJson(exported.value, 'fixed')).toBe(file);
  await page.close();
}, 120_000);
