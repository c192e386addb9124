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
  const extra = /-(agreement-card|card-left-office|popup-expanded)\.png$/;
  const perSample = shots.filter((f) => /^\d-/.test(f) && !extra.test(f));
  for (const view of ['highlighted', 'card', 'popup'])
    expect(perSample.filter((f) => f.endsWith(`-${view}.png`))).toHaveLength(3);
  // Issue 14: an agreement's card, an official who left office, a card opened in the popup, and
  // the UI in Chinese and Korean.
  for (const end of ['-agreement-card.png', '-card-left-office.png', '-popup-expanded.png'])
    expect(shots.filter((f) => f.endsWith(end))).toHaveLength(1);
  expect(shots.filter((f) => f.startsWith('ui-')).sort()).toEqual([
    'ui-ko-card.png',
    'ui-ko-popup.png',
    'ui-zh-CN-card.png',
    'ui-zh-CN-popup.png',
  ]);
}, 180_000);
