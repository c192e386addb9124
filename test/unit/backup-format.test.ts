/**
 * The version 2 backup format (JSON Lines) and its import through the real client, port and
 * store: a header with counts, one record per line; a bad header or line is refused with an
 * error that names the line, and the archive is left as it was.
 */
import { describe, expect, it } from 'vitest';
import {
  backupLinesOf,
  headerLine,
  isVersion2Header,
  parseHeader,
  parseRecordLine,
  readoutLine,
} from '../../lib/archive/backup-format';
import {
  backupLines,
  importBackup,
  serveBackupPort,
  textLines,
  type PortLike,
} from '../../lib/archive/backup-transfer';
import { describeError } from '../../lib/background-router';
import { readoutIdFor, type ArchivedReadout } from '../../lib/archive';
import { backupText, importText, openTestArchive, portPair, readoutInput } from './archive-helpers';

const record = (n: number): ArchivedReadout => {
  const input = readoutInput({ url: `https://mfa.example/${n}`, title: `Readout ${n}` });
  return {
    ...input,
    id: readoutIdFor(input.url),
    schemaVersion: 1,
    savedAt: '2024-01-01T00:00:00.000Z',
    tags: [],
    note: '',
  };
};

async function archiveWithTwo() {
  const test = await openTestArchive({ chunkSize: 2 });
  await test.store.save(readoutInput({ url: 'https://mfa.example/mine-1' }));
  await test.store.save(readoutInput({ url: 'https://mfa.example/mine-2' }));
  return { ...test, before: await backupText(test.store) };
}

const file = (lines: string[]) => lines.join('\n') + '\n';

describe('backup lines', () => {
  it('the header carries format, version, date and counts; a version 1 document is not one', () => {
    const header = headerLine({ readouts: 2, glossary: 1, unreadable: 0 }, 'fixed');
    expect(JSON.parse(header)).toEqual({
      format: 'readout-lens-archive',
      version: 2,
      exportedAt: 'fixed',
      counts: { readouts: 2, glossary: 1, unreadable: 0 },
    });
    expect(parseHeader(header)).toMatchObject({ ok: true });
    expect(isVersion2Header(header)).toBe(true);
    expect(isVersion2Header('{"format":"readout-lens-archive","version":1,"readouts":[]}')).toBe(false);
    expect(parseHeader('{"format":"readout-lens-archive","version":2}')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^line 1 \(header\): exportedAt: /) as unknown,
    });
  });

  it('a record line is one readout, glossary entry or unreadable record, checked as it enters', () => {
    expect(parseRecordLine(readoutLine(record(1)), 2)).toEqual({
      ok: true,
      value: { kind: 'readout', record: record(1) },
    });
    expect(parseRecordLine('{"unreadable":{"_id":"readout:x","url":42}}', 3)).toEqual({
      ok: true,
      value: { kind: 'unreadable' },
    });
    expect(parseRecordLine('{"readout":', 4)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^line 4: not JSON/) as unknown,
    });
    expect(parseRecordLine('{"design":{}}', 5)).toEqual({
      ok: false,
      error: 'line 5: expected one of "readout", "glossary", "unreadable"',
    });
    const elsewhere = { ...record(1), id: 'readout:https://mfa.example/2' };
    expect(parseRecordLine(JSON.stringify({ readout: elsewhere }), 6)).toEqual({
      ok: false,
      error: 'line 6: readout.id: must be "readout:https://mfa.example/1" for its url',
    });
    expect(parseRecordLine(JSON.stringify({ glossary: { id: 'readout:x' } }), 7)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^line 7: glossary\.id: /) as unknown,
    });
  });

  it('splits a stream into lines across chunk boundaries, CRLF or LF, with or without a last line end', async () => {
    const bytes = new TextEncoder().encode('first\r\nsecond — ü\nthird');
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        // One byte at a time: a line end and a multi-byte character fall across chunks.
        for (const byte of bytes) controller.enqueue(new Uint8Array([byte]));
        controller.close();
      },
    });
    const lines: string[] = [];
    for await (const line of textLines(stream)) lines.push(line);
    expect(lines).toEqual(['first', 'second — ü', 'third']);
  });

  it('reads a gzipped backup as the same lines', async () => {
    const lines = backupLinesOf([record(1), record(2)], [], 'fixed');
    const gzipped = await new Response(
      new Blob([file(lines)]).stream().pipeThrough(new CompressionStream('gzip')),
    ).blob();
    const read = await backupLines(gzipped);
    if (!read.ok) throw new Error(read.error);
    const got: string[] = [];
    for await (const line of read.value()) got.push(line);
    expect(got).toEqual(lines);
  });
});

describe('importing a version 2 backup', () => {
  it('lands whole, in chunks, and exports as the same file', async () => {
    const { store } = await openTestArchive();
    const lines = backupLinesOf([record(1), record(2), record(3)], [], 'fixed');
    expect(await importText(store, file(lines), 2)).toEqual({ readouts: 3, glossary: 0, skipped: 0 });
    const parsed = (text: string) =>
      text
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line) as unknown);
    expect(parsed(await backupText(store))).toEqual(parsed(file(lines)));
  });

  it.each([
    [
      'a bad header',
      () => ['{"format":"readout-lens-archive","version":2,"counts":{}}', readoutLine(record(1))],
      /line 1 \(header\): exportedAt/,
    ],
    [
      'a line that is not JSON, after chunks that landed',
      () => [
        headerLine({ readouts: 5, glossary: 0, unreadable: 0 }),
        ...[1, 2, 3].map((n) => readoutLine(record(n))),
        '{"readout": {"id": ',
        readoutLine(record(5)),
      ],
      /^Import rejected: line 5: not JSON .*The import was undone: the archive is as it was\.$/,
    ],
    [
      'a bad field',
      () => [
        headerLine({ readouts: 3, glossary: 0, unreadable: 0 }),
        readoutLine(record(1)),
        readoutLine(record(2)),
        JSON.stringify({ readout: { ...record(3), readout: { ...record(3).readout, date: '2024-02-30' } } }),
      ],
      /line 4: readout\.readout\.date: must be an ISO date/,
    ],
    [
      'the same record twice, in different chunks',
      () => [
        headerLine({ readouts: 4, glossary: 0, unreadable: 0 }),
        ...[1, 2, 3, 1].map((n) => readoutLine(record(n))),
      ],
      /line 5: same record as line 2/,
    ],
    [
      'a file cut short',
      () => [
        headerLine({ readouts: 4, glossary: 0, unreadable: 0 }),
        ...[1, 2].map((n) => readoutLine(record(n))),
      ],
      /the file ends at line 3, but its header announces 4 readouts/,
    ],
    [
      'more records than the header announces',
      () => [
        headerLine({ readouts: 1, glossary: 0, unreadable: 0 }),
        ...[1, 2].map((n) => readoutLine(record(n))),
      ],
      /line 3: more readouts records than the header announces \(1\)/,
    ],
  ])(
    'refuses %s with an error naming the line, and the archive is as it was',
    async (_label, lines, error) => {
      const { store, journal, before } = await archiveWithTwo();
      await expect(importText(store, file(lines()), 2)).rejects.toThrow(error);
      expect(await backupText(store)).toBe(before);
      expect(store.status().pendingImport).toBeNull();
      expect(await journal.state()).toBeNull();
    },
  );

  it('an import over records the archive holds puts them back when it fails', async () => {
    const { store, before } = await archiveWithTwo();
    const mine = (await store.list()).map((r) => ({ ...r, note: 'overwritten by the import' }));
    const lines = [
      headerLine({ readouts: 4, glossary: 0, unreadable: 0 }),
      ...mine.map(readoutLine),
      readoutLine(record(1)),
      'not a record',
    ];
    await expect(importText(store, file(lines), 1)).rejects.toThrow(/line 5: not JSON/);
    expect(await backupText(store)).toBe(before);
  });

  it('a page closed in the middle of its import: the import is undone', async () => {
    const { store, journal, before } = await archiveWithTwo();
    const pageEnds: PortLike[] = [];
    const connect = () => {
      const [page, background] = portPair();
      serveBackupPort(background, () => Promise.resolve(store), describeError);
      pageEnds.push(page);
      return page;
    };
    const lines = backupLinesOf([1, 2, 3, 4, 5].map(record), [], 'fixed');
    let sent = 0;
    // The page sends lines 2-4 of its file, then gets no further (it is being closed). Reading
    // the header first counts as one read.
    const importing = importBackup(
      connect,
      async function* () {
        for (const line of lines) {
          if (++sent > 5) await new Promise(() => undefined);
          yield line;
        }
      },
      undefined,
      1,
    );
    await expect.poll(async () => (await journal.state())?.linesDone, { timeout: 3000 }).toBe(4);
    expect(await backupText(store)).not.toBe(before);
    for (const end of pageEnds) end.disconnect();
    await expect.poll(() => journal.state(), { timeout: 3000 }).toBeNull();
    expect(await backupText(store)).toBe(before);
    void importing.catch(() => undefined);
  });

  it('an export keeps every record when records are deleted between its pages', async () => {
    const { store } = await openTestArchive({ chunkSize: 2 });
    for (const n of [1, 2, 3, 4, 5]) await store.save(readoutInput({ url: `https://mfa.example/${n}` }));
    const first = await store.exportPage(null);
    expect(first.lines).toHaveLength(2);
    // The last record of the first page goes away before the next page is read.
    await store.remove(readoutIdFor('https://mfa.example/2'));
    const rest: string[] = [];
    for (let after = first.next; after !== null;) {
      const page = await store.exportPage(after);
      rest.push(...page.lines);
      after = page.next;
    }
    expect(rest.map((line) => (JSON.parse(line) as { readout: { url: string } }).readout.url)).toEqual(
      [3, 4, 5].map((n) => `https://mfa.example/${n}`),
    );
  });
});
