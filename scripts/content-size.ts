/**
 * `npx tsx scripts/content-size.ts [--top=N]`: what the content script's bundle is made of.
 * Bundles the content entry with esbuild (minified, data modules inlined as the extension build
 * inlines them) with a source map, attributes every output byte to its source module, and prints
 * raw and gzip bytes per module and per group (KB data, other data, code by package). A module's
 * gzip is its own bytes compressed alone, so the parts add up to a little more than the whole.
 */
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { relative, resolve } from 'node:path';
import { build } from 'esbuild';
import { SourceMapConsumer } from 'source-map';
import { ROOT } from './extension-browser';
import { CONTENT_PART_FILES } from '../lib/content-part-files';
import { contentScriptBuild, contentStandIns } from './content-stand-ins';
import { READER_ENTRYPOINT } from '../lib/content-build';

/**
 * Modules that are KB data rather than code: none should be in the content script, which
 * fetches the KB as a packaged binary file (lib/kb/recognition-binary.ts); listed so that a
 * regression shows here.
 */
const KB_DATA = [/data\/kb\/.*\.json$/, /lib\/recognize\/shipped-patterns\.generated\.json$/];
/** Data tables the code needs whatever the KB holds. */
const OTHER_DATA = [/\.json$/];

export interface ModuleSize {
  module: string;
  raw: number;
  gzip: number;
}

export interface ContentSize {
  total: { raw: number; gzip: number };
  /** Code and data other than the KB's recognition data, compressed together as one file. */
  withoutKbData: { raw: number; gzip: number };
  kbData: { raw: number; gzip: number };
  modules: ModuleSize[];
}

function groupOf(module: string): string {
  if (KB_DATA.some((r) => r.test(module))) return 'KB data';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(module);
  if (pkg) return `package ${pkg[1]}`;
  if (OTHER_DATA.some((r) => r.test(module))) return 'other data';
  return module.split('/').slice(0, 2).join('/');
}

export async function contentScriptSize(): Promise<ContentSize> {
  const out = await build({
    entryPoints: ['entrypoints/content/index.tsx'],
    absWorkingDir: ROOT,
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    sourcemap: 'external',
    outfile: 'content.js',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    logLevel: 'silent',
    define: { 'import.meta.env.MODE': '"production"', 'import.meta.env.BROWSER': '"chrome"' },
    plugins: [contentScriptBuild],
  });
  const code = out.outputFiles.find((f) => f.path.endsWith('.js'))!.text;
  const map = JSON.parse(out.outputFiles.find((f) => f.path.endsWith('.map'))!.text) as object;
  // Each output line's segments, from the mapping's column to the next one's.
  const lines = code.split('\n');
  const pieces = new Map<string, string[]>();
  await SourceMapConsumer.with(map as never, null, (consumer) => {
    const marks: { line: number; column: number; source: string }[] = [];
    consumer.eachMapping((m) =>
      marks.push({ line: m.generatedLine, column: m.generatedColumn, source: m.source ?? '(none)' }),
    );
    marks.sort((a, b) => a.line - b.line || a.column - b.column);
    for (const [i, mark] of marks.entries()) {
      const next = marks[i + 1];
      const line = lines[mark.line - 1] ?? '';
      const end = next && next.line === mark.line ? next.column : line.length;
      const text = line.slice(mark.column, end);
      const list = pieces.get(mark.source) ?? [];
      list.push(text);
      pieces.set(mark.source, list);
    }
  });
  const modules = [...pieces]
    .map(([source, texts]) => {
      const text = texts.join('');
      return {
        module: relative(ROOT, resolve(ROOT, source)),
        raw: Buffer.byteLength(text),
        gzip: gzipSync(text).length,
        text,
      };
    })
    .sort((a, b) => b.raw - a.raw);
  const isKb = (m: string) => KB_DATA.some((r) => r.test(m));
  const part = (texts: string[]) => {
    const joined = texts.join('');
    return { raw: Buffer.byteLength(joined), gzip: gzipSync(joined).length };
  };
  return {
    total: { raw: Buffer.byteLength(code), gzip: gzipSync(code).length },
    withoutKbData: part(modules.filter((m) => !isKb(m.module)).map((m) => m.text)),
    kbData: part(modules.filter((m) => isKb(m.module)).map((m) => m.text)),
    modules: modules.map(({ module, raw, gzip }) => ({ module, raw, gzip })),
  };
}

/** A part's entrypoint: `part-x.js` is built from `entrypoints/part-x.ts` or `.tsx`. */
function partSource(file: string): string {
  const base = `entrypoints/${file.replace(/\.js$/, '')}`;
  return existsSync(resolve(ROOT, `${base}.tsx`)) ? `${base}.tsx` : `${base}.ts`;
}

/**
 * The parts the content script loads on demand (lib/content-part-files.ts), each bundled alone
 * as the extension builds it (the reader part with the content script's stand-ins): raw and gzip
 * bytes of each file. Only the reader is on an article page's start, loaded with the KB file.
 */
export async function contentPartSizes(): Promise<
  { part: string; file: string; raw: number; gzip: number }[]
> {
  const sizes = [];
  for (const [part, file] of Object.entries(CONTENT_PART_FILES)) {
    const out = await build({
      entryPoints: [partSource(file)],
      absWorkingDir: ROOT,
      bundle: true,
      write: false,
      format: 'iife',
      minify: true,
      outfile: file,
      jsx: 'automatic',
      jsxImportSource: 'preact',
      logLevel: 'silent',
      define: { 'import.meta.env.MODE': '"production"', 'import.meta.env.BROWSER': '"chrome"' },
      plugins: file === `${READER_ENTRYPOINT}.js` ? [contentStandIns] : [],
    });
    const code = out.outputFiles[0]!.text;
    sizes.push({ part, file, raw: Buffer.byteLength(code), gzip: gzipSync(code).length });
  }
  return sizes;
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

async function main() {
  const top = Number(process.argv.find((a) => a.startsWith('--top='))?.slice(6) ?? 25);
  const size = await contentScriptSize();
  const parts = await contentPartSizes();
  const groups = new Map<string, { raw: number; gzip: number }>();
  for (const m of size.modules) {
    const g = groups.get(groupOf(m.module)) ?? { raw: 0, gzip: 0 };
    g.raw += m.raw;
    g.gzip += m.gzip;
    groups.set(groupOf(m.module), g);
  }
  const row = (name: string, s: { raw: number; gzip: number }) =>
    `${kb(s.raw).padStart(10)} ${kb(s.gzip).padStart(10)}  ${name}`;
  const lines = [
    `${'raw'.padStart(10)} ${'gzip'.padStart(10)}`,
    row('content script (whole file)', size.total),
    row('  without KB data (code and other data, compressed together)', size.withoutKbData),
    row('  KB data (compressed together)', size.kbData),
    '',
    'parts loaded on demand (each its own file; reader: on an article page, with the KB file):',
    ...parts.map((p) => row(`${p.part} (${p.file})`, p)),
    '',
    'by group (each compressed alone):',
    ...[...groups].sort((a, b) => b[1].raw - a[1].raw).map(([name, s]) => row(name, s)),
    '',
    `largest ${top} modules (each compressed alone):`,
    ...size.modules.slice(0, top).map((m) => row(m.module, m)),
  ];
  process.stdout.write(lines.join('\n') + '\n');
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
