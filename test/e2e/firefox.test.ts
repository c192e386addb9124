/**
 * The extension in real Firefox (Debian's firefox-esr, Manifest V3 build, through WebDriver
 * BiDi): highlights (Readability loaded on demand for an unknown layout), a card opened by a real click, a save from the popup seen in the archive
 * page, and sync between two Firefox profiles through a real pouchdb-server on loopback.
 * Skipped, saying so, only where no Firefox is installed, outside CI (.ci/run installs it).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ElementHandle, Page } from 'puppeteer-core';
import { findFirefox, FIREFOX_INSTALL_HINT } from '../../scripts/browser-path';
import { evaluating, launchFirefoxExtension, type FirefoxExtension } from '../../scripts/firefox-extension';
import type { CouchServer } from '../../scripts/couch-server';
import { highlightTexts } from './harness';
import { clickText } from './highlight-helpers';
import { send, until, urls, useTwoProfiles } from './sync-helpers';

const FIREFOX = findFirefox();
// CI installs Firefox (.ci/run): there a missing one is a failure, not a skip.
if (!FIREFOX && process.env.CI) throw new Error(`CI without Firefox. ${FIREFOX_INSTALL_HINT}`);
if (!FIREFOX) console.warn(`firefox.test.ts: not run. ${FIREFOX_INSTALL_HINT}`);

const SAMPLE = 'samples/cn-mfa-wang-yi-cho-tae-yul.html';
const SAMPLE_TITLE = 'Wang Yi Holds Talks with ROK Foreign Minister Cho Tae-yul';

/**
 * Clicks (a trusted click, through BiDi input actions) the button of `scope` whose text is
 * `name`, once there. Through an element handle: puppeteer's locators wait for animation frames
 * to find the button stable, and Firefox gives a tab opened behind another none.
 */
async function clickButton(page: Page, scope: string, name: string): Promise<void> {
  const found = await page.waitForFunction(
    (selector: string, text: string) =>
      [...document.querySelectorAll(selector)].find((b) => b.textContent?.trim() === text),
    { timeout: 15_000 },
    `${scope} button`,
    name,
  );
  const button = found.asElement() as ElementHandle<Element> | null;
  if (!button) throw new Error(`no button "${name}" in ${scope}`);
  await button.click();
  await found.dispose();
}

const waitForText = (page: Page, selector: string, text: string | RegExp, timeout = 30_000) =>
  page.waitForFunction(
    (sel: string, source: string, flags: string) =>
      [...document.querySelectorAll(sel)].some((e) => new RegExp(source, flags).test(e.textContent ?? '')),
    { timeout },
    selector,
    typeof text === 'string' ? text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : text.source,
    typeof text === 'string' ? '' : text.flags,
  );

/** Opens the sample, waits for its highlights, saves it from the popup; returns the page's URL. */
async function saveSample(firefox: FirefoxExtension, sample: string): Promise<string> {
  const page = await firefox.openFixture(sample);
  await page.waitForFunction(() => CSS.highlights.size > 0, { timeout: 15_000 });
  const popup = await firefox.openPopup(page);
  await clickButton(popup, 'body', 'Save to archive');
  await waitForText(popup, 'button', /^Saved$/);
  const url = page.url();
  await popup.close();
  await page.close();
  return url;
}

describe.skipIf(!FIREFOX)('the extension in Firefox', () => {
  let firefox: FirefoxExtension;
  beforeAll(async () => {
    firefox = await launchFirefoxExtension();
  });
  afterAll(async () => {
    await firefox?.close();
  });

  it('highlights the officials and the agreement inside the article', async () => {
    const page = await firefox.openFixture(SAMPLE);
    await page.waitForFunction(() => CSS.highlights.has('readout-lens-agreement'), { timeout: 15_000 });
    const highlights = await highlightTexts(evaluating(page));
    expect(highlights['readout-lens-official']).toEqual(expect.arrayContaining(['Wang Yi', 'Cho Tae-yul']));
    expect(highlights['readout-lens-agreement']).toEqual(
      expect.arrayContaining(['China-ROK Free Trade Agreement', 'Belt and Road Initiative']),
    );
    // Every painted range lies in the article (its title and text), none in the site's header,
    // navigation or the share form.
    const outside = await page.evaluate(() => {
      const article = document.querySelector('.content_mod')!;
      const ranges = ['readout-lens-official', 'readout-lens-agreement'].flatMap((name) => [
        ...((CSS.highlights.get(name) ?? []) as Iterable<AbstractRange>),
      ]);
      return ranges.filter(
        (r) => !article.contains(r.startContainer) || r.startContainer.parentElement?.closest('form'),
      ).length;
    });
    expect(outside).toBe(0);
    await page.close();
  });

  it('loads Readability on demand for a layout no site file knows, and highlights its body', async () => {
    const page = await firefox.openFixture('pages/unknown-layout.html');
    await page.waitForFunction(() => CSS.highlights.has('readout-lens-official'), { timeout: 15_000 });
    const officials = (await highlightTexts(evaluating(page)))['readout-lens-official'] ?? [];
    expect(officials).toEqual(expect.arrayContaining(['Wang Yi', 'Cho Tae-yul']));
    expect(officials).not.toContain('Mao Ning');
    await page.close();
  });

  it('loads the Traditional Chinese table on demand for a page in Traditional Chinese', async () => {
    const page = await firefox.openFixture('pages/traditional-chinese.html');
    await page.waitForFunction(() => CSS.highlights.has('readout-lens-agreement'), { timeout: 15_000 });
    const highlights = await highlightTexts(evaluating(page));
    expect(highlights['readout-lens-agreement']).toContain('中韓自由貿易協定');
    expect(highlights['readout-lens-official']).toContain('王毅');
    await page.close();
  });

  it('opens the card of a name on a real click', async () => {
    const page = await firefox.openFixture(SAMPLE);
    await page.waitForFunction(() => CSS.highlights.size > 0, { timeout: 15_000 });
    await clickText(evaluating(page), 'Cho Tae-yul', 1);
    const card = await page.waitForSelector('readout-lens-ui >>> [role="dialog"]', { timeout: 15_000 });
    const heading = await card!.$eval('h2', (h) => h.textContent);
    expect(heading).toBe('Cho Tae-yul 조태열');
    expect(await card!.$eval('.kind', (e) => e.textContent)).toContain('Official');
    expect(await card!.$eval('.role', (e) => e.textContent)).toMatch(/^On 13 May 2024:/);
    await page.close();
  });

  it('saves the page from the popup; the archive page lists it', async () => {
    const url = await saveSample(firefox, SAMPLE);
    expect(url).toContain(SAMPLE);
    const archive = await firefox.openExtensionPage('archive.html');
    await waitForText(archive, 'p.summary', '1 readouts saved.');
    const titles = await archive.$$eval('ol.results > li a.open', (links) => links.map((a) => a.textContent));
    expect(titles).toEqual([expect.stringContaining(SAMPLE_TITLE)]);
    await archive.close();
  });
});

describe.skipIf(!FIREFOX)('sync between two Firefox profiles', () => {
  const DATABASE = 'alice-readouts';
  const PASSWORD = 'alice-firefox-pw';

  /** Types `value` into the empty field `selector` (real key events, as Preact's inputs want). */
  async function typeInto(page: Page, selector: string, value: string): Promise<void> {
    const field = await page.waitForSelector(selector);
    await field!.type(value);
    expect(await field!.evaluate((input) => (input as HTMLInputElement).value)).toBe(value);
  }

  /** The options page of `firefox` with the personal database set up, tested and saved. */
  async function setUpSync(firefox: FirefoxExtension, couch: CouchServer): Promise<Page> {
    const page = await firefox.openExtensionPage('options.html');
    const section = 'section.target.personal';
    expect(await page.$eval(`${section} input.enabled`, (box) => (box as HTMLInputElement).checked)).toBe(
      true,
    );
    await typeInto(page, `${section} input.url`, couch.url);
    await typeInto(page, `${section} input.database`, DATABASE);
    await typeInto(page, `${section} input.username`, 'alice');
    await typeInto(page, `${section} input.password`, PASSWORD);
    await clickButton(page, section, 'Test connection');
    await waitForText(page, `${section} p.answer.ok`, `Connected to "${DATABASE}"`);
    await clickButton(page, section, 'Save');
    await waitForText(page, `${section} p.answer.ok`, 'Saved');
    return page;
  }

  const profiles = useTwoProfiles({
    users: { alice: PASSWORD },
    databases: { [DATABASE]: { members: ['alice'] } },
    launch: () => launchFirefoxExtension(),
    openOptions: setUpSync,
  });

  it('a readout saved in one profile arrives in the other; both say synced', async () => {
    const saved = await saveSample(profiles.a, SAMPLE);
    const sent = Date.now(); // the popup has said "Saved"
    const [record] = await send<{ url: string; id: string }[]>(evaluating(profiles.optionsA), {
      type: 'archive/list',
    });
    expect(record!.url).toBe(saved.replace(/#.*/, ''));
    await until(async () => (await urls(evaluating(profiles.optionsB))).length === 1, 'the readout in B');
    console.log(
      `firefox sync: the save arrived in the other profile ${Date.now() - sent} ms after the popup said Saved`,
    );
    const onB = await send<{ url: string; readout: { title: string } }>(evaluating(profiles.optionsB), {
      type: 'archive/get',
      id: record!.id,
    });
    expect(onB.url).toBe(record!.url);
    expect(onB.readout.title).toBe(SAMPLE_TITLE);
    await waitForText(profiles.optionsA, 'p.sync-line', /^Synced/);
    await waitForText(profiles.optionsB, 'p.sync-line', /^Synced/);
    // It went through the server.
    const server = (await (await profiles.couch.request(`${DATABASE}/_all_docs`)).json()) as {
      rows: { id: string }[];
    };
    expect(server.rows.map((r) => r.id)).toContain(record!.id);
  });
});
