import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { textToHtml } from '../../scripts/page-file';

const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURES = join(ROOT, 'test/fixtures/compare');
const run = promisify(execFile);

async function command(script: string, ...args: string[]) {
  try {
    const { stdout, stderr } = await run(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, script), ...args], {
      cwd: ROOT,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

// Each test spawns tsx: seconds on a loaded machine.
const SLOW = 60_000;

describe('npm run meetings', () => {
  it(
    'prints the groups of files that report one meeting, named as in the folder',
    async () => {
      const { code, stdout, stderr } = await command('scripts/meetings.ts', FIXTURES);
      expect(stderr).toBe('');
      expect(code).toBe(0);
      expect(JSON.parse(stdout)).toEqual({ groups: [['cn-call-blinken-zh.txt', 'us-call-wang-yi.txt']] });
    },
    SLOW,
  );

  it(
    'counts a .txt with an .html twin once, as the .html, and skips files that are not readouts',
    async () => {
      const dir = await mkdtemp(join(tmpdir(), 'meetings-'));
      await copyFile(join(FIXTURES, 'us-call-wang-yi.txt'), join(dir, 'a.txt'));
      await copyFile(join(FIXTURES, 'cn-call-blinken-zh.txt'), join(dir, 'b.txt'));
      // The same readout saved as a page: the folder holds it twice, and it must count once.
      const [title, ...paragraphs] = (await readFile(join(FIXTURES, 'cn-call-blinken-zh.txt'), 'utf8'))
        .split('---\n')[1]!
        .split('\n')
        .filter(Boolean);
      await writeFile(join(dir, 'b.html'), textToHtml(title!, paragraphs, '2024-06-11'));
      await writeFile(join(dir, 'notes.md'), '# not a readout\n');
      await writeFile(join(dir, 'empty.txt'), '');
      const { code, stdout } = await command('scripts/meetings.ts', dir);
      expect(code).toBe(0);
      const groups = JSON.parse(stdout).groups as string[][];
      expect(groups.flat()).not.toContain('b.txt');
      expect(groups.flat()).not.toContain('empty.txt');
    },
    SLOW,
  );

  it(
    'bad input: one line on stderr, exit 2',
    async () => {
      const runs = [[join(ROOT, 'no-such-folder')], [], [FIXTURES, FIXTURES]].map((args) =>
        command('scripts/meetings.ts', ...args),
      );
      for (const { code, stdout, stderr } of await Promise.all(runs)) {
        expect(code).toBe(2);
        expect(stdout).toBe('');
        expect(stderr.trim().split('\n')).toHaveLength(1);
      }
    },
    SLOW,
  );
});

describe('npm run compare', () => {
  it(
    'prints the documented object for the two readouts of one call',
    async () => {
      const { code, stdout, stderr } = await command(
        'scripts/compare.ts',
        join(FIXTURES, 'us-call-wang-yi.txt'),
        join(FIXTURES, 'cn-call-blinken-zh.txt'),
      );
      expect(stderr).toBe('');
      expect(code).toBe(0);
      const result = JSON.parse(stdout);
      expect(Object.keys(result).sort()).toEqual([
        'aligned',
        'initiator',
        'onlyA',
        'onlyB',
        'sameMeeting',
        'shared',
      ]);
      expect(result.sameMeeting).toBe(true);
      expect(result.initiator).toBe('A');
      expect(result.shared.officials.sort()).toEqual(['Antony Blinken', 'Wang Yi']);
      expect(result.onlyA.topics).toContain('Ukraine');
      expect(result.onlyA.officials).toEqual(['Matthew Miller']);
      expect(result.onlyB).toEqual({ officials: [], agreements: [], topics: [] });
      for (const pair of result.aligned) {
        expect(pair).toHaveLength(3);
        expect(pair[2]).toBeGreaterThan(0);
      }
      const starts = result.aligned.map((p: number[]) => p[0]);
      expect(starts).toEqual([...starts].sort((x: number, y: number) => x - y));
    },
    SLOW,
  );

  it(
    'says when two readouts are of different meetings',
    async () => {
      const { stdout } = await command(
        'scripts/compare.ts',
        join(FIXTURES, 'us-call-wang-yi.txt'),
        join(FIXTURES, 'us-call-wang-yi-week-later.txt'),
      );
      expect(JSON.parse(stdout).sameMeeting).toBe(false);
    },
    SLOW,
  );

  it(
    'bad input: one line on stderr, exit 2',
    async () => {
      const dir = await mkdtemp(join(tmpdir(), 'compare-'));
      await writeFile(join(dir, 'binary.txt'), new Uint8Array([0, 1, 2, 3]));
      const runs = [
        [join(FIXTURES, 'us-call-wang-yi.txt')],
        [join(FIXTURES, 'us-call-wang-yi.txt'), join(dir, 'missing.txt')],
        [join(FIXTURES, 'us-call-wang-yi.txt'), join(dir, 'binary.txt')],
      ].map((args) => command('scripts/compare.ts', ...args));
      for (const { code, stdout, stderr } of await Promise.all(runs)) {
        expect(code).toBe(2);
        expect(stdout).toBe('');
        expect(stderr.trim().split('\n')).toHaveLength(1);
      }
    },
    SLOW,
  );
});
