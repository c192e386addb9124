/**
 * The evaluation behind `npm run eval`: the analysis over every readout in DIR that has a gold
 * file in DIR/gold/, scored with the corpus's matching rules (lib/eval/score.ts).
 */
import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { analyzeDocument } from '../lib/analyze';
import { bundledKb } from '../lib/kb';
import { createRecognizer } from '../lib/recognize';
import { GoldFile, addCounts, emptyCounts, prf, scoreEntities, type Counts } from '../lib/eval/score';
import { loadPageFile } from './page-file';

export interface DocResult {
  file: string;
  language: string;
  isReadout: boolean;
  detected: boolean;
  datedRight: boolean;
  date: string | null;
  goldDate: string | null;
  officials: Counts;
  agreements: Counts;
}

export interface GroupSummary {
  group: string;
  documents: number;
  detected: number;
  readouts: number;
  /** Dates are scored on readouts only: a notice's date is not what a reader asks for. */
  datedRight: number;
  officials: ReturnType<typeof prf> & { tp: number; fp: number; fn: number };
  agreements: ReturnType<typeof prf> & { tp: number; fp: number; fn: number };
}

export async function evaluateDir(dir: string): Promise<{ summary: GroupSummary[]; documents: DocResult[] }> {
  const goldNames = (await readdir(join(dir, 'gold'))).filter((f) => f.endsWith('.json')).sort();
  const recognizer = createRecognizer(bundledKb());
  const documents: DocResult[] = [];

  for (const goldName of goldNames) {
    const gold = GoldFile.parse(JSON.parse(await readFile(join(dir, 'gold', goldName), 'utf8')));
    const page = await loadPageFile(join(dir, gold.file));
    const analysis = analyzeDocument(page.document, page.url, recognizer);
    page.close();
    const ofKind = (kind: string) => analysis.entities.filter((e) => e.kind === kind);
    const neutral = gold.other ?? [];
    documents.push({
      file: basename(gold.file),
      language: gold.language,
      isReadout: gold.isReadout,
      detected: analysis.readout.isReadout === gold.isReadout,
      datedRight: analysis.readout.date === gold.date,
      date: analysis.readout.date,
      goldDate: gold.date,
      officials: scoreEntities(ofKind('official'), gold.officials, neutral),
      agreements: scoreEntities(ofKind('agreement'), gold.agreements, neutral),
    });
  }

  const groups = new Map<string, DocResult[]>([['all', documents]]);
  for (const d of documents) groups.set(d.language, [...(groups.get(d.language) ?? []), d]);
  const summary = [...groups].map(([group, docs]): GroupSummary => {
    const officials = docs.reduce((acc, d) => addCounts(acc, d.officials), emptyCounts());
    const agreements = docs.reduce((acc, d) => addCounts(acc, d.agreements), emptyCounts());
    return {
      group,
      documents: docs.length,
      detected: docs.filter((d) => d.detected).length,
      readouts: docs.filter((d) => d.isReadout).length,
      datedRight: docs.filter((d) => d.isReadout && d.datedRight).length,
      officials: { ...prf(officials), tp: officials.tp, fp: officials.fp, fn: officials.fn },
      agreements: { ...prf(agreements), tp: agreements.tp, fp: agreements.fp, fn: agreements.fn },
    };
  });
  return { summary, documents };
}
