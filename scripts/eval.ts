/**
 * `npm run eval -- DIR [--gold GOLD_DIR] [--json] [--verbose]`: runs the analysis over every page
 * in DIR that has a gold file in DIR/gold/ (or in GOLD_DIR), and prints precision, recall and F1
 * for officials and agreements (overall and per language), readout detection as precision and
 * recall, how many page kinds came out right, and how many readouts were dated right. A gold file
 * whose page is not in DIR is named at the end, not scored.
 */
import { evaluateDir } from './eval-core';

async function main() {
  const args = process.argv.slice(2);
  const goldAt = args.indexOf('--gold');
  const goldDir = goldAt >= 0 ? args[goldAt + 1] : undefined;
  if (goldAt >= 0 && (!goldDir || goldDir.startsWith('--'))) throw new Error('--gold needs a folder');
  const dir = args.find((a, i) => !a.startsWith('--') && (goldAt < 0 || i !== goldAt + 1));
  if (!dir) throw new Error('usage: eval DIR [--gold GOLD_DIR] [--json] [--verbose]');
  const { summary, documents, missing } = await evaluateDir(dir, { goldDir });
  if (args.includes('--json')) {
    process.stdout.write(JSON.stringify({ summary, documents, missing }, null, 2) + '\n');
    return;
  }
  if (documents.length === 0) throw new Error(`no page of the gold is in ${dir}`);
  const verbose = args.includes('--verbose');
  const pct = (n: number) => (n * 100).toFixed(1).padStart(5);
  const groupWidth = Math.max(5, ...summary.map((s) => s.group.length));
  const lines = [
    `${'group'.padEnd(groupWidth)}  docs  detected  readout P/R    kinds  dated   officials P/R/F1        agreements P/R/F1`,
  ];
  for (const s of summary) {
    lines.push(
      `${s.group.padEnd(groupWidth)}  ${String(s.documents).padStart(4)}  ${`${s.detected}/${s.documents}`.padStart(8)}  ` +
        `${pct(s.detection.precision)} ${pct(s.detection.recall)}  ${`${s.kindsRight}/${s.kinded}`.padStart(5)}  ` +
        `${`${s.datedRight}/${s.dated}`.padStart(5)}   ${pct(s.officials.precision)} ${pct(s.officials.recall)} ` +
        `${pct(s.officials.f1)}    ${pct(s.agreements.precision)} ${pct(s.agreements.recall)} ${pct(s.agreements.f1)}`,
    );
  }
  for (const d of documents) {
    const entityErrors = d.officials.fp + d.officials.fn + d.agreements.fp + d.agreements.fn > 0;
    const problems = [
      d.detected ? '' : `detection wrong (${d.kind}${d.goldKind ? `, gold ${d.goldKind}` : ''})`,
      d.detected && d.goldKind && d.kind !== d.goldKind ? `kind ${d.kind} (gold ${d.goldKind})` : '',
      d.datedRight || !d.dateScored ? '' : `date ${d.date ?? 'none'} (gold ${d.goldDate})`,
      ...(verbose || entityErrors
        ? [
            d.officials.falseNegatives.length
              ? `missed officials: ${d.officials.falseNegatives.join('; ')}`
              : '',
            d.officials.falsePositives.length
              ? `extra officials: ${d.officials.falsePositives.join('; ')}`
              : '',
            d.agreements.falseNegatives.length
              ? `missed agreements: ${d.agreements.falseNegatives.join('; ')}`
              : '',
            d.agreements.falsePositives.length
              ? `extra agreements: ${d.agreements.falsePositives.join('; ')}`
              : '',
          ]
        : []),
    ].filter(Boolean);
    if (problems.length) lines.push(`  ${d.file}: ${problems.join(' | ')}`);
  }
  if (missing.length)
    lines.push(`not scored, the page is not in ${dir} (${missing.length}): ${missing.join(', ')}`);
  process.stdout.write(lines.join('\n') + '\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`eval: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
});
