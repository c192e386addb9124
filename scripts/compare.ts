/**
 * `npm run -s compare -- FILE_A FILE_B`: two readouts compared as one JSON object: whether they
 * report the same meeting, the officials, agreements and topics both name or only one does, who
 * asked for the meeting, and the aligned sentence pairs `[i, j, score]` (indexes into each
 * body's sentences). Bad input gets one line on stderr and exit code 2.
 */
import { compareReadouts, namesOf } from '../lib/compare';
import { loadComparable } from './comparable-file';
import { InputError } from './page-file';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.length !== 2 || args.some((a) => a.startsWith('--')))
    throw new InputError('usage: compare FILE_A FILE_B');
  const [a, b] = await Promise.all(args.map(loadComparable));
  const c = compareReadouts(a!, b!);
  const output = {
    sameMeeting: c.sameMeeting,
    shared: namesOf(c.shared),
    onlyA: namesOf(c.onlyA),
    onlyB: namesOf(c.onlyB),
    initiator: c.initiator,
    aligned: c.aligned,
  };
  process.stdout.write(JSON.stringify(output, null, 2) + '\n');
}

main().catch((error: unknown) => {
  const message =
    error instanceof InputError
      ? error.message
      : `failed: ${error instanceof Error ? error.message : String(error)}`;
  process.stderr.write(`compare: ${message}\n`);
  process.exit(2);
});
