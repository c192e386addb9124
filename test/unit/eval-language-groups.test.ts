/**
 * `npm run eval` reports the five languages issue 10 names as one group when a set also has pages
 * in other languages, so a set's figure on the product's languages can be read beside the whole.
 */
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { evaluateDir, ISSUE_LANGUAGES_GROUP } from '../../scripts/eval-core';

const readouts = resolve(import.meta.dirname, '../fixtures/readouts');
const english = '01_CN-MFA_2024-04-09_wang-yi-lavrov';
const folders: string[] = [];

afterAll(async () => {
  for (const folder of folders) await rm(folder, { recursive: true, force: true });
});

async function folderWith(pages: { name: string; language: string }[]): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'eval-languages-'));
  folders.push(folder);
  await mkdir(join(folder, 'gold'));
  const gold = JSON.parse(await readFile(join(readouts, 'gold', `${english}.json`), 'utf8')) as object;
  for (const { name, language } of pages) {
    await cp(join(readouts, `${english}.txt`), join(folder, `${name}.txt`));
    await writeFile(
      join(folder, 'gold', `${name}.json`),
      JSON.stringify({ ...gold, file: `${name}.txt`, language }),
    );
  }
  return folder;
}

describe('eval language groups', () => {
  it("groups the issue's five languages apart from the others", async () => {
    const folder = await folderWith([
      { name: '01_page', language: 'en' },
      { name: '02_page', language: 'it' },
    ]);
    const { summary } = await evaluateDir(folder);
    expect(summary.find((s) => s.group === 'all')!.documents).toBe(2);
    expect(summary.find((s) => s.group === ISSUE_LANGUAGES_GROUP)!.documents).toBe(1);
    expect(summary.find((s) => s.group === 'it')!.documents).toBe(1);
  });

  it('adds no such group when every page is in those languages', async () => {
    const folder = await folderWith([{ name: '01_page', language: 'en' }]);
    const { summary } = await evaluateDir(folder);
    expect(summary.map((s) => s.group)).toEqual(['all', 'en']);
  });
});
