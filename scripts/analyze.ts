/**
 * `npm run -s analyze -- FILE [--url URL] [--date YYYY-MM-DD]`: prints the analysis as one JSON
 * object. Bad input gets one line on stderr and exit code 2.
 */
import { analyzeDocument } from '../lib/analyze';
import { bundledKb } from '../lib/kb';
import { createRecognizer } from '../lib/recognize';
import { loadPageFile, InputError } from './page-file';

function parseArgs(argv: string[]): { file: string; url?: string; date?: string } {
  let file: string | undefined;
  let url: string | undefined;
  let date: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--url') url = argv[++i];
    else if (arg === '--date') date = argv[++i];
    else if (arg.startsWith('--')) throw new InputError(`unknown option ${arg}`);
    else if (file) throw new InputError(`only one file expected, got ${file} and ${arg}`);
    else file = arg;
  }
  if (!file) throw new InputError('usage: analyze FILE [--url URL] [--date YYYY-MM-DD]');
  if (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(date))
    throw new InputError(`--date must be YYYY-MM-DD, got ${date}`);
  if (url !== undefined && !URL.canParse(url)) throw new InputError(`--url is not a URL: ${url}`);
  return { file, url, date };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const page = await loadPageFile(args.file);
  const url = args.url ?? page.url;
  const analysis = analyzeDocument(page.document, url, createRecognizer(bundledKb()), { date: args.date });
  const { recognition: _r, text: _t, ...result } = analysis;
  // The contract lists participants by name; their titles go alongside.
  const { body: _b, participants, ...readout } = result.readout;
  const output = {
    ...result,
    readout: { ...readout, participants: participants.map((p) => p.name), participantDetails: participants },
  };
  process.stdout.write(JSON.stringify(output, null, 2) + '\n');
  page.close();
}

main().catch((error: unknown) => {
  const message =
    error instanceof InputError
      ? error.message
      : `analyze failed: ${error instanceof Error ? error.message : String(error)}`;
  process.stderr.write(`analyze: ${message}\n`);
  process.exit(2);
});
