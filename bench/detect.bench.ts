/**
 * Readout detection in real Chromium: what the content script pays on every page load and
 * location change. Our `detectPage` (lib/ministries, bundled with esbuild) against two named
 * peers in the same browser run, on the same pages:
 * - `@mozilla/readability`'s `isProbablyReaderable`, the usual cheap "is this an article?" test;
 * - our own full `extractReadout`, which detection exists to avoid on pages that are not readouts.
 * Pages: a large ministry portal page (no readout: navigation, news lists, 600 KB), a long page
 * with a neutral title and no list (500 KB, the slowest path), a long press-conference
 * transcript (300 KB), and one of our readout fixtures.
 * Each sample times a batch of calls and divides, since one call is below the timer's resolution;
 * the DOM is touched before each call so no call finds Chromium's selector caches warm.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT } from '../scripts/extension-browser';
import { figure, type BenchOptions, type Figure } from './figure';
import { bundleForPage, launchPlainChromium } from './in-page';

const ENTRY = `
import { detectPage, extractReadout } from './lib/ministries';
import { isProbablyReaderable } from '@mozilla/readability';
const fns = {
  detect: () => detectPage(location.href, document).pageKind,
  readerable: () => String(isProbablyReaderable(document)),
  extract: () => extractReadout(location.href, document).pageKind,
};
// Chromium caches selector results until the DOM changes, and a page's first detection never
// finds them warm: each call follows a one-node mutation, and the time of the mutations alone
// is taken off.
const marker = document.createComment('');
const touch = () => { document.body.append(marker); marker.remove(); };
window.__bench = (name, batch) => {
  let result = '';
  const t0 = performance.now();
  for (let i = 0; i < batch; i++) { touch(); result = fns[name](); }
  const t1 = performance.now();
  for (let i = 0; i < batch; i++) touch();
  const t2 = performance.now();
  return { ms: Math.max(0, (t1 - t0) - (t2 - t1)) / batch, result };
};
`;

/** A ministry home page: header navigation, several news lists, a sidebar and a footer. */
export function portalPage(targetBytes = 600_000): string {
  const lists: string[] = [];
  let size = 0;
  for (let i = 0; size < targetBytes; i++) {
    const item = `<li><a href="/eng/xw/zyxw/t${i}.html">Item ${i}: Vice Minister receives a delegation on trade and culture</a><span class="date">2024-05-${String((i % 28) + 1).padStart(2, '0')}</span></li>`;
    lists.push(i % 40 === 0 ? `</ul><h3>Section ${i / 40}</h3><ul class="news_list">${item}` : item);
    size += item.length;
  }
  const nav = Array.from({ length: 200 }, (_, i) => `<a href="/eng/menu/${i}/">Menu ${i}</a>`).join(' ');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Ministry of Foreign Affairs</title></head>
<body><header><nav>${nav}</nav></header><main><h1>News</h1><ul class="news_list">${lists.join('')}</ul></main>
<aside><p>Spokesperson's remarks, speeches and documents.</p></aside><footer><p>Copyright. All rights reserved.</p></footer></body></html>`;
}

/** A long page with a neutral title and no list markers: the slowest path to "not a readout". */
export function aboutPage(targetBytes = 500_000): string {
  const paragraphs: string[] = [];
  let size = 0;
  for (let i = 0; size < targetBytes; i++) {
    const p = `<div class="block"><p>Section ${i}. The ministry carries out the country's foreign policy, protects its citizens abroad and keeps records of its history.</p></div>`;
    paragraphs.push(p);
    size += p.length;
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>About the Ministry</title></head>
<body><div class="page"><h1>About the Ministry</h1><div class="body">${paragraphs.join('')}</div></div></body></html>`;
}

/** A long press-conference transcript in the China MFA English template. */
export function transcriptPage(targetBytes = 300_000): string {
  const turns: string[] = [];
  let size = 0;
  for (let i = 0; size < targetBytes; i++) {
    const p =
      i % 2 === 0
        ? `<p>Reporter: Question ${i} about the meeting between the two foreign ministers and the talks planned next month?</p>`
        : `<p>Spokesperson: On your question ${i}, we have released information on the talks. I have nothing further to add at this point.</p>`;
    turns.push(p);
    size += p.length;
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Regular Press Conference</title></head>
<body><div class="container clearfix"><div class="content_mod"><h2 class="title">Foreign Ministry Spokesperson's Regular Press Conference on May 14, 2024</h2>
<div id="News_Body_Time">2024-05-14</div><div class="content">${turns.join('')}</div></div></div></body></html>`;
}

export async function run(options: BenchOptions): Promise<Figure[]> {
  const script = await bundleForPage(ENTRY);
  const pages = [
    { label: 'portal-600kb', url: 'https://www.mfa.gov.cn/eng/', html: portalPage() },
    { label: 'about-500kb', url: 'https://www.mfa.gov.cn/eng/about/', html: aboutPage() },
    {
      label: 'transcript-300kb',
      url: 'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/t1.html',
      html: transcriptPage(),
    },
    {
      label: 'readout-fixture',
      url: 'https://www.mfa.gov.cn/wjbzhd/202208/t20220809_10738000.shtml',
      html: await readFile(join(ROOT, 'test/fixtures/cn-mfa/readout.html'), 'utf8'),
    },
  ];
  const rounds = options.quick ? 2 : 11;
  const browser = await launchPlainChromium();
  const figures: Figure[] = [];
  try {
    const page = await browser.newPage();
    for (const { label, url, html } of pages) {
      // A real URL, so the registry's URL rules apply as on the site; the page comes from us.
      await page.route(url, (route) => route.fulfill({ contentType: 'text/html', body: html }));
      await page.goto(url);
      await page.addScriptTag({ content: script });
      const samples: Record<string, number[]> = { detect: [], readerable: [], extract: [] };
      const results: Record<string, string> = {};
      // Interleaved so the machine's noise falls on all three alike; without --quick, the first
      // round warms up and is not counted.
      const warmUp = options.quick ? 0 : 1;
      for (let r = 0; r < rounds + warmUp; r++) {
        for (const name of ['detect', 'readerable', 'extract'] as const) {
          const batch = name === 'extract' ? 5 : 50;
          const { ms, result } = await page.evaluate(
            ([n, b]) =>
              (
                window as unknown as { __bench: (n: string, b: number) => { ms: number; result: string } }
              ).__bench(n, b),
            [name, batch] as const,
          );
          if (r >= warmUp) samples[name]!.push(ms);
          results[name] = result;
        }
      }
      figures.push(
        figure(`detect-${label} (${results.detect})`, 'ms', samples.detect!, {
          name: '@mozilla/readability isProbablyReaderable',
          samples: samples.readerable!,
        }),
        figure(`detect-${label} vs full extraction`, 'ms', samples.detect!, {
          name: 'extractReadout',
          samples: samples.extract!,
        }),
      );
    }
  } finally {
    await browser.close();
  }
  return figures;
}
