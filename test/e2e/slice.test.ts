/**
 * The thin slice, end to end in real Chromium: highlight → card → popup → save → related.
 */
import { describe, expect, it } from 'vitest';
import { useExtensionBrowser } from './harness';
import { clickText, waitForHighlights } from './highlight-helpers';

const browser = useExtensionBrowser();

describe('thin slice: page to archive', () => {
  const first = 'samples/cn-mfa-wang-yi-cho-tae-yul.html';
  const second = 'samples/us-state-blinken-cho-tae-yul.html';

  it('highlights the officials and agreements of a sample readout', async () => {
    const page = await browser.openFixture(first);
    const highlights = await waitForHighlights(page);
    expect(highlights['readout-lens-official']).toEqual(expect.arrayContaining(['Wang Yi', 'Cho Tae-yul']));
    expect(highlights['readout-lens-agreement']).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Regional Comprehensive Economic Partnership/),
        'Belt and Road Initiative',
        'RCEP',
      ]),
    );
    // Text inside the page's form is never painted.
    const painted = Object.values(highlights).flat().length;
    const formValue = await page.$eval('form input', (el) => (el as HTMLInputElement).value);
    expect(formValue).toBe('Wang Yi');
    expect(painted).toBeGreaterThan(4);
    await page.close();
  });

  it('opens a context card in a shadow root when a highlight is clicked', async () => {
    const page = await browser.openFixture(first);
    await waitForHighlights(page);
    await clickText(page, 'Wang Yi');
    const card = page.locator('readout-lens-ui [role="dialog"]');
    await card.waitFor({ timeout: 10_000 });
    expect(await card.locator('h2').textContent()).toBe('Wang Yi 王毅');
    // The card details come from the background (the content script bundles only what
    // recognition needs) and fill in once they arrive.
    await card.locator('.background').waitFor({ timeout: 10_000 });
    expect(await card.locator('.background').textContent()).toMatch(/^Career diplomat/);
    expect(
      await card.locator('.links a').evaluateAll((links) => links.map((a) => a.getAttribute('href'))),
    ).toEqual(['https://en.wikipedia.org/wiki/Wang_Yi', 'https://www.wikidata.org/wiki/Q701801']);
    const inShadow = await page.evaluate(() => {
      const host = document.querySelector('readout-lens-ui');
      return Boolean(host?.shadowRoot?.querySelector('[role="dialog"]'));
    });
    expect(inShadow).toBe(true);
    // A click elsewhere closes it.
    await page.mouse.click(5, 5);
    await expect.poll(() => page.locator('readout-lens-ui').count()).toBe(0);
    await page.close();
  });

  it('lists the entities in the popup, saves through the background, and relates a later page', async () => {
    const page = await browser.openFixture(first);
    await waitForHighlights(page);
    const popup = await browser.openPopup(page);
    const officials = popup.locator('section.entities.official li');
    await officials.first().waitFor();
    expect(await officials.allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('Wang Yi'), expect.stringContaining('Cho Tae-yul')]),
    );
    await popup.getByRole('button', { name: /save/i }).click();
    await popup.getByRole('button', { name: 'Saved' }).waitFor();

    // The record is in IndexedDB, read back through the background.
    const stored = await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'archive/list' }));
    expect(stored.ok).toBe(true);
    expect(stored.value.map((r: { url: string }) => r.url)).toContain(page.url());
    const databases = await browser.serviceWorker.evaluate(async () =>
      (await indexedDB.databases()).map((d) => d.name),
    );
    expect(databases.some((n) => n?.includes('readout-lens-archive'))).toBe(true);
    await popup.close();

    const later = await browser.openFixture(second);
    await waitForHighlights(later);
    const laterPopup = await browser.openPopup(later);
    const related = laterPopup.locator('section.related-section li');
    await related.first().waitFor();
    expect(await related.first().textContent()).toContain(
      'Wang Yi Holds Talks with ROK Foreign Minister Cho Tae-yul',
    );
    await laterPopup.close();
    await later.close();
    await page.close();
  });
});
