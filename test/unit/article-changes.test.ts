/**
 * Which DOM changes wake a new analysis: only those touching the article the last analysis read
 * (its title, dateline and body), never the page's menus, sidebars, tickers or the chrome inside
 * the article. Real MutationRecords from happy-dom over a whole-page fixture with its chrome.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { htmlDocument } from '../../scripts/page-file';
// Readability for unknown layouts (the content script loads it on demand).
import '../../lib/ministries';
import { analyzeArticle } from '../../lib/highlight/article-map';
import { changesArticle, isInArticle } from '../../lib/highlight/article-changes';
import type { ArticleRegion } from '../../lib/ministries/article';
import { recognitionKb } from '../../lib/kb';
import { createRecognizer } from '../../lib/recognize';

const FIXTURE = join(__dirname, '..', 'fixtures', 'cn-mfa', 'page-wjbxw-en.html');
const URL = (
  JSON.parse(readFileSync(FIXTURE.replace(/\.html$/, '.expected.json'), 'utf8')) as { url: string }
).url;
const recognizer = createRecognizer(recognitionKb());
const opened: (() => void)[] = [];
afterAll(() => opened.forEach((close) => close()));

/** The fixture page, where its article is, and the records of the changes `change` makes. */
function page(): {
  doc: Document;
  region: ArticleRegion | null;
  recordsOf(change: () => void): MutationRecord[];
} {
  const { document: doc, close } = htmlDocument(readFileSync(FIXTURE, 'utf8'), URL);
  opened.push(close);
  const { region } = analyzeArticle(doc, URL, recognizer);
  const view = doc.defaultView as unknown as typeof globalThis;
  const observer = new view.MutationObserver(() => {});
  observer.observe(doc.body, { childList: true, subtree: true, characterData: true });
  return {
    doc,
    region,
    recordsOf(change) {
      observer.takeRecords(); // only the changes `change` makes
      change();
      return observer.takeRecords();
    },
  };
}

const el = (doc: Document, selector: string) => {
  const found = doc.querySelector(selector);
  if (!found) throw new Error(`fixture lost ${selector}`);
  return found;
};

describe('changesArticle', () => {
  it('the fixture has an article apart from its sidebar, menu and related news', () => {
    const { doc, region } = page();
    expect(region?.roots.length).toBeGreaterThan(0);
    const inRoots = (selector: string) => region!.roots.some((r) => r.contains(el(doc, selector)));
    expect(inRoots('.content_text')).toBe(true);
    expect(inRoots('.news_right')).toBe(false);
    expect(inRoots('.nav')).toBe(false);
  });

  it('ignores a sidebar that keeps changing, a menu and a footer ticker', () => {
    const { doc, region, recordsOf } = page();
    const records = recordsOf(() => {
      const list = el(doc, '.news_right ul');
      const item = doc.createElement('li');
      item.textContent = 'Foreign Ministry Spokesperson Lin Jian’s Regular Press Conference';
      list.prepend(item);
      list.lastElementChild!.remove();
      el(doc, '.nav li a').textContent = 'Minister Wang Yi';
      (el(doc, '.footer p').firstChild as Text).data = 'Ticker: Vice Minister Sun Weidong meets an envoy';
      el(doc, '.related_news ul').append(doc.createElement('li'));
    });
    expect(records.length).toBeGreaterThanOrEqual(5);
    expect(changesArticle(records, region)).toBe(false);
  });

  it('sees a paragraph added to the body, and text changed in the title', () => {
    const { doc, region, recordsOf } = page();
    const added = recordsOf(() => {
      const p = doc.createElement('p');
      p.textContent = 'Both sides also spoke about trade.';
      el(doc, '.content_text').append(p);
    });
    expect(changesArticle(added, region)).toBe(true);
    const title = el(doc, '.news_header_title');
    const edited = recordsOf(() => ((title.firstChild as Text).data += ' (updated)'));
    expect(edited.map((r) => r.type)).toEqual(['characterData']);
    expect(changesArticle(edited, region)).toBe(true);
  });

  it('one change in the article among many in the chrome is seen', () => {
    const { doc, region, recordsOf } = page();
    const records = recordsOf(() => {
      for (let i = 0; i < 20; i++) el(doc, '.news_right h3').textContent = `Remarks ${i}`;
      el(doc, '.content_text p').append(' More text.');
      el(doc, '.news_right h3').textContent = 'Remarks';
    });
    expect(changesArticle(records, region)).toBe(true);
  });

  it('ignores chrome inside the article (a share bar inside the body) and script or form changes in it', () => {
    const { doc, region, recordsOf } = page();
    const body = el(doc, '.content_text');
    const share = doc.createElement('div');
    share.className = 'social-share';
    share.textContent = 'Share';
    const script = doc.createElement('script');
    body.append(share, script);
    const records = recordsOf(() => {
      share.append(' on X');
      script.textContent = 'var views = 10;';
      const more = doc.createElement('div');
      more.className = 'related';
      more.textContent = 'Wang Yi Holds Talks';
      body.append(more);
    });
    expect(records.length).toBe(3);
    expect(region!.isChrome(share)).toBe(true);
    expect(changesArticle(records, region)).toBe(false);
  });

  it('sees the article replaced by the page (its element taken out)', () => {
    const { doc, region, recordsOf } = page();
    const records = recordsOf(() => {
      const holder = el(doc, '.news_content');
      const fresh = doc.createElement('div');
      fresh.textContent = 'Another readout, loaded in place.';
      holder.replaceWith(fresh);
    });
    expect(changesArticle(records, region)).toBe(true);
  });

  it('with no article found, any readable change counts (the article may be arriving); our own UI never', () => {
    const { doc, recordsOf } = page();
    const sidebar = recordsOf(() => el(doc, '.news_right h3').append('!'));
    expect(changesArticle(sidebar, null)).toBe(true);
    expect(changesArticle(sidebar, { roots: [], isChrome: () => false })).toBe(true);
    const own = recordsOf(() => doc.body.append(doc.createElement('readout-lens-ui')));
    expect(own.length).toBe(1);
    expect(changesArticle(own, null)).toBe(false);
  });

  it('isInArticle: a frame in the body is, one in the sidebar is not', () => {
    const { doc, region } = page();
    const inBody = doc.createElement('iframe');
    el(doc, '.content_text').append(inBody);
    const inSidebar = doc.createElement('iframe');
    el(doc, '.news_right').append(inSidebar);
    expect(isInArticle(inBody, region)).toBe(true);
    expect(isInArticle(inSidebar, region)).toBe(false);
    expect(isInArticle(inSidebar, null)).toBe(true);
  });
});
