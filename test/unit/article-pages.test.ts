/**
 * Whole pages with their chrome (menus, sidebars, related news, share bars, footers, failing
 * scripts), one per ministry template: the content script's analysis paints and lists only the
 * article, and paints both participants. Runs the same code as the content script, in happy-dom.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LISTING_TEMPLATES, PAGE_TEMPLATES, TRANSCRIPT_TEMPLATES } from '../page-templates';
import { htmlDocument } from '../../scripts/page-file';
import { measurePage } from '../../scripts/measure-pages-core';
// Readability for unknown layouts (the content script loads it on demand).
import '../../lib/ministries';
import { analyzeArticle } from '../../lib/highlight/article-map';
import { buildTextMap } from '../../lib/highlight/text-map';
import { recognitionKb } from '../../lib/kb';
import { createRecognizer } from '../../lib/recognize';

const FIXTURES = join(__dirname, '..', 'fixtures');
const templates = PAGE_TEMPLATES;
const recognizer = createRecognizer(recognitionKb());
const opened: (() => void)[] = [];
afterAll(() => opened.forEach((close) => close()));

function open(fixture: string): { doc: Document; url: string } {
  const expected = JSON.parse(
    readFileSync(join(FIXTURES, fixture.replace(/\.html$/, '.expected.json')), 'utf8'),
  ) as { url: string };
  const page = htmlDocument(readFileSync(join(FIXTURES, fixture), 'utf8'), expected.url);
  opened.push(page.close);
  return { doc: page.document, url: expected.url };
}

describe('the article, not the chrome', () => {
  it.each(templates)(
    '$fixture: nothing painted outside the article',
    ({ fixture, article, participants }) => {
      const { doc, url } = open(fixture);
      const figures = measurePage(
        doc,
        { file: fixture, url, isReadout: true, date: null, article, participants },
        recognizer,
      );
      expect(figures.outsideSurfaces).toEqual([]);
      expect(figures.painted).toBeGreaterThan(0);
      // The chrome of these pages names officials: reading the whole page painted them.
      expect(figures.wholePageOutside).toBeGreaterThan(0);
      expect(figures.participants).toEqual({ found: participants.length, of: participants.length });
    },
  );

  it.each(templates)(
    '$fixture: both participants painted and listed as officials',
    ({ fixture, participants }) => {
      const { doc, url } = open(fixture);
      const { map, recognition } = analyzeArticle(doc, url, recognizer);
      const painted = new Set(recognition.mentions.map((m) => map.text.slice(m.start, m.end)));
      const listed = recognition.entities.filter((e) => e.kind === 'official').flatMap((e) => e.surfaces);
      for (const name of participants) {
        // A KB name may be painted with its honorific ("Dr. S. Jaishankar").
        expect([...painted].some((text) => text.endsWith(name))).toBe(true);
        expect(listed.some((surface) => surface.endsWith(name))).toBe(true);
      }
    },
  );

  it.each(['cn-mfa/listing.html', 'us-state/listing.html', ...LISTING_TEMPLATES.map((l) => l.fixture)])(
    '%s: a listing page lists and paints nothing',
    (fixture) => {
      const { doc, url } = open(fixture);
      const { readout, recognition } = analyzeArticle(doc, url, recognizer);
      expect(readout.pageKind).toBe('listing');
      // Its headlines name officials: reading the whole page would list them.
      const whole = recognizer.recognize(buildTextMap(doc.body).text, { date: null });
      expect(whole.entities.some((e) => e.kind === 'official')).toBe(true);
      expect(recognition.mentions).toEqual([]);
      expect(recognition.entities).toEqual([]);
    },
  );

  it.each(TRANSCRIPT_TEMPLATES)(
    '$fixture: a transcript in the same chrome is painted only in its article',
    ({ fixture, article, painted }) => {
      const { doc, url } = open(fixture);
      const { readout, map, recognition } = analyzeArticle(doc, url, recognizer);
      expect(readout.pageKind).toBe('transcript');
      expect(readout.participants).toEqual([]);
      const figures = measurePage(
        doc,
        { file: fixture, url, isReadout: false, date: null, article, participants: [] },
        recognizer,
      );
      expect(figures.outsideSurfaces).toEqual([]);
      // The chrome of these pages names officials: reading the whole page painted them.
      expect(figures.wholePageOutside).toBeGreaterThan(0);
      const texts = recognition.mentions.map((m) => map.text.slice(m.start, m.end));
      for (const name of painted) expect(texts.some((text) => text.endsWith(name))).toBe(true);
    },
  );

  it('an unknown layout paints only what Readability takes for the article', () => {
    const { document: doc, close } = htmlDocument(
      `<html><head><title>Minister Ito Meets Minister Garcia</title></head><body>
      <div id="top"><ul><li><a href="/a">Foreign Minister Wang Yi</a></li><li><a href="/b">Secretary Blinken</a></li></ul></div>
      <div id="col"><h1>Minister Ito Meets Minister Garcia</h1>
      <div class="story">${'<p>Foreign Minister Ito Taro met Foreign Minister Ana Garcia of Spain today to talk about trade, climate and the ties between the two countries, which both said were growing.</p>'.repeat(4)}</div></div>
      <div id="bottom"><p>Also read: Secretary Blinken and Foreign Minister Wang Yi hold talks.</p></div></body></html>`,
      'https://news.example.org/2024/05/01/story',
    );
    opened.push(close);
    const { map } = analyzeArticle(doc, 'https://news.example.org/2024/05/01/story', recognizer);
    expect(map.text).toContain('Ana Garcia');
    expect(map.text).not.toContain('Wang Yi');
    expect(map.text).not.toContain('Blinken');
  });
});
