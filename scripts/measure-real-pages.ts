/**
 * `npm run -s measure:pages -- FOLDER [--json]`: real ministry pages, as served, against the gold
 * in test/fixtures/real-dom-expected/<ministry>.json. FOLDER holds one subfolder per ministry
 * (`FOLDER/cn-mfa/*.html`); the pages stay outside the repository. Per ministry it prints page
 * kind, title and date right, participants and the article's officials and agreements found, and
 * the terms painted outside the article (must be 0), beside what reading the whole page painted.
 * The article finding is also checked on pages of every kind, as if each were a readout.
 * Exit code 1 when any term is painted outside an article, 2 on bad input.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { recognitionKb } from '../lib/kb';
import { createRecognizer } from '../lib/recognize';
import { htmlDocument } from './page-file';
import { measurePage, type PageFigures, type PageGold } from './measure-pages-core';

const GOLD_DIR = join(import.meta.dirname, '..', 'test', 'fixtures', 'real-dom-expected');

interface MinistryFigures {
  ministry: string;
  pages: number;
  missing: string[];
  kindRight: string;
  titleRight: string;
  dateRight: string;
  participants: string;
  officials: string;
  agreements: string;
  painted: number;
  outside: number;
  asReadoutPainted: number;
  asReadoutOutside: number;
  wholePagePainted: number;
  wholePageOutside: number;
}

const ratio = (values: (boolean | null)[]) => {
  const scored = values.filter((v) => v !== null);
  return `${scored.filter(Boolean).length}/${scored.length}`;
};
const sumOf = (figures: PageFigures[], pick: (f: PageFigures) => { found: number; of: number }) =>
  `${figures.reduce((n, f) => n + pick(f).found, 0)}/${figures.reduce((n, f) => n + pick(f).of, 0)}`;
const total = (figures: PageFigures[], pick: (f: PageFigures) => number) =>
  figures.reduce((n, f) => n + pick(f), 0);

function main(): number {
  const args = process.argv.slice(2);
  const folder = args.find((a) => !a.startsWith('--'));
  const json = args.includes('--json');
  if (!folder || !existsSync(folder)) {
    process.stderr.write(`usage: measure:pages -- FOLDER [--json] (FOLDER/<ministry>/*.html)\n`);
    return 2;
  }
  const recognizer = createRecognizer(recognitionKb());
  const results: MinistryFigures[] = [];
  const details: PageFigures[] = [];
  for (const goldFile of readdirSync(GOLD_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const gold = JSON.parse(readFileSync(join(GOLD_DIR, goldFile), 'utf8')) as {
      ministry: string;
      pages: PageGold[];
    };
    const figures: PageFigures[] = [];
    const missing: string[] = [];
    for (const page of gold.pages) {
      const path = join(folder, gold.ministry, page.file);
      if (!existsSync(path)) {
        missing.push(page.file);
        continue;
      }
      const { document, close } = htmlDocument(readFileSync(path, 'utf8'), page.url);
      figures.push(measurePage(document, page, recognizer));
      close();
    }
    details.push(...figures);
    results.push({
      ministry: gold.ministry,
      pages: figures.length,
      missing,
      kindRight: ratio(figures.map((f) => f.kindRight)),
      titleRight: ratio(figures.map((f) => f.titleRight)),
      dateRight: ratio(figures.map((f) => f.dateRight)),
      participants: sumOf(figures, (f) => f.participants),
      officials: sumOf(figures, (f) => f.officials),
      agreements: sumOf(figures, (f) => f.agreements),
      painted: total(figures, (f) => f.painted),
      outside: total(figures, (f) => f.outside),
      asReadoutPainted: total(figures, (f) => f.asReadoutPainted),
      asReadoutOutside: total(figures, (f) => f.asReadoutOutside),
      wholePagePainted: total(figures, (f) => f.wholePagePainted),
      wholePageOutside: total(figures, (f) => f.wholePageOutside),
    });
  }
  if (json) process.stdout.write(JSON.stringify({ ministries: results, pages: details }, null, 1) + '\n');
  else {
    const head =
      'ministry   pages kind   title  date   particip. officials agreements painted outside | any page as readout: painted outside | whole page: painted outside';
    const rows = results.map((r) =>
      [
        r.ministry.padEnd(10),
        String(r.pages).padEnd(5),
        r.kindRight.padEnd(6),
        r.titleRight.padEnd(6),
        r.dateRight.padEnd(6),
        r.participants.padEnd(9),
        r.officials.padEnd(9),
        r.agreements.padEnd(10),
        String(r.painted).padEnd(7),
        String(r.outside).padEnd(7),
        `| ${r.asReadoutPainted} ${r.asReadoutOutside}`,
        `| ${r.wholePagePainted} ${r.wholePageOutside}`,
      ].join(' '),
    );
    process.stdout.write([head, ...rows].join('\n') + '\n');
    for (const r of results.filter((m) => m.missing.length))
      process.stdout.write(`${r.ministry}: ${r.missing.length} gold page(s) not in the folder\n`);
    for (const f of details.filter((d) => d.outside))
      process.stdout.write(`${f.file}: painted outside the article: ${f.outsideSurfaces.join(', ')}\n`);
  }
  return results.some((r) => r.outside > 0 || r.asReadoutOutside > 0) ? 1 : 0;
}

process.exitCode = main();
