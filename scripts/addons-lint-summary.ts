/**
 * Runs Mozilla's addons-linter on a Firefox build and prints one line per finding instead of its
 * wide table, so a CI log's last lines stay readable. Exits 1 on any error (the store would refuse
 * the add-on); warnings are listed and allowed.
 */
import { spawnSync } from 'node:child_process';

interface Finding {
  code: string;
  message: string;
  file?: string;
  line?: number;
}
interface Report {
  count: number;
  summary: { errors: number; notices: number; warnings: number };
  errors: Finding[];
  warnings: Finding[];
  notices: Finding[];
}

const dir = process.argv[2] ?? '.output/firefox-mv3';
const run = spawnSync('npx', ['--no-install', 'addons-linter', '--output', 'json', dir], {
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});
let report: Report;
try {
  report = JSON.parse(run.stdout) as Report;
} catch {
  console.error(`addons-linter gave no report (exit ${run.status}):\n${run.stderr}`);
  process.exit(1);
}
const line = (kind: string, f: Finding) =>
  `  ${kind} ${f.code}: ${f.message}${f.file ? ` (${f.file}${f.line ? `:${f.line}` : ''})` : ''}`;
const { errors, warnings, notices } = report.summary;
console.log(`addons-linter ${dir}: ${errors} errors, ${warnings} warnings, ${notices} notices`);
for (const f of report.errors) console.log(line('error', f));
for (const f of report.warnings) console.log(line('warning', f));
process.exit(errors > 0 ? 1 : 0);
