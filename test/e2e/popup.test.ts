/**
 * The popup in real Chromium: page facts, Save → Saved (and Saved on reopening), highlights
 * switch, keyboard use, and 20 saves from 20 tabs at once.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { FIXTURES_DIR, useExtensionBrowser } from './harness';

const browser = useExtensionBrowser();

const SAMPLE = 'samples/cn-mfa-wang-yi-cho-tae-yul.html';
const waitForPaint = (page: Page) =>
  page.waitForFunction(() => CSS.highlights.size > 0, null, { timeout: 15_000 });

async function archivedUrls(page: Page): Promise<string[]> {
  const reply = (await page.evaluate(() => chrome.runtime.sendMessage({ type: 'archive/list' }))) as {
    ok: boolean;
    value: { url: string }[];
  };
  expect(reply.ok).toBe(true);
  return reply.value.map((r) => r.url);
}

describe('popup', () => {
  it('shows the page, saves by keyboard, and says Saved when reopened', async () => {
    const page = await browser.openFixture(SAMPLE);
    await waitForPaint(page);
    const popup = await browser.openPopup(page);
    await popup.locator('dd.date').waitFor();
    expect(await popup.locator('h1.title').textContent()).toContain('Wang Yi');
    expect(await popup.locator('dd.participants').textContent()).toMatch(/Wang Yi/);
    expect(await popup.locator('section.entities.official h2').textContent()).toBe('Officials');
    await popup.locator('section.related-section p.empty, section.related-section li').first().waitFor();

    // Keyboard only: Tab reaches Save before the highlights switch; Enter presses it.
    const save = popup.getByRole('button', { name: 'Save to archive' });
    for (let i = 0; i < 10 && !(await save.evaluate((el) => el === document.activeElement)); i++)
      await popup.keyboard.press('Tab');
    expect(await save.evaluate((el) => el === document.activeElement)).toBe(true);
    await popup.keyboard.press('Enter');
    await popup.getByRole('button', { name: 'Saved' }).waitFor();
    expect(await archivedUrls(popup)).toContain(page.url());
    await popup.close();

    const again = await browser.openPopup(page);
    await again.getByRole('button', { name: 'Saved' }).waitFor();
    expect(await again.getByRole('button', { name: 'Saved' }).isDisabled()).toBe(true);
    await again.close();
    await page.close();
  });

  it('turns the page highlights off and on', async () => {
    const page = await browser.openFixture(SAMPLE);
    await waitForPaint(page);
    const popup = await browser.openPopup(page);
    const toggle = popup.getByRole('switch', { name: 'Highlights' });
    await toggle.waitFor();
    expect(await toggle.isChecked()).toBe(true);
    await toggle.press('Space');
    await page.waitForFunction(() => CSS.highlights.size === 0, null, { timeout: 5_000 });
    expect(await toggle.isChecked()).toBe(false);
    await toggle.press('Space');
    await waitForPaint(page);
    expect(await toggle.isChecked()).toBe(true);
    await popup.close();
    await page.close();
  });

  it('says what kind of page an article is, and shows participants only for readouts', async () => {
    const page = await browser.openFixture('cn-mfa/other.html');
    await waitForPaint(page);
    const popup = await browser.openPopup(page);
    await popup.locator('dd.page-kind').waitFor();
    expect(await popup.locator('dd.page-kind').textContent()).toBe('Press conference or briefing transcript');
    expect(await popup.locator('dd.participants').count()).toBe(0);
    expect(await popup.locator('section.entities.official').textContent()).toContain('Mao Ning');
    await popup.close();
    await page.close();

    const readout = await browser.openFixture(SAMPLE);
    await waitForPaint(readout);
    const again = await browser.openPopup(readout);
    await again.locator('dd.page-kind').waitFor();
    expect(await again.locator('dd.page-kind').textContent()).toBe('Readout');
    await again.close();
    await readout.close();
  });

  it('offers no Save for a page that is not a readout, and links to the archive', async () => {
    browser.site.routes.set('/plain.html', '<!doctype html><title>Cafe menu</title><p>Coffee and cake.</p>');
    const page = await browser.context.newPage();
    await page.goto(`${browser.site.origin}/plain.html`);
    const popup = await browser.openPopup(page);
    await popup.getByText('not an article').waitFor();
    expect(await popup.getByRole('button', { name: /save/i }).count()).toBe(0);
    expect(await popup.getByRole('link', { name: 'Open your archive' }).getAttribute('href')).toMatch(
      /archive\.html$/,
    );
    await popup.close();
    await page.close();
  });

  it('20 saves from 20 tabs at once all land', async () => {
    const html = await readFile(join(FIXTURES_DIR, SAMPLE), 'utf8');
    const pages: Page[] = [];
    for (let i = 0; i < 20; i++) {
      browser.site.routes.set(`/concurrent/${i}.html`, html);
      const page = await browser.context.newPage();
      await page.goto(`${browser.site.origin}/concurrent/${i}.html`);
      pages.push(page);
    }
    await Promise.all(pages.map(waitForPaint));
    const tabIds = await Promise.all(pages.map((p) => browser.tabIdOf(p)));
    const popup = await browser.openPopup(pages[0]!);
    const replies = (await popup.evaluate(
      (ids) =>
        Promise.all(ids.map((tabId) => chrome.runtime.sendMessage({ type: 'archive/save-tab', tabId }))),
      tabIds,
    )) as { ok: boolean; error?: string }[];
    expect(replies.filter((r) => !r.ok)).toEqual([]);
    const urls = await archivedUrls(popup);
    for (const page of pages) expect(urls).toContain(page.url());
    await popup.close();
    await Promise.all(pages.map((p) => p.close()));
  });
});
