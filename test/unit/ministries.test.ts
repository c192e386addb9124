/**
 * The ministry registry against our own fixture pages (test/fixtures/<ministry-id>/): every page
 * gives its expected JSON, every ministry has a readout, a listing and a non-readout page, and
 * every URL detector accepts its own URLs and rejects every other ministry's.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { htmlDocument } from '../../scripts/page-file';
import {
  MINISTRIES,
  detectPage,
  extractReadout,
  isProbablyReadout,
  ministryForDocument,
  ministryForText,
  ministryForUrl,
} from '../../lib/ministries';
import { matchPatternToRegExp } from '../../lib/ministries/match-pattern';
import { CONTENT_MATCHES, MINISTRY_MATCHES } from '../../lib/ministries/matches';

const FIXTURES = join(__dirname, '..', 'fixtures');
const opened: (() => void)[] = [];
afterAll(() => opened.forEach((close) => close()));

function load(html: string, url: string | null): Document {
  const page = htmlDocument(html, url);
  opened.push(page.close);
  return page.document;
}

interface Expected {
  url: string;
  pageKind: string;
  ministry: string | null;
  [field: string]: unknown;
}

const fixtureCases = MINISTRIES.flatMap((site) => {
  const dir = join(FIXTURES, site.id);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.expected.json'))
    .map((f) => ({ site: site.id, name: f.replace('.expected.json', ''), dir }));
});

describe('fixture pages', () => {
  it.each(fixtureCases)('$site/$name matches its expected JSON', ({ name, dir }) => {
    const expected = JSON.parse(readFileSync(join(dir, `${name}.expected.json`), 'utf8')) as Expected;
    const doc = load(readFileSync(join(dir, `${name}.html`), 'utf8'), expected.url);
    const { url, ...readout } = expected;
    expect(extractReadout(url, doc)).toEqual(readout);
    // The cheap detector agrees with the full extraction.
    expect(detectPage(url, doc).pageKind).toBe(expected.pageKind);
  });

  it.each(MINISTRIES.map((m) => m.id))('%s has a readout, a listing and a non-readout page', (id) => {
    const dir = join(FIXTURES, id);
    const kinds = fixtureCases
      .filter((c) => c.site === id)
      .map(
        (c) => (JSON.parse(readFileSync(join(dir, `${c.name}.expected.json`), 'utf8')) as Expected).pageKind,
      );
    expect(kinds).toContain('readout');
    expect(kinds).toContain('listing');
    expect(kinds.filter((k) => k !== 'readout' && k !== 'listing').length).toBeGreaterThan(0);
  });

  it('every fixture URL belongs to its own ministry', () => {
    for (const { site, name, dir } of fixtureCases) {
      const { url } = JSON.parse(readFileSync(join(dir, `${name}.expected.json`), 'utf8')) as Expected;
      expect(ministryForUrl(url)?.id, `${site}/${name}`).toBe(site);
    }
  });
});

describe('URL detectors', () => {
  it.each(MINISTRIES.map((m) => [m.id, m] as const))('%s accepts its own test URLs', (id, site) => {
    expect(site.testUrls.length).toBeGreaterThan(0);
    for (const url of site.testUrls) expect(ministryForUrl(url)?.id, url).toBe(id);
  });

  it.each(MINISTRIES.map((m) => [m.id, m] as const))("%s rejects every other ministry's URLs", (id, site) => {
    const patterns = site.matches.map(matchPatternToRegExp);
    const others = MINISTRIES.filter((m) => m.id !== id).flatMap((m) => m.testUrls);
    for (const url of others)
      expect(
        patterns.some((p) => p.test(url)),
        url,
      ).toBe(false);
  });

  it('rejects look-alike hosts and unrelated sites', () => {
    for (const url of [
      'https://fmprc.gov.cn.example.com/web/',
      'https://notmofa.go.kr/eng/',
      'https://www.example.org/state.gov/',
      'https://www.gov.uk/browse/tax',
      'https://www.canada.ca/en/services/health.html',
      'not a url',
    ]) {
      expect(ministryForUrl(url), url).toBeNull();
    }
    expect(ministryForUrl(null)).toBeNull();
  });

  it('the manifest matches are generated from the registry', () => {
    expect(MINISTRY_MATCHES).toEqual([...new Set(MINISTRIES.flatMap((m) => m.matches))]);
    expect(CONTENT_MATCHES).toEqual(
      expect.arrayContaining(['*://*.mfa.gov.cn/*', '*://*.china-consulate.org/*', 'http://127.0.0.1/*']),
    );
    // gov.uk is shared by every department: only FCDO-relevant paths.
    expect(
      MINISTRY_MATCHES.filter((p) => p.includes('gov.uk')).every((p) => p.includes('/government/')),
    ).toBe(true);
  });
});

describe('ministry without a URL', () => {
  it('is recognized by its template markers', () => {
    const doc = load(
      '<div id="News_Body_Title">王毅会见客人</div><div id="News_Body_Txt_A"><p>正文</p></div>',
      null,
    );
    expect(ministryForDocument(doc)?.id).toBe('cn-mfa');
    expect(ministryForDocument(load('<h1>Hello</h1><p>Plain page.</p>', null))).toBeNull();
  });

  it('is recognized by chrome lines in plain text', () => {
    expect(ministryForText('Home > Chinese Diplomatic News\nWang Yi Meets ...')?.id).toBe('cn-mfa');
    expect(ministryForText('본문 바로가기 주메뉴 바로가기 Press Releases')?.id).toBe('rok-mofa');
    expect(ministryForText('An ordinary paragraph about a meeting.')).toBeNull();
  });

  it('a plain-text readout with a mirror footer gets the ministry and loses the footer', () => {
    const doc = load(
      '<article><h1>Wang Yi Holds Talks with Foreign Minister Penny Wong of Australia</h1><p>On December 21, 2022, State Councilor and Foreign Minister Wang Yi held talks with Foreign Minister Penny Wong of Australia in Beijing.</p><p>&lt;Suggest To A Friend&gt;</p></article>',
      null,
    );
    const readout = extractReadout(null, doc);
    expect(readout.ministry).toBe('cn-mfa');
    expect(readout.body).toHaveLength(1);
    expect(readout.date).toBe('2022-12-21');
    expect(readout.place).toBe('Beijing');
  });
});

describe('generic extraction on an unknown layout', () => {
  it('falls back to Readability for the body and to JSON-LD for the date', () => {
    const filler =
      'The two sides agreed to expand exchanges between their universities and to open a new consulate. '.repeat(
        3,
      );
    const doc = load(
      `<html><head><title>Minister Meets Counterpart | Example Ministry</title>
       <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-06-03T09:00:00+02:00"}</script></head>
       <body><div class="nav"><a href="/">Home</a></div><div class="layout-x"><div class="col">
       <div class="txt">Foreign Minister Ana Example met Foreign Minister Jan Sample of Poland today. ${filler}</div>
       <div class="txt">${filler}</div></div></div></body></html>`,
      'https://mfa.example.org/news/1',
    );
    const readout = extractReadout('https://mfa.example.org/news/1', doc);
    expect(readout.ministry).toBeNull();
    expect(readout.title).toBe('Minister Meets Counterpart');
    expect(readout.pageKind).toBe('readout');
    expect(readout.date).toBe('2024-06-03');
    expect(readout.body.join(' ')).toContain('Foreign Minister Ana Example met');
    expect(readout.participants).toEqual([
      { name: 'Ana Example', title: 'Foreign Minister' },
      { name: 'Jan Sample', title: 'Foreign Minister', country: 'PL' },
    ]);
  });

  it('calls a page with a readout-like title but a question-and-answer body a transcript', () => {
    const doc = load(
      '<article><h1>Minister meets the press after talks</h1><p>Q: What did you discuss with your counterpart at the meeting?</p><p>A: Trade and security, and the date of the next round.</p><p>Q: Any agreement signed?</p><p>A: Not yet, we will continue.</p></article>',
      null,
    );
    expect(detectPage(null, doc).pageKind).toBe('transcript');
  });
});

describe('site overrides', () => {
  it('gov.uk news from another department is not an FCDO readout', () => {
    const url = 'https://www.gov.uk/government/news/minister-meets-school-leaders';
    const html = (from: string) =>
      `<main><h1 class="gem-c-title__text">Minister meets school leaders</h1><div class="gem-c-metadata"><a href="/government/organisations/${from}">From</a></div><div class="gem-c-govspeak"><p>The Education Secretary met head teachers in Leeds today to discuss the new funding rules for schools.</p></div></main>`;
    expect(detectPage(url, load(html('department-for-education'), url)).pageKind).toBe('other');
    expect(isProbablyReadout(url, load(html('department-for-education'), url))).toBe(false);
    expect(isProbablyReadout(url, load(html('foreign-commonwealth-development-office'), url))).toBe(true);
  });

  it('mid.ru document numbers are not paragraphs', () => {
    const url = 'https://mid.ru/en/foreign_policy/news/1/';
    const doc = load(
      '<h1>Foreign Minister Sergey Lavrov’s talks with Foreign Minister of Egypt Badr Abdelatty</h1><div class="text article-content"><p>100-01-02-2025</p><p>On January 2, Foreign Minister Sergey Lavrov held talks with Foreign Minister of Egypt Badr Abdelatty in Moscow.</p></div><div class="announce__date">2 January 2025 12:00</div>',
      url,
    );
    const readout = extractReadout(url, doc);
    expect(readout.body).toEqual([
      'On January 2, Foreign Minister Sergey Lavrov held talks with Foreign Minister of Egypt Badr Abdelatty in Moscow.',
    ]);
    expect(readout.date).toBe('2025-01-02');
    expect(readout.participants.map((p) => p.name)).toEqual(['Sergey Lavrov', 'Badr Abdelatty']);
  });
});
