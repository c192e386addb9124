/**
 * Hostile records against the archive's edges: Markdown export (rendered by markdown-it, a real
 * CommonMark renderer, as a note tool would), zip entry names, and what save and import accept
 * (http(s) URLs, ISO dates, size limits). A refused import leaves the archive as it was.
 */
import { describe, expect, it } from 'vitest';
import MarkdownIt from 'markdown-it';
import { unzipSync } from 'fflate';
import { readoutIdFor, type ArchivedReadout } from '../../lib/archive';
import { headerLine, readoutLine } from '../../lib/archive/backup-format';
import { markdownFileNames, parseExportJson, toMarkdown, toMarkdownZip } from '../../lib/archive/exchange';
import { FIELD_LIMITS, isIsoDate } from '../../lib/archive/schema';
import { backupText, importText, openTestArchive, readoutInput, toExportJson } from './archive-helpers';

const HOSTILE = [
  '<iframe src="https://evil.example/"></iframe>',
  '<img src="https://tracker.example/pixel.gif">',
  '![pixel](https://tracker.example/p.gif)',
  '[Open the briefing](javascript:alert(document.cookie))',
  '<javascript:alert(1)>',
  '<script>alert(1)</script>',
  '&lt;b&gt; [[Wiki link]] **bold** `code` # not a heading',
  '1. not a list',
  '- not a list either',
  '> not a quote | not | a table',
];

function hostileRecord(
  url = 'https://mfa.example/hostile',
  date: string | null = '2024-05-13',
): ArchivedReadout {
  const input = readoutInput({
    url,
    title: HOSTILE.join(' '),
    date,
    participants: [['p1', '<img src=x onerror=alert(1)>', 'CN']],
    mentioned: [['p2', '[x](javascript:void(0))']],
    body: HOSTILE,
  });
  return {
    id: readoutIdFor(url),
    schemaVersion: 1,
    ...input,
    savedAt: '2024-05-14T00:00:00.000Z',
    tags: [],
    note: `${HOSTILE.join('\n')}\n\nsecond paragraph`,
  };
}

/** The rendered document without its front matter (YAML, which note tools read as data). */
function rendered(markdown: string): string {
  const body = markdown.replace(/^---\n[\s\S]*?\n---\n/, '');
  return new MarkdownIt({ html: true, linkify: true }).render(body);
}

describe('Markdown export of hostile text', () => {
  const html = rendered(toMarkdown(hostileRecord()));

  it('renders no HTML, image or non-web link from the record', () => {
    // Our own structure only (headings, lists, paragraphs, line breaks), plus the links a
    // linkifying note tool makes of bare web addresses in any text.
    const tags = [...html.matchAll(/<\/?([a-z0-9]+)/gi)].map((m) => m[1]!.toLowerCase());
    expect(tags.filter((t) => !['h1', 'h2', 'ul', 'li', 'p', 'br', 'a'].includes(t))).toEqual([]);
    // Text `<` is escaped to &lt;: every `<` left opens a tag the renderer made.
    expect(html).not.toMatch(/<[a-z][^>]*\ssrc=|<img|<iframe|<script|href="(?!https?:)/i);
    for (const [, href] of html.matchAll(/href="([^"]*)"/g))
      expect(href).toMatch(/^https:\/\/(tracker|evil)\.example\//);
  });

  it('keeps every hostile string readable as text', () => {
    const text = html
      .replace(/<[^>]+>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
    for (const s of HOSTILE) expect(text).toContain(s);
    expect(text).toContain('second paragraph');
  });

  it('keeps front matter values on their own lines', () => {
    const record = hostileRecord();
    record.readout.title = 'x"\n---\nurl: javascript:alert(1)';
    const front = toMarkdown(record).split('\n---\n')[0]!;
    expect(front.split('\n').filter((l) => l.startsWith('url:'))).toEqual([
      'url: "https://mfa.example/hostile"',
    ]);
  });
});

describe('zip entry names', () => {
  it('come from sanitised parts only, whatever the stored date and title', () => {
    const traversal = { ...hostileRecord('https://mfa.example/a'), readout: { ...hostileRecord().readout } };
    traversal.readout.date = '../../../tmp/x';
    traversal.readout.title = '../../etc/passwd\\..\\boot.ini';
    const names = markdownFileNames([traversal, hostileRecord('https://mfa.example/b')]);
    for (const name of names) expect(name).toMatch(/^(\d{4}-\d{2}-\d{2}|undated)-[\p{L}\p{N}-]+\.md$/u);
    expect(names[0]).toBe('undated-etc-passwd-boot-ini.md');
    const entries = Object.keys(unzipSync(toMarkdownZip([traversal])));
    expect(entries).toEqual(['readout-lens/undated-etc-passwd-boot-ini.md']);
  });
});

describe('what may enter the archive', () => {
  it('knows an ISO date from a look-alike', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    for (const bad of ['2023-02-29', '2024-13-01', '2024-5-1', '../../../tmp/x', '2024-05-13T00:00'])
      expect(isIsoDate(bad)).toBe(false);
  });

  it.each([
    [
      'a javascript: URL',
      (r: ArchivedReadout) => withUrl(r, 'javascript:alert(1)'),
      /readouts\.0\.url: must be an http\(s\) URL/,
    ],
    [
      'a data: URL',
      (r: ArchivedReadout) => withUrl(r, 'data:text/html,<b>x</b>'),
      /readouts\.0\.url: must be an http\(s\) URL/,
    ],
    [
      'a date that is a path',
      (r: ArchivedReadout) => ({ ...r, readout: { ...r.readout, date: '../../x' } }),
      /readouts\.0\.readout\.date: must be an ISO date/,
    ],
    [
      'a 50 MB title',
      (r: ArchivedReadout) => ({ ...r, readout: { ...r.readout, title: 'x'.repeat(50_000_000) } }),
      /readouts\.0\.readout\.title: longer than 2,000 characters/,
    ],
    [
      'a body over the limit in all',
      (r: ArchivedReadout) => ({
        ...r,
        readout: { ...r.readout, body: Array(3).fill('x'.repeat(FIELD_LIMITS.bodyChars / 2)) as string[] },
      }),
      /readouts\.0\.readout\.body: longer than 2,000,000 characters in all/,
    ],
    [
      'an oversized note',
      (r: ArchivedReadout) => ({ ...r, note: 'n'.repeat(FIELD_LIMITS.note + 1) }),
      /readouts\.0\.note: longer than 20,000/,
    ],
  ])(
    'refuses an import with %s, naming the field, and changes nothing',
    async (_label, spoil, error) => {
      const { store } = await openTestArchive();
      await store.save(readoutInput({ url: 'https://mfa.example/kept' }));
      const before = await backupText(store);
      const spoiled = spoil(hostileRecord('https://mfa.example/new'));
      // Version 1: the whole file is checked in the page before anything is sent.
      const text = toExportJson({ readouts: [spoiled], glossary: [] });
      const parsed = parseExportJson(text);
      expect(parsed).toMatchObject({ ok: false, error: expect.stringMatching(error) as unknown });
      const failure = await importText(store, text).catch((e: unknown) => e);
      expect((failure as Error).message).toMatch(/^Import rejected, nothing changed\./);
      expect(await backupText(store)).toBe(before);
      // Version 2: the background checks each line as it lands; the error names the line.
      const lines = [headerLine({ readouts: 1, glossary: 0, unreadable: 0 }), readoutLine(spoiled)].join(
        '\n',
      );
      // (A line beyond any record the limits let in is refused as too long before it is parsed.)
      const inLine = new RegExp(
        `line 2: (${error.source.replace('readouts\\.0\\.', 'readout\\.')}|too long)`,
      );
      await expect(importText(store, lines)).rejects.toThrow(inLine);
      expect(await backupText(store)).toBe(before);
    },
    60_000,
  );

  it('refuses to save or restore a javascript: URL or an oversized title, with the field named', async () => {
    const { store } = await openTestArchive();
    await expect(store.save(readoutInput({ url: 'javascript:alert(1)' }))).rejects.toThrow(
      /^Not saved: url: must be an http\(s\) URL\.$/,
    );
    await expect(
      store.save(
        readoutInput({ url: 'https://mfa.example/long', title: 't'.repeat(FIELD_LIMITS.title + 1) }),
      ),
    ).rejects.toThrow(/^Not saved: readout\.title: longer than 2,000 characters/);
    const restored = withUrl(hostileRecord(), 'javascript:alert(1)');
    await expect(store.restore(restored)).rejects.toThrow(/^Not restored: url: must be an http\(s\) URL/);
    expect(await store.list()).toEqual([]);
    // A real readout, hostile words and all, is saved: the limits are far above it.
    await store.save(
      readoutInput({ url: 'https://mfa.example/ok', title: HOSTILE.join(' '), body: HOSTILE }),
    );
    expect(await store.isSaved('https://mfa.example/ok')).toBe(true);
  });
});

function withUrl(record: ArchivedReadout, url: string): ArchivedReadout {
  return { ...record, url, id: readoutIdFor(url) };
}

describe('export of a damaged archive', () => {
  it('counts and includes unreadable records as stored, and the file still imports the rest', async () => {
    const { store, db } = await openTestArchive();
    await store.save(readoutInput({ url: 'https://mfa.example/good' }));
    await db.put({ _id: 'readout:https://mfa.example/damaged', schemaVersion: 1, url: 42, readout: 'torn' });
    const text = await backupText(store);
    const [header, ...lines] = text
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as unknown);
    expect(header).toMatchObject({ counts: { readouts: 1, glossary: 0, unreadable: 1 } });
    expect(lines).toEqual([
      {
        unreadable: {
          _id: 'readout:https://mfa.example/damaged',
          schemaVersion: 1,
          url: 42,
          readout: 'torn',
        },
      },
      { readout: expect.objectContaining({ url: 'https://mfa.example/good' }) as unknown },
    ]);
    const elsewhere = await openTestArchive();
    expect(await importText(elsewhere.store, text)).toEqual({ readouts: 1, glossary: 0, skipped: 1 });
    // An archive with nothing damaged exports no unreadable line.
    const again = await backupText(elsewhere.store);
    expect(again).not.toContain('{"unreadable":');
    expect(again).toContain('"unreadable":0');
  });
});
