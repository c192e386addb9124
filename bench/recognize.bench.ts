/**
 * Recognition speed and size:
 * - recognition of a 1 MB page (the whole `recognize`, patterns included) against (a) one regex
 *   alternation of every alias and (b) an indexOf loop per alias — both only find KB aliases,
 *   so they do less than we do;
 * - building the matcher from the bundled KB (warm, in this process) against compiling the regex
 *   alternation;
 * - start-up in real Chromium: evaluating a bundle of the KB and recognizer, as the content script
 *   ships them (recognition fields only, packed), up to a ready recognizer (`createRecognizer(recognitionKb(), [])`, with the
 *   patterns compiled at build time) that has recognized a 4 KB readout (the automaton is built per
 *   page), against the same bundle deriving the patterns from the KB at start (from the recognition
 *   fields, which hold no aliases: the peer does a little less than deriving the full table);
 *   Each phase of our start-up is a figure of its own (no peer);
 * - the content script's gzipped size (built into a temp dir with WXT's build, the content entry
 *   alone: the same bytes as in a full build), and its two parts, code without the KB's
 *   recognition data and that data (scripts/content-size.ts), no peer.
 * The start-up and size figures run alone with `--only=recognize-start`.
 * With --quick, the page is 250 KB (and the figure named so), the slow peers (the regex
 * alternation and indexOf) run once without a warm-up, and the start-up figure takes fewer rounds
 * with no warm-up round.
 * A KB smaller than a few thousand aliases is padded with synthetic officials, so the 1 MB figure
 * reflects a grown KB (the generated KB has more than that on its own).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { bundledKb, Kb, type KbEntity } from '../lib/kb';
import { createRecognizer } from '../lib/recognize';
import { figure, timeRuns, type BenchOptions, type Figure } from './figure';
import { bundleForPage, launchPlainChromium } from './in-page';
import { contentScriptSize } from '../scripts/content-size';

const SYNTHETIC_TARGET_ALIASES = 4000;
const SYLLABLES = [
  'ka',
  'ren',
  'mo',
  'tiv',
  'sal',
  'dor',
  'bel',
  'qu',
  'ash',
  'ni',
  'vor',
  'lem',
  'tu',
  'pra',
  'zed',
];

function syntheticName(i: number): string {
  const word = (n: number) => {
    let s = '';
    for (let k = 0; k < 3; k++, n = Math.floor(n / SYLLABLES.length)) s += SYLLABLES[n % SYLLABLES.length];
    return s[0]!.toUpperCase() + s.slice(1);
  };
  return `${word(i)} ${word(i * 7 + 3)}`;
}

function paddedKb(): Kb {
  const real = bundledKb().entities;
  const count = real.reduce((n, e) => n + 1 + e.aliases.length, 0);
  const extra: KbEntity[] = [];
  for (let i = 0; count + extra.length * 2 < SYNTHETIC_TARGET_ALIASES; i++) {
    const name = syntheticName(i);
    extra.push({
      id: `synthetic-${i}`,
      kind: 'official',
      name,
      aliases: [name.split(' ').reverse().join(' ')],
      country: 'FR',
      offices: [{ office: 'Minister', country: 'FR', from: '2000' }],
      sources: [{ url: 'https://example.org/' }],
    });
  }
  return new Kb([...real, ...extra]);
}

/** About 1 MB of our own sentences, mentioning real and synthetic names among filler. */
function page(kb: Kb, bytes: number): string {
  const names = kb.entities.map((e) => e.name);
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const sentence =
      `Foreign Minister ${names[(i * 31) % names.length]} met ${names[(i * 17) % names.length]} to discuss trade, climate and the ` +
      `regional situation, and both sides agreed to keep in close touch on issues of common concern. `;
    parts.push(sentence);
    size += sentence.length;
  }
  return parts.join('');
}

function aliasesOf(kb: Kb): string[] {
  return [
    ...new Set(kb.entities.flatMap((e) => [e.name, ...(e.nativeName ? [e.nativeName] : []), ...e.aliases])),
  ].filter((a) => a.length >= 2);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function alternation(aliases: string[]): RegExp {
  return new RegExp(
    aliases
      .sort((a, b) => b.length - a.length)
      .map(escape)
      .join('|'),
    'gi',
  );
}

function contentScriptGzipBytes(): number {
  const out = mkdtempSync(join(tmpdir(), 'readout-lens-bench-'));
  try {
    // The CLI has no --outDir: use WXT's build() in a child, so the shared .output stays as it is.
    // Only the content entry: WXT bundles each content script on its own, so its file is the same
    // as in a full build, which would also build the background, popup and archive pages.
    const script = `const { build } = await import('wxt'); await build({ outDir: ${JSON.stringify(out)}, logLevel: 0, filterEntrypoints: ['content'] });`;
    execFileSync(process.execPath, ['--input-type=module', '-e', script], { stdio: 'ignore' });
    return gzipSync(new Uint8Array(readFileSync(join(out, 'chrome-mv3', 'content-scripts', 'content.js'))))
      .length;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** The phases of start-up, in the order the start bundle marks their ends. */
const START_PHASES = [
  'script compiled and modules evaluated (KB data loaded)',
  'KB unpacked',
  'recognizer built',
  'first readout recognized',
] as const;

/**
 * A browser bundle whose evaluation loads the KB as the content script ships it (recognition
 * fields only, inlined as data) and ends with a ready recognizer; it marks the end of each of
 * START_PHASES in `startMarks` (performance.now() values).
 */
function startBundle(kbExpression: string, readout: string): Promise<string> {
  return bundleForPage(`import { recognitionKb, Kb } from './lib/kb';
import { createRecognizer } from './lib/recognize';
const marks = [performance.now()];
const kb = ${kbExpression};
marks.push(performance.now());
const recognizer = createRecognizer(kb, []);
marks.push(performance.now());
// The automaton is built per page (lib/recognize/page-matcher.ts): start-up ends with the first
// readout recognized, so that cost is counted here and not moved out of the figure.
(globalThis as any).found = recognizer.recognize(${JSON.stringify(readout)}, { date: '2024-07-10' });
marks.push(performance.now());
(globalThis as any).startMarks = marks;
(globalThis as any).readyRecognizer = recognizer;`);
}

interface StartRun {
  total: number;
  /** Milliseconds of each of START_PHASES. */
  phases: number[];
}

/**
 * Milliseconds from inserting `bundle` as a script into a fresh page (new context: cold code, as
 * on a real page load) to the end of its evaluation, and of each phase, once per run (after one
 * uncounted round of every bundle, unless `warmUp` is false).
 */
async function startUpRuns(bundles: string[], runs: number, warmUp: boolean): Promise<StartRun[][]> {
  const browser = await launchPlainChromium();
  try {
    const samples: StartRun[][] = bundles.map(() => []);
    // Alternate the bundles so the machine's drift affects both alike.
    for (let run = warmUp ? -1 : 0; run < runs; run++) {
      for (const [i, code] of bundles.entries()) {
        const context = await browser.newContext();
        const page = await context.newPage();
        await page.setContent('<!DOCTYPE html><html><head></head><body></body></html>');
        const sample = await page.evaluate((source) => {
          const script = document.createElement('script');
          script.textContent = source;
          const t0 = performance.now();
          document.head.append(script);
          const total = performance.now() - t0;
          const marks = (globalThis as { startMarks?: number[] }).startMarks;
          if (!(globalThis as { readyRecognizer?: unknown }).readyRecognizer || !marks)
            throw new Error('not ready');
          return { total, phases: marks.map((m, k) => m - (k === 0 ? t0 : marks[k - 1]!)) };
        }, code);
        if (run >= 0) samples[i]!.push(sample);
        await context.close();
      }
    }
    return samples;
  } finally {
    await browser.close();
  }
}

export async function run(options: BenchOptions): Promise<Figure[]> {
  const runs = options.quick ? 3 : 7;
  const kb = paddedKb();
  const aliases = aliasesOf(kb);
  // --quick: a quarter of the page, named so.
  const pageName = options.quick ? 'recognize-250kb-page' : 'recognize-1mb-page';
  const text = page(kb, options.quick ? 250_000 : 1_000_000);
  const recognizer = createRecognizer(kb);

  let sink = 0;
  const ours = await timeRuns(
    runs,
    () => (sink += recognizer.recognize(text, { date: '2020-01-01' }).mentions.length),
  );
  const regex = alternation(aliases);
  // The peers take seconds a run on the 1 MB page: --quick runs each once, with no warm-up.
  const regexRuns = await timeRuns(
    options.quick ? 1 : runs,
    () => {
      regex.lastIndex = 0;
      for (const m of text.matchAll(regex)) sink += m.index;
    },
    !options.quick,
  );
  const lower = text.toLowerCase();
  const folded = aliases.map((a) => a.toLowerCase());
  const indexOfRuns = await timeRuns(
    options.quick ? 1 : 3,
    () => {
      for (const needle of folded)
        for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + needle.length))
          sink += at;
    },
    !options.quick,
  );

  const shipped = bundledKb();
  const buildOurs = await timeRuns(runs * 3, () => createRecognizer(new Kb(shipped.entities)));
  const shippedAliases = aliasesOf(shipped);
  const buildRegex = await timeRuns(runs * 3, () =>
    alternation(shippedAliases).exec('warm up the compiled regex'),
  );
  if (sink < 0) throw new Error('unreachable: keeps the work observable');

  return [
    figure(`${pageName} (${aliases.length} aliases, synthetic padding)`, 'ms', ours, {
      name: 'regex alternation',
      samples: regexRuns,
    }),
    figure(`${pageName} (${aliases.length} aliases, synthetic padding)`, 'ms', ours, {
      name: 'indexOf per alias',
      samples: indexOfRuns,
    }),
    figure(`build-matcher-shipped-kb (${shippedAliases.length} aliases)`, 'ms', buildOurs, {
      name: 'regex alternation compile',
      samples: buildRegex,
    }),
  ];
}

/** Start-up in Chromium (with its phases) and the content script's size: `--only=recognize-start`. */
export async function runStart(options: BenchOptions): Promise<Figure[]> {
  const shipped = bundledKb();
  // A readout's worth of text (about 4 KB) naming shipped officials.
  const readout = page(shipped, 4_000);
  const [startOurs, startDerived] = await startUpRuns(
    await Promise.all([
      startBundle('recognitionKb()', readout),
      startBundle('new Kb(recognitionKb().entities)', readout),
    ]),
    options.quick ? 2 : 15,
    !options.quick,
  );

  const size = contentScriptGzipBytes();
  const parts = await contentScriptSize();
  const kbFigure = (name: string, bytes: number): Figure => ({
    name,
    unit: 'KB',
    value: Math.round(bytes / 102.4) / 10,
    runs: 1,
  });
  return [
    figure(
      'content-script-start: bundled KB to first 4 KB readout recognized (Chromium)',
      'ms',
      startOurs!.map((r) => r.total),
      { name: 'patterns derived from the KB at start', samples: startDerived!.map((r) => r.total) },
    ),
    ...START_PHASES.map((phase, k) =>
      figure(
        `content-script-start, phase: ${phase}`,
        'ms',
        startOurs!.map((r) => r.phases[k]!),
      ),
    ),
    kbFigure('content-script-gzip', size),
    kbFigure(
      'content-script-gzip without KB data (esbuild build, see scripts/content-size.ts)',
      parts.withoutKbData.gzip,
    ),
    kbFigure('content-script KB data, gzip', parts.kbData.gzip),
    kbFigure('content-script KB data, raw', parts.kbData.raw),
  ];
}
