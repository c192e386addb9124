/**
 * `npm run kb:build [-- SOURCES_DIR]`: regenerates data/kb/generated-*.json from the open data in
 * SOURCES_DIR (default ../shared/kb-sources, see its SOURCES.md) and the hand-written files in
 * data/kb/. Prints what it kept and dropped. Run `npm run kb:compile` afterwards.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { KbEntity } from '../../lib/kb/schema';
import { buildKb, GENERATED_FILES, isGeneratedFile } from './build-kb';
import { formatKbFile } from './format';

const root = resolve(import.meta.dirname, '../..');
const kbDir = join(root, 'data', 'kb');
const sourcesDir = resolve(process.argv[2] ?? join(root, '..', 'shared', 'kb-sources'));
if (!existsSync(join(sourcesDir, 'SOURCES.md'))) {
  process.stderr.write(
    `kb:build: ${sourcesDir} has no SOURCES.md; pass the kb-sources folder as the argument\n`,
  );
  process.exit(1);
}

const handWritten: KbEntity[] = readdirSync(kbDir)
  .filter((f) => f.endsWith('.json') && !isGeneratedFile(f))
  .sort()
  .flatMap((f) => JSON.parse(readFileSync(join(kbDir, f), 'utf8')) as KbEntity[]);

const { files, report } = buildKb(sourcesDir, handWritten);
for (const file of GENERATED_FILES) writeFileSync(join(kbDir, file), await formatKbFile(files[file]));

const byReason = new Map<string, number>();
for (const d of report.dropped) {
  const reason = d.reason.replace(/\d{4}(-\d{2}){0,2}/g, 'DATE');
  byReason.set(reason, (byReason.get(reason) ?? 0) + 1);
}
const officials = files['generated-officials.json'];
process.stdout.write(
  [
    `office rows read: ${report.rows}, dropped: ${report.dropped.length}`,
    ...[...byReason].map(([reason, n]) => `  ${n} × ${reason}`),
    `people in the sources: ${report.peopleFromSources}; left to the hand-written KB: ${report.mergedWithHandWritten.length}`,
    `generated officials: ${officials.length} of ${new Set(officials.map((e) => e.country)).size} countries and bodies`,
    `generated agreements: ${files['generated-agreements.json'].length} (${Object.entries(
      report.agreementsByRule,
    )
      .map(([rule, n]) => `${n} ${rule}`)
      .join(', ')}); left to the hand-written KB: ${report.skippedAsHandWritten.length}`,
    `generated organizations: ${files['generated-organizations.json'].length}`,
    '',
  ].join('\n'),
);
