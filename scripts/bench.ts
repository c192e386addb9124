/**
 * `npm run bench [-- --json] [-- --quick] [-- --only=suite] [-- --readouts=10000,50000] [-- --figures=save,related,search] [-- --no-peer]`: every benchmark figure, each measured against a
 * named peer in the same run. Each suite lives in bench/ and is registered here.
 */
import type { BenchOptions, Figure } from '../bench/figure';
import { formatTable } from '../bench/figure';

type Suite = { name: string; run: (options: BenchOptions) => Promise<Figure[]> };

// Register suites here: { name, run: (await import('../bench/x.bench')).run }
const SUITES: Suite[] = [
  { name: 'recognize', run: async (o) => (await import('../bench/recognize.bench')).run(o) },
  { name: 'recognize-start', run: async (o) => (await import('../bench/recognize.bench')).runStart(o) },
  { name: 'archive', run: async (o) => (await import('../bench/archive.bench')).run(o) },
  { name: 'paint', run: async (o) => (await import('../bench/paint.bench')).run(o) },
  { name: 'detect', run: async (o) => (await import('../bench/detect.bench')).run(o) },
  { name: 'sync', run: async (o) => (await import('../bench/sync.bench')).run(o) },
];

async function main() {
  const json = process.argv.includes('--json');
  const quick = process.argv.includes('--quick');
  const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
  const readouts = process.argv
    .find((a) => a.startsWith('--readouts='))
    ?.slice('--readouts='.length)
    .split(',')
    .map(Number);
  const figures = process.argv
    .find((a) => a.startsWith('--figures='))
    ?.slice('--figures='.length)
    .split(',')
    .filter(Boolean);
  if (readouts?.some((n) => !Number.isInteger(n) || n < 1))
    throw new Error('--readouts= takes whole numbers separated by commas, e.g. --readouts=10000,50000');
  const noPeer = process.argv.includes('--no-peer');
  const measured: Figure[] = [];
  for (const suite of SUITES) {
    if (only && !suite.name.includes(only)) continue;
    const started = performance.now();
    measured.push(
      ...(await suite.run({
        quick,
        ...(readouts ? { readouts } : {}),
        ...(figures ? { figures } : {}),
        ...(noPeer ? { noPeer } : {}),
      })),
    );
    process.stderr.write(`${suite.name}: ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  }
  process.stdout.write(json ? JSON.stringify(measured) + '\n' : formatTable(measured) + '\n');
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
