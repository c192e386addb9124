/**
 * The fallback painter in real Chromium, through the real content script. Chromium always has
 * the CSS Custom Highlight API, so each test takes it away from the content script's isolated
 * world (as in a browser without it) and turns highlights off and on: terms are then wrapped in
 * `<readout-lens-mark>`; cards open by click and keyboard; turning highlights off restores the
 * page exactly; a framework page keeps working.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useExtensionBrowser } from './harness';
import {
  cardOf,
  clickText,
  sendToTab,
  serialise,
  serveReactPage,
  waitForHighlights,
} from './highlight-helpers';

const browser = useExtensionBrowser();

const SAMPLE = 'samples/cn-mfa-wang-yi-cho-tae-yul.html';

/** Opens a page, waits for its highlights, then repaints it as in a browser without the API. */
async function openWithoutHighlightApi(path: string): Promise<Page> {
  const page = await browser.openFixture(path);
  await waitForHighlights(page);
  const cdp = await page.context().newCDPSession(page);
  const worlds: { id: number; origin: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', (event) => worlds.push(event.context));
  await cdp.send('Runtime.enable');
  const contentScript = worlds.find(
    (w) => w.auxData?.type === 'isolated' && w.origin === `chrome-extension://${browser.extensionId}`,
  );
  if (!contentScript) throw new Error('the content script has no isolated world in this page');
  await cdp.send('Runtime.evaluate', { contextId: contentScript.id, expression: 'delete window.Highlight' });
  await cdp.detach();
  await sendToTab(browser, page, { type: 'content/set-highlights', on: false });
  return page;
}

/** The wrapped terms, in page order. */
const markTexts = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll('readout-lens-mark')].map((m) => m.textContent));

async function highlightsOnWrapped(page: Page): Promise<(string | null)[]> {
  await sendToTab(browser, page, { type: 'content/set-highlights', on: true });
  await page.waitForFunction(() => document.querySelector('readout-lens-mark') !== null, null, {
    timeout: 15_000,
  });
  return markTexts(page);
}

describe('the wrapping fallback', () => {
  it('wraps the terms, opens cards by click and keyboard, and unwraps exactly', async () => {
    const page = await openWithoutHighlightApi(SAMPLE);
    const asParsed = await page.evaluate(async () => {
      const source = await (await fetch(location.href)).text();
      return new DOMParser().parseFromString(source, 'text/html').body.outerHTML;
    });
    // Highlights by the API never touched the DOM: the body is as the browser parsed it.
    expect(await page.evaluate(() => document.body.outerHTML)).toBe(asParsed);
    const text = await page.evaluate(() => document.body.textContent);

    const marks = await highlightsOnWrapped(page);
    expect(marks).toEqual(expect.arrayContaining(['Wang Yi', 'Cho Tae-yul', 'Belt and Road Initiative']));
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    // The text reads as before, and nothing inside the form is wrapped.
    expect(await page.evaluate(() => document.body.textContent)).toBe(text);
    expect(await page.locator('form readout-lens-mark').count()).toBe(0);
    // Officials and agreements differ by underline style, not only colour.
    const decorations = await page.evaluate(() => {
      const styleOf = (term: string) => {
        const mark = [...document.querySelectorAll('readout-lens-mark')].find((m) => m.textContent === term)!;
        return getComputedStyle(mark).textDecorationStyle;
      };
      return [styleOf('Wang Yi'), styleOf('Belt and Road Initiative')];
    });
    expect(decorations).toEqual(['solid', 'dashed']);

    await clickText(page, 'Cho Tae-yul', 1);
    await cardOf(page).waitFor();
    expect(await cardOf(page).locator('h2').textContent()).toBe('Cho Tae-yul 조태열');
    await page.keyboard.press('Escape');
    await expect.poll(() => cardOf(page).count()).toBe(0);

    await page.keyboard.press('Alt+Shift+N');
    await page.keyboard.press('Enter');
    await cardOf(page).waitFor();
    // The heading is the name, then its native script where the KB has one ("Wang Yi 王毅").
    expect(await cardOf(page).locator('h2').textContent()).toMatch(new RegExp(`^${marks[0]}( |$)`));
    await page.keyboard.press('Escape');
    await expect.poll(() => cardOf(page).count()).toBe(0);

    // Off: no mark left, and the body is again exactly as parsed; on and off again likewise.
    await sendToTab(browser, page, { type: 'content/set-highlights', on: false });
    expect(await page.locator('readout-lens-mark').count()).toBe(0);
    expect(await page.evaluate(() => document.body.outerHTML)).toBe(asParsed);
    const unwrapped = await serialise(page);
    expect(await highlightsOnWrapped(page)).toEqual(marks);
    await sendToTab(browser, page, { type: 'content/set-highlights', on: false });
    expect(await serialise(page)).toBe(unwrapped);
    await page.close();
  });

  it('keeps a framework-rendered page working while its text is wrapped', async () => {
    const page = await openWithoutHighlightApi(await serveReactPage(browser));
    expect(await highlightsOnWrapped(page)).toEqual(
      expect.arrayContaining(['Wang Yi', 'Regional Comprehensive Economic Partnership']),
    );
    for (let i = 0; i < 3; i++) await page.click('#more-points');
    expect(await page.textContent('#count')).toBe('3');
    await expect
      .poll(() => page.textContent('#points'))
      .toContain('Wang Yi listed 3 points of agreement with Cho Tae-yul.');
    // Its new paragraph is wrapped too, once the observer has re-analysed.
    await page.click('#add-paragraph');
    await expect.poll(() => markTexts(page)).toEqual(expect.arrayContaining(['Belt and Road Initiative']));
    await page.click('#toggle-optional');
    await expect.poll(() => page.locator('#optional').count()).toBe(0);
    await page.click('#toggle-optional');
    await page.locator('#optional').waitFor();
    await page.click('#more-points');
    await expect
      .poll(() => page.textContent('#points'))
      .toContain('Wang Yi listed 4 points of agreement with Cho Tae-yul.');
    expect(await page.evaluate(() => (window as unknown as { appErrors: string[] }).appErrors)).toEqual([]);
    await page.close();
  });
});
