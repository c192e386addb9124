import { describe, expect, it, vi } from 'vitest';
import { readoutIdFor, type ArchiveStatus } from '../../lib/archive';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { openIdbDerivedStore, request } from '../../lib/archive/derived-store';
import { openTestArchive, readoutInput } from './archive-helpers';
import { searchPartOf } from '../../lib/archive/archive-index';

const WANG = ['wang-yi', 'Wang Yi', 'CN'] as [string, string, string];
const PARK = ['park-jin', 'Park Jin', 'KR'] as [string, string, string];
const BLINKEN = ['antony-blinken', 'Antony Blinken', 'US'] as [string, string, string];

describe('archive store: save', () => {
  it('saves a readout and reads it back with the schema version, date saved, tags and note', async () => {
    const { store } = await openTestArchive({ now: () => '2024-05-01T10:00:00.000Z' });
    const saved = await store.save({
      ...readoutInput({ url: 'https://mfa.example/a', participants: [WANG] }),
      tags: ['asean'],
    });
    const read = await store.get(saved.id);
    expect(read).toEqual(saved);
    expect(read).toMatchObject({
      schemaVersion: 1,
      savedAt: '2024-05-01T10:00:00.000Z',
      tags: ['asean'],
      note: '',
    });
    expect(read?.participantKeys).toEqual(['wang-yi']);
    expect(await store.isSaved('https://mfa.example/a#section-2')).toBe(true);
    expect(await store.isSaved('https://mfa.example/b')).toBe(false);
  });

  it('saving the same readout again updates it, never duplicates it, and keeps tags and note', async () => {
    const { store } = await openTestArchive();
    const first = await store.save({
      ...readoutInput({ url: 'https://mfa.example/a?utm_source=x', title: 'Old' }),
      note: 'mine',
    });
    await store.update(first.id, { tags: ['keep'] });
    const second = await store.save(readoutInput({ url: 'https://mfa.example/a#top', title: 'New' }));
    expect(second.id).toBe(first.id);
    const all = await store.list();
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ readout: { title: 'New' }, tags: ['keep'], note: 'mine' });
    expect((await store.search({ text: 'new' })).total).toBe(1);
    expect((await store.search({ text: 'old' })).total).toBe(0);
  });

  it('20 concurrent saves from different tabs all land', async () => {
    const { store } = await openTestArchive();
    const urls = Array.from({ length: 20 }, (_, i) => `https://mfa.example/readout/${i}`);
    await Promise.all(urls.map((url) => store.save(readoutInput({ url, participants: [WANG] }))));
    expect((await store.list()).map((r) => r.url).sort()).toEqual([...urls].sort());
    expect(store.status().readouts).toBe(20);
  });

  it('20 concurrent saves of one page leave one record, without a conflict error', async () => {
    const { store } = await openTestArchive();
    const saves = Array.from({ length: 20 }, (_, i) =>
      store.save(readoutInput({ url: 'https://mfa.example/same', title: `Take ${i}` })),
    );
    await expect(Promise.all(saves)).resolves.toHaveLength(20);
    expect(await store.list()).toHaveLength(1);
  });

  it('remove returns the record, and restore brings it back into every index (undo)', async () => {
    const { store } = await openTestArchive();
    const saved = await store.save(
      readoutInput({ url: 'https://mfa.example/a', title: 'Talks on trade', participants: [WANG] }),
    );
    const removed = await store.remove(saved.id);
    expect(removed).toEqual(saved);
    expect(await store.get(saved.id)).toBeNull();
    expect((await store.search({ text: 'trade' })).total).toBe(0);
    expect(await store.related({ url: null, entityKeys: ['wang-yi'], participantKeys: [] })).toEqual([]);
    await store.restore(removed!);
    expect(await store.get(saved.id)).toEqual(saved);
    expect((await store.search({ text: 'trade' })).total).toBe(1);
    expect(
      (await store.related({ url: null, entityKeys: ['wang-yi'], participantKeys: [] })).map((r) => r.id),
    ).toEqual([saved.id]);
  });
});

describe('archive store: related readouts', () => {
  it('ranks a shared participant above a shared mention, counts agreements, and leaves out the page itself', async () => {
    const { store } = await openTestArchive();
    const page = 'https://mfa.example/now';
    await store.save(readoutInput({ url: page, participants: [WANG, PARK] }));
    await store.save(
      readoutInput({ url: 'https://mfa.example/met', participants: [WANG, BLINKEN], date: '2020-01-01' }),
    );
    await store.save(
      readoutInput({
        url: 'https://mfa.example/mentioned',
        mentioned: [['wang-yi', 'Wang Yi']],
        date: '2024-01-01',
      }),
    );
    await store.save(
      readoutInput({ url: 'https://mfa.example/rcep', agreements: [['rcep', 'RCEP']], date: '2024-01-01' }),
    );
    await store.save(readoutInput({ url: 'https://mfa.example/unrelated', participants: [BLINKEN] }));
    const related = await store.related({
      url: page,
      entityKeys: ['wang-yi', 'park-jin', 'rcep'],
      participantKeys: ['wang-yi', 'park-jin'],
      date: '2024-01-02',
    });
    expect(related.map((r) => r.url)).toEqual([
      'https://mfa.example/met',
      'https://mfa.example/mentioned',
      'https://mfa.example/rcep',
    ]);
    expect(related[0]!.shared).toEqual(['wang-yi']);
  });

  it('orders equal overlaps by recency', async () => {
    const { store } = await openTestArchive();
    for (const date of ['2019-03-01', '2023-03-01', '2021-03-01'])
      await store.save(readoutInput({ url: `https://mfa.example/${date}`, participants: [WANG], date }));
    const related = await store.related({
      url: null,
      entityKeys: ['wang-yi'],
      participantKeys: ['wang-yi'],
      date: '2024-01-01',
    });
    expect(related.map((r) => r.date)).toEqual(['2023-03-01', '2021-03-01', '2019-03-01']);
  });

  it('answers from the index without reading the store', async () => {
    const { store, db } = await openTestArchive();
    for (let i = 0; i < 30; i++)
      await store.save(
        readoutInput({ url: `https://mfa.example/${i}`, participants: i % 2 ? [WANG] : [PARK] }),
      );
    const reads = [
      vi.spyOn(db, 'allDocs'),
      vi.spyOn(db, 'get'),
      vi.spyOn(db, 'changes'),
      vi.spyOn(db, 'bulkGet'),
    ];
    const related = await store.related({ url: null, entityKeys: ['wang-yi'], participantKeys: [] });
    expect(related).toHaveLength(15);
    for (const spy of reads) expect(spy).not.toHaveBeenCalled();
  });
});

describe('archive store: search, filters, timeline', () => {
  it('finds Latin words (with prefixes) and Chinese, Korean and Japanese text by bigrams', async () => {
    const { store } = await openTestArchive();
    await store.save(
      readoutInput({
        url: 'https://a.example/en',
        body: ['Ministers discussed semiconductor export controls.'],
      }),
    );
    await store.save(
      readoutInput({
        url: 'https://a.example/zh',
        body: ['双方就半导体出口管制交换了意见。'],
        language: 'zh',
      }),
    );
    await store.save(
      readoutInput({
        url: 'https://a.example/ko',
        body: ['양국 외교장관은 반도체 공급망 협력을 논의했다.'],
        language: 'ko',
      }),
    );
    await store.save(
      readoutInput({
        url: 'https://a.example/ja',
        body: ['両外相は半導体の輸出管理について意見交換した。'],
        language: 'ja',
      }),
    );
    const urls = async (text: string) => (await store.search({ text })).items.map((s) => s.url).sort();
    expect(await urls('semicond')).toEqual(['https://a.example/en']);
    expect(await urls('半导体')).toEqual(['https://a.example/zh']);
    expect(await urls('出口管制')).toEqual(['https://a.example/zh']);
    expect(await urls('공급망')).toEqual(['https://a.example/ko']);
    expect(await urls('輸出管理')).toEqual(['https://a.example/ja']);
    expect(await urls('半導体')).toEqual(['https://a.example/ja']);
    expect(await urls('양')).toEqual(['https://a.example/ko']);
    expect(await urls('管制 semiconductor')).toEqual([]);
  });

  it('filters by official, country, ministry, agreement, tag and date range', async () => {
    const { store } = await openTestArchive();
    await store.save(
      readoutInput({
        url: 'https://a.example/1',
        participants: [WANG, PARK],
        date: '2023-05-01',
        agreements: [['rcep', 'RCEP']],
      }),
    );
    await store.save(
      readoutInput({
        url: 'https://a.example/2',
        participants: [WANG, BLINKEN],
        date: '2024-05-01',
        ministry: 'us-state',
      }),
    );
    await store.save({
      ...readoutInput({ url: 'https://a.example/3', participants: [PARK], date: null, ministry: 'rok-mofa' }),
      tags: ['t'],
    });
    const ids = async (filter: Parameters<typeof store.search>[0]) =>
      (await store.search(filter)).items.map((s) => s.url.slice(-1)).sort();
    expect(await ids({ official: 'wang-yi' })).toEqual(['1', '2']);
    expect(await ids({ country: 'kr' })).toEqual(['1', '3']);
    expect(await ids({ ministry: 'us-state' })).toEqual(['2']);
    expect(await ids({ agreement: 'rcep' })).toEqual(['1']);
    expect(await ids({ tag: 't' })).toEqual(['3']);
    expect(await ids({ from: '2024-01-01' })).toEqual(['2']);
    expect(await ids({ to: '2023-12-31', official: 'wang-yi' })).toEqual(['1']);
    const facets = await store.facets();
    expect(facets.officials.find((f) => f.value === 'wang-yi')).toEqual({
      value: 'wang-yi',
      label: 'Wang Yi',
      count: 2,
    });
  });

  it('draws the timeline of one official as a participant, and of two countries meeting', async () => {
    const { store } = await openTestArchive();
    await store.save(
      readoutInput({ url: 'https://a.example/1', participants: [WANG, PARK], date: '2023-05-01' }),
    );
    await store.save(
      readoutInput({ url: 'https://a.example/2', participants: [WANG, BLINKEN], date: '2022-05-01' }),
    );
    await store.save(
      readoutInput({ url: 'https://a.example/3', mentioned: [['wang-yi', 'Wang Yi']], date: '2021-05-01' }),
    );
    expect((await store.timeline({ official: 'wang-yi' })).map((e) => e.date)).toEqual([
      '2022-05-01',
      '2023-05-01',
    ]);
    expect((await store.timeline({ countries: ['CN', 'KR'] })).map((e) => e.url)).toEqual([
      'https://a.example/1',
    ]);
  });
});

describe('archive store: derived indexes', () => {
  it('a restarted worker loads the persisted indexes and replays only changes after the checkpoint', async () => {
    const test = await openTestArchive();
    for (let i = 0; i < 12; i++)
      await test.store.save(
        readoutInput({
          url: `https://a.example/${i}`,
          participants: [WANG],
          body: [`Meeting number ${i} about fisheries.`],
        }),
      );
    await test.store.flush();
    // A save from "another device" (a replicated write) arrives while the worker is stopped.
    await test.db.put({
      ...readoutInput({ url: 'https://a.example/late', body: ['Late fisheries talk.'] }),
      _id: readoutIdFor('https://a.example/late'),
      schemaVersion: 1,
      id: readoutIdFor('https://a.example/late'),
      savedAt: 'x',
      tags: [],
      note: '',
    });
    const changes = vi.spyOn(test.db, 'changes');
    const restarted = await test.reopen();
    await restarted.refresh(); // the replay at start runs behind the first answers
    const replayed = await Promise.all(
      changes.mock.results.map((r) => r.value as Promise<PouchDB.Core.Changes<object>>),
    );
    expect(replayed.flatMap((c) => c.results.map((r) => r.id))).toEqual([
      readoutIdFor('https://a.example/late'),
    ]);
    expect((await restarted.search({ text: 'fisheries' })).total).toBe(13);
    expect(restarted.status().readouts).toBe(13);
  });

  it('a restarted worker answers related without loading the full-text index, which loads once on the first search', async () => {
    const test = await openTestArchive();
    for (let i = 0; i < 5; i++)
      await test.store.save(
        readoutInput({ url: `https://a.example/${i}`, participants: [WANG], body: ['Ferry routes.'] }),
      );
    await test.store.flush();
    const derived = await test.openDerived();
    const loadSearch = vi.spyOn(derived, 'loadSearch');
    const restarted = await test.reopen({ derived });
    expect(await restarted.related({ url: null, entityKeys: ['wang-yi'], participantKeys: [] })).toHaveLength(
      5,
    );
    expect(await restarted.isSaved('https://a.example/0')).toBe(true);
    expect((await restarted.search({ official: 'wang-yi' })).total).toBe(5);
    expect(loadSearch).not.toHaveBeenCalled();
    await restarted.save(readoutInput({ url: 'https://a.example/new', body: ['Ferry timetable.'] }));
    expect((await restarted.search({ text: 'ferry' })).total).toBe(6);
    expect((await restarted.search({ text: 'timetable' })).total).toBe(1);
    expect(loadSearch).toHaveBeenCalledTimes(1);
  });

  it('a save after a search rewrites one part of the stored full-text index; a failed write is retried whole', async () => {
    const test = await openTestArchive({ searchSaveDelay: 60_000 }); // only flush() saves
    for (let i = 0; i < 40; i++)
      await test.store.save(readoutInput({ url: `https://a.example/${i}`, body: [`Ferry route ${i}.`] }));
    expect((await test.store.search({ text: 'ferry' })).total).toBe(40);
    await test.store.flush();
    const saveSearch = vi.spyOn(test.derived, 'saveSearch');
    const url = 'https://a.example/later';
    await test.store.save(readoutInput({ url, body: ['Ferry timetable.'] }));
    await test.store.flush();
    expect(saveSearch).toHaveBeenCalledTimes(1);
    expect([...saveSearch.mock.calls[0]![1].keys()]).toEqual([searchPartOf(readoutIdFor(url))]);

    // The next write fails: its part stays unsaved and goes with the one after.
    saveSearch.mockRejectedValueOnce(new Error('QuotaExceededError'));
    const second = 'https://a.example/second';
    await test.store.save(readoutInput({ url: second, body: ['Ferry fares.'] }));
    await expect(test.store.flush()).rejects.toThrow('QuotaExceededError');
    const third = 'https://a.example/third';
    await test.store.save(readoutInput({ url: third, body: ['Ferry ports.'] }));
    await test.store.flush();
    expect(new Set(saveSearch.mock.calls.at(-1)![1].keys())).toEqual(
      new Set([searchPartOf(readoutIdFor(second)), searchPartOf(readoutIdFor(third))]),
    );
    // A restarted worker reads the parts and needs no replay for them.
    const restarted = await test.reopen();
    const changes = vi.spyOn(test.db, 'changes');
    expect((await restarted.search({ text: 'ferry' })).total).toBe(43);
    const replayed = await Promise.all(
      changes.mock.results.map((r) => r.value as Promise<PouchDB.Core.Changes<object>>),
    );
    expect(replayed.flatMap((c) => c.results)).toEqual([]);
  });

  it('a restarted worker still loading its summaries answers related and saved? from the stored key index', async () => {
    const test = await openTestArchive();
    const people = [WANG, PARK];
    for (let i = 0; i < 9; i++)
      await test.store.save(
        readoutInput({
          url: `https://a.example/${i}`,
          date: `2024-0${(i % 9) + 1}-10`,
          participants: i % 3 ? [people[i % 2]!] : [WANG, PARK],
          body: ['Port visits.'],
        }),
      );
    await test.store.flush();
    const queries = [
      { url: null, entityKeys: ['wang-yi'], participantKeys: [] },
      {
        url: 'https://a.example/0',
        entityKeys: ['park-jin'],
        participantKeys: ['wang-yi', 'park-jin'],
        limit: 3,
      },
      { url: null, entityKeys: ['nobody'], participantKeys: [] },
    ];
    const loaded = [];
    for (const q of queries) loaded.push(await test.store.related(q));
    expect(loaded[0]!.length).toBeGreaterThan(0);

    const derived = await test.openDerived();
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const page = derived.summariesPage.bind(derived);
    vi.spyOn(derived, 'summariesPage').mockImplementation(async (after, count) => {
      await held;
      return page(after, count);
    });
    const withKeys = vi.spyOn(derived, 'summariesWithKeys');
    const restarted = await test.reopen({ derived });
    // Every summary is still loading: the answers come from the key index, ranked the same.
    for (const [i, q] of queries.entries()) expect(await restarted.related(q)).toEqual(loaded[i]);
    expect(withKeys).toHaveBeenCalledTimes(queries.length);
    expect(await restarted.isSaved('https://a.example/4')).toBe(true);
    expect(await restarted.isSaved('https://a.example/none')).toBe(false);
    release();
    await restarted.refresh();
    expect(await restarted.related(queries[1]!)).toEqual(loaded[1]);
    expect(withKeys).toHaveBeenCalledTimes(queries.length);
    expect(restarted.status().readouts).toBe(9);
  });

  it('answers from the loaded indexes, not the stored ones, when the store has changes the stored summaries lack', async () => {
    const test = await openTestArchive();
    await test.store.save(readoutInput({ url: 'https://a.example/1', participants: [WANG] }));
    await test.store.flush();
    // A replicated write while the worker was stopped: past the stored checkpoint.
    await test.db.put({
      ...readoutInput({ url: 'https://a.example/late', participants: [WANG] }),
      _id: readoutIdFor('https://a.example/late'),
      schemaVersion: 1,
      id: readoutIdFor('https://a.example/late'),
      savedAt: 'x',
      tags: [],
      note: '',
    });
    const query = { url: null, entityKeys: ['wang-yi'], participantKeys: [] };
    const derived = await test.openDerived();
    const withKeys = vi.spyOn(derived, 'summariesWithKeys');
    const restarted = await test.reopen({ derived });
    expect((await restarted.related(query)).map((r) => r.url).sort()).toEqual([
      'https://a.example/1',
      'https://a.example/late',
    ]);
    expect(await restarted.isSaved('https://a.example/late')).toBe(true);
    // The stored read may start beside the currency check (it saves a round trip when they are
    // current), but what it found is dropped: the late readout above is not in it.
    expect(await Promise.all(withKeys.mock.results.map((r) => r.value as Promise<unknown[]>))).toEqual(
      withKeys.mock.results.map(() => [expect.objectContaining({ url: 'https://a.example/1' })]),
    );
    // A lost derived database is rebuilt before the first answer.
    const rebuilt = await test.reopen({
      derived: await openIdbDerivedStore(`lost-${Date.now()}`, new IDBFactory(), IDBKeyRange),
    });
    expect(await rebuilt.related(query)).toHaveLength(2);
  });

  it('upgrades a version-1 derived database: its summaries are dropped for a rebuild, and its one-part search snapshot is not read (the feed rebuilds it in parts)', async () => {
    const factory = new IDBFactory();
    const v1 = await request(
      (() => {
        const open = factory.open('derived-v1', 1);
        open.onupgradeneeded = () => {
          open.result
            .createObjectStore('summaries', { keyPath: 'id' })
            .put({ id: 'readout:x', entities: [] });
          const meta = open.result.createObjectStore('meta');
          meta.put(7, 'summariesSeq');
          meta.put('{"snapshot":1}', 'search');
          meta.put(7, 'searchSeq');
          open.result.createObjectStore('jobs');
        };
        return open;
      })(),
    );
    v1.close();
    const derived = await openIdbDerivedStore('derived-v1', factory, IDBKeyRange);
    expect(await derived.summariesPage(null, 10)).toEqual([]);
    expect(await derived.summariesCheckpoint()).toBe(0);
    expect(await derived.loadSearch()).toEqual({ seq: 0, parts: new Map() });
    expect(await derived.hasSummary('readout:x')).toBe(false);
  });

  it('rebuilds the indexes from the store in chunks, with progress, giving the same answers', async () => {
    const statuses: (ArchiveStatus['job'] | null)[] = [];
    const test = await openTestArchive({
      chunkSize: 5,
      onProgress: (status) => statuses.push(status.job),
    });
    const { store } = test;
    for (let i = 0; i < 23; i++)
      await store.save(
        readoutInput({
          url: `https://a.example/${i}`,
          participants: i % 3 ? [WANG] : [PARK],
          body: [`Item ${i} on climate.`],
        }),
      );
    const query = { url: null, entityKeys: ['wang-yi'], participantKeys: ['wang-yi'] };
    const related = await store.related(query);
    const found = (await store.search({ text: 'climate', limit: 100 })).items.map((s) => s.id).sort();
    statuses.length = 0;
    await store.rebuildIndexes();
    expect(statuses.filter((j) => j?.kind === 'index').map((j) => j!.done)).toEqual([5, 10, 15, 20, 23]);
    expect(statuses.at(-1)).toBeNull();
    expect(await store.related(query)).toEqual(related);
    expect((await store.search({ text: 'climate', limit: 100 })).items.map((s) => s.id).sort()).toEqual(
      found,
    );
    // A restarted worker loads the 23 summaries five at a time, and answers the same.
    const restarted = await test.reopen({ chunkSize: 5 });
    await restarted.refresh();
    expect(restarted.status().readouts).toBe(23);
    expect(await restarted.related(query)).toEqual(related);
  });
});
