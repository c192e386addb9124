#!/usr/bin/env node
/**
 * `npm test`: type check, lint, build, unit tests and browser tests in real Chromium.
 * Ends with the line `N passed, N failed` (type check, lint and build count as one check each).
 * Without a browser it fails at once with the install command: it never skips silently.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
];
const browser = process.env.CHROME_PATH || CANDIDATES.find((p) => existsSync(p));
if (!browser || !existsSync(browser)) {
  console.error('No Chromium or Chrome found for the browser tests.');
  console.error('Install it:  sudo apt-get update && sudo apt-get install -y chromium');
  console.error('or point CHROME_PATH at a Chrome/Chromium binary.');
  console.log('0 passed, 1 failed');
  process.exit(1);
}

let passed = 0;
let failed = 0;
const failures = [];
function step(name, cmd, args) {
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
const built = step('build', 'npx', ['wxt', 'build']);

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
  const result = JSON.parse(readFileSync(report, 'utf8'));
  passed += result.numPassedTests;
  failed += result.numFailedTests;
  // A file that failed to load counts as a failure even though no test in it ran.
  const brokenFiles = result.testResults.filter(
    (f) => f.status === 'failed' && f.assertionResults.length === 0,
  );
  failed += brokenFiles.length;
  for (const f of brokenFiles) failures.push(`could not run ${f.name}`);
  if (result.numFailedTests) failures.push(`${result.numFailedTests} vitest test(s)`);
} else {
  failed++;
  failures.push(`vitest produced no report (exit ${run.status})`);
}
writeFileSync('test-results/counts.json', JSON.stringify({ passed, failed, failures }));
if (failures.length) console.log(`\nFailed: ${failures.join(', ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
