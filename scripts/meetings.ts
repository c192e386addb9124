/**
 * `npm run -s meetings -- DIR`: the groups of two or more readouts in DIR that report the same
 * meeting, as `{"groups": [["FILE", ...], ...]}`. Readouts are DIR's .html and .txt files (a
 * .txt with an .html twin counts once, as the .html); pages that are not readouts are left out.
 * Bad input gets one line on stderr and exit code 2.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { groupMeetings, type ComparableReadout } from '../lib/compare';
import { loadComparable } from './comparable-file';
import { InputError } from './page-file';

/** The readout files of a folder, a .txt dropped when its .html twin is there. */
export function readoutFiles(names: readonly string[]): string[] {
  const present = new Set(names);
  return names
    .filter((n) => /\.(?:html?|txt)$/i.test(n))
    .filter(
      (n) =>
        !(
          /\.txt$/i.test(n) &&
          (present.has(n.replace(/\.txt$/i, '.html')) || present.has(n.replace(/\.txt$/i, '.htm')))
        ),
    )
    .sort();
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.length !== 1 || args[0]!.startsWith('--')) throw new InputError('usage: meetings DIR');
  const dir = args[0]!;
  const info = await stat(dir).catch(() => null);
  if (!info?.isDirectory()) throw new InputError(`not a folder: ${dir}`);
  const files = readoutFiles(await readdir(dir));
  const readouts: { file: string; readout: ComparableReadout }[] = [];
  for (const file of files) {
    // A file that cannot be read as a page is not a readout of any meeting: skip it.
    const readout = await loadComparable(join(dir, file)).catch((e: unknown) => {
      if (e instanceof InputError) return null;
      throw e;
    });
    if (readout?.readout.isReadout) readouts.push({ file, readout });
  }
  const groups = groupMeetings(readouts.map((r) => r.readout)).map((g) => g.map((i) => readouts[i]!.file));
  process.stdout.write(JSON.stringify({ groups }) + '\n');
}

main().catch((error: unknown) => {
  const message =
    error instanceof InputError
      ? error.message
      : `failed: ${error instanceof Error ? error.message : String(error)}`;
  process.stderr.write(`meetings: ${message}\n`);
  process.exit(2);
});
