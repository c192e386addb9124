/**
 * Recognition speed and size:
 * - recognition of a 1 MB page (the whole `recognize`, patterns included) against (a) one regex
 *   alternation of every alias and (b) an indexOf loop per alias — both only find KB aliases,
 *   so they do less than we do;
 * - building the matcher from the bundled KB (warm, in this process) against compiling the regex
 *   alternation;
 * - start-up in real Chromium: from inserting a bundle of the recognizer into a page, as the
 *   content script does it (fetch the KB recognition file while loading the reader part, which
 *   holds the recognizer, and decode it: lib/kb/recognition-binary.ts),
 *   up to a ready recognizer (with the patterns compiled at build time) that has recognized a 4 KB
 *   readout (the automaton is built per page), against the same bundle deriving the patterns from
 *   the decoded entities at start (which hold no aliases: the peer does a little less than deriving
 *   the full table), and against the recognizer in the script itself (the form before the reader
 *   part). Each phase of our start-up is a figure of its own (no peer);
 * - the content script's gzipped size (built into a temp dir with WXT's build, the content entry
 *   alone: the same bytes as in a full build; the KB is not in it) and the KB recognition file's
 *   size, raw and gzip, no peer (what the script is made of: scripts/content-size.ts).
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
import { bundledKb, Kb, recognitionKb, type KbEntity, type KbRecognitionEntity } from '../lib/kb';
import type { CompiledPatterns } from '../lib/recognize/patterns';
import shippedPatterns from '../lib/recognize/shipped-patterns.generated.json';
import { createRecognizer } from '../lib/recognize';
import { figure, timeRuns, type BenchOptions, type Figure } from './figure';
import { bundleForPage, launchPlainChromium } from './in-page';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { recognitionFileBytes } from '../lib/kb/recognition-data';
import { KB_RECOGNITION_FILE } from '../lib/kb/recognition-binary';

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
  'script compiled and modules evaluated',
  'KB file fetched (and the reader part loaded, in parallel)',
  'KB file decoded',
  'recognizer built',
  'first readout recognized',
] as const;

/**
 * A browser bundle that starts as the content script does: it fetches the KB recognition file
 * (lib/kb/recognition-binary.ts; here a blob: URL in `kbFileUrl`, which the browser serves as
 * it serves a packaged file, without a round trip to this process), decodes it, builds the recognizer
 * from `kbExpression` (over `decoded`) and recognizes the first readout; it marks the end of each
 * of START_PHASES in `startMarks` (performance.now() values) and resolves `startDone`. The real
 * content script fetches while the page is still loading; here the fetch is counted in full.
 * With `jsonInScript`, the peer of the form the content script had before the file: the same
 * recognition fields and compiled table as JSON in the script, parsed at start (no fetch).
 */
/**
 * The reader part (entrypoints/part-reader.ts) as the extension builds it: registers the reader
 * (recognition, extraction) when evaluated. The page gets it as a blob: URL in `readerPartUrl`.
 */
function readerPartBundle(): Promise<string> {
  return bundleForPage(
    `import { registerPart } from './lib/parts';
import { reader } from './entrypoints/content/reader';
registerPart('reader', reader);`,
    { asContentScript: true },
  );
}

/**
 * The content script's start as it is: the reader part (\`readerPartUrl\`, loaded with a dynamic
 * import as the content script loads its parts) and the KB file fetched in parallel, then the KB
 * decoded by the part, the recognizer built and the first readout recognized; the phases as in
 * \`startBundle\` (the first: the small script itself; the second: both loads).
 */
function splitStartBundle(readout: string): Promise<string> {
  return bundleForPage(
    `import { createPartLoader } from './lib/parts';
import type { ContentParts } from './entrypoints/content/parts';
const loadPart = createPartLoader<Pick<ContentParts, 'reader'>>({ reader: 'part-reader.js' }, () =>
  import(/* @vite-ignore */ (globalThis as any).readerPartUrl),
);
const marks = [performance.now()];
(globalThis as any).startDone = (async () => {
  const [reader, file] = await Promise.all([
    loadPart('reader'),
    fetch((globalThis as any).kbFileUrl).then((response) => response.arrayBuffer()),
  ]);
  marks.push(performance.now());
  const decoded = reader.decodeKb(file);
  marks.push(performance.now());
  const recognizer = reader.createRecognizer(decoded, []);
  marks.push(performance.now());
  (globalThis as any).found = recognizer.recognize(${JSON.stringify(readout)}, { date: '2024-07-10' });
  marks.push(performance.now());
  (globalThis as any).startMarks = marks;
  (globalThis as any).readyRecognizer = recognizer;
})();`,
    { asContentScript: true },
  );
}

function startBundle(
  kbExpression: string,
  readout: string,
  inScript?: { json: string } | { base64: string },
): Promise<string> {
  const load = inScript
    ? 'json' in inScript
      ? `marks.push(performance.now());
  const decoded = new Kb(...(JSON.parse(${JSON.stringify(inScript.json)}) as [any, any]));`
      : `marks.push(performance.now());
  const decoded = kbFromRecognitionFile((Uint8Array as any).fromBase64(${JSON.stringify(inScript.base64)}).buffer);`
    : `const file = await (await fetch((globalThis as any).kbFileUrl)).arrayBuffer();
  marks.push(performance.now());
  const decoded = kbFromRecognitionFile(file);`;
  return bundleForPage(
    `import { kbFromRecognitionFile, Kb } from './lib/kb';
import { createRecognizer } from './lib/recognize';
const marks = [performance.now()];
(globalThis as any).startDone = (async () => {
  ${load}
  marks.push(performance.now());
  const recognizer = createRecognizer(${kbExpression}, []);
  marks.push(performance.now());
  // The automaton is built per page (lib/recognize/page-matcher.ts): start-up ends with the first
  // readout recognized, so that cost is counted here and not moved out of the figure.
  (globalThis as any).found = recognizer.recognize(${JSON.stringify(readout)}, { date: '2024-07-10' });
  marks.push(performance.now());
  (globalThis as any).startMarks = marks;
  (globalThis as any).readyRecognizer = recognizer;
})();`,
    { asContentScript: true },
  );
}

/** An entity of the decoded file as a plain object (its offices are a getter). */
function plainEntity(e: KbRecognitionEntity): KbRecognitionEntity {
  const { id, kind, name, nativeName, country, offices } = e;
  return { id, kind, name, nativeName, country, offices };
}

interface StartRun {
  total: number;
  /** Milliseconds of each of START_PHASES. */
  phases: number[];
}

/** A loopback server for the start-up pages: an empty page, and the KB recognition file. */
async function startServer(): Promise<{ origin: string; close: () => Promise<void> }> {
  const file = recognitionFileBytes();
  const server = createServer((request, response) => {
    if (request.url === `/${KB_RECOGNITION_FILE}`) {
      response.writeHead(200, { 'content-type': 'application/octet-stream', 'cache-control': 'no-store' });
      response.end(file);
    } else {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end('<!DOCTYPE html><html><head></head><body></body></html>');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * Milliseconds from inserting `bundle` as a script into a fresh page (new context: cold code, as
 * on a real page load) to a ready recognizer, and of each phase, once per run (after one
 * uncounted round of every bundle, unless `warmUp` is false).
 */
async function startUpRuns(
  bundles: string[],
  readerPart: string,
  origin: string,
  runs: number,
  warmUp: boolean,
): Promise<StartRun[][]> {
  const browser = await launchPlainChromium();
  try {
    const samples: StartRun[][] = bundles.map(() => []);
    // Alternate the bundles so the machine's drift affects both alike.
    for (let run = warmUp ? -1 : 0; run < runs; run++) {
      for (const [i, code] of bundles.entries()) {
        const context = await browser.newContext();
        const page = await context.newPage();
        await page.goto(`${origin}/`);
        // The file as a blob the browser holds, as it holds the extension's packaged files.
        await page.evaluate(async (url) => {
          const blob = await (await fetch(url)).blob();
          (globalThis as { kbFileUrl?: string }).kbFileUrl = URL.createObjectURL(blob);
        }, `${origin}/${KB_RECOGNITION_FILE}`);
        // The reader part likewise (only the split bundle loads it).
        await page.evaluate((source) => {
          const blob = new Blob([source], { type: 'text/javascript' });
          (globalThis as { readerPartUrl?: string }).readerPartUrl = URL.createObjectURL(blob);
        }, readerPart);
        const sample = await page.evaluate(async (source) => {
          const script = document.createElement('script');
          script.textContent = source;
          const t0 = performance.now();
          document.head.append(script);
          await (globalThis as { startDone?: Promise<void> }).startDone;
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
  const server = await startServer();
  const recognition = recognitionKb();
  const jsonInScript = JSON.stringify([
    recognition.entities.map(plainEntity),
    shippedPatterns as CompiledPatterns,
  ]);
  let startOurs: StartRun[];
  let startInScript: StartRun[];
  let startDerived: StartRun[];
  let startJson: StartRun[];
  let startBase64: StartRun[];
  try {
    [startOurs, startInScript, startDerived, startJson, startBase64] = (await startUpRuns(
      await Promise.all([
        splitStartBundle(readout),
        startBundle('decoded', readout),
        startBundle('new Kb(decoded.entities)', readout),
        startBundle('decoded', readout, { json: jsonInScript }),
        startBundle('decoded', readout, { base64: Buffer.from(recognitionFileBytes()).toString('base64') }),
      ]),
      await readerPartBundle(),
      server.origin,
      options.quick ? 2 : 15,
      !options.quick,
    )) as [StartRun[], StartRun[], StartRun[], StartRun[], StartRun[]];
  } finally {
    await server.close();
  }

  const size = contentScriptGzipBytes();
  const file = recognitionFileBytes();
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
      startOurs.map((r) => r.total),
      {
        name: 'recognizer in the content script (no reader part: the former form)',
        samples: startInScript.map((r) => r.total),
      },
    ),
    figure(
      'content-script-start: bundled KB to first 4 KB readout recognized (Chromium)',
      'ms',
      startOurs.map((r) => r.total),
      { name: 'patterns derived from the KB at start', samples: startDerived.map((r) => r.total) },
    ),
    figure(
      'content-script-start: bundled KB to first 4 KB readout recognized (Chromium)',
      'ms',
      startOurs.map((r) => r.total),
      { name: 'KB as JSON in the script (the former form)', samples: startJson.map((r) => r.total) },
    ),
    figure(
      'content-script-start: bundled KB to first 4 KB readout recognized (Chromium)',
      'ms',
      startOurs.map((r) => r.total),
      { name: 'the same binary as base64 in the script', samples: startBase64.map((r) => r.total) },
    ),
    ...START_PHASES.map((phase, k) =>
      figure(
        `content-script-start, phase: ${phase}`,
        'ms',
        startOurs.map((r) => r.phases[k]!),
      ),
    ),
    kbFigure('content-script-gzip (JS, no KB data in it)', size),
    kbFigure(`KB recognition file (${KB_RECOGNITION_FILE}), raw`, file.length),
    kbFigure(`KB recognition file (${KB_RECOGNITION_FILE}), gzip`, gzipSync(file).length),
  ];
}
