/**
 * `npm test`: type check, lint, build, unit tests and browser tests in real Chromium and Firefox.
 * Ends with the line `N passed, N failed` (type check, lint and each build count as one check each).
 * Without a browser it fails at once with the install command: it never skips silently.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { findBrowser } from './browser-path';

let browser: string;
try {
  browser = findBrowser();
} catch (error) {
  console.error(`${(error as Error).message}`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

let passed = 0;
let failed = 0;
const failures: string[] = [];
function step(name: string, cmd: string, args: string[]): boolean {
  console.log(`\n▶ ${name}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, CHROME_PATH: browser } });
  if (r.status === 0) passed++;
  else {
    failed++;
    failures.push(name);
  }
  return r.status === 0;
}

step('type check', 'npx', ['tsc', '--noEmit']);
step('lint', 'npx', ['eslint', '.']);
step('format', 'npx', ['prettier', '--check', '.']);
// The store build, and the browser-test builds (loopback hosts for the served fixtures) for
// Chromium and Firefox.
const built =
  step('build', 'npx', ['wxt', 'build']) &&
  step('test build', 'npx', ['wxt', 'build', '--mode', 'e2e']) &&
  step('Firefox test build', 'npx', ['wxt', 'build', '-b', 'firefox', '--mv3', '--mode', 'e2e']);

mkdirSync('test-results', { recursive: true });
const report = 'test-results/vitest.json';
console.log(`\n▶ unit and browser tests: vitest run`);
const projects = built ? [] : ['--project', 'unit']; // browser tests need the build
const run = spawnSync(
  'npx',
  ['vitest', 'run', ...projects, '--reporter=default', '--reporter=json', `--outputFile=${report}`],
  {
    stdio: 'inherit',
    env: { ...process.env, CHROME_PATH: browser },
  },
);
if (existsSync(report)) {
  const result = JSON.parse(readFileSync(report, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    testResults: {
      name: string;
      status: string;
      assertionResults: { fullName: string; status: string; failureMessages?: string[] }[];
    }[];
  };
  passed += result.numPassedTests;
  failed += result.numFailedTests;
  // A file that failed to load counts as a failure even though no test in it ran.
  const brokenFiles = result.testResults.filter(
    (f) => f.status === 'failed' && f.assertionResults.length === 0,
  );
  failed += brokenFiles.length;
  for (const f of brokenFiles) failures.push(`could not run ${f.name}`);
  // Name each failed test (file, title, first line of the error), so that the last lines of a
  // long CI log say what failed.
  for (const file of result.testResults) {
    for (const test of file.assertionResults) {
      if (test.status !== 'failed') continue;
      const reason = (test.failureMessages?.[0] ?? '').split('\n')[0]!.slice(0, 200);
      failures.push(`${relative(process.cwd(), file.name)} > ${test.fullName}: ${reason}`);
    }
  }
} else {
  failed++;
  failures.push(`vitest produced no report (exit ${run.status})`);
}
writeFileSync('test-results/counts.json', JSON.stringify({ passed, failed, failures }));
if (failures.length) console.log(`\nFailed:\n${failures.map((f) => `  - ${f}`).join('\n')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
