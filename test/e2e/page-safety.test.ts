/**
 * The page keeps working: a framework-rendered page under highlights, text that arrives later,
 * hostile strings shown as text in cards and the popup, and nothing left behind when the
 * extension is reloaded.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { highlightTexts, useExtensionBrowser } from './harness';
import { cardOf, clickText, serialise, serveReactPage, waitForHighlights } from './highlight-helpers';

const browser = useExtensionBrowser();

const painted = async (page: Page, name: string) => (await highlightTexts(page))[name] ?? [];

describe('a framework-rendered page', () => {
  it('keeps working while highlighted, and its new text gets highlighted', async () => {
    const path = await serveReactPage(browser);
    const page = await browser.openFixture(path);
    await waitForHighlights(page, 'readout-lens-agreement');
    expect(await painted(page, 'readout-lens-agreement')).toEqual([
      'Regional Comprehensive Economic Partnership',
    ]);

    // Its buttons still update its state, re-rendering text that holds highlighted names.
    for (let i = 0; i < 3; i++) await page.click('#more-points');
    expect(await page.textContent('#count')).toBe('3');
    expect(await page.textContent('#points')).toContain(
      'Wang Yi listed 3 points of agreement with Cho Tae-yul.',
    );

    // New paragraphs it renders are highlighted (the observer re-analyses).
    await page.click('#add-paragraph');
    await expect
      .poll(() => painted(page, 'readout-lens-agreement'))
      .toEqual(expect.arrayContaining(['Belt and Road Initiative']));
    // It removes a highlighted paragraph and brings it back without errors.
    await page.click('#toggle-optional');
    await expect.poll(() => page.locator('#optional').count()).toBe(0);
    await page.click('#toggle-optional');
    await page.locator('#optional').waitFor();
    await page.click('#add-paragraph');
    await expect.poll(() => page.locator('.extra').count()).toBe(2);

    // A card opens over it, and the app still works afterwards.
    await clickText(page, 'Cho Tae-yul');
    await cardOf(page).waitFor();
    await page.mouse.click(2, 2);
    await page.click('#more-points');
    expect(await page.textContent('#count')).toBe('4');
    expect(await page.evaluate(() => (window as unknown as { appErrors: string[] }).appErrors)).toEqual([]);
    expect(await page.locator('readout-lens-mark').count()).toBe(0);
    await page.close();
  });
});

describe('text that arrives later', () => {
  it('highlights paragraphs added after load', async () => {
    const page = await browser.openFixture('pages/dynamic.html');
    await waitForHighlights(page, 'readout-lens-official');
    expect(await painted(page, 'readout-lens-agreement')).toEqual([]);
    await page.evaluate(() =>
      (window as unknown as { addParagraph(t: string): void }).addParagraph(
        'They agreed to study the Belt and Road Initiative together.',
      ),
    );
    await expect.poll(() => painted(page, 'readout-lens-agreement')).toEqual(['Belt and Road Initiative']);
    await page.evaluate(() =>
      (window as unknown as { addParagraph(t: string): void }).addParagraph(
        'They also reviewed the Regional Comprehensive Economic Partnership.',
      ),
    );
    await expect
      .poll(() => painted(page, 'readout-lens-agreement'))
      .toEqual(['Belt and Road Initiative', 'Regional Comprehensive Economic Partnership']);
    await page.close();
  });
});

describe('hostile text is text', () => {
  const COUNT = 120;
  /** Each payload would call `__pwned` in the page if it were ever parsed as HTML. */
  const payload = (i: number) =>
    [
      `<img src=x onerror="__pwned(${i})">`,
      `<svg onload="__pwned(${i})">`,
      `"><script>__pwned(${i})</script>`,
      `<iframe srcdoc="<script>parent.__pwned(${i})</script>">`,
    ][i % 4]!;
  const termName = (i: number) => `Accord ${i} ${payload(i)}`;

  it(
    'shows glossary names, notes and archived titles as text in cards and the popup',
    { timeout: 240_000 },
    async () => {
      // The glossary: entities whose names and notes are payloads; the archive: prior readouts
      // titled with payloads (a `javascript:` URL is refused at save). Sent from one extension page.
      const ext = await browser.context.newPage();
      await ext.goto(`chrome-extension://${browser.extensionId}/popup.html`);
      const send = (messages: unknown[]) =>
        ext.evaluate(async (all) => {
          const replies: { ok: boolean; value?: unknown; error?: string }[] = [];
          for (const m of all) replies.push(await chrome.runtime.sendMessage(m));
          return replies;
        }, messages);
      const glossaryReplies = await send(
        Array.from({ length: COUNT }, (_, i) => ({
          type: 'glossary/put',
          entry: { kind: 'agreement', name: termName(i), aliases: [], note: `note ${payload(i)}` },
        })),
      );
      expect(glossaryReplies.filter((r) => !r.ok)).toEqual([]);
      const idOf = new Map(
        glossaryReplies.map((r) => [(r.value as { name: string }).name, (r.value as { id: string }).id]),
      );
      const saveAt = (url: string, i: number) => {
        const key = idOf.get(termName(i))!;
        return {
          type: 'archive/save',
          input: {
            url,
            readout: {
              isReadout: true,
              pageKind: 'readout',
              ministry: null,
              title: `Prior ${payload(i)}`,
              date: '2024-01-01',
              place: null,
              language: 'en',
              participants: [],
              body: [],
            },
            entities: [
              { key, kind: 'agreement', name: termName(i), id: null, surfaces: [termName(i)], mentions: 1 },
            ],
            participantKeys: [],
          },
        };
      };
      const [scriptUrl] = await send([saveAt('javascript:__pwned(999)', 0)]);
      expect(scriptUrl!.ok).toBe(false);
      const archiveReplies = await send(
        Array.from({ length: 10 }, (_, i) => saveAt(`https://mfa.example/prior-${i}`, i)),
      );
      expect(archiveReplies.filter((r) => !r.ok)).toEqual([]);
      await ext.close();

      // A page that writes the same names as text (escaped in its source).
      const escape = (s: string) =>
        s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
      const paragraphs = Array.from(
        { length: COUNT },
        (_, i) => `<p>Both sides welcomed the ${escape(termName(i))} today.</p>`,
      );
      browser.site.routes.set(
        '/pages/hostile.html',
        `<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8"><title>Wang Yi Meets Cho Tae-yul</title>
<meta name="PubDate" content="2024-12-01 10:00"></head><body><div class="content_mod"><h2 class="title">Wang Yi Meets Cho Tae-yul</h2>
<p class="time"><span id="News_Body_Time">2024-12-01 10:00</span></p><div class="content">${paragraphs.join('\n')}</div></div></body></html>`,
      );
      const page = await browser.context.newPage();
      await page.addInitScript(() => {
        const ran: number[] = [];
        Object.assign(window, { __ran: ran, __pwned: (n: number) => ran.push(n) });
      });
      await page.goto(`${browser.site.origin}/pages/hostile.html`);
      await waitForHighlights(page, 'readout-lens-agreement');
      const termsPainted = await painted(page, 'readout-lens-agreement');
      expect(termsPainted.length).toBe(COUNT);

      // Walk every term with the keyboard and open its card.
      const seen: string[] = [];
      for (let i = 0; i < COUNT + 2; i++) {
        await page.keyboard.press('Alt+Shift+N');
        await page.keyboard.press('Enter');
        const card = cardOf(page);
        await card.waitFor();
        await card.locator('.related-section .empty, .related-section li').first().waitFor();
        const name = (await card.locator('h2').textContent()) ?? '';
        if (name.startsWith('Accord')) seen.push(name);
        await page.keyboard.press('Escape');
      }
      expect(new Set(seen)).toEqual(new Set(Array.from({ length: COUNT }, (_, i) => termName(i))));

      // One card in full: its note and its related titles are literal text; the link is inert.
      await clickText(page, termName(0));
      const card = cardOf(page);
      await card.locator('.related-section li').first().waitFor();
      expect(await card.locator('.note-text').textContent()).toBe(`note ${payload(0)}`);
      expect(await card.locator('.related-section li a').first().textContent()).toBe(`Prior ${payload(0)}`);
      expect(await card.locator('.related-section li a').first().getAttribute('href')).toBe(
        'https://mfa.example/prior-0',
      );

      const injected = await page.evaluate(() =>
        [...document.querySelectorAll('readout-lens-ui')].map(
          (host) => host.shadowRoot?.querySelectorAll('img, svg, script, iframe').length ?? 0,
        ),
      );
      expect(injected.every((n) => n === 0)).toBe(true);
      expect(await page.evaluate(() => (window as unknown as { __ran: number[] }).__ran)).toEqual([]);

      // The popup lists the same names as text.
      const popup = await browser.openPopup(page);
      await popup.getByText(termName(1), { exact: false }).first().waitFor({ timeout: 15_000 });
      expect(await popup.locator('img, svg[onload], iframe, [onerror], [onload]').count()).toBe(0);
      await popup.close();
      expect(await page.evaluate(() => (window as unknown as { __ran: number[] }).__ran)).toEqual([]);
      await page.close();
    },
  );
});

describe('extension reload', () => {
  it('leaves nothing behind on the page', async () => {
    const page = await browser.openFixture('samples/cn-mfa-wang-yi-cho-tae-yul.html');
    await waitForHighlights(page);
    const before = await serialise(page);
    await clickText(page, 'Wang Yi');
    await cardOf(page).waitFor();
    await page.keyboard.press('Alt+Shift+N');
    await browser.serviceWorker.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
    await page.waitForFunction(() => CSS.highlights.size === 0, null, { timeout: 15_000 });
    await expect.poll(() => page.locator('readout-lens-ui').count()).toBe(0);
    expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
    expect(await serialise(page)).toBe(before);
    await page.close();
  });
});
