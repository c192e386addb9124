/**
 * `npm run demo`: builds the extension, serves the bundled sample readouts on 127.0.0.1 and opens
 * Chromium/Chrome with the extension on the first sample. Without a display (or with
 * `--headless`) it runs the same thing headless, writes screenshots into demo-output/ (each
 * sample highlighted, a context card and the popup; an agreement's card, the card of an official
 * who has left office, the popup with a card opened, and the UI in Chinese and Korean), and
 * prints what was found.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, rm } from 'node:fs/promises';
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
  const entities = await popup.$$eval('section.entities li summary', (items) =>
    items.map((summary) => ({
      kind: summary.closest('section')?.getAttribute('aria-label') ?? '',
      text: (summary.textContent ?? '').trim(),
    })),
  );
  return { popup, entities };
}

/** Clicks the first painted term whose text includes `needle` (any term when none is given). */
async function clickHighlight(page: Page, needle?: string): Promise<boolean> {
  const point = await page.evaluate((needle) => {
    for (const name of [
      'readout-lens-official',
      'readout-lens-agreement',
      'readout-lens-organization',
      'readout-lens-event',
    ]) {
      for (const range of (CSS.highlights.get(name) ?? []) as Iterable<AbstractRange>) {
        // Highlights hold StaticRanges, which have no geometry: measure through a live Range.
        const live = document.createRange();
        live.setStart(range.startContainer, range.startOffset);
        live.setEnd(range.endContainer, range.endOffset);
        if (needle && !live.toString().includes(needle)) continue;
        live.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        const r = live.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }
    }
    return null;
  }, needle);
  if (!point) return false;
  await page.mouse.click(point.x, point.y);
  return page
    .locator('readout-lens-ui [role="dialog"]')
    .waitFor({ timeout: 5_000 })
    .then(() => true)
    .catch(() => false);
}

/** The card as it stands once its KB details and prior readouts have arrived. */
async function cardShot(page: Page, path: string): Promise<void> {
  const card = page.locator('readout-lens-ui [role="dialog"]');
  await card.locator('.related-section .empty, .related-section li').first().waitFor({ timeout: 5_000 });
  await card
    .locator('.links a')
    .first()
    .waitFor({ timeout: 5_000 })
    .catch(() => undefined);
  await page.screenshot({ path });
}

/** The popup at its content's height (no empty band below it), `expand` opened to its card. */
async function popupShot(popup: Page, path: string, expand?: string): Promise<void> {
  await popup.setViewportSize({ width: 428, height: 200 });
  if (expand) {
    const row = popup.locator('details.entity', { hasText: expand }).first();
    await row.locator('summary').click();
    await row
      .locator('.card .links a')
      .first()
      .waitFor({ timeout: 5_000 })
      .catch(() => undefined);
    await row.locator('.related-section .empty, .related-section li').first().waitFor({ timeout: 5_000 });
  }
  await popup.screenshot({ path, fullPage: true });
}

/** Sets the UI language the way the options do (null: back to the browser's). */
async function chooseLanguage(browser: ExtensionBrowser, locale: string | null): Promise<void> {
  await browser.serviceWorker.evaluate(
    (value) =>
      value ? chrome.storage.local.set({ uiLanguage: value }) : chrome.storage.local.remove('uiLanguage'),
    locale,
  );
}

async function headless(): Promise<void> {
  // Every run writes a fresh set: no screenshot from an earlier run is left to pass for this one's.
  await rm(OUT, { recursive: true, force: true });
  await mkdir(OUT, { recursive: true });
  const browser = await launchExtension();
  const shot = (name: string) => join(OUT, name);
  try {
    for (const [i, sample] of SAMPLES.entries()) {
      const page = await browser.openFixture(sample);
      await page
        .waitForFunction(() => CSS.highlights.size > 0, null, { timeout: 15_000 })
        .catch(() => undefined);
      const stem = `${i + 1}-${sample.replace(/^samples\//, '').replace(/\.html$/, '')}`;
      await page.screenshot({ path: shot(`${stem}-highlighted.png`) });
      const cardOpened = await clickHighlight(page);
      if (cardOpened) await cardShot(page, shot(`${stem}-card.png`));
      const { popup, entities } = await popupEntities(browser, page);
      await popupShot(popup, shot(`${stem}-popup.png`));
      console.log(`\n${sample}${cardOpened ? '' : '  (no card opened)'}`);
      for (const e of entities) console.log(`  ${e.kind.padEnd(28)} ${e.text}`);
      if (i === 0) {
        // Save the first sample so the others show it as a related prior readout.
        await popup.getByRole('button', { name: /save/i }).click();
        await popup.getByRole('button', { name: 'Saved' }).waitFor({ timeout: 10_000 });
        // An agreement's card, and the popup with an official opened to its card.
        if (await clickHighlight(page, 'Regional Comprehensive Economic Partnership'))
          await cardShot(page, shot(`${stem}-agreement-card.png`));
        const again = await browser.openPopup(page);
        await again.locator('main:not([aria-busy])').first().waitFor({ timeout: 15_000 });
        await popupShot(again, shot(`${stem}-popup-expanded.png`), 'Wang Yi');
        await again.close();
      }
      if (sample.includes('blinken')) {
        // An official who has left office: the card says when.
        if (await clickHighlight(page, 'Blinken')) await cardShot(page, shot(`${stem}-card-left-office.png`));
      }
      await popup.close();
      await page.close();
    }
    // The UI in Chinese and Korean (the options' language choice; the browser's otherwise).
    for (const locale of ['zh-CN', 'ko']) {
      await chooseLanguage(browser, locale);
      const page = await browser.openFixture(SAMPLES[0]!);
      await page.waitForFunction(() => CSS.highlights.size > 0, null, { timeout: 15_000 });
      if (await clickHighlight(page, 'Cho Tae-yul')) await cardShot(page, shot(`ui-${locale}-card.png`));
      const popup = await browser.openPopup(page);
      await popup.locator('main:not([aria-busy])').first().waitFor({ timeout: 15_000 });
      await popupShot(popup, shot(`ui-${locale}-popup.png`), 'Cho Tae-yul');
      await popup.close();
      await page.close();
    }
    await chooseLanguage(browser, null);
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
