/**
 * The README's first command, headless: the demo builds, opens every sample, opens a card on each
 * and screenshots page, card and popup. Keeps the product's front door from breaking unnoticed.
 */
import { execFile } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { ROOT } from './harness';

it('runs headless on the sample pages and writes a screenshot of each view', async () => {
  const { stdout } = await promisify(execFile)(
    join(ROOT, 'node_modules/.bin/tsx'),
    ['scripts/demo.ts', '--headless'],
    {
      cwd: ROOT,
      env: { ...process.env, DISPLAY: '' },
    },
  );
  expect(stdout).not.toContain('no card opened');
  expect(stdout).toMatch(/Officials\s+Wang Yi/);
  const shots = (await readdir(join(ROOT, 'demo-output'))).filter((f) => f.endsWith('.png'));
  for (const view of ['highlighted', 'card', 'popup'])
    expect(shots.filter((f) => f.endsWith(`-${view}.png`))).toHaveLength(3);
}, 180_000);
