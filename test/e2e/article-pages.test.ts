/**
 * Whole ministry pages with their chrome, one per template (test/fixtures/page-templates.json), in
 * real Chromium with the built extension: no highlight lies outside the article (title, dateline,
 * body), both participants are highlighted, and the popup lists them with office and country and
 * lists none of the chrome's names.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LISTING_TEMPLATES, PAGE_TEMPLATES, TRANSCRIPT_TEMPLATES } from '../page-templates';
import { useExtensionBrowser } from './harness';
import { highlightedRanges, paintedPlaces, waitForHighlights } from './highlight-helpers';

const templates = PAGE_TEMPLATES;
const FIXTURES = join(__dirname, '..', 'fixtures');

const browser = useExtensionBrowser();

describe('highlights on whole ministry pages', () => {
  it.each(templates)(
    '$fixture: only the article, with both participants',
    async ({ fixture, article, participants }) => {
      const page = await browser.openFixture(fixture);
      await waitForHighlights(page, 'readout-lens-official');
      const placed = await paintedPlaces(page, article);
      expect(placed.filter((p) => !p.inArticle).map((p) => p.text)).toEqual([]);
      const texts = placed.map((p) => p.text);
      // A KB name may be painted with its honorific ("Dr. S. Jaishankar").
      for (const name of participants) expect(texts.some((text) => text.endsWith(name))).toBe(true);
      await page.close();
    },
  );
});

describe('news lists in the same chrome', () => {
  it.each(LISTING_TEMPLATES)('$fixture: nothing highlighted, not read as an article', async ({ fixture }) => {
    // Served at the list's own ministry URL: a ministry's listing markers are read on its own site
    // only (on another host, the page's markers decide which ministry it is, or none).
    const { url } = JSON.parse(
      await readFile(join(FIXTURES, fixture.replace(/\.html$/, '.expected.json')), 'utf8'),
    ) as { url: string };
    const html = await readFile(join(FIXTURES, fixture), 'utf8');
    const page = await browser.context.newPage();
    await page.route('**/*', (route) =>
      route.request().url() === url
        ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
        : route.abort(),
    );
    await page.goto(url);
    // The popup asks the content script, which answers once the page was detected.
    const popup = await browser.openPopup(page);
    await popup.getByText('not an article').waitFor();
    await popup.close();
    const highlighted = await highlightedRanges(page);
    expect(highlighted).toBe(0);
    await page.close();
  });
});

describe('transcripts in the same chrome', () => {
  it.each(TRANSCRIPT_TEMPLATES)(
    '$fixture: highlights only in the article, shown as a transcript',
    async ({ fixture, article, painted }) => {
      const page = await browser.openFixture(fixture);
      await waitForHighlights(page, 'readout-lens-official');
      const placed = await paintedPlaces(page, article);
      expect(placed.filter((p) => !p.inArticle).map((p) => p.text)).toEqual([]);
      const texts = placed.map((p) => p.text);
      for (const name of painted) expect(texts.some((text) => text.endsWith(name))).toBe(true);
      const popup = await browser.openPopup(page);
      await popup.getByText('Press conference or briefing transcript').waitFor();
      await popup.close();
      await page.close();
    },
  );
});

describe('the popup on a whole page', () => {
  it('lists both participants with office and country, and no name from the chrome', async () => {
    const page = await browser.openFixture('cn-mfa/page-wjbxw-en.html');
    await waitForHighlights(page, 'readout-lens-official');
    const popup = await browser.openPopup(page);
    await popup.locator('dd.participants').waitFor();
    const participants = await popup.locator('dd.participants').textContent();
    expect(participants).toContain('Ma Zhaoxu (Vice Foreign Minister, China)');
    expect(participants).toContain(
      'Jan Kowalski (Undersecretary of State of the Ministry of Foreign Affairs, Poland)',
    );
    const officials = (await popup.locator('section.entities.official').textContent()) ?? '';
    expect(officials).toContain('Jan Kowalski');
    for (const chrome of ['Hua Chunying', 'Wang Wenbin', 'Mao Ning', 'Offices Abroad', 'Cho Tae-yul'])
      expect(officials).not.toContain(chrome);
    await popup.close();
    await page.close();
  });
});

describe('a first-person readout on the minister’s own site', () => {
  it('lists the minister who wrote it beside the guest (the byline, resolved in the KB)', async () => {
    const page = await browser.openFixture('au-dfat/page.html');
    await waitForHighlights(page, 'readout-lens-official');
    const popup = await browser.openPopup(page);
    await popup.locator('dd.participants').waitFor();
    const participants = (await popup.locator('dd.participants').textContent()) ?? '';
    expect(participants).toContain('Penny Wong (Minister for Foreign Affairs, Australia)');
    expect(participants).toContain('Bui Thanh Son');
    await popup.close();
    await page.close();
  });
});

describe('a page that keeps changing its chrome', () => {
  it('is not analysed again for sidebar changes, and is for a change in the article', async () => {
    const page = await browser.openFixture('cn-mfa/page-wjbxw-en.html');
    await waitForHighlights(page, 'readout-lens-official');
    // A new analysis paints a new Highlight object: the one painted first stays while none runs.
    await page.evaluate(() => {
      const w = window as unknown as { painted: unknown; ticker: number };
      w.painted = CSS.highlights.get('readout-lens-official');
      const list = document.querySelector('.news_right ul')!;
      let tick = 0;
      // A page script's sidebar ticker, naming officials as real ones do.
      w.ticker = window.setInterval(() => {
        const item = document.createElement('li');
        item.textContent = `Foreign Minister Wang Yi meets a guest (${++tick})`;
        list.prepend(item);
        list.lastElementChild?.remove();
        document.querySelector('.news_right h3')!.textContent = `Spokesperson's Remarks ${tick}`;
      }, 60);
    });
    // Several idle periods (an analysis is scheduled within 400 ms of a change it sees).
    await page.waitForTimeout(2000);
    const sidebar = await page.evaluate(() => {
      const w = window as unknown as { painted: unknown };
      return {
        samePainting: CSS.highlights.get('readout-lens-official') === w.painted,
        ticks: document.querySelector('.news_right h3')!.textContent,
      };
    });
    expect(sidebar.ticks).toMatch(/Remarks \d{2,}/); // the ticker did run
    expect(sidebar.samePainting).toBe(true);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Foreign Minister Radosław Sikorski joined the talks later.';
      document.querySelector('.content_text')!.append(p);
    });
    await page.waitForFunction(
      () =>
        CSS.highlights.get('readout-lens-official') !== (window as unknown as { painted: unknown }).painted,
      null,
      { timeout: 10_000 },
    );
    const texts = await page.evaluate(() => {
      const out: string[] = [];
      for (const r of CSS.highlights.get('readout-lens-official') as unknown as Iterable<AbstractRange>) {
        const live = document.createRange();
        live.setStart(r.startContainer, r.startOffset);
        live.setEnd(r.endContainer, r.endOffset);
        out.push(live.toString());
      }
      window.clearInterval((window as unknown as { ticker: number }).ticker);
      return out;
    });
    expect(texts.some((t) => t.includes('Sikorski'))).toBe(true);
    expect(texts.some((t) => t.includes('Wang Yi'))).toBe(false);
    await page.close();
  });
});

describe('a layout no site file knows', () => {
  it("highlights Readability's body, loaded on demand, and not the sidebar", async () => {
    const page = await browser.openFixture('pages/unknown-layout.html');
    const highlights = await waitForHighlights(page, 'readout-lens-official');
    const officials = highlights['readout-lens-official'] ?? [];
    expect(officials).toEqual(expect.arrayContaining(['Wang Yi', 'Cho Tae-yul']));
    expect(officials).not.toContain('Mao Ning');
    await page.close();
  });
});

describe('news lists and articles on a host no ministry file knows', () => {
  it.each(['pages/unknown-news-list-govuk.html', 'pages/unknown-news-list-fr.html'])(
    '%s: a list by its shape, nothing highlighted, not read as an article',
    async (fixture) => {
      const page = await browser.openFixture(fixture);
      const popup = await browser.openPopup(page);
      await popup.getByText('not an article').waitFor();
      await popup.close();
      const highlighted = await highlightedRanges(page);
      expect(highlighted).toBe(0);
      await page.close();
    },
  );

  it('an article beside a big dated news strip stays an article, highlighted only in it', async () => {
    const page = await browser.openFixture('pages/unknown-article-related.html');
    await waitForHighlights(page, 'readout-lens-official');
    const placed = await paintedPlaces(page, ['article.news-article']);
    expect(placed.filter((p) => !p.inArticle).map((p) => p.text)).toEqual([]);
    expect(placed.some((p) => p.text.endsWith('Ito Taro'))).toBe(true);
    await page.close();
  });
});

describe('a page in Traditional Chinese', () => {
  it('loads the Traditional Chinese table on demand and finds the forms that need it', async () => {
    const page = await browser.openFixture('pages/traditional-chinese.html');
    // 中韓自由貿易協定 folds to the KB's 中韩自由贸易协定 only with the table (the part).
    const highlights = await waitForHighlights(page, 'readout-lens-agreement');
    expect(highlights['readout-lens-agreement']).toContain('中韓自由貿易協定');
    expect(highlights['readout-lens-official']).toContain('王毅');
    await page.close();
  });
});
