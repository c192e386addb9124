/**
 * Conflicts from editing one readout (or glossary entry) on two devices. CouchDB keeps every
 * conflicting revision and picks the same winner everywhere; we then merge what merges (tags,
 * glossary aliases and notes, timestamps) into the winner and remove the losing revisions that
 * held nothing else. A readout's note is the later edit (its `editedAt`), a clear included; the
 * note it replaced stays in a losing revision. Where a field truly differs (two notes, a
 * re-save with a different analysis, a renamed glossary entry) the losing revision stays in
 * the database, listed by `openConflicts`, until the reader chooses a version with
 * `chooseVersion`.
 */
import { canonicalJson } from '../archive/pouch-store';

type Doc = Record<string, unknown> & { _id: string; _rev: string; _conflicts?: string[] };

/** Fields that never conflict: they merge (union, earliest, latest). */
const MERGED_FIELDS = new Set([
  '_id',
  '_rev',
  '_conflicts',
  'tags',
  'aliases',
  'savedAt',
  'createdAt',
  'updatedAt',
  'editedAt',
]);

export interface FieldDifference {
  field: string;
  current: unknown;
  other: unknown;
}

export interface OpenConflict {
  id: string;
  kind: 'readout' | 'glossary';
  /** The readout's title or the glossary entry's name, as the winning revision has it. */
  title: string;
  /** The revision shown now. */
  rev: string;
  others: { rev: string; differences: FieldDifference[] }[];
}

const union = (lists: unknown[]): string[] => [
  ...new Set(
    lists.flatMap((list) =>
      Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : [],
    ),
  ),
];
const latest = (values: unknown[]) =>
  values
    .filter((v): v is string => typeof v === 'string')
    .sort()
    .at(-1);
const earliest = (values: unknown[]) => values.filter((v): v is string => typeof v === 'string').sort()[0];

/** Glossary notes merge as text: one that contains the other is kept, else both paragraphs. */
export function mergeNotes(notes: string[]): string {
  const kept: string[] = [];
  for (const note of notes.map((n) => n.trim()).filter(Boolean)) {
    if (kept.some((k) => k.includes(note))) continue;
    for (let i = kept.length - 1; i >= 0; i--) if (note.includes(kept[i]!)) kept.splice(i, 1);
    kept.push(note);
  }
  return kept.join('\n\n');
}

type EditTimes = Partial<Record<string, string>>;
const editTimes = (doc: Doc): EditTimes => {
  const times = doc['editedAt'];
  return typeof times === 'object' && times !== null ? (times as EditTimes) : {};
};

/**
 * The version whose readout note the merge keeps: the latest hand edit (first of equals, so the
 * winner on a tie). A version without an edit time counts as older than any with one; with no
 * edit times at all, an empty note against a single written one keeps what was written.
 */
function noteVersion(versions: Doc[]): Doc {
  const winner = versions[0]!;
  const timed = versions.filter((v) => editTimes(v).note);
  if (timed.length) return timed.reduce((best, v) => (editTimes(v).note! > editTimes(best).note! ? v : best));
  if (typeof winner['note'] === 'string' && !winner['note'].trim()) {
    const written = versions.filter((v) => typeof v['note'] === 'string' && v['note'].trim() !== '');
    if (new Set(written.map((v) => v['note'])).size === 1) return written[0]!;
  }
  return winner;
}

/** The winner with every mergeable field merged from `versions` (winner first). */
export function mergeVersions(versions: Doc[]): Record<string, unknown> {
  const [winner] = versions;
  if (!winner) throw new Error('no versions to merge');
  const merged: Record<string, unknown> = { ...winner };
  const values = (field: string) => versions.map((v) => v[field]);
  if ('tags' in winner) merged['tags'] = union(values('tags'));
  if ('aliases' in winner) merged['aliases'] = union(values('aliases'));
  if ('savedAt' in winner) merged['savedAt'] = latest(values('savedAt'));
  if ('updatedAt' in winner) merged['updatedAt'] = latest(values('updatedAt'));
  if ('createdAt' in winner) merged['createdAt'] = earliest(values('createdAt'));
  if (winner._id.startsWith('glossary:'))
    merged['note'] = mergeNotes(values('note').map((n) => String(n ?? '')));
  else {
    merged['note'] = noteVersion(versions)['note'];
    const noteTime = latest(versions.map((v) => editTimes(v).note));
    if (noteTime) merged['editedAt'] = { ...editTimes(winner), note: noteTime };
  }
  return merged;
}

/** The fields where `other` still differs from the merged winner. */
export function differences(merged: Record<string, unknown>, other: Doc): FieldDifference[] {
  const out: FieldDifference[] = [];
  const isGlossary = String(merged['_id']).startsWith('glossary:');
  for (const field of new Set([...Object.keys(merged), ...Object.keys(other)])) {
    if (MERGED_FIELDS.has(field) || field.startsWith('_')) continue;
    if (isGlossary && field === 'note') continue;
    const a = merged[field];
    const b = other[field];
    if (field === 'note' && typeof b === 'string' && !b.trim()) continue;
    if (canonicalJson(a) !== canonicalJson(b)) out.push({ field, current: a, other: b });
  }
  return out;
}

/** The winner's written readout note that the merge replaced, or null. */
function replacedWinnerNote(winner: Doc, merged: Record<string, unknown>): string | null {
  if (winner._id.startsWith('glossary:')) return null;
  const note = winner['note'];
  return typeof note === 'string' && note.trim() && note !== merged['note'] ? note : null;
}

const generation = (rev: string) => Number.parseInt(rev, 10);

const stripRevs = (doc: Record<string, unknown>) => {
  const { _conflicts: _c, _rev: _r, ...rest } = doc;
  return rest;
};

/** A conflicted document's versions (winner first) and their merge; null without conflicts. */
async function versionsOf(
  db: PouchDB.Database,
  id: string,
): Promise<{ versions: Doc[]; winner: Doc; losers: Doc[]; merged: Record<string, unknown> } | null> {
  const winner = (await db.get(id, { conflicts: true }).catch(() => null)) as Doc | null;
  if (!winner?._conflicts?.length) return null;
  const fetched = await Promise.all(
    winner._conflicts.map((rev) => db.get(id, { rev }).catch(() => null) as Promise<Doc | null>),
  );
  const losers = fetched.filter((l): l is Doc => l !== null);
  const versions = [winner, ...losers];
  return { versions, winner, losers, merged: mergeVersions(versions) };
}

/**
 * Merges the conflicts of `ids`; returns the ids whose conflicts still wait for a choice.
 * Idempotent: two devices merging the same versions write the same content.
 */
export async function resolveConflicts(db: PouchDB.Database, ids: string[]): Promise<string[]> {
  const open: string[] = [];
  for (const id of ids) {
    const found = await versionsOf(db, id);
    if (!found) continue;
    const { winner, losers, merged } = found;
    const writes: Record<string, unknown>[] = [];
    let mergedRev = winner._rev;
    // A later note from a losing revision replaces the winner's written one: that losing
    // revision keeps the replaced note, so it stays visible and can be chosen back.
    const replacedNote = replacedWinnerNote(winner, merged);
    const noteFrom = replacedNote === null ? null : noteVersion(found.versions);
    if (noteFrom && generation(noteFrom._rev) === generation(winner._rev)) {
      // Both branches grow by one below; one more step keeps the merged version the winner
      // (CouchDB's winner is the longest branch, and every device writes the same revisions).
      mergedRev = (
        await db.put({ ...stripRevs(merged), _rev: mergedRev } as PouchDB.Core.PutDocument<object>)
      ).rev;
    }
    if (mergedRev !== winner._rev || canonicalJson(stripRevs(merged)) !== canonicalJson(stripRevs(winner)))
      writes.push({ ...stripRevs(merged), _rev: mergedRev });
    let waiting = false;
    for (const loser of losers) {
      const kept = loser === noteFrom ? { ...loser, note: replacedNote } : loser;
      if (differences(merged, kept).length) {
        waiting = true;
        if (kept !== loser) writes.push({ ...stripRevs(kept), _rev: loser._rev });
      } else writes.push({ _id: id, _rev: loser._rev, _deleted: true });
    }
    if (writes.length) await db.bulkDocs(writes as PouchDB.Core.PutDocument<object>[]);
    if (waiting) open.push(id);
  }
  return open;
}

/** The conflicts among `ids` that wait for the reader's choice, with what differs. */
export async function openConflicts(db: PouchDB.Database, ids: string[]): Promise<OpenConflict[]> {
  const out: OpenConflict[] = [];
  for (const id of ids) {
    const found = await versionsOf(db, id);
    if (!found) continue;
    const { winner, losers, merged } = found;
    const others = losers
      .map((l) => ({ rev: l._rev, differences: differences(merged, l) }))
      .filter((o) => o.differences.length > 0);
    if (!others.length) continue;
    const readout = winner['readout'] as { title?: string } | undefined;
    out.push({
      id,
      kind: id.startsWith('glossary:') ? 'glossary' : 'readout',
      title: String(readout?.title ?? winner['name'] ?? id),
      rev: winner._rev,
      others,
    });
  }
  return out;
}

/**
 * Settles a conflict: `rev` is the version whose differing fields win (the current revision
 * keeps its own). Mergeable fields stay merged from every version; the other revisions go.
 */
export async function chooseVersion(
  db: PouchDB.Database,
  id: string,
  rev: string,
  now: () => string = () => new Date().toISOString(),
): Promise<void> {
  const found = await versionsOf(db, id);
  if (!found) return;
  const { versions, winner, merged } = found;
  const chosen = versions.find((v) => v._rev === rev);
  if (!chosen) throw new Error(`That version of ${id} is gone: someone chose already.`);
  const result: Record<string, unknown> = { ...merged };
  for (const d of differences(merged, chosen)) {
    if (d.other === undefined) delete result[d.field];
    else result[d.field] = d.other;
    // Choosing is an edit: it wins over older edits still on their way from other devices.
    if (d.field === 'note' && !id.startsWith('glossary:'))
      result['editedAt'] = { ...(result['editedAt'] as EditTimes | undefined), note: now() };
  }
  await db.bulkDocs([
    { ...stripRevs(result), _rev: winner._rev },
    ...versions.slice(1).map((v) => ({ _id: id, _rev: v._rev, _deleted: true })),
  ] as PouchDB.Core.PutDocument<object>[]);
}

/** Which of `ids` have conflicting revisions (one request). */
export async function withConflicts(db: PouchDB.Database, ids: string[]): Promise<string[]> {
  if (!ids.length) return [];
  const rows = await db.allDocs({ keys: ids, include_docs: true, conflicts: true });
  return rows.rows.flatMap((row) =>
    'doc' in row && row.doc && ((row.doc as { _conflicts?: string[] })._conflicts?.length ?? 0) > 0
      ? [row.id]
      : [],
  );
}
