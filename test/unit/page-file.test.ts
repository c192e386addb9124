import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  InputError,
  loadPageFile,
  publicationTimeFromSource,
  splitTextHeader,
} from '../../scripts/page-file';

async function tempFile(name: string, content: string | Uint8Array): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'rl-page-'));
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

describe('page files for analyze and eval', () => {
  it('reads a header above --- and never turns the gold date into page data', async () => {
    const path = await tempFile(
      'a.txt',
      'url: https://www.state.gov/example/\nsource: feed item; RSS pubDate Sun, 13 Feb 2022 03:44:25 +0000\ndate: 1999-01-01\ntitle: Secretary Meets Minister\n---\nFirst paragraph.\n\nSecond paragraph.\n',
    );
    const page = await loadPageFile(path);
    expect(page.url).toBe('https://www.state.gov/example/');
    expect(page.document.querySelector('h1')?.textContent).toBe('Secretary Meets Minister');
    expect([...page.document.querySelectorAll('p')].map((p) => p.textContent)).toEqual([
      'First paragraph.',
      'Second paragraph.',
    ]);
    expect(
      page.document.querySelector('meta[property="article:published_time"]')?.getAttribute('content'),
    ).toBe('2022-02-13T03:44:25+00:00');
    expect(page.document.documentElement.outerHTML).not.toContain('1999');
    page.close();
  });

  it('takes the first non-empty line as the title of a plain .txt', async () => {
    const page = await loadPageFile(
      await tempFile('b.txt', '\n\nA Title Line\nBody text <b>not html</b>.\n'),
    );
    expect(page.document.querySelector('h1')?.textContent).toBe('A Title Line');
    expect(page.document.querySelector('p')?.textContent).toBe('Body text <b>not html</b>.');
    expect(page.document.querySelector('b')).toBeNull();
    page.close();
  });

  it('recovers publication dates that the corpus header describes', () => {
    expect(publicationTimeFromSource("page chrome removed ('Date 2017-11-23', hit counter)")).toBe(
      '2017-11-23',
    );
    expect(publicationTimeFromSource("chrome removed (timestamp '17 July 2020 18:33', title)")).toBe(
      '2020-07-17T18:33',
    );
    expect(publicationTimeFromSource('nothing here')).toBeNull();
    expect(splitTextHeader('no header\n---\nbody').header).toEqual({});
  });

  it('rejects missing, empty and binary files with an InputError', async () => {
    await expect(loadPageFile('/no/such/file.html')).rejects.toBeInstanceOf(InputError);
    await expect(loadPageFile(await tempFile('e.txt', '  \n'))).rejects.toThrow(/empty/);
    await expect(
      loadPageFile(await tempFile('bin.html', new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x01]))),
    ).rejects.toThrow(/binary/);
  });
});
