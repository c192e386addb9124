/**
 * Whole ministry pages with their chrome, one per template (test/fixtures/page-templates.json), in
 * real Chromium with the built extension: no highlight lies outside the article (title, dateline,
 * body), both participants are highlighted, and the popup lists them with office and country and
 * lists none of the chrome's names.
 */
import { describe, expect, it } from 'vitest';
import { PAGE_TEMPLATES } from '../page-templates';
import { useExtensionBrowser } from './harness';
import { waitForHighlights } from './highlight-helpers';

const templates = PAGE_TEMPLATES;

const browser = useExtensionBrowser();

describe('highlights on whole ministry pages', () => {
  it.each(templates)(
    '$fixture: only the article, with both participants',
    async ({ fixture, article, participants }) => {
      const page = await browser.openFixture(fixture);
      await waitForHighlights(page, 'readout-lens-official');
      const placed = await page.evaluate((selectors) => {
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
      expect(placed.filter((p) => !p.inArticle).map((p) => p.text)).toEqual([]);
      const texts = placed.map((p) => p.text);
      // A KB name may be painted with its honorific ("Dr. S. Jaishankar").
      for (const name of participants) expect(texts.some((text) => text.endsWith(name))).toBe(true);
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
