/**
 * `npm run demo`: builds the extension, serves the bundled sample readouts on 127.0.0.1 and opens
 * Chromium/Chrome with the extension on the first sample. Without a display (or with
 * `--headless`) it runs the same thing headless, writes screenshots of the highlighted page, an
 * open context card and the popup into demo-output/, and prints what was found.
 */
import { spawnSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchExtension, ROOT, type ExtensionBrowser } from './extension-browser';
import { ensureBrowser } from './ensure-browser';

const SAMPLES = [
  'samples/cn-mfa-wang-yi-cho-tae-yul.html',
  'samples/rok-mofa-cho-tae-yul-wang-yi.html',
  'samples/us-state-blinken-cho-tae-yul.html',
];
const OUT = join(ROOT, 'demo-output');

interface PopupEntity {
  kind: string;
  text: string;
}

async function popupEntities(
  browser: ExtensionBrowser,
  page: Page,
): Promise<{ popup: Page; entities: PopupEntity[] }> {
  const popup = await browser.openPopup(page);
  await popup.locator('main:not([aria-busy])').first().waitFor({ timeout: 15_000 });
  const entities = await popup.$$eval('section.entities li', (items) =>
    items.map((li) => ({
      kind: li.closest('section')?.getAttribute('aria-label') ?? '',
      text: (li.textContent ?? '').trim(),
    })),
  );
  return { popup, entities };
}

async function clickFirstHighlight(page: Page): Promise<boolean> {
  const point = await page.evaluate(() => {
    for (const name of ['readout-lens-official', 'readout-lens-agreement']) {
      const first = CSS.highlights.get(name)?.values().next().value as AbstractRange | undefined;
      if (first) {
        // Highlights hold StaticRanges, which have no geometry: measure through a live Range.
        const live = document.createRange();
        live.setStart(first.startContainer, first.startOffset);
        live.setEnd(first.endContainer, first.endOffset);
        const r = live.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }
    }
    return null;
  });
  if (!point) return false;
  await page.mouse.click(point.x, point.y);
  return page
    .locator('readout-lens-ui [role="dialog"]')
    .waitFor({ timeout: 5_000 })
    .then(() => true)
    .catch(() => false);
}

async function headless(): Promise<void> {
  await mkdir(OUT, { recursive: true });
  const browser = await launchExtension();
  try {
    for (const [i, sample] of SAMPLES.entries()) {
      const page = await browser.openFixture(sample);
      await page
        .waitForFunction(() => CSS.highlights.size > 0, null, { timeout: 15_000 })
        .catch(() => undefined);
      const stem = sample.replace(/^samples\//, '').replace(/\.html$/, '');
      await page.screenshot({ path: join(OUT, `${i + 1}-${stem}-highlighted.png`) });
      const cardOpened = await clickFirstHighlight(page);
      if (cardOpened) await page.screenshot({ path: join(OUT, `${i + 1}-${stem}-card.png`) });
      const { popup, entities } = await popupEntities(browser, page);
      await popup.setViewportSize({ width: 420, height: 720 });
      await popup.screenshot({ path: join(OUT, `${i + 1}-${stem}-popup.png`), fullPage: true });
      console.log(`\n${sample}${cardOpened ? '' : '  (no card opened)'}`);
      for (const e of entities) console.log(`  ${e.kind.padEnd(28)} ${e.text}`);
      if (i === 0) {
        // Save the first sample so the others show it as a related prior readout.
        await popup.getByRole('button', { name: /save/i }).click();
        await popup.getByRole('button', { name: 'Saved' }).waitFor({ timeout: 10_000 });
      }
      await popup.close();
      await page.close();
    }
    console.log(`\nScreenshots: ${OUT}`);
  } finally {
    await browser.close();
  }
}

async function headed(): Promise<void> {
  const browser = await launchExtension({ headless: false });
  await browser.openFixture(SAMPLES[0]!);
  console.log(`Chromium is open on ${browser.site.origin}/${SAMPLES[0]} with Readout Lens loaded.`);
  console.log(
    `Other samples: ${SAMPLES.slice(1)
      .map((s) => `${browser.site.origin}/${s}`)
      .join('  ')}`,
  );
  console.log('Close the browser window or press Ctrl-C to stop.');
  await new Promise<void>((resolve) => {
    browser.context.on('close', () => resolve());
    process.on('SIGINT', () => resolve());
  });
  await browser.close().catch(() => undefined);
}

async function main() {
  ensureBrowser();
  // The test build: the samples are served from 127.0.0.1, which the store build does not match.
  console.log('▶ building the extension (wxt build --mode e2e)');
  const build = spawnSync('npx', ['wxt', 'build', '--mode', 'e2e'], { stdio: 'inherit', cwd: ROOT });
  if (build.status !== 0) throw new Error('build failed');
  const wantHeadless = process.argv.includes('--headless') || !process.env.DISPLAY;
  await (wantHeadless ? headless() : headed());
}

main().catch((error: unknown) => {
  console.error(`demo: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
