/** Shared steps of the highlight, card and page-safety browser tests. */
import { join } from 'node:path';
import { build } from 'esbuild';
import type { Frame, Page } from 'playwright-core';
import { FIXTURES_DIR, highlightTexts, type EvaluatingPage, type ExtensionBrowser } from './harness';

export async function waitForHighlights(
  page: Page | Frame,
  name?: string,
): Promise<Record<string, string[]>> {
  await page.waitForFunction((n) => (n ? CSS.highlights.has(n) : CSS.highlights.size > 0), name ?? null, {
    timeout: 15_000,
  });
  return highlightTexts(page as Page);
}

/** The page as the browser would serialise it (the DOM, not the source). */
export function serialise(page: Page): Promise<string> {
  return page.evaluate(() => document.documentElement.outerHTML);
}

/** The point in the middle of the first readable occurrence of `text`. */
export async function pointOf(
  page: EvaluatingPage,
  text: string,
  nth = 0,
): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(
    ({ needle, nth }) => {
      let seen = 0;
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (n.parentElement?.closest('script,style,form,textarea,code,[contenteditable="true"]')) continue;
        for (
          let at = (n as Text).data.indexOf(needle);
          at >= 0;
          at = (n as Text).data.indexOf(needle, at + 1)
        ) {
          if (seen++ < nth) continue;
          const range = document.createRange();
          range.setStart(n, at);
          range.setEnd(n, at + needle.length);
          const r = range.getBoundingClientRect();
          return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
        }
      }
      return null;
    },
    { needle: text, nth },
  );
  if (!point) throw new Error(`text not on page: ${text}`);
  return point;
}

/** A page the mouse can click (Playwright's, or puppeteer's in Firefox). */
export interface ClickablePage extends EvaluatingPage {
  mouse: { click(x: number, y: number): Promise<unknown> };
}

/** A real click in the middle of the `nth` occurrence of `text`, scrolled into view first. */
export async function clickText(page: ClickablePage, text: string, nth = 0): Promise<void> {
  await page.evaluate(
    ({ needle, nth }) => {
      // Bring it into view first: a click must land on the visible text.
      let seen = 0;
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode())
        if (
          (n as Text).data.includes(needle) &&
          !n.parentElement?.closest('script,style,form') &&
          seen++ === nth
        ) {
          n.parentElement?.scrollIntoView({ block: 'center' });
          return;
        }
    },
    { needle: text, nth },
  );
  const { x, y } = await pointOf(page, text, nth);
  await page.mouse.click(x, y);
}

/** The text and role of the content script's live region (it announces the current term). */
export const liveRegionText = (page: Page) =>
  page.evaluate(() => {
    for (const host of document.querySelectorAll('readout-lens-ui')) {
      const live = host.shadowRoot?.querySelector('[aria-live]');
      if (live) return { text: live.textContent, role: live.getAttribute('role') };
    }
    return null;
  });

/** The open card's dialog (inside the content script's shadow root). */
export const cardOf = (page: Page) => page.locator('readout-lens-ui [role="dialog"]');

/** Sends a message to the tab's content script through the extension's service worker. */
export async function sendToTab(browser: ExtensionBrowser, page: Page, message: unknown): Promise<unknown> {
  const tabId = await browser.tabIdOf(page);
  return browser.serviceWorker.evaluate(([id, msg]) => chrome.tabs.sendMessage(id as number, msg), [
    tabId,
    message,
  ] as const);
}

/** A message to the background, sent from an extension page (as the popup would). */
export async function sendToBackground(browser: ExtensionBrowser, message: unknown): Promise<unknown> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  const reply = await page.evaluate((msg) => chrome.runtime.sendMessage(msg), message);
  await page.close();
  return reply;
}

/** The Preact-rendered readout fixture, bundled now and served at `/pages/react.html`. */
export async function serveReactPage(browser: ExtensionBrowser): Promise<string> {
  const out = await build({
    entryPoints: [join(FIXTURES_DIR, 'pages/react-app.tsx')],
    bundle: true,
    write: false,
    format: 'iife',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    minify: true,
    logLevel: 'silent',
  });
  const script = out.outputFiles[0]!.text.replaceAll('</script', '<\\/script');
  const html = `<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8">
<title>Wang Yi Holds Talks with Cho Tae-yul</title><meta name="PubDate" content="2024-09-03 21:00"></head>
<body><div id="root"></div><script>${script}</script></body></html>`;
  browser.site.routes.set('/pages/react.html', html);
  return 'pages/react.html';
}

/** Every highlighted range's text, and whether it starts inside one of the article's selectors. */
export function paintedPlaces(
  page: Page,
  article: string[],
): Promise<{ text: string; inArticle: boolean }[]> {
  return page.evaluate((selectors) => {
    const out: { text: string; inArticle: boolean }[] = [];
    CSS.highlights.forEach((highlight) => {
      for (const r of highlight as unknown as Iterable<AbstractRange>) {
        const live = document.createRange();
        live.setStart(r.startContainer, r.startOffset);
        live.setEnd(r.endContainer, r.endOffset);
        const el = r.startContainer.parentElement;
        out.push({ text: live.toString(), inArticle: selectors.some((s) => el?.closest(s)) });
      }
    });
    return out;
  }, article);
}

/** How many ranges the page's highlights hold in all. */
export function highlightedRanges(page: Page): Promise<number> {
  return page.evaluate(() => {
    let ranges = 0;
    CSS.highlights.forEach((highlight) => (ranges += highlight.size));
    return ranges;
  });
}
