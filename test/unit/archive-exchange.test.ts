import { describe, expect, it, vi } from 'vitest';
import { IDBObjectStore } from 'fake-indexeddb';
import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import { ArchiveError, readoutIdFor, normalizeUrl, type ArchivedReadout } from '../../lib/archive';
import { parseExportJson, toCsv, toMarkdown, toMarkdownZip } from '../../lib/archive/exchange';
import { importFile, serveBackupPort, type PortLike } from '../../lib/archive/backup-transfer';
import { describeError } from '../../lib/background-router';
import type { GlossaryEntry } from '../../lib/glossary/schema';
import type { ArchiveStore } from '../../lib/archive';
import {
  backupText,
  importText,
  openTestArchive,
  portPair,
  readoutInput,
  toExportJson,
  type TestArchive,
} from './archive-helpers';

const exported = (store: ArchiveStore) => backupText(store);

async function archiveWithThree() {
  const test = await openTestArchive();
  for (const n of [1, 2, 3])
    await test.store.save(
      readoutInput({ url: `https://mfa.example/${n}`, participants: [['wang-yi', 'Wang Yi', 'CN']] }),
    );
  await test.store.glossary.put({
    kind: 'official',
    name: 'Cho Tae-yul',
    aliases: ['Cho'],
    note: 'ROK FM from 2024',
  });
  return test;
}

const v1File = async (store: ArchiveStore) => {
  const lines = (await backupText(store)).trimEnd().split('\n').slice(1);
  const records = lines.map(
    (line) => JSON.parse(line) as { readout?: ArchivedReadout; glossary?: GlossaryEntry },
  );
  return toExportJson(
    {
      readouts: records.flatMap((r) => (r.readout ? [r.readout] : [])),
      glossary: records.flatMap((r) => (r.glossary ? [r.glossary] : [])),
    },
    'fixed',
  );
};

describe('import: all or nothing', () => {
  it('rejects a malformed version 1 file with the path of the first bad field and changes nothing', async () => {
    const { store } = await archiveWithThree();
    const before = await exported(store);
    const good = JSON.parse(await v1File(store)) as { readouts: Record<string, unknown>[] };
    const extra = readoutInput({ url: 'https://mfa.example/new' });
    const bad = {
      ...good,
      readouts: [
        ...good.readouts,
        {
          ...extra,
          id: readoutIdFor(extra.url),
          schemaVersion: 1,
          savedAt: 'x',
          tags: [],
          note: '',
          readout: { ...extra.readout, date: 7 },
        },
      ],
    };
    await expect(importText(store, JSON.stringify(bad))).rejects.toThrow(/readouts\.3\.readout\.date/);
    await expect(importText(store, '{"format":"readout-lens-archive","version":3}')).rejects.toThrow(
      /version/,
    );
    await expect(importText(store, 'not json')).rejects.toThrow(/not JSON/);
    expect(await exported(store)).toBe(before);
  });

  it('rejects hostile ids (another document, a design document) and duplicates', async () => {
    const { store } = await archiveWithThree();
    const before = await exported(store);
    const good = JSON.parse(await v1File(store)) as { readouts: Record<string, unknown>[] };
    const hostile = { ...good, readouts: [{ ...good.readouts[0], id: '_design/x' }] };
    await expect(importText(store, JSON.stringify(hostile))).rejects.toThrow(/readouts\.0\.id: must be/);
    const duplicated = { ...good, readouts: [good.readouts[0], good.readouts[0]] };
    await expect(importText(store, JSON.stringify(duplicated))).rejects.toThrow(
      /readouts\.1\.id: same readout as readouts\.0/,
    );
    expect(await exported(store)).toBe(before);
  });

  /** An archive holding one readout of its own, and a backup of ten readouts that overlap it (lines 2 to 11). */
  async function archiveAndOverlappingBackup(chunkSize: number) {
    const test = await openTestArchive({ chunkSize });
    await test.store.save({
      ...readoutInput({ url: 'https://mfa.example/1', title: 'Mine' }),
      note: 'keep me',
    });
    const before = await exported(test.store);
    const incoming = await openTestArchive();
    for (let i = 0; i < 10; i++)
      await incoming.store.save(readoutInput({ url: `https://mfa.example/${i}`, title: `Theirs ${i}` }));
    return { test, before, file: await exported(incoming.store) };
  }

  /**
   * `archiveAndOverlappingBackup` with `bulkDocs` scripted per call: 'quota' fails like a full
   * disk, 'hang' never returns (the worker stopped), anything else writes.
   */
  async function interruptedImport(chunkSize: number, script: Record<number, 'quota' | 'hang'>) {
    const { test, before, file } = await archiveAndOverlappingBackup(chunkSize);
    const real = test.db.bulkDocs.bind(test.db);
    let calls = 0;
    vi.spyOn(test.db, 'bulkDocs').mockImplementation(((docs: never, opts: never) => {
      const step = script[++calls];
      if (step === 'quota') return Promise.reject(quotaError());
      if (step === 'hang') return new Promise(() => undefined);
      return real(docs, opts);
    }) as typeof test.db.bulkDocs);
    return { test, before, file, state: () => test.journal.state() };
  }

  const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

  it('a write that fails half-way is rolled back: the archive is exactly as it was', async () => {
    const { test, before, file, state } = await interruptedImport(4, { 3: 'quota' });
    await expect(importText(test.store, file, 4)).rejects.toThrow(
      /Out of storage space.*The import was undone: the archive is as it was\./,
    );
    expect(await exported(test.store)).toBe(before);
    expect((await test.store.search({ text: 'theirs' })).total).toBe(0);
    expect(await state()).toBeNull();
    expect(await test.journal.entries(null, 100)).toEqual([]);
  });

  it('an undo cut short by a worker stop is finished on restart, never turned back into the import', async () => {
    const { test, before, file, state } = await interruptedImport(4, { 3: 'quota', 4: 'hang' });
    void importText(test.store, file, 4).catch(() => undefined);
    await vi.waitFor(async () => expect((await state())?.phase).toBe('rolling-back'), { timeout: 10_000 });
    vi.restoreAllMocks();
    const restarted = await test.reopen({ chunkSize: 4 });
    await vi.waitFor(async () => expect(await state()).toBeNull(), { timeout: 10_000 });
    await restarted.flush();
    expect(await exported(restarted)).toBe(before);
  });

  it('an import whose worker stopped is resumed by its page from the last chunk that landed', async () => {
    // The worker stops during the third chunk: the journal says two chunks (lines 2-9) landed.
    const { test, file, state } = await interruptedImport(4, { 3: 'hang' });
    let serving: ArchiveStore = test.store;
    const backgroundEnds: PortLike[] = [];
    const connect = () => {
      const [page, background] = portPair();
      serveBackupPort(background, () => Promise.resolve(serving), describeError);
      backgroundEnds.push(background);
      return page;
    };
    const importing = importFile(connect, new Blob([file]), undefined, 4);
    await vi.waitFor(async () => expect((await state())?.linesDone).toBe(9), { timeout: 10_000 });
    vi.restoreAllMocks();
    serving = await test.reopen({ chunkSize: 4 });
    // Nobody has resumed it yet: the new worker says so and does not finish it by itself.
    expect(serving.status().pendingImport).toMatchObject({ phase: 'interrupted', linesDone: 9 });
    for (const end of backgroundEnds) end.disconnect(); // what the page sees when the worker stops
    expect(await importing).toEqual({ readouts: 10, glossary: 0, skipped: 0 });
    expect(await state()).toBeNull();
    expect(await exported(serving)).toBe(file);
  });

  describe('when the journal itself fails', () => {
    /** The journal refuses its `call`-th write of previous versions, like a full disk. */
    async function journalFailing(call: number) {
      const { test, before, file } = await archiveAndOverlappingBackup(4);
      const real = test.journal.keepPrevious.bind(test.journal);
      let calls = 0;
      vi.spyOn(test.journal, 'keepPrevious').mockImplementation((entries) =>
        ++calls === call ? Promise.reject(quotaError()) : real(entries),
      );
      return { test, before, file };
    }

    it('a write refused by IndexedDB itself, in the journal database, undoes the import too', async () => {
      const { test, before, file } = await archiveAndOverlappingBackup(4);
      // The third chunk's first previous version is refused inside its transaction, as a full
      // disk refuses it: the transaction aborts.
      const put = IDBObjectStore.prototype.put;
      let previousPuts = 0;
      vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
        this: IDBObjectStore,
        ...args: Parameters<IDBObjectStore['put']>
      ) {
        if (this.name === 'previous' && ++previousPuts === 9)
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return put.apply(this, args);
      });
      await expect(importText(test.store, file, 4)).rejects.toThrow(
        /^The archive could not be written: .*The import was undone: the archive is as it was\.$/,
      );
      vi.restoreAllMocks();
      expect(await exported(test.store)).toBe(before);
      expect(test.store.status().pendingImport).toBeNull();
      expect(await test.journal.entries(null, 100)).toEqual([]);
    });

    /** The archive takes `landed` chunks, then every write fails (the undo's too). */
    function failWritesAfter(test: TestArchive, landed: number) {
      const real = test.db.bulkDocs.bind(test.db);
      let calls = 0;
      vi.spyOn(test.db, 'bulkDocs').mockImplementation(((docs: never, opts: never) =>
        ++calls <= landed ? real(docs, opts) : Promise.reject(quotaError())) as typeof test.db.bulkDocs);
    }

    it('the import is undone and says why; the archive is as it was, nothing to resume', async () => {
      const { test, before, file } = await journalFailing(3);
      await expect(importText(test.store, file, 4)).rejects.toThrow(
        /^Out of storage space.*The import was undone: the archive is as it was\.$/,
      );
      expect(await exported(test.store)).toBe(before);
      expect(test.store.status().pendingImport).toBeNull();
      expect(await test.journal.state()).toBeNull();
      const restarted = await test.reopen({ chunkSize: 4 });
      await restarted.flush();
      expect(await exported(restarted)).toBe(before);
    });

    it('if the undo cannot finish either, the import is marked failed, never resumed, and the user decides', async () => {
      const { test, before, file } = await journalFailing(3);
      // The undo's writes fail too.
      failWritesAfter(test, 2);
      await expect(importText(test.store, file, 4)).rejects.toThrow(
        /Undoing the import did not finish .*part of it is still in the archive\. The archive page offers to retry the undo or to keep what was imported\./,
      );
      expect(test.store.status().pendingImport).toMatchObject({ phase: 'rollback-failed' });
      vi.restoreAllMocks();
      // A restarted worker neither finishes nor undoes it by itself: it reports it.
      const restarted = await test.reopen({ chunkSize: 4 });
      await restarted.flush();
      expect(restarted.status().pendingImport).toMatchObject({
        phase: 'rollback-failed',
        error: expect.stringMatching(/Out of storage space/) as unknown,
      });
      expect(await exported(restarted)).not.toBe(before);
      // A new import waits for the user's decision.
      await expect(importText(restarted, file)).rejects.toThrow(/undo it or keep what it imported first/);
      await restarted.resolveImport('undo'); // "retry rollback"
      expect(restarted.status().pendingImport).toBeNull();
      expect(await exported(restarted)).toBe(before);
    });

    it('"keep what was imported" keeps the chunks that landed and clears the journal', async () => {
      const { test, file } = await journalFailing(3);
      failWritesAfter(test, 2);
      await expect(importText(test.store, file, 4)).rejects.toThrow(/Undoing the import did not finish/);
      vi.restoreAllMocks();
      await test.store.resolveImport('keep');
      expect(test.store.status().pendingImport).toBeNull();
      expect(await test.journal.state()).toBeNull();
      expect(await test.journal.entries(null, 100)).toEqual([]);
      // Lines 2-9 landed: readouts 0-7, over the archive's own readout 1.
      expect((await test.store.list()).map((r) => r.readout.title).sort()).toEqual(
        [0, 1, 2, 3, 4, 5, 6, 7].map((i) => `Theirs ${i}`).sort(),
      );
    });
  });

  it('an import left unfinished by the version before (its journal in one job document) is undone at start', async () => {
    const { test, before, file } = await archiveAndOverlappingBackup(4);
    // What that version left when its worker stopped mid-import: readouts 0 and 1 written, the
    // previous version of readout 1 (ours) and of readout 0 (none) in its journal.
    const mine = (await test.db.get(readoutIdFor('https://mfa.example/1'))) as unknown as {
      _id: string;
      _rev: string;
    };
    const theirs = file
      .trimEnd()
      .split('\n')
      .slice(1, 3)
      .map((line) => (JSON.parse(line) as { readout: ArchivedReadout }).readout);
    const ids = theirs.map((r) => r.id).sort();
    await test.db.bulkDocs(
      theirs.map((r) => ({ ...r, _id: r.id, ...(r.id === mine._id ? { _rev: mine._rev } : {}) })),
    );
    const { _rev: _, ...previousMine } = mine;
    await test.derived.putJob('import', {
      docs: theirs,
      previous: Object.fromEntries(ids.map((id) => [id, id === mine._id ? previousMine : null])),
      cursor: 2,
    });
    expect(await exported(test.store)).not.toBe(before);
    const restarted = await test.reopen({ chunkSize: 4 });
    await restarted.flush();
    expect(await exported(restarted)).toBe(before);
    expect(await test.derived.getJob('import')).toBeUndefined();
    expect(await test.journal.state()).toBeNull();
  });

  it('writes each previous version to the journal once, and only the small state per chunk', async () => {
    const test = await openTestArchive({ chunkSize: 4 });
    for (let i = 0; i < 10; i++)
      await test.store.save(readoutInput({ url: `https://mfa.example/${i}`, title: `Old ${i}` }));
    const incoming = await openTestArchive();
    for (let i = 0; i < 10; i++)
      await incoming.store.save(readoutInput({ url: `https://mfa.example/${i}`, title: `New ${i}` }));
    const kept = vi.spyOn(test.journal, 'keepPrevious');
    const states = vi.spyOn(test.journal, 'setState');
    expect(await importText(test.store, await exported(incoming.store), 4)).toMatchObject({ readouts: 10 });
    const journaled = kept.mock.calls.flatMap(([entries]) => entries);
    expect(journaled.map((e) => e.id).sort()).toEqual(
      Array.from({ length: 10 }, (_, i) => readoutIdFor(`https://mfa.example/${i}`)).sort(),
    );
    expect(
      journaled.every((e) =>
        (e.previous as unknown as { readout: { title: string } }).readout.title.startsWith('Old'),
      ),
    ).toBe(true);
    for (const [state] of states.mock.calls) expect(JSON.stringify(state).length).toBeLessThan(400);
  });

  it('imports the glossary with the archive, from a version 1 file and a version 2 file', async () => {
    const { store } = await archiveWithThree();
    const file = await exported(store);
    for (const text of [await v1File(store), file]) {
      const target = await openTestArchive();
      expect(await importText(target.store, text)).toEqual({ readouts: 3, glossary: 1, skipped: 0 });
      expect((await target.store.glossary.list()).map((g) => g.name)).toEqual(['Cho Tae-yul']);
      expect(await exported(target.store)).toBe(file);
    }
  });
});

describe('export then import round-trips exactly (property)', () => {
  const text = fc.string({ maxLength: 20 });
  const name = fc.string({ minLength: 2, maxLength: 20 });
  const isoDate = fc
    .date({ min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
  const entity = fc.record({
    key: fc.stringMatching(/^[a-z][a-z-]{0,12}$/),
    kind: fc.constantFrom('official', 'agreement', 'organization', 'event', 'place', 'other' as const),
    name,
    id: fc.option(fc.stringMatching(/^[a-z-]{1,10}$/), { nil: null }),
    surfaces: fc.array(name, { maxLength: 3 }),
    mentions: fc.nat(50),
    role: fc.option(text, { nil: undefined }),
    country: fc.option(fc.constantFrom('CN', 'KR', 'JP', 'US'), { nil: undefined }),
  });
  const record = fc
    .record({
      path: fc.stringMatching(/^[a-z0-9/]{1,12}$/),
      title: text,
      date: fc.option(isoDate, { nil: null }),
      body: fc.array(fc.string({ maxLength: 60, unit: 'grapheme' }), { maxLength: 3 }),
      participants: fc.array(
        fc.record({ name, country: fc.option(fc.constantFrom('CN', 'KR'), { nil: undefined }) }),
        {
          maxLength: 3,
        },
      ),
      entities: fc.array(entity, { maxLength: 4 }),
      tags: fc.array(text, { maxLength: 3 }),
      note: text,
    })
    .map((r): ArchivedReadout => {
      const url = normalizeUrl(`https://mfa.example/${r.path}`);
      return {
        id: readoutIdFor(url),
        schemaVersion: 1,
        url,
        readout: {
          isReadout: true,
          pageKind: 'readout',
          ministry: 'cn-mfa',
          title: r.title,
          date: r.date,
          place: null,
          language: 'zh',
          participants: r.participants.map((p) => (p.country ? p : { name: p.name })),
          body: r.body,
        },
        entities: r.entities.map((e) => JSON.parse(JSON.stringify(e)) as ArchivedReadout['entities'][number]),
        participantKeys: r.entities.filter((e) => e.kind === 'official').map((e) => e.key),
        savedAt: '2024-01-01T00:00:00.000Z',
        tags: r.tags,
        note: r.note,
      };
    });
  const glossaryEntry = fc.record({ name, note: text }).map((g): GlossaryEntry => ({
    id: `glossary:${encodeURIComponent(g.name)}`,
    kind: 'other',
    name: g.name,
    aliases: [],
    note: g.note,
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-01T00:00:00.000Z',
  }));
  const archive = fc.record({
    readouts: fc.uniqueArray(record, { selector: (r) => r.id, maxLength: 8 }),
    glossary: fc.uniqueArray(glossaryEntry, { selector: (g) => g.id, maxLength: 3 }),
  });

  it('holds for generated archives', async () => {
    await fc.assert(
      fc.asyncProperty(archive, async (data) => {
        // A version 1 file in, a version 2 backup out, and that backup in again: same archive.
        const { store } = await openTestArchive();
        await importText(store, toExportJson(data, 'fixed'));
        const backup = await exported(store);
        expect(await v1File(store)).toBe(toExportJson(data, 'fixed'));
        const again = await openTestArchive();
        await importText(again.store, backup, 3);
        expect(await exported(again.store)).toBe(backup);
      }),
      { numRuns: 40 },
    );
  }, 60_000);
});

describe('migration from schema version 0', () => {
  it('migrates a 10,000-record v0 archive without loss', async () => {
    const test = await openTestArchive();
    const v0 = Array.from({ length: 10_000 }, (_, i) => {
      const input = readoutInput({
        url: `https://mfa.example/old/${i}`,
        participants: [['wang-yi', 'Wang Yi', 'CN']],
        mentioned: [['cho-tae-yul', 'Cho Tae-yul']],
      });
      const id = readoutIdFor(input.url);
      return {
        _id: id,
        id,
        url: input.url,
        readout: input.readout,
        entities: input.entities,
        savedAt: `2020-01-01T00:00:${String(i % 60).padStart(2, '0')}.000Z`,
        tags: [`t${i % 7}`],
        note: `note ${i}`,
      };
    });
    await test.db.bulkDocs(v0);
    const store = await test.reopen({ chunkSize: 1000 });
    await store.flush(); // the migration started at open waits in the write queue
    const migrated = await store.list();
    expect(migrated).toHaveLength(10_000);
    const byId = new Map(migrated.map((r) => [r.id, r]));
    for (const old of v0) {
      const { _id, ...fields } = old;
      expect(byId.get(_id)).toEqual({ ...fields, schemaVersion: 1, participantKeys: ['wang-yi'] });
    }
    const raw = await test.db.allDocs({ include_docs: true });
    expect(raw.rows.every((row) => (row.doc as { schemaVersion?: number }).schemaVersion === 1)).toBe(true);
    expect(await store.migrate()).toBe(0);
    expect(
      (
        await store.related({ url: null, entityKeys: ['wang-yi'], participantKeys: ['wang-yi'], limit: 5 })
      )[0]!.shared,
    ).toEqual(['wang-yi']);
  }, 120_000);
});

describe('storage errors reach the user', () => {
  it('a QuotaExceededError from the store rejects the save with a message that says so, and nothing is half-saved', async () => {
    const test = await openTestArchive();
    vi.spyOn(test.db, 'put').mockRejectedValue(
      new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
    );
    const save = test.store.save(readoutInput({ url: 'https://mfa.example/full' }));
    await expect(save).rejects.toBeInstanceOf(ArchiveError);
    await expect(save).rejects.toThrow(/Out of storage space/);
    expect(await test.store.isSaved('https://mfa.example/full')).toBe(false);
  });
});

describe('Markdown, CSV', () => {
  const record: ArchivedReadout = {
    ...readoutInput({
      url: 'https://mfa.example/a',
      title: 'Wang Yi meets Park Jin',
      participants: [['wang-yi', 'Wang Yi', 'CN']],
    }),
    id: readoutIdFor('https://mfa.example/a'),
    schemaVersion: 1,
    url: 'https://mfa.example/a',
    savedAt: '2024-01-01T00:00:00.000Z',
    tags: ['korea'],
    note: '=HYPERLINK("x")',
  };

  it('CSV quotes commas and quotes, and defuses spreadsheet formulas', () => {
    const csv = toCsv([{ ...record, readout: { ...record.readout, title: 'A, "quoted" title' } }]);
    const [head, row] = csv.trim().split('\r\n');
    expect(head).toBe('date,title,ministry,place,participants,officials,agreements,tags,note,url,savedAt');
    expect(row).toContain('"A, ""quoted"" title"');
    expect(row).toContain(`"'=HYPERLINK(""x"")"`);
  });

  it('Markdown zip holds one file per readout with front matter that cannot be broken by a title', () => {
    const second = { ...record, id: readoutIdFor('https://mfa.example/b'), url: 'https://mfa.example/b' };
    const files = unzipSync(
      toMarkdownZip([record, { ...second, readout: { ...second.readout, title: 'x\n---\nevil: 1' } }]),
    );
    const names = Object.keys(files).sort();
    expect(names).toEqual([
      'readout-lens/2024-01-01-Wang-Yi-meets-Park-Jin.md',
      'readout-lens/2024-01-01-x-evil-1.md',
    ]);
    const text = strFromU8(files[names[1]!]!);
    expect(text.split('\n').slice(0, 3)).toEqual(['---', 'title: "x\\n---\\nevil: 1"', 'date: "2024-01-01"']);
    expect(toMarkdown(record)).toContain('## Participants\n\n- Wang Yi, CN');
  });

  it('parseExportJson accepts what toExportJson writes', () => {
    const parsed = parseExportJson(toExportJson({ readouts: [record], glossary: [] }));
    expect(parsed).toEqual({ ok: true, value: { readouts: [record], glossary: [] } });
  });
});
