/**
 * Painting speed and memory in real Chromium. Our painting code (lib/highlight, bundled with
 * esbuild) and mark.js 8.11.1 get the same term list on the same page, in the same browser run:
 * (a) a sample readout page, (b) a 1 MB page with 50,000+ text nodes (250 KB with --quick, and
 * named so). The floor is the bare cost of walking every text node with a TreeWalker. Each timing
 * includes a forced layout, so a DOM-changing painter pays for the relayout it causes.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { ROOT } from '../scripts/extension-browser';
import { figure, type BenchOptions, type Figure } from './figure';
import { bundleForPage, launchPlainChromium } from './in-page';
import { hugeReadoutPage } from './huge-page';

/** The terms the recognizer finds on these pages (mark.js gets the same list). */
const TERMS = [
  'Wang Yi',
  'Cho Tae-yul',
  'Belt and Road Initiative',
  'Regional Comprehensive Economic Partnership',
  'RCEP',
];

/** In-page entry: our painter driven by a plain term search, exposed as `window.__rl`. */
const ENTRY = `
import { buildTextMap } from './lib/highlight/text-map';
import { ensureHighlightSheet, paintHighlights } from './lib/highlight/paint';
import { paintWrapped } from './lib/highlight/wrap';
let painting = null;
function mentions(text, terms) {
  const out = [];
  for (const term of terms)
    for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + term.length))
      out.push({ start: at, end: at + term.length, key: term, surface: term, kind: term.length > 12 ? 'agreement' : 'official' });
  return out;
}
window.__rl = {
  // The extension adopts the highlight stylesheet at document_start (nearly free then); here it
  // is adopted before timing starts, as it would already be.
  prepare() { ensureHighlightSheet(document); void document.body.getBoundingClientRect().height; },
  paint(terms, wrap) {
    const map = buildTextMap(document.body);
    painting = (wrap ? paintWrapped : paintHighlights)(map, mentions(map.text, terms));
    return painting.mentions.length;
  },
  clear() { painting?.clear(); painting = null; },
};
window.__bench = (action, phase, terms) => {
  let count = 0;
  const t0 = performance.now();
  if (action === 'floor') {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n.data.length > 0) count++;
  } else if (action === 'mark') {
    const marker = new window.Mark(document.body);
    if (phase === 'paint')
      marker.mark(terms, { separateWordSearch: false, diacritics: false, acrossElements: false, each: () => void count++ });
    else marker.unmark();
  } else if (phase === 'paint') count = window.__rl.paint(terms, action === 'ours-wrap');
  else window.__rl.clear();
  void document.body.getBoundingClientRect().height;
  return { ms: performance.now() - t0, count };
};
`;

type Action = 'ours' | 'ours-wrap' | 'mark' | 'floor';

/** Times one action in the page (sync work + forced layout); returns ms and how many it painted. */
function timeInPage(
  page: Page,
  action: Action,
  phase: 'paint' | 'clear',
): Promise<{ ms: number; count: number }> {
  // A string, so the bundler of this file cannot wrap the in-page code with its helpers.
  return page.evaluate(
    `window.__bench(${JSON.stringify(action)}, ${JSON.stringify(phase)}, ${JSON.stringify(TERMS)})`,
  );
}

/**
 * The page's whole heap after a garbage collection, in MB: the self sizes of every node of a heap
 * snapshot, JS objects and the DOM's own (Blink) objects alike. The JS heap alone misses what a
 * painter adds to the DOM (elements, split text nodes, their layout).
 */
async function pageMemory(cdp: CDPSession): Promise<number> {
  // A 1 MB page's snapshot is too long for one string: sum the nodes' self sizes as chunks arrive.
  let head = '';
  let fieldCount = 0;
  let selfSizeField = -1;
  let value = '';
  let position = 0;
  let total = 0;
  let done = false;
  const scan = (text: string) => {
    for (const ch of text) {
      if (done) return;
      if (ch >= '0' && ch <= '9') value += ch;
      else if (ch === ',' || ch === ']') {
        if (value && position++ % fieldCount === selfSizeField) total += Number(value);
        value = '';
        done = ch === ']';
      }
    }
  };
  const onChunk = ({ chunk }: { chunk: string }) => {
    if (fieldCount) return scan(chunk);
    head += chunk;
    const nodesAt = head.indexOf('"nodes":[');
    if (nodesAt < 0) return;
    const fields = JSON.parse(/"node_fields":(\[[^\]]*\])/.exec(head)![1]!) as string[];
    fieldCount = fields.length;
    selfSizeField = fields.indexOf('self_size');
    scan(head.slice(nodesAt + '"nodes":['.length));
  };
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  }
  if (!done) throw new Error('heap snapshot ended before its node list did');
  return total / 1e6;
}

/** The page's JS heap after a garbage collection, in MB. */
async function heapUsed(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0) / 1e6;
}

export async function run(options: BenchOptions): Promise<Figure[]> {
  const ours = await bundleForPage(ENTRY);
  const markJs = await readFile(join(ROOT, 'node_modules/mark.js/dist/mark.min.js'), 'utf8');
  // mark.js needs seconds per paint of the 1 MB page, and each round there reloads the page
  // (seconds too, with its first layout) for every painter: mark.js gets fewer rounds there than
  // the fast painters and the floor, and with --quick the page is a quarter of the size.
  const pages = [
    {
      label: 'readout',
      html: await readFile(join(ROOT, 'test/fixtures/samples/cn-mfa-wang-yi-cho-tae-yul.html'), 'utf8'),
      rounds: options.quick ? 2 : 15,
      markRounds: options.quick ? 2 : 15,
      heap: false,
    },
    options.quick
      ? { label: '250kb', html: hugeReadoutPage(250_000).html, rounds: 3, markRounds: 1, heap: true }
      : { label: '1mb', html: hugeReadoutPage().html, rounds: 9, markRounds: 5, heap: true },
  ];
  const browser = await launchPlainChromium();
  const figures: Figure[] = [];
  try {
    const page = await browser.newPage();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    /** The page anew, with both painters loaded and the highlight sheet adopted. */
    const loadFresh = async (html: string) => {
      await page.setContent(html);
      await page.addScriptTag({ content: ours });
      await page.addScriptTag({ content: markJs });
      await page.evaluate('window.__rl.prepare()');
    };
    for (const { label, html, rounds, markRounds, heap: measureHeap } of pages) {
      const samples: Record<string, number[]> = {};
      const add = (key: string, value: number) => (samples[key] ??= []).push(value);
      const counts: Record<string, number> = {};
      // Without --quick, one extra round first warms the JIT and is not counted.
      const warmUp = options.quick ? 0 : 1;
      for (let r = 0; r < rounds + warmUp; r++) {
        // Fresh DOM for each painter, so none inherits another's split text nodes.
        for (const action of ['floor', 'ours', 'ours-wrap', 'mark'] as const) {
          if (action === 'mark' && r >= markRounds + warmUp) continue;
          await loadFresh(html);
          // The previous page's DOM is garbage now: collect it before timing, or whichever
          // action happens to be running pays for it.
          await cdp.send('HeapProfiler.collectGarbage');
          const painted = await timeInPage(page, action, 'paint');
          const heap = measureHeap && (action === 'ours' || action === 'mark') ? await heapUsed(cdp) : 0;
          const cleared = await timeInPage(page, action, 'clear');
          counts[action] = painted.count;
          if (process.env.BENCH_DEBUG)
            process.stderr.write(`${label} ${action} ${painted.ms.toFixed(1)} ${cleared.ms.toFixed(1)}\n`);
          if (r < warmUp) continue;
          add(`${action}:paint`, painted.ms);
          add(`${action}:clear`, cleared.ms);
          if (heap) add(`${action}:heap`, heap);
        }
      }
      // The whole page's memory, one heap snapshot per painter (seconds each on the 1 MB page),
      // after all the timing: once a snapshot is taken, V8 tracks objects through every later
      // garbage collection, which would slow the rounds that follow.
      if (measureHeap)
        for (const action of ['ours', 'ours-wrap', 'mark'] as const) {
          await loadFresh(html);
          await timeInPage(page, action, 'paint');
          add(`${action}:memory`, await pageMemory(cdp));
        }
      if (counts.ours !== counts.mark || counts['ours-wrap'] !== counts.ours)
        throw new Error(
          `painters disagree on ${label}: ours ${counts.ours}, wrap ${counts['ours-wrap']}, mark.js ${counts.mark}`,
        );
      const peer = (key: string, name: string) => ({ name, samples: samples[key]! });
      figures.push(
        figure(`paint-${label}`, 'ms', samples['ours:paint']!, peer('mark:paint', 'mark.js')),
        figure(
          `paint-${label}-vs-floor`,
          'ms',
          samples['ours:paint']!,
          peer('floor:paint', 'text-node walk (floor)'),
        ),
        // The same comparison paired by round (ours ÷ floor, each on a fresh load, back to back),
        // which drifts less than a ratio of medians when the machine's speed changes mid-run.
        figure(
          `paint-${label}-per-round-times-floor`,
          '× floor',
          samples['ours:paint']!.map((ms, i) => ms / samples['floor:paint']![i]!),
        ),
        figure(
          `paint-${label}-wrap-fallback`,
          'ms',
          samples['ours-wrap:paint']!,
          peer('mark:paint', 'mark.js'),
        ),
        figure(`clear-${label}`, 'ms', samples['ours:clear']!, peer('mark:clear', 'mark.js unmark')),
        figure(
          `clear-${label}-vs-floor`,
          'ms',
          samples['ours:clear']!,
          peer('floor:paint', 'text-node walk (floor)'),
        ),
        figure(
          `clear-${label}-wrap-fallback`,
          'ms',
          samples['ours-wrap:clear']!,
          peer('mark:clear', 'mark.js unmark'),
        ),
      );
      if (samples['ours:heap'])
        figures.push(
          figure(`js-heap-after-paint-${label}`, 'MB', samples['ours:heap'], {
            name: 'mark.js',
            samples: samples['mark:heap']!,
          }),
          figure(`page-memory-after-paint-${label}`, 'MB', samples['ours:memory']!, {
            name: 'mark.js',
            samples: samples['mark:memory']!,
          }),
          figure(`page-memory-after-paint-${label}-wrap-fallback`, 'MB', samples['ours-wrap:memory']!, {
            name: 'mark.js',
            samples: samples['mark:memory']!,
          }),
        );
    }
  } finally {
    await browser.close();
  }
  return figures;
}
