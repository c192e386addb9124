/**
 * Highlights in real Chromium: on every sample and ministry fixture page, never in code or form
 * text, in same-origin frames, on a huge page, after SPA navigation; off restores the DOM exactly.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES_DIR, highlightTexts, useExtensionBrowser } from './harness';
import { hugeReadoutPage } from '../../bench/huge-page';
import {
  cardOf,
  clickText,
  liveRegionText,
  sendToTab,
  serialise,
  waitForHighlights,
} from './highlight-helpers';

const browser = useExtensionBrowser();

const samplePages = readdirSync(join(FIXTURES_DIR, 'samples'))
  .filter((f) => f.endsWith('.html'))
  .map((f) => `samples/${f}`);
const ministryPages = readdirSync(FIXTURES_DIR, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(FIXTURES_DIR, d.name, 'readout.html')))
  .map((d) => `${d.name}/readout.html`);

describe('highlights on each ministry page', () => {
  it.each([...samplePages, ...ministryPages])('paints officials or agreements on %s', async (path) => {
    const page = await browser.openFixture(path);
    const highlights = await waitForHighlights(page);
    const painted = [
      ...(highlights['readout-lens-official'] ?? []),
      ...(highlights['readout-lens-agreement'] ?? []),
    ];
    expect(painted.length).toBeGreaterThan(0);
    // Every painted range is real page text, not an empty or whitespace range.
    for (const text of painted) expect(text.trim().length).toBeGreaterThan(1);
    await page.close();
  });
});

describe('article pages that are not readouts', () => {
  it.each([
    ['ru-mid/other.html', 'Maria Zakharova'],
    ['cn-mfa/other.html', 'Mao Ning'],
  ])('paints the officials of a briefing transcript (%s)', async (path, official) => {
    const page = await browser.openFixture(path);
    const highlights = await waitForHighlights(page, 'readout-lens-official');
    expect(highlights['readout-lens-official']).toContain(official);
    await page.close();
  });
});

describe('page text that is never touched', () => {
  it('paints the article but nothing in script, style, textarea, input, editors, code or forms', async () => {
    const page = await browser.openFixture('pages/safety.html');
    await waitForHighlights(page, 'readout-lens-official');
    const placements = await page.evaluate(() => {
      const out: { text: string; inForbidden: boolean }[] = [];
      CSS.highlights.forEach((h) => {
        for (const r of h as unknown as Iterable<AbstractRange>) {
          const el = r.startContainer.parentElement;
          const live = document.createRange(); // a StaticRange has no text of its own
          live.setStart(r.startContainer, r.startOffset);
          live.setEnd(r.endContainer, r.endOffset);
          out.push({
            text: live.toString(),
            inForbidden: Boolean(
              el?.closest('script, style, textarea, input, [contenteditable], code, form, select'),
            ),
          });
        }
      });
      return out;
    });
    expect(placements.map((p) => p.text)).toEqual(expect.arrayContaining(['Wang Yi', 'Cho Tae-yul']));
    expect(placements.filter((p) => p.inForbidden)).toEqual([]);
    expect(
      await page.evaluate(() => (window as unknown as { scriptStillRuns: boolean }).scriptStillRuns),
    ).toBe(true);
    expect(await page.inputValue('#in')).toBe('Cho Tae-yul');
    await page.close();
  });
});

describe('turning highlights off', () => {
  it('restores the page exactly, and on again paints the same terms', async () => {
    const page = await browser.openFixture('samples/cn-mfa-wang-yi-cho-tae-yul.html');
    const painted = await waitForHighlights(page);
    const whilePainted = await serialise(page);
    expect(whilePainted).not.toContain('readout-lens');

    // Open and close a card, then walk to a term: UI comes and goes.
    await clickText(page, 'Wang Yi');
    await cardOf(page).waitFor();
    await page.keyboard.press('Alt+Shift+N');
    await page.waitForFunction(() => CSS.highlights.has('readout-lens-current'));

    expect(await sendToTab(browser, page, { type: 'content/set-highlights', on: false })).toEqual({
      ok: true,
      value: false,
    });
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    expect(await serialise(page)).toBe(whilePainted);

    await sendToTab(browser, page, { type: 'content/set-highlights', on: true });
    expect(await waitForHighlights(page)).toEqual(painted);
    await page.close();
  });
});

describe('same-origin frames', () => {
  it('paints text inside the frame and opens its card in the top page', async () => {
    const page = await browser.openFixture('pages/iframe.html');
    await waitForHighlights(page, 'readout-lens-official');
    const frame = page.frame({ url: /frame-inner\.html$/ })!;
    expect(frame).toBeTruthy();
    await frame.waitForFunction(() => CSS.highlights.has('readout-lens-agreement'), null, {
      timeout: 15_000,
    });
    expect(await highlightTexts(frame as never)).toEqual({
      'readout-lens-agreement': ['Belt and Road Initiative'],
    });

    const box = await page.locator('#annex-frame').boundingBox();
    const inFrame = await frame.evaluate(() => {
      const text = document.getElementById('annex')!.firstChild as Text;
      const at = text.data.indexOf('Belt and Road');
      const range = document.createRange();
      range.setStart(text, at);
      range.setEnd(text, at + 4);
      const r = range.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    await page.mouse.click(box!.x + inFrame.x, box!.y + inFrame.y);
    await cardOf(page).waitFor();
    expect(await cardOf(page).locator('h2').textContent()).toBe('Belt and Road Initiative 一带一路');
    await page.keyboard.press('Escape');

    // The keyboard walk reads the frame's terms where the frame stands: after the paragraph
    // above it, before the one below.
    const walked: string[] = [];
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Alt+Shift+N');
      // "Wang Yi, official: term 1 of 6. …"
      walked.push((await liveRegionText(page))?.text?.match(/^(.*?)(?:, [a-z]+)?: term \d+/)?.[1] ?? '');
    }
    expect(walked).toEqual([
      'Wang Yi',
      'Cho Tae-yul',
      'Wang Yi',
      'Cho Tae-yul',
      'Belt and Road Initiative',
      'Regional Comprehensive Economic Partnership',
    ]);
    await page.close();
  });
});

describe('a huge page', () => {
  it('paints every mention on a 1 MB page with 50,000 text nodes', async () => {
    const { html, tagged } = hugeReadoutPage();
    expect(html.length).toBeGreaterThanOrEqual(1_000_000);
    browser.site.routes.set('/pages/huge.html', html);
    const page = await browser.openFixture('pages/huge.html');
    const textNodes = await page.evaluate(() => {
      let n = 0;
      const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      while (w.nextNode()) n++;
      return n;
    });
    expect(textNodes).toBeGreaterThanOrEqual(50_000);
    await page.waitForFunction(() => CSS.highlights.has('readout-lens-agreement'), null, { timeout: 30_000 });
    const counts = await page.evaluate(() => ({
      official: CSS.highlights.get('readout-lens-official')?.size ?? 0,
      agreement: CSS.highlights.get('readout-lens-agreement')?.size ?? 0,
    }));
    // Each tagged paragraph names two officials and one agreement; the title names both officials.
    expect(counts.agreement).toBe(tagged);
    expect(counts.official).toBeGreaterThanOrEqual(2 * tagged);
    await page.close();
  });
});

describe('SPA navigation', () => {
  it('runs detection again when the page turns into a readout without a reload', async () => {
    browser.site.routes.set(
      '/pages/spa.html',
      `<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8"><title>News</title></head><body>
<div id="app"><h1>Latest news</h1><ul><li><a href="#" id="open">Wang Yi meets Cho Tae-yul</a></li></ul></div>
<script>
document.getElementById('open').addEventListener('click', function (e) {
  e.preventDefault();
  history.pushState({}, '', '/pages/spa-article');
  var app = document.getElementById('app');
  app.textContent = '';
  var mod = document.createElement('div'); mod.className = 'content_mod';
  var h = document.createElement('h2'); h.className = 'title'; h.textContent = 'Wang Yi Meets Cho Tae-yul';
  var t = document.createElement('p'); t.className = 'time';
  var s = document.createElement('span'); s.id = 'News_Body_Time'; s.textContent = '2024-11-05 09:00'; t.appendChild(s);
  var c = document.createElement('div'); c.className = 'content';
  var p = document.createElement('p');
  p.textContent = 'On November 5, 2024, Foreign Minister Wang Yi met Foreign Minister Cho Tae-yul and discussed the Belt and Road Initiative.';
  c.appendChild(p); mod.append(h, t, c); app.appendChild(mod);
});
</script></body></html>`,
    );
    const page = await browser.openFixture('pages/spa.html');
    // Not a readout: nothing is painted, no UI is added.
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    await page.click('#open');
    const highlights = await waitForHighlights(page, 'readout-lens-agreement');
    expect(highlights['readout-lens-agreement']).toEqual(['Belt and Road Initiative']);
    expect(highlights['readout-lens-official']).toEqual(expect.arrayContaining(['Wang Yi', 'Cho Tae-yul']));
    await page.close();
  });
});
