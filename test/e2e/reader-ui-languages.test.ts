/**
 * Issue 14's UI languages in real Chromium, for the parts added after the card and the popup: the
 * language chosen in the options (Simplified Chinese, Korean, Traditional Chinese) reaches the
 * options' sync section and its connection answer, the popup's "other side's readout" and sync
 * line, and the comparison page (its labels, topic and wording names).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useExtensionBrowser } from './harness';
import type { MessageKey } from '../../lib/i18n/messages/en';
import { zhCN } from '../../lib/i18n/messages/zh-CN';
import { zhTW } from '../../lib/i18n/messages/zh-TW';
import { ko } from '../../lib/i18n/messages/ko';
import topicsJson from '../../data/topics.json';
import wordingJson from '../../data/wording.json';

const browser = useExtensionBrowser();

const US = 'compare/pages/us-state-call-wang-yi.html';
const CN = 'compare/pages/cn-mfa-call-blinken-zh.html';
/** Nothing listens on port 9 (discard): the sync server cannot be reached. */
const NO_SERVER = 'http://127.0.0.1:9';

type Locale = 'zh-CN' | 'ko' | 'zh-TW';
const CATALOGS: Record<Locale, Record<MessageKey, string>> = { 'zh-CN': zhCN, ko, 'zh-TW': zhTW };

const optionsUrl = () => `chrome-extension://${browser.extensionId}/options.html`;

/** The text before a message's first placeholder: what a line made from it starts with. */
const lead = (text: string) => text.split('{0}')[0]!;

async function saveFixture(path: string): Promise<Page> {
  const page = await browser.openFixture(path);
  await page.waitForFunction(() => CSS.highlights.size > 0, null, { timeout: 15_000 });
  const popup = await browser.openPopup(page);
  await popup.getByRole('button', { name: 'Save to archive' }).click();
  await popup.getByRole('button', { name: 'Saved' }).waitFor();
  await popup.close();
  return page;
}

async function chooseLanguage(locale: Locale): Promise<Page> {
  const options = await browser.context.newPage();
  await options.goto(optionsUrl());
  await options.locator('select[name="ui-language"]').selectOption(locale);
  await options.getByRole('heading', { name: CATALOGS[locale]['options.title'] }).waitFor();
  return options;
}

beforeAll(async () => {
  // Both sides of one call in the archive, and sync set up with a server that is not there.
  await (await saveFixture(CN)).close();
  await (await saveFixture(US)).close();
  const options = await browser.context.newPage();
  await options.goto(optionsUrl());
  const personal = options.locator('section.target.personal');
  await personal.locator('input.url').fill(NO_SERVER);
  await personal.locator('input.database').fill('readouts-test');
  await personal.locator('input.username').fill('reader');
  await personal.locator('input.password').fill('not-a-real-password');
  await personal.getByRole('button', { name: 'Save' }).click();
  await personal.locator('p.answer.ok').filter({ hasText: 'Saved' }).waitFor();
  await options.close();
});

describe.each(['zh-CN', 'ko', 'zh-TW'] as const)('the UI in %s', (locale) => {
  const words = CATALOGS[locale];

  it("the options' sync section and its connection answer", async () => {
    const options = await chooseLanguage(locale);
    expect(await options.locator('html').getAttribute('lang')).toBe(locale);
    const personal = options.locator('section.target.personal');
    expect(await personal.locator('h2').textContent()).toBe(words['sync.personalTitle']);
    expect(await options.locator('section.target.team h2').textContent()).toBe(words['sync.teamTitle']);
    expect(await options.locator('section.sync-state h2').textContent()).toBe(words['sync.state']);
    expect(await personal.locator(`label[for="personal-url"]`).textContent()).toBe(words['sync.url']);
    expect(await options.locator('li[data-archive="personal"]').textContent()).toContain(
      `(${words['sync.access.read-write']})`,
    );
    await personal.getByRole('button', { name: words['sync.test'] }).click();
    const answer = personal.getByRole('alert');
    await answer.waitFor();
    expect(await answer.textContent()).toBe(words['sync.problem.unreachable'].replace('{0}', '127.0.0.1:9'));
    expect(await options.locator('body').textContent()).not.toMatch(
      /Test connection|Server address|Your archive/,
    );
    await options.close();
  });

  it("the popup's other side's readout and sync line, and the comparison page", async () => {
    await (await chooseLanguage(locale)).close();
    const page = await browser.openFixture(US);
    const popup = await browser.openPopup(page);
    const others = popup.getByRole('region', { name: words['otherSide.heading'] });
    await others.locator('li').first().waitFor();
    expect(await others.locator('li').count()).toBe(1);
    expect(await others.locator('.reporter').textContent()).not.toContain('Chinese');
    const line = popup.locator('p.sync-line');
    await line.waitFor();
    const lineText = (await line.textContent())!;
    const leads = (
      ['sync.line.error', 'sync.line.syncing', 'sync.line.syncingCount', 'sync.line.paused'] as const
    ).map((key) => lead(words[key]));
    expect(
      leads.some((l) => lineText.startsWith(l)),
      lineText,
    ).toBe(true);
    expect(lineText).not.toMatch(/^Sync/);

    const [compare] = await Promise.all([
      browser.context.waitForEvent('page'),
      others.getByRole('link', { name: words['otherSide.compare'] }).click(),
    ]);
    await compare.getByRole('heading', { name: words['compare.heading'] }).waitFor();
    expect(await compare.locator('html').getAttribute('lang')).toBe(locale);
    expect(await compare.getByRole('button', { name: words['compare.export'] }).count()).toBe(1);
    const rowHead = (row: string) => compare.locator(`.summary tr.${row} th`).textContent();
    expect(await rowHead('officials')).toBe(words['compare.onlyOfficials']);
    expect(await rowHead('topics')).toBe(words['compare.onlyTopics']);
    const cell = (row: string, side: 'a' | 'b') =>
      compare.locator(`.summary tr.${row} td.side-${side}`).textContent();
    const ukraine = topicsJson.topics.find((t) => t.id === 'ukraine')!.names[locale];
    expect(await cell('topics', 'a')).toContain(ukraine);
    expect(await cell('topics', 'a')).not.toContain('Ukraine');
    expect(await cell('topics', 'b')).toContain(words['compare.notMentioned']);
    const redLines = wordingJson.wording.find((w) => w.id === 'core-interests')!;
    expect(await cell('wording-row', 'b')).toContain(redLines.names[locale]);
    expect(await cell('wording-row', 'b')).toContain(redLines.glosses[locale]);
    expect(await compare.locator('p.initiator strong').textContent()).toBe(words['compare.whoAsked']);
    // The readouts' own text stays as written (English on side A); the page's words do not.
    const text = (await compare.locator('main').textContent())!;
    expect(text).not.toMatch(/not mentioned|Officials only this side|Side by side|Who asked/);
    if (locale === 'zh-TW') {
      // Traditional Chinese is its own, never the Simplified catalog.
      expect(text).not.toContain(zhCN['compare.onlyTopics']);
      expect(text).toContain('烏克蘭');
    }
    await compare.close();
    await popup.close();
    await page.close();
  });
});
