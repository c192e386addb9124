/**
 * The evaluation behind `npm run eval`: the analysis over every page in DIR that has a gold file
 * in DIR/gold/ (or in a gold folder named apart, for page folders kept outside the repository),
 * scored with the corpus's matching rules (lib/eval/score.ts).
 */
import { readdir, readFile, stat } from 'node:fs/promises';
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
  /** The system's readout verdict. */
  saysReadout: boolean;
  detected: boolean;
  /** The gold's page kind, where it gives one, and the system's. */
  goldKind: string | null;
  kind: string;
  /** Whether the date counts: readouts whose gold names a day. */
  dateScored: boolean;
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
  /** Readout detection as a classifier: a non-readout called a readout is a false positive. */
  detection: ReturnType<typeof prf> & { tp: number; fp: number; fn: number };
  /** Pages whose gold names a kind, and how many of them the system gave that kind. */
  kinded: number;
  kindsRight: number;
  /** Dates are scored on readouts only (a notice's date is not what a reader asks for), where the gold names a day. */
  dated: number;
  datedRight: number;
  officials: ReturnType<typeof prf> & { tp: number; fp: number; fn: number };
  agreements: ReturnType<typeof prf> & { tp: number; fp: number; fn: number };
}

export interface EvaluateOptions {
  /** Where the gold files are; DIR/gold/ when not given. */
  goldDir?: string;
}

/** The product's reading languages (issue 10): English, Chinese, Japanese, Korean, Russian. */
const ISSUE_LANGUAGES = new Set(['en', 'zh', 'ja', 'ko', 'ru']);
export const ISSUE_LANGUAGES_GROUP = 'en+zh+ja+ko+ru';

export async function evaluateDir(
  dir: string,
  options: EvaluateOptions = {},
): Promise<{ summary: GroupSummary[]; documents: DocResult[]; missing: string[] }> {
  const goldDir = options.goldDir ?? join(dir, 'gold');
  const goldNames = (await readdir(goldDir)).filter((f) => f.endsWith('.json')).sort();
  const recognizer = createRecognizer(bundledKb());
  const documents: DocResult[] = [];
  /** Gold files whose page is not in DIR (a page that could not be gathered again): not scored. */
  const missing: string[] = [];

  for (const goldName of goldNames) {
    const gold = GoldFile.parse(JSON.parse(await readFile(join(goldDir, goldName), 'utf8')));
    if (!(await isFile(join(dir, gold.file)))) {
      missing.push(basename(gold.file));
      continue;
    }
    const page = await loadPageFile(join(dir, gold.file));
    const analysis = analyzeDocument(page.document, page.url, recognizer);
    page.close();
    const ofKind = (kind: string) => analysis.entities.filter((e) => e.kind === kind);
    const neutral = gold.other ?? [];
    // A listing is skipped by design (no highlights, no entities), and a page annotated for its
    // kind only lists none: for these only the kind is scored.
    const scored = gold.kind !== 'listing' && gold.scoreEntities !== false;
    documents.push({
      file: basename(gold.file),
      language: gold.language,
      isReadout: gold.isReadout,
      saysReadout: analysis.readout.isReadout,
      detected: analysis.readout.isReadout === gold.isReadout,
      goldKind: gold.kind ?? null,
      kind: analysis.readout.pageKind,
      dateScored: gold.isReadout && gold.date !== null,
      datedRight: analysis.readout.date === gold.date,
      date: analysis.readout.date,
      goldDate: gold.date,
      officials: scored ? scoreEntities(ofKind('official'), gold.officials, neutral) : emptyCounts(),
      agreements: scored ? scoreEntities(ofKind('agreement'), gold.agreements, neutral) : emptyCounts(),
    });
  }

  const groups = new Map<string, DocResult[]>([['all', documents]]);
  // The languages issue 10 names; a set with pages in others also reports them alone.
  const named = documents.filter((d) => ISSUE_LANGUAGES.has(d.language));
  if (named.length > 0 && named.length < documents.length) groups.set(ISSUE_LANGUAGES_GROUP, named);
  for (const d of documents) groups.set(d.language, [...(groups.get(d.language) ?? []), d]);
  const summary = [...groups].map(([group, docs]): GroupSummary => {
    const officials = docs.reduce((acc, d) => addCounts(acc, d.officials), emptyCounts());
    const agreements = docs.reduce((acc, d) => addCounts(acc, d.agreements), emptyCounts());
    const detection = {
      ...emptyCounts(),
      tp: docs.filter((d) => d.isReadout && d.saysReadout).length,
      fp: docs.filter((d) => !d.isReadout && d.saysReadout).length,
      fn: docs.filter((d) => d.isReadout && !d.saysReadout).length,
    };
    const kinded = docs.filter((d) => d.goldKind !== null);
    return {
      group,
      documents: docs.length,
      detected: docs.filter((d) => d.detected).length,
      readouts: docs.filter((d) => d.isReadout).length,
      detection: { ...prf(detection), tp: detection.tp, fp: detection.fp, fn: detection.fn },
      kinded: kinded.length,
      kindsRight: kinded.filter((d) => d.kind === d.goldKind).length,
      dated: docs.filter((d) => d.dateScored).length,
      datedRight: docs.filter((d) => d.dateScored && d.datedRight).length,
      officials: { ...prf(officials), tp: officials.tp, fp: officials.fp, fn: officials.fn },
      agreements: { ...prf(agreements), tp: agreements.tp, fp: agreements.fp, fn: agreements.fn },
    };
  });
  return { summary, documents, missing };
}

const isFile = (path: string) =>
  stat(path).then(
    (info) => info.isFile(),
    () => false,
  );
