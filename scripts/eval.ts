/**
 * `npm run eval -- DIR [--json] [--verbose]`: runs the analysis over every readout in DIR that
 * has a gold file in DIR/gold/, and prints precision, recall and F1 for officials and agreements
 * (overall and per language), and how many readouts were detected and dated right.
 */
import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { analyzeDocument } from '../lib/analyze';
import { bundledKb } from '../lib/kb';
import { createRecognizer } from '../lib/recognize';
import { GoldFile, addCounts, emptyCounts, prf, scoreEntities, type Counts } from '../lib/eval/score';
import { loadPageFile } from './page-file';

interface DocResult {
  file: string;
  language: string;
  detected: boolean;
  datedRight: boolean;
  date: string | null;
  goldDate: string | null;
  officials: Counts;
  agreements: Counts;
}

async function main() {
  const args = process.argv.slice(2);
  const dir = args.find((a) => !a.startsWith('--'));
  if (!dir) throw new Error('usage: eval DIR [--json] [--verbose]');
  const json = args.includes('--json');
  const verbose = args.includes('--verbose');
  const goldNames = (await readdir(join(dir, 'gold'))).filter((f) => f.endsWith('.json')).sort();
  const recognizer = createRecognizer(bundledKb());
  const results: DocResult[] = [];

  for (const goldName of goldNames) {
    const gold = GoldFile.parse(JSON.parse(await readFile(join(dir, 'gold', goldName), 'utf8')));
    const page = await loadPageFile(join(dir, gold.file));
    const analysis = analyzeDocument(page.document, page.url, recognizer);
    page.close();
    const ofKind = (kind: string) => analysis.entities.filter((e) => e.kind === kind);
    const neutral = gold.other ?? [];
    results.push({
      file: basename(gold.file),
      language: gold.language,
      detected: analysis.readout.isReadout === gold.isReadout,
      datedRight: analysis.readout.date === gold.date,
      date: analysis.readout.date,
      goldDate: gold.date,
      officials: scoreEntities(ofKind('official'), gold.officials, neutral),
      agreements: scoreEntities(ofKind('agreement'), gold.agreements, neutral),
    });
  }

  const groups = new Map<string, DocResult[]>([['all', results]]);
  for (const r of results) groups.set(r.language, [...(groups.get(r.language) ?? []), r]);
  const summary = [...groups].map(([group, docs]) => {
    const officials = docs.reduce((acc, d) => addCounts(acc, d.officials), emptyCounts());
    const agreements = docs.reduce((acc, d) => addCounts(acc, d.agreements), emptyCounts());
    return {
      group,
      documents: docs.length,
      detected: docs.filter((d) => d.detected).length,
      datedRight: docs.filter((d) => d.datedRight).length,
      officials: { ...prf(officials), tp: officials.tp, fp: officials.fp, fn: officials.fn },
      agreements: { ...prf(agreements), tp: agreements.tp, fp: agreements.fp, fn: agreements.fn },
    };
  });

  if (json) {
    process.stdout.write(JSON.stringify({ summary, documents: results }, null, 2) + '\n');
    return;
  }
  const pct = (n: number) => (n * 100).toFixed(1).padStart(5);
  const lines = ['group  docs  detected  dated   officials P/R/F1        agreements P/R/F1'];
  for (const s of summary) {
    lines.push(
      `${s.group.padEnd(5)}  ${String(s.documents).padStart(4)}  ${`${s.detected}/${s.documents}`.padStart(8)}  ${`${s.datedRight}/${s.documents}`.padStart(5)}   ` +
        `${pct(s.officials.precision)} ${pct(s.officials.recall)} ${pct(s.officials.f1)}    ${pct(s.agreements.precision)} ${pct(s.agreements.recall)} ${pct(s.agreements.f1)}`,
    );
  }
  for (const d of results) {
    const problems = [
      d.detected ? '' : 'detection wrong',
      d.datedRight ? '' : `date ${d.date ?? 'none'} (gold ${d.goldDate})`,
      ...(verbose || d.officials.fp + d.officials.fn + d.agreements.fp + d.agreements.fn > 0
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
  process.stdout.write(lines.join('\n') + '\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`eval: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
});
