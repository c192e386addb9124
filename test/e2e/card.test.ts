/**
 * The context card in real Chromium: by click and by keyboard, its ARIA, its place in the
 * viewport, how it closes, related readouts and notes to the glossary.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { highlightTexts, useExtensionBrowser } from './harness';
import {
  cardOf,
  clickText,
  liveRegionText,
  pointOf,
  sendToBackground,
  sendToTab,
  waitForHighlights,
} from './highlight-helpers';

const browser = useExtensionBrowser();

const SAMPLE = 'samples/cn-mfa-wang-yi-cho-tae-yul.html';

const currentTerm = (page: Page) =>
  page.evaluate(() => {
    const h = CSS.highlights.get('readout-lens-current');
    return h ? [...(h as unknown as Iterable<Range>)].map((r) => r.toString()) : [];
  });

describe('context card by click', () => {
  it('shows name, kind and office in a labelled dialog, inside the viewport', async () => {
    const page = await browser.openFixture(SAMPLE);
    await waitForHighlights(page);
    await clickText(page, 'Cho Tae-yul', 1);
    const card = cardOf(page);
    await card.waitFor();
    // The romanised name, and the native one beside it (issue 14).
    expect(await card.locator('h2').textContent()).toBe('Cho Tae-yul 조태열');
    const labelled = await page.evaluate(() => {
      const root = document.querySelector('readout-lens-ui')!.shadowRoot!;
      const dialog = root.querySelector('[role="dialog"]')!;
      return root.getElementById(dialog.getAttribute('aria-labelledby')!)?.textContent;
    });
    expect(labelled).toBe('Cho Tae-yul 조태열');
    expect(await card.locator('.kind').textContent()).toContain('Official');
    expect(await card.locator('.role').textContent()).toMatch(/^On 13 May 2024:/);
    // Related readouts load (none yet in a fresh archive).
    await card.locator('.related-section .empty, .related-section li').first().waitFor();

    const box = (await card.boundingBox())!;
    const viewport = page.viewportSize()!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
    expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
    await page.close();
  });

  it('stays inside the viewport for a term at the bottom right of a small window', async () => {
    const page = await browser.openFixture(SAMPLE);
    await page.setViewportSize({ width: 480, height: 320 });
    await waitForHighlights(page);
    await page.evaluate(() => {
      const p = [...document.querySelectorAll('.content p')].at(-1)!;
      p.scrollIntoView({ block: 'end' });
    });
    await clickText(page, 'Belt and Road Initiative');
    const box = (await cardOf(page).boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(480);
    expect(box.y + box.height).toBeLessThanOrEqual(320);
    await page.close();
  });

  it('closes on a click outside and when its term scrolls out of view', async () => {
    const page = await browser.openFixture(SAMPLE);
    await page.setViewportSize({ width: 900, height: 400 });
    await waitForHighlights(page);
    await clickText(page, 'Wang Yi');
    await cardOf(page).waitFor();
    await page.mouse.click(3, 3);
    await expect.poll(() => cardOf(page).count()).toBe(0);

    await page.evaluate(() => {
      document.body.style.paddingBottom = '3000px';
    });
    await clickText(page, 'Wang Yi');
    await cardOf(page).waitFor();
    await page.evaluate(() => window.scrollBy(0, 2500));
    await expect.poll(() => cardOf(page).count()).toBe(0);
    await page.close();
  });

  it('lets a click on a term inside a link follow the link; resting the pointer opens its card', async () => {
    const page = await browser.openFixture('pages/linked.html');
    await waitForHighlights(page);
    expect((await highlightTexts(page))['readout-lens-official']).toContain('Cho Tae-yul');
    const inLink = await pointOf(page, 'Cho Tae-yul', 1); // the first is in the headline
    const plain = await pointOf(page, 'Belt and Road');

    await page.mouse.move(inLink.x, inLink.y);
    await cardOf(page).waitFor();
    expect(await cardOf(page).locator('h2 .name').textContent()).toBe('Cho Tae-yul');
    // The pointer can travel into the card (it stays), then away (it goes).
    const box = (await cardOf(page).boundingBox())!;
    await page.mouse.move(box.x + 20, box.y + 20, { steps: 4 });
    await page.waitForTimeout(700);
    expect(await cardOf(page).count()).toBe(1);
    await page.mouse.move(plain.x, plain.y + 200, { steps: 4 });
    await expect.poll(() => cardOf(page).count()).toBe(0);

    // The link still works: the click navigates.
    await page.mouse.click(inLink.x, inLink.y);
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#profile');
    // A term outside a link opens by click at once.
    await page.mouse.move(3, 3);
    await expect.poll(() => cardOf(page).count()).toBe(0);
    await clickText(page, 'Belt and Road Initiative');
    await cardOf(page).waitFor();
    expect(await cardOf(page).locator('h2 .name').textContent()).toBe('Belt and Road Initiative');
    await page.close();
  });
});

describe('keyboard access', () => {
  it('walks the terms in reading order, announces each, opens with Enter and closes with Escape', async () => {
    const page = await browser.openFixture(SAMPLE);
    const highlights = await waitForHighlights(page);
    // Reading order of all painted terms.
    const order = await page.evaluate(() => {
      const all: Range[] = [];
      CSS.highlights.forEach((h, name) => {
        if (name === 'readout-lens-current') return;
        for (const r of h as unknown as Iterable<AbstractRange>) {
          const live = document.createRange(); // StaticRanges cannot be compared or read
          live.setStart(r.startContainer, r.startOffset);
          live.setEnd(r.endContainer, r.endOffset);
          all.push(live);
        }
      });
      return all.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b)).map((r) => r.toString());
    });
    expect(order.length).toBe(Object.values(highlights).flat().length);

    await page.keyboard.press('Alt+Shift+N');
    expect(await currentTerm(page)).toEqual([order[0]]);
    await page.keyboard.press('Alt+Shift+N');
    expect(await currentTerm(page)).toEqual([order[1]]);
    const live = await liveRegionText(page);
    expect(live?.role).toBe('status');
    expect(live?.text).toContain(order[1]);
    expect(live?.text).toContain(`term 2 of ${order.length}`);

    await page.keyboard.press('Enter');
    const card = cardOf(page);
    await card.waitFor();
    // Focus moved into the card's dialog.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('READOUT-LENS-UI');
    await page.keyboard.press('Escape');
    await expect.poll(() => card.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);

    // The background's forwarded command walks on from the same place.
    await sendToTab(browser, page, { type: 'content/next-term' });
    expect(await currentTerm(page)).toEqual([order[2]]);
    await page.close();
  });

  it('returns focus to the element that had it when the card closes', async () => {
    const page = await browser.openFixture(SAMPLE);
    await waitForHighlights(page);
    await page.focus('form button');
    await page.keyboard.press('Alt+Shift+N');
    await page.keyboard.press('Enter');
    await cardOf(page).waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => cardOf(page).count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Suggest to a friend');
    await page.close();
  });
});

describe('notes and related readouts', () => {
  it('adds a note to the glossary, which the card then shows', async () => {
    const page = await browser.openFixture(SAMPLE);
    await waitForHighlights(page);
    await clickText(page, 'Wang Yi');
    const card = cardOf(page);
    await card.getByRole('button', { name: 'Add a note' }).click();
    await card.locator('textarea').fill('Met him twice in 2024.');
    await card.getByRole('button', { name: 'Save note' }).click();
    await expect.poll(() => card.locator('.note-status').textContent()).toBe('Saved to your glossary.');
    const listed = (await sendToBackground(browser, { type: 'glossary/list' })) as {
      ok: boolean;
      value: { kbId?: string; note: string }[];
    };
    expect(listed.ok).toBe(true);
    expect(listed.value).toEqual(
      expect.arrayContaining([expect.objectContaining({ kbId: 'wang-yi', note: 'Met him twice in 2024.' })]),
    );
    await page.close();

    const again = await browser.openFixture(SAMPLE);
    await waitForHighlights(again);
    await clickText(again, 'Wang Yi');
    await expect.poll(() => cardOf(again).locator('.note-text').textContent()).toBe('Met him twice in 2024.');
    await again.close();
  });

  it('lists prior readouts from the archive; a click opens one', async () => {
    const first = await browser.openFixture(SAMPLE);
    await waitForHighlights(first);
    const analysis = (await sendToTab(browser, first, { type: 'content/get-analysis' })) as {
      ok: boolean;
      value: { url: string; readout: unknown; entities: unknown[]; participantKeys: string[] };
    };
    expect(analysis.ok).toBe(true);
    const { url, readout, entities, participantKeys } = analysis.value;
    const saved = (await sendToBackground(browser, {
      type: 'archive/save',
      input: { url, readout, entities, participantKeys },
    })) as { ok: boolean };
    expect(saved.ok).toBe(true);
    await first.close();

    const later = await browser.openFixture('samples/us-state-blinken-cho-tae-yul.html');
    await waitForHighlights(later);
    await clickText(later, 'Cho Tae-yul');
    const item = cardOf(later).locator('.related-section li a').first();
    await item.waitFor();
    expect(await item.textContent()).toBe('Wang Yi Holds Talks with ROK Foreign Minister Cho Tae-yul');
    const [opened] = await Promise.all([browser.context.waitForEvent('page'), item.click()]);
    await opened!.waitForLoadState();
    expect(opened!.url()).toBe(url);
    await opened!.close();
    await later.close();
  });
});
