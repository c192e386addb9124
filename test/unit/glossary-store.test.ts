import { describe, expect, it } from 'vitest';
import { backupText, openTestArchive } from './archive-helpers';

describe('glossary store', () => {
  it('adds, edits (keeping id and creation time), lists and deletes entries', async () => {
    let clock = 0;
    const { store } = await openTestArchive({ now: () => `2024-01-01T00:00:0${clock++}.000Z` });
    const added = await store.glossary.put({
      kind: 'official',
      name: 'Cho Tae-yul',
      aliases: ['Cho', 'Cho Tae-yul'],
      note: '',
    });
    expect(added).toMatchObject({
      id: 'glossary:cho-tae-yul',
      aliases: ['Cho'],
      createdAt: '2024-01-01T00:00:00.000Z',
    });
    const edited = await store.glossary.put({
      id: added.id,
      kind: 'official',
      name: 'Cho Tae-yul (FM)',
      aliases: [],
      note: 'ROK FM',
    });
    expect(edited).toMatchObject({
      id: added.id,
      createdAt: added.createdAt,
      updatedAt: '2024-01-01T00:00:01.000Z',
      note: 'ROK FM',
    });
    await store.glossary.put({ kind: 'agreement', name: 'Camp David Principles', aliases: [], note: '' });
    expect((await store.glossary.list()).map((g) => g.name)).toEqual([
      'Camp David Principles',
      'Cho Tae-yul (FM)',
    ]);
    expect(await store.glossary.remove(added.id)).toEqual(edited);
    expect(await store.glossary.remove(added.id)).toBeNull();
    expect((await store.glossary.list()).map((g) => g.name)).toEqual(['Camp David Principles']);
  });

  it('glossary entries are not readouts: they stay out of search, related and the readout list', async () => {
    const { store } = await openTestArchive();
    await store.glossary.put({ kind: 'other', name: 'Indo-Pacific Strategy', aliases: [], note: 'strategy' });
    expect(await store.list()).toEqual([]);
    expect((await store.search({ text: 'strategy' })).total).toBe(0);
    expect(store.status().readouts).toBe(0);
    expect((await backupText(store)).match(/^\{"glossary":/gm)).toHaveLength(1);
  });
});
