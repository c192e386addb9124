/**
 * Conflict merging of a readout's note by edit time, on real PouchDB revision trees (memory
 * adapter): the two branches are written as replication writes them, with the revision ids
 * chosen so that either side is CouchDB's winner.
 */
import MemoryAdapter from 'pouchdb-adapter-memory';
import { describe, expect, it } from 'vitest';
import { createPouch } from '../../lib/archive/pouch-store';
import { chooseVersion, openConflicts, resolveConflicts } from '../../lib/sync/conflicts';

const ID = 'readout:https://mfa.example/notes';
let counter = 0;

interface Side {
  note: string;
  editedAt?: string;
  tags?: string[];
}

/**
 * A readout edited on two devices from one common revision: `winner` on the branch CouchDB
 * shows (its revision id sorts last), `loser` on the other.
 */
async function conflicted(winner: Side, loser: Side): Promise<PouchDB.Database> {
  const db = createPouch(`conflicts-${process.pid}-${++counter}`, 'memory', [MemoryAdapter]);
  const base = { title: 'Talks on grain', note: 'First note', tags: [] as string[] };
  const side = (s: Side, hash: string) => ({
    ...base,
    _id: ID,
    _rev: `2-${hash}`,
    _revisions: { start: 2, ids: [hash, 'a0'] },
    note: s.note,
    tags: s.tags ?? [],
    ...(s.editedAt ? { editedAt: { note: s.editedAt } } : {}),
  });
  await db.bulkDocs(
    [
      { ...base, _id: ID, _rev: '1-a0', _revisions: { start: 1, ids: ['a0'] } },
      side(loser, '1111'),
      side(winner, 'ffff'),
    ],
    { new_edits: false },
  );
  const shown = (await db.get(ID, { conflicts: true })) as { note: string; _conflicts?: string[] };
  expect(shown.note).toBe(winner.note);
  expect(shown._conflicts).toHaveLength(1);
  return db;
}

const T1 = '2026-03-01T10:00:00.000Z';
const T2 = '2026-03-01T10:05:00.000Z';

async function shownNote(db: PouchDB.Database) {
  return ((await db.get(ID)) as { note: string }).note;
}
async function otherNotes(db: PouchDB.Database) {
  const [open] = await openConflicts(db, [ID]);
  return (open?.others ?? []).flatMap((o) =>
    o.differences.filter((d) => d.field === 'note').map((d) => d.other),
  );
}

describe('a readout note edited on two devices', () => {
  for (const clearWins of [true, false])
    it(`a later clear wins over an earlier rewrite (${clearWins ? 'the clear' : 'the rewrite'} on CouchDB's winning branch); the rewrite stays choosable`, async () => {
      const clear = { note: '', editedAt: T2, tags: ['trade'] };
      const rewrite = { note: 'Rewritten on B', editedAt: T1, tags: ['grain'] };
      const db = clearWins ? await conflicted(clear, rewrite) : await conflicted(rewrite, clear);
      expect(await resolveConflicts(db, [ID])).toEqual([ID]);
      expect(await shownNote(db)).toBe('');
      expect(((await db.get(ID)) as { tags: string[] }).tags.sort()).toEqual(['grain', 'trade']);
      expect(await otherNotes(db)).toEqual(['Rewritten on B']);
      // Merging again (the other device, or the next arrival) changes nothing.
      const seq = (await db.info()).update_seq;
      expect(await resolveConflicts(db, [ID])).toEqual([ID]);
      expect((await db.info()).update_seq).toBe(seq);
      // Choosing the rewrite brings it back, as a new edit.
      const [open] = await openConflicts(db, [ID]);
      await chooseVersion(db, ID, open!.others[0]!.rev, () => '2026-03-02T08:00:00.000Z');
      const chosen = (await db.get(ID, { conflicts: true })) as Record<string, unknown>;
      expect(chosen).toMatchObject({
        note: 'Rewritten on B',
        editedAt: { note: '2026-03-02T08:00:00.000Z' },
      });
      expect(chosen).not.toHaveProperty('_conflicts');
    });

  for (const writeWins of [true, false])
    it(`a note written after a clear wins, with nothing to ask (${writeWins ? 'the note' : 'the clear'} on the winning branch)`, async () => {
      const clear = { note: '', editedAt: T1 };
      const write = { note: 'Written later', editedAt: T2 };
      const db = writeWins ? await conflicted(write, clear) : await conflicted(clear, write);
      expect(await resolveConflicts(db, [ID])).toEqual([]);
      const doc = (await db.get(ID, { conflicts: true })) as Record<string, unknown>;
      expect(doc).toMatchObject({ note: 'Written later', editedAt: { note: T2 } });
      expect(doc).not.toHaveProperty('_conflicts');
    });

  it('two written notes: the later one is shown, the earlier one offered', async () => {
    const db = await conflicted({ note: 'Earlier', editedAt: T1 }, { note: 'Later', editedAt: T2 });
    expect(await resolveConflicts(db, [ID])).toEqual([ID]);
    expect(await shownNote(db)).toBe('Later');
    expect(await otherNotes(db)).toEqual(['Earlier']);
  });

  it('without edit times (records from before them), an empty note never hides a written one', async () => {
    const db = await conflicted({ note: '' }, { note: 'Written' });
    expect(await resolveConflicts(db, [ID])).toEqual([]);
    expect(await shownNote(db)).toBe('Written');
  });
});
