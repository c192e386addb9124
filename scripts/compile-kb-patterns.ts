/**
 * `npx tsx scripts/compile-kb-patterns.ts`: compiles the shipped KB's recognition patterns into
 * lib/recognize/shipped-patterns.generated.json, so the content script does not derive them on
 * every page. Run after changing data/kb/; a unit test fails while the file is stale.
 */
import { writeFileSync } from 'node:fs';
import { format } from 'prettier';
import { KB_FILES } from '../lib/kb/data';
import { fromKb } from '../lib/recognize/entity';
import { compilePatterns } from '../lib/recognize/patterns';

const target = new URL('../lib/recognize/shipped-patterns.generated.json', import.meta.url);
const table = compilePatterns(Object.values(KB_FILES).flat().map(fromKb));
// Formatted as the repository's `prettier --check` expects.
writeFileSync(target, await format(JSON.stringify(table), { parser: 'json', printWidth: 110 }));
process.stdout.write(`wrote ${target.pathname}\n`);
