/**
 * Issue 14 in real Chromium: the card (office then and now, native name, links once, an
 * agreement's facts), the popup (cards inside it, the ministry once, which date is which), the
 * highlight legend and the organization highlight on a dark banner, and the UI languages (the
 * options' choice, the browser's language, Enter in an IME composition).
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, useExtensionBrowser, type ExtensionBrowser } from './harness';
import { cardOf, clickText, waitForHighlights } from './highlight-helpers';

const browser = useExtensionBrowser();

const CN = 'samples/cn-mfa-wang-yi-cho-tae-yul.html';
const US = 'samples/us-state-blinken-cho-tae-yul.html';

async function openCard(page: Page, text: string, nth = 0) {
  await clickText(page, text, nth);
  const card = cardOf(page);
  await card.waitFor();
  // Details come from the background; prior readouts from the archive.
  await card.locator('.related-section .empty, .related-section li').first().waitFor();
  return card;
}

async function readyPopup(b: ExtensionBrowser, page: Page) {
  const popup = await b.openPopup(page);
  await popup.locator('dd.date').waitFor();
  return popup;
}

const setLanguage = (b: ExtensionBrowser, value: string | null) =>
  b.serviceWorker.evaluate(
    (v) => (v ? chrome.storage.local.set({ uiLanguage: v }) : chrome.storage.local.remove('uiLanguage')),
    value,
  );

describe('the card', () => {
  it('says when an official left office, writes native names, and gives each link once', async () => {
    const page = await browser.openFixture(US);
    await waitForHighlights(page);
    const blinken = await openCard(page, 'Antony J. Blinken');
    expect(await blinken.locator('.role').textContent()).toBe('On 5 February 2024: Secretary of State');
    expect(await blinken.locator('.role-now').textContent()).toBe('Now: left office on 20 January 2025');
    await blinken.locator('.links a').first().waitFor();
    const hrefs = await blinken
      .locator('.links a')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs.length).toBeGreaterThan(0);
    expect(new Set(hrefs).size).toBe(hrefs.length);
    await page.keyboard.press('Escape');

    const cho = await openCard(page, 'Cho Tae-yul');
    expect(await cho.locator('h2 .native').textContent()).toBe('조태열');
    expect(await cho.locator('h2 .native').getAttribute('lang')).toBe('ko');
    expect(await cho.locator('.role-now').textContent()).toMatch(/^Now: (left office|.+)/);
    await page.close();
  });

  it("gives an agreement's status, key dates and parties", async () => {
    const page = await browser.openFixture(CN);
    await waitForHighlights(page);
    const card = await openCard(page, 'Regional Comprehensive Economic Partnership');
    await card.locator('dl.facts').waitFor();
    const facts = await card
      .locator('dl.facts > div')
      .evaluateAll((rows) =>
        rows.map((r) => [r.querySelector('dt')!.textContent, r.querySelector('dd')!.textContent]),
      );
    const byLabel = Object.fromEntries(facts);
    expect(byLabel.Status).toBe('In force');
    expect(byLabel.Signed).toBe('15 November 2020');
    expect(byLabel.Parties).toContain('Australia');
    expect(byLabel.Parties).not.toContain('African Union');
    await page.close();
  });
});

describe('the popup', () => {
  it('opens an official to the same card, names the ministry once, and explains the highlights', async () => {
    const page = await browser.openFixture(CN);
    await waitForHighlights(page);
    const popup = await readyPopup(browser, page);
    expect(await popup.locator('dd.place').textContent()).toBe('Beijing');
    const ministry = await popup.locator('dd.ministry').textContent();
    expect(ministry).toContain('Ministry of Foreign Affairs');
    const organizations = await popup.locator('section.organization summary .name').allTextContents();
    expect(organizations.some((o) => /Ministry of Foreign Affairs/.test(o))).toBe(false);

    const row = popup.locator('li[data-entity-key="wang-yi"] details');
    await row.locator('summary').click();
    const card = row.locator('.card.inline');
    await card.locator('.links a').first().waitFor();
    expect(await card.locator('h2 .name').textContent()).toBe('Wang Yi');
    expect(await card.locator('.role').textContent()).toMatch(/^On 13 May 2024: /);
    expect(await card.locator('.role-now').textContent()).toMatch(/^Now: /);

    const legend = await popup
      .locator('section.legend li')
      .evaluateAll((items) =>
        items.map((li) => getComputedStyle(li.querySelector('.sample')!).textDecorationStyle),
      );
    expect(legend).toEqual(['solid', 'dashed', 'dotted', 'double']);
    // Buttons take the card's theme.
    const save = popup.getByRole('button', { name: 'Save to archive' });
    expect(await save.evaluate((b) => getComputedStyle(b).borderRadius)).toBe('4px');
    await popup.close();
    await page.close();
  });

  it('keeps organization highlights readable on a dark banner: their own text colour on an opaque chip', async () => {
    const page = await browser.openFixture(CN);
    await waitForHighlights(page, 'readout-lens-organization');
    const ratio = await page.evaluate(() => {
      const rule = [...document.adoptedStyleSheets]
        .flatMap((s) => [...s.cssRules])
        .find((r) => r.cssText.includes('readout-lens-organization')) as CSSStyleRule | undefined;
      if (!rule) return 0;
      const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
      const luminance = (c: string) => {
        const [r, g, b] = rgb(c)
          .map((v) => v / 255)
          .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
        return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
      };
      const bg = rule.style.backgroundColor;
      if (rgb(bg).length > 3 && rgb(bg)[3]! < 1) return 0; // translucent: the banner shows through
      const [a, b] = [luminance(rule.style.color), luminance(bg)].sort((x, y) => y - x);
      return (a! + 0.05) / (b! + 0.05);
    });
    expect(ratio).toBeGreaterThanOrEqual(7);
    await page.close();
  });
});

describe('UI languages', () => {
  it("follows the options' choice in the card, the popup and the options page itself", async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.locator('select[name="ui-language"]').selectOption('ko');
    await options.getByRole('heading', { name: 'Readout Lens 옵션' }).waitFor();
    await options.close();

    const page = await browser.openFixture(CN);
    await waitForHighlights(page);
    const card = await openCard(page, 'Cho Tae-yul', 1);
    expect(await card.locator('.role').textContent()).toMatch(/^2024년 5월 13일: /);
    expect(await card.locator('.role-now').textContent()).toMatch(/^현재: /);
    const popup = await readyPopup(browser, page);
    expect(await popup.getByRole('button', { name: '아카이브에 저장' }).count()).toBe(1);
    expect(await popup.locator('section.legend h2').textContent()).toBe('강조 표시 스타일');
    await popup.close();
    await page.close();
    await setLanguage(browser, null);
  });

  it('never submits a form on the Enter that ends an IME composition', async () => {
    await setLanguage(browser, 'ja');
    const archive = await browser.context.newPage();
    await archive.goto(`chrome-extension://${browser.extensionId}/archive.html`);
    const form = archive.locator('form.glossary-form').first();
    await form.locator('input[name="name"]').fill('日米同盟');
    const prevented = await form.locator('input[name="name"]').evaluate((input) => {
      const e = new KeyboardEvent('keydown', {
        key: 'Enter',
        isComposing: true,
        bubbles: true,
        cancelable: true,
      });
      input.dispatchEvent(e);
      return e.defaultPrevented;
    });
    expect(prevented).toBe(true);
    expect(await archive.locator('h1').textContent()).toBe('Readout Lens — あなたのアーカイブ');
    await archive.close();
    await setLanguage(browser, null);
  });

  describe('in a browser whose language is Traditional Chinese', () => {
    let zhTW: ExtensionBrowser | undefined;
    afterAll(async () => {
      await zhTW?.close();
    });

    it('speaks Traditional Chinese by default, never Simplified', async () => {
      zhTW = await launchExtension({ lang: 'zh-TW' });
      const page = await zhTW.openFixture(CN);
      await waitForHighlights(page);
      const popup = await readyPopup(zhTW, page);
      expect(await popup.getByRole('button', { name: '儲存到存檔' }).count()).toBe(1);
      expect(await popup.getByRole('button', { name: '保存到存档' }).count()).toBe(0);
      expect(await popup.locator('dd.date').textContent()).toBe('2024年5月13日');
      await popup.close();
      await page.close();
    });
  });
});
