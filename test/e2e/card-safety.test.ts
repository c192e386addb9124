/**
 * A hostile page against the build that ships (.output/chrome-mv3, closed shadow roots, no
 * loopback hosts): the readout is served at its ministry's https address through Playwright's
 * request routing. The page's own scripts dispatch synthetic clicks and keys, look for the card's
 * shadow root and its note form, and get nothing; the user's real click opens the card, which
 * then shows the prior readout the page still cannot read.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { FIXTURES_DIR, launchExtension, PRODUCTION_EXTENSION_DIR, type ExtensionBrowser } from './harness';
import { pointOf, waitForHighlights } from './highlight-helpers';

const READOUT_URL = 'https://www.mfa.gov.cn/eng/xw/zyxw/202405/t20240513_11303395.html';
const PRIOR_URL = 'https://www.mfa.gov.cn/eng/xw/zyxw/202403/t20240301_00000001.html';
const PRIOR_TITLE = 'Private prior readout kept in the archive';
const SAMPLE_HTML = readFileSync(join(FIXTURES_DIR, 'samples/cn-mfa-wang-yi-cho-tae-yul.html'), 'utf8');

let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await launchExtension({ extensionDir: PRODUCTION_EXTENSION_DIR });
  await browser.context.route('https://www.mfa.gov.cn/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: SAMPLE_HTML }),
  );
});
afterAll(async () => {
  await browser?.close();
});

/** A message to the background from an extension page (where export and import are allowed). */
async function fromExtensionPage(
  message: unknown,
): Promise<{ ok: boolean; value?: unknown; error?: string }> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/archive.html`);
  const reply = (await page.evaluate((m) => chrome.runtime.sendMessage(m), message)) as {
    ok: boolean;
    value?: unknown;
    error?: string;
  };
  await page.close();
  return reply;
}

/** Opens the backup port and asks for the first page of an export: the reply, or how it ended. */
const ASK_BACKUP_PORT = `new Promise((resolve) => {
  const port = chrome.runtime.connect({ name: 'archive-backup' });
  port.onMessage.addListener((reply) => resolve(reply));
  port.onDisconnect.addListener(() => resolve('closed unanswered'));
  port.postMessage({ re: 1, op: 'export-page', after: null });
})`;

/** The message types content scripts send, as the service worker receives them. */
async function recordContentMessages(): Promise<void> {
  await browser.serviceWorker.evaluate(() => {
    const seen: string[] = [];
    (globalThis as { contentMessages?: string[] }).contentMessages = seen;
    chrome.runtime.onMessage.addListener((message: { type?: string }, sender) => {
      if (sender.tab && !sender.url?.startsWith(chrome.runtime.getURL(''))) seen.push(String(message.type));
      return undefined;
    });
  });
}
const contentMessages = () =>
  browser.serviceWorker.evaluate(() => (globalThis as { contentMessages?: string[] }).contentMessages ?? []);

/** Every text node inside the page's `readout-lens-ui` hosts, read through DevTools (which sees closed roots). */
async function cardTextSeenByDevTools(cdp: CDPSession): Promise<string> {
  interface DomNode {
    nodeName: string;
    nodeType: number;
    nodeValue?: string;
    children?: DomNode[];
    shadowRoots?: DomNode[];
    contentDocument?: DomNode;
  }
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const texts: string[] = [];
  const walk = (node: DomNode, inUi: boolean) => {
    const ui = inUi || node.nodeName === 'READOUT-LENS-UI';
    if (ui && node.nodeType === 3 && node.nodeValue) texts.push(node.nodeValue);
    for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) walk(child, ui);
  };
  walk(root, false);
  return texts.join(' ');
}

/** What a page script can learn about our UI, and whether its synthetic events opened anything. */
function pageScriptAttack(page: Page, at: { x: number; y: number }) {
  return page.evaluate(({ x, y }) => {
    const hosts = () => [...document.querySelectorAll('readout-lens-ui')];
    const opened: string[] = [];
    const target = document.elementFromPoint(x, y)!;
    const mouse = { bubbles: true, cancelable: true, composed: true, clientX: x, clientY: y, view: window };
    target.dispatchEvent(new PointerEvent('pointerdown', mouse));
    target.dispatchEvent(new MouseEvent('mousedown', mouse));
    target.dispatchEvent(new PointerEvent('pointerup', mouse));
    target.dispatchEvent(new MouseEvent('mouseup', mouse));
    target.dispatchEvent(new MouseEvent('click', mouse));
    if (hosts().length) opened.push('click');
    (target as HTMLElement).click();
    if (hosts().length) opened.push('element.click()');
    // The keyboard walk: Alt+Shift+N to the first term, Enter for its card.
    const key = (init: KeyboardEventInit) => {
      window.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init }));
      document.body.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init }));
    };
    key({ key: 'N', code: 'KeyN', altKey: true, shiftKey: true });
    key({ key: 'Enter', code: 'Enter' });
    if (hosts().length) opened.push('keys');
    return { opened, hosts: hosts().length };
  }, at);
}

/** Everything a page script can reach of the open card. */
function pageScriptRead(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('readout-lens-ui')].map((host) => ({
      shadowRoot: host.shadowRoot !== null,
      text: `${(host as HTMLElement).innerText} ${host.textContent ?? ''}`.trim(),
      cardParts: document.querySelectorAll('.note-form, .add-note, .related-section, [role="dialog"]').length,
      selection: (() => {
        const selection = getSelection()!;
        selection.selectAllChildren(host);
        const text = selection.toString();
        selection.removeAllRanges();
        return text;
      })(),
    })),
  );
}

describe('a page cannot drive or read the card (store build)', () => {
  it('ignores synthetic clicks and keys, hides the card, and opens it on a real click', async () => {
    expect(
      await browser.serviceWorker.evaluate(() => JSON.stringify(chrome.runtime.getManifest())),
    ).not.toMatch(/127\.0\.0\.1|localhost/);

    const page = await browser.context.newPage();
    await page.goto(READOUT_URL);
    await waitForHighlights(page, 'readout-lens-official');
    // A prior readout with the same official, which the card lists as related.
    const tabId = await browser.tabIdOf(page);
    const analysis = (await browser.serviceWorker.evaluate(
      (id) => chrome.tabs.sendMessage(id, { type: 'content/get-analysis' }),
      tabId,
    )) as { ok: true; value: { readout: { title: string }; entities: unknown[]; participantKeys: string[] } };
    const { value } = analysis;
    const saved = await fromExtensionPage({
      type: 'archive/save',
      input: {
        url: PRIOR_URL,
        readout: { ...value.readout, title: PRIOR_TITLE, date: '2024-03-01' },
        entities: value.entities,
        participantKeys: value.participantKeys,
      },
    });
    expect(saved.ok).toBe(true);
    const glossaryBefore = await fromExtensionPage({ type: 'glossary/list' });
    await recordContentMessages();

    const term = await pointOf(page, 'Cho Tae-yul', 1);
    const attack = await pageScriptAttack(page, term);
    expect(attack).toEqual({ opened: [], hosts: 0 });
    expect(await contentMessages()).not.toContain('archive/related');

    // The user's own click opens the card and asks for prior readouts.
    await page.mouse.click(term.x, term.y);
    await expect.poll(() => page.locator('readout-lens-ui').count()).toBeGreaterThan(0);
    await expect.poll(contentMessages).toContain('archive/related');
    const cdp = await browser.context.newCDPSession(page);
    await expect.poll(() => cardTextSeenByDevTools(cdp), { timeout: 10_000 }).toContain(PRIOR_TITLE);

    // The page sees hosts, never what is inside them.
    const read = await pageScriptRead(page);
    expect(read.length).toBeGreaterThan(0);
    for (const host of read) {
      expect(host.shadowRoot).toBe(false);
      expect(host.text).not.toContain(PRIOR_TITLE);
      expect(host.selection).not.toContain(PRIOR_TITLE);
      expect(host.cardParts).toBe(0);
    }
    // Nothing reached the glossary.
    expect(await fromExtensionPage({ type: 'glossary/list' })).toEqual(glossaryBefore);
    await page.close();
  });
});

describe('the KB recognition file (store build)', () => {
  it('loads for the content script, and a page cannot fetch it at the extension’s fixed URL', async () => {
    const page = await browser.context.newPage();
    await page.goto(READOUT_URL);
    await waitForHighlights(page, 'readout-lens-official');
    const fixedUrl = `chrome-extension://${browser.extensionId}/kb-recognition.bin`;
    const fetched = await page.evaluate(
      (url) =>
        fetch(url).then(
          (response) => `answered ${response.status}`,
          (error: unknown) => `refused: ${String(error)}`,
        ),
      fixedUrl,
    );
    expect(fetched).toMatch(/^refused/);
    // The content script's URL for it is the per-session one (use_dynamic_url), not the fixed one.
    const own = await inContentScriptWorld(page, `chrome.runtime.getURL('/kb-recognition.bin')`);
    expect(own).toMatch(/^chrome-extension:\/\/[a-z0-9-]+\/kb-recognition\.bin$/);
    expect(own).not.toBe(fixedUrl);
    await page.close();
  });
});

/** Evaluates `expression` in the extension's content-script world of `page` (through DevTools). */
async function inContentScriptWorld(page: Page, expression: string): Promise<unknown> {
  const cdp = await browser.context.newCDPSession(page);
  const contexts: { id: number; name: string; auxData?: { type?: string; isDefault?: boolean } }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
  await cdp.send('Runtime.enable'); // replays the contexts that exist
  const world = contexts.find((c) => c.auxData?.type === 'isolated' && c.name === 'Readout Lens');
  if (!world) throw new Error(`no content-script world among ${contexts.map((c) => c.name).join(', ')}`);
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
    expression,
    contextId: world.id,
    awaitPromise: true,
    returnByValue: true,
  });
  await cdp.detach();
  if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
  return result.value;
}

describe('the content-script world (store build)', () => {
  it('cannot export, import, delete or change site access; it still gets what its page needs', async () => {
    const page = await browser.context.newPage();
    await page.goto(READOUT_URL);
    await waitForHighlights(page, 'readout-lens-official');
    const ask = (message: unknown) =>
      inContentScriptWorld(page, `chrome.runtime.sendMessage(${JSON.stringify(message)})`);
    for (const message of [
      { type: 'archive/list' },
      { type: 'archive/resolve-import', choice: 'keep' },
      { type: 'archive/remove', id: `readout:${PRIOR_URL}` },
      { type: 'glossary/remove', id: 'glossary:anything' },
      { type: 'sites/disable', origin: 'https://www.mfa.gov.cn' },
    ])
      expect(await ask(message)).toEqual({
        ok: false,
        error: `${message.type} is answered only for the extension's own pages`,
        code: 'refused',
      });
    expect(await ask({ type: 'glossary/list' })).toMatchObject({ ok: true });
    const related = await ask({
      type: 'archive/related',
      query: { url: READOUT_URL, entityKeys: [], participantKeys: [], limit: 10 },
    });
    expect(related).toMatchObject({ ok: true });
    // Backups travel over a port: the content script's is closed unanswered.
    expect(await inContentScriptWorld(page, ASK_BACKUP_PORT)).toBe('closed unanswered');
    // The same list and the same backup port from the archive page are answered.
    expect(await fromExtensionPage({ type: 'archive/list' })).toMatchObject({ ok: true });
    const archivePage = await browser.context.newPage();
    await archivePage.goto(`chrome-extension://${browser.extensionId}/archive.html`);
    expect(await archivePage.evaluate(ASK_BACKUP_PORT)).toMatchObject({
      re: 1,
      result: { ok: true, value: { lines: expect.any(Array) as unknown } },
    });
    await archivePage.close();
    await page.close();
  });
});
