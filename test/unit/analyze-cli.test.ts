import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const run = promisify(execFile);

async function analyze(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(
      join(ROOT, 'node_modules/.bin/tsx'),
      [join(ROOT, 'scripts/analyze.ts'), ...args],
      { cwd: ROOT },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('npm run analyze', () => {
  it('prints one JSON object in the documented shape for a sample page', async () => {
    const { code, stdout, stderr } = await analyze(
      join(ROOT, 'test/fixtures/samples/cn-mfa-wang-yi-cho-tae-yul.html'),
      '--url',
      'https://www.fmprc.gov.cn/mfa_eng/wjdt_665385/t1.shtml',
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.url).toBe('https://www.fmprc.gov.cn/mfa_eng/wjdt_665385/t1.shtml');
    expect(result.readout).toMatchObject({
      isReadout: true,
      ministry: 'cn-mfa',
      date: '2024-05-13',
      language: 'en',
    });
    expect(result.readout.title).toBe('Wang Yi Holds Talks with ROK Foreign Minister Cho Tae-yul');
    expect(Array.isArray(result.readout.participants)).toBe(true);
    expect(Array.isArray(result.entities)).toBe(true);
    for (const e of result.entities)
      expect(Object.keys(e)).toEqual(expect.arrayContaining(['kind', 'name', 'id', 'surfaces', 'mentions']));
  }, 30_000);

  it('honours --date', async () => {
    const { stdout } = await analyze(
      join(ROOT, 'test/fixtures/samples/cn-mfa-wang-yi-cho-tae-yul.html'),
      '--date',
      '2019-01-02',
    );
    expect(JSON.parse(stdout).readout.date).toBe('2019-01-02');
  }, 30_000);

  it('gives a one-line error and exit code 2 for missing, empty and binary files', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'rl-cli-'));
    await writeFile(join(dir, 'empty.txt'), '');
    await writeFile(join(dir, 'binary.html'), new Uint8Array([0, 1, 2, 3, 255]));
    for (const file of [join(dir, 'missing.html'), join(dir, 'empty.txt'), join(dir, 'binary.html')]) {
      const { code, stdout, stderr } = await analyze(file);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).toMatch(/^analyze: /);
    }
    const bad = await analyze(join(dir, 'empty.txt'), '--date', 'yesterday');
    expect(bad.code).toBe(2);
  }, 60_000);
});
