/**
 * Both sides of one meeting in real Chromium: save a US State and a China MFA readout of one call
 * (pages we wrote in each ministry's DOM shape), find "the other side's readout" in the popup,
 * open the comparison from it, and read the summary, the marked entities, a card, dark mode and
 * the Markdown export; the archive page lists the meeting with both governments.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useExtensionBrowser } from './harness';
import { cardOf, clickText } from './highlight-helpers';

const browser = useExtensionBrowser();

const US = 'compare/pages/us-state-call-wang-yi.html';
const CN = 'compare/pages/cn-mfa-call-blinken-zh.html';

async function openAndSave(path: string): Promise<Page> {
  const page = await browser.openFixture(path);
  await page.waitForFunction(() => CSS.highlights.size > 0, null, { timeout: 15_000 });
  const popup = await browser.openPopup(page);
  await popup.getByRole('button', { name: 'Save to archive' }).click();
  await popup.getByRole('button', { name: 'Saved' }).waitFor();
  await popup.close();
  return page;
}

describe('comparison of both sides’ readouts', () => {
  it('opens from the popup with the summary, each side’s unique entities marked, cards, dark mode and export', async () => {
    await (await openAndSave(CN)).close();
    const us = await openAndSave(US);

    const popup = await browser.openPopup(us);
    const others = popup.getByRole('region', { name: 'The other side’s readout' });
    await others.locator('li').first().waitFor();
    expect(await others.locator('li').count()).toBe(1);
    expect(await others.locator('.reporter').textContent()).toContain('(Chinese)');
    const [compare] = await Promise.all([
      browser.context.waitForEvent('page'),
      others.getByRole('link', { name: 'Compare side by side' }).click(),
    ]);
    await compare.getByRole('heading', { name: 'Both sides of one meeting' }).waitFor();

    // Summary: what each side names that the other does not; who asked.
    const summaryCell = (row: string, side: 'a' | 'b') =>
      compare.locator(`.summary tr.${row} td.side-${side}`).textContent();
    expect(await summaryCell('officials', 'a')).toContain('Matthew Miller');
    expect(await summaryCell('officials', 'b')).toMatch(/Xi Jinping/);
    expect(await summaryCell('officials', 'b')).toMatch(/Joe Biden/);
    expect(await summaryCell('topics', 'a')).toContain('Ukraine');
    expect(await summaryCell('topics', 'b')).toContain('not mentioned');
    expect(await summaryCell('outcomes-row', 'a')).toContain('agreed to hold');
    expect(await summaryCell('wording-row', 'b')).toContain('红线');
    expect(await compare.locator('p.initiator').textContent()).toMatch(
      /U\.S\. Department of State \(United States\), English, .*asked for it.*应约/s,
    );
    expect(await compare.locator('p.shared').textContent()).toMatch(/Taiwan/);

    // Each side's unique entities are marked in its text; the shared ones are not.
    const marked = (side: 'a' | 'b') =>
      compare
        .locator(`.texts td.side-${side} button.entity.unique`)
        .evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('data-entity-key')))].sort());
    expect(await marked('a')).toEqual(['matthew-miller']);
    expect(await marked('b')).toEqual(['joe-biden', 'xi-jinping']);
    expect(await compare.locator('.texts button.entity[data-entity-key="wang-yi"]').count()).toBeGreaterThan(
      1,
    );
    expect(await compare.locator('.texts button.entity.unique[data-entity-key="wang-yi"]').count()).toBe(0);

    // The 30-day commitment stands on one row in both languages.
    const row = compare.locator('.texts tr.aligned', { hasText: 'within 30 days' });
    expect(await row.locator('td.side-b').textContent()).toContain('30天内');

    // Keyboard: Tab reaches an entity, Enter opens its card, Escape closes it and gives focus back.
    const miller = compare.locator('.texts button.entity[data-entity-key="matthew-miller"]').first();
    for (let i = 0; i < 40 && !(await miller.evaluate((el) => el === document.activeElement)); i++)
      await compare.keyboard.press('Tab');
    expect(await miller.evaluate((el) => el === document.activeElement)).toBe(true);
    await compare.keyboard.press('Enter');
    const card = compare.getByRole('dialog');
    await card.waitFor();
    expect(await card.locator('h2').textContent()).toBe('Matthew Miller');
    await compare.keyboard.press('Escape');
    await card.waitFor({ state: 'detached' });
    expect(await miller.evaluate((el) => el === document.activeElement)).toBe(true);

    // Dark mode: light text on a dark ground.
    await compare.emulateMedia({ colorScheme: 'dark' });
    const colours = await compare.evaluate(() => {
      const style = getComputedStyle(document.body);
      return { fg: style.color, bg: style.backgroundColor };
    });
    const luminance = (rgb: string) => {
      const [r, g, b] = rgb.match(/\d+/g)!.map(Number);
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    expect(luminance(colours.fg) - luminance(colours.bg)).toBeGreaterThan(150);

    // Markdown export.
    const [download] = await Promise.all([
      compare.waitForEvent('download'),
      compare.getByRole('button', { name: 'Export as Markdown' }).click(),
    ]);
    const markdown = await readFile((await download.path())!, 'utf8');
    expect(markdown).toMatch(/\| Topics only this side raises \| .*Ukraine.* \| \*not mentioned\* \|/);
    expect(markdown).toContain('30天内');
    expect(markdown).not.toMatch(/<[a-z]/i);

    await compare.close();
    await popup.close();
    await us.close();
  });

  it('a card on the readout page shows the other side’s readout and opens the comparison', async () => {
    const us = await browser.openFixture(US);
    await us.waitForFunction(() => CSS.highlights.size > 0, null, { timeout: 15_000 });
    await clickText(us, 'Matthew Miller');
    const card = cardOf(us);
    await card.waitFor();
    const others = card.getByRole('region', { name: 'The other side’s readout' });
    await others.locator('li').first().waitFor();
    expect(await others.textContent()).toContain('王毅应约同美国国务卿布林肯通电话');
    const [compare] = await Promise.all([
      browser.context.waitForEvent('page'),
      others.getByRole('button', { name: 'Compare side by side' }).click(),
    ]);
    await compare.getByRole('heading', { name: 'Both sides of one meeting' }).waitFor();
    expect(await compare.locator('.summary tr.topics td.side-a').textContent()).toContain('Ukraine');
    await compare.close();
    await us.close();
  });

  it('the archive page lists the meeting with the governments that reported it', async () => {
    const archive = await browser.context.newPage();
    await archive.goto(`chrome-extension://${browser.extensionId}/archive.html`);
    const meeting = archive.locator('ul.meetings > li.meeting');
    await meeting.first().waitFor();
    expect(await meeting.count()).toBe(1);
    expect(await meeting.locator('.reporters').textContent()).toMatch(
      /Department of State.*Ministry of Foreign Affairs|Ministry of Foreign Affairs.*Department of State/,
    );
    expect(await meeting.locator('a.compare-link').getAttribute('href')).toMatch(/compare\.html\?a=.*&b=/);
    await archive.close();
  });
});
