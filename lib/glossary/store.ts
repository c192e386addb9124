/**
 * The personal glossary's storage: documents `glossary:<slug>` in the archive's PouchDB
 * database, so a future CouchDB sync and the archive export carry them along.
 */
import * as z from 'zod/mini';
import { EntityKind } from '../model';
import { GlossaryEntry, glossaryIdFor } from './schema';

/** What the user edits; ids and timestamps are the store's. */
export const GlossaryInput = z.object({
  /** Set when editing an existing entry (its id stays even if the name changes). */
  id: z.optional(z.string().check(z.startsWith('glossary:'))),
  kind: EntityKind,
  name: z.string().check(z.minLength(2), z.maxLength(300)),
  aliases: z.array(z.string().check(z.minLength(2), z.maxLength(300))),
  note: z.string().check(z.maxLength(20_000)),
  kbId: z.optional(z.string()),
});
export type GlossaryInput = z.infer<typeof GlossaryInput>;

export interface GlossaryStore {
  list(): Promise<GlossaryEntry[]>;
  put(input: GlossaryInput): Promise<GlossaryEntry>;
  /** Returns the removed entry (for undo), or null if there was none. */
  remove(id: string): Promise<GlossaryEntry | null>;
}

export const GLOSSARY_ID_RANGE = { startkey: 'glossary:', endkey: 'glossary:\uffff' } as const;

type GlossaryDoc = GlossaryEntry & { _id: string; _rev?: string };

/** `serialize` runs writes one at a time with the archive's other writes. */
export function createGlossaryStore(
  db: PouchDB.Database,
  serialize: <T>(job: () => Promise<T>) => Promise<T>,
  now: () => string = () => new Date().toISOString(),
): GlossaryStore {
  const glossaryDb = db as PouchDB.Database<GlossaryDoc>;
  const read = async (id: string): Promise<(GlossaryEntry & { _rev: string }) | null> => {
    const doc = await glossaryDb.get(id).catch(() => null);
    if (!doc) return null;
    const parsed = z.safeParse(GlossaryEntry, doc);
    return parsed.success ? { ...parsed.data, _rev: doc._rev } : null;
  };
  return {
    async list() {
      const all = await glossaryDb.allDocs({ ...GLOSSARY_ID_RANGE, include_docs: true });
      return all.rows.flatMap((row) => {
        const parsed = z.safeParse(GlossaryEntry, row.doc);
        return parsed.success ? [parsed.data] : [];
      });
    },
    put(input) {
      return serialize(async () => {
        const id = input.id ?? glossaryIdFor(input.name);
        const existing = await read(id);
        const time = now();
        const entry = z.parse(GlossaryEntry, {
          id,
          kind: input.kind,
          name: input.name,
          aliases: [...new Set(input.aliases.filter((a) => a !== input.name))],
          note: input.note,
          ...(input.kbId ? { kbId: input.kbId } : {}),
          createdAt: existing?.createdAt ?? time,
          updatedAt: time,
        });
        await glossaryDb.put({ ...entry, _id: id, ...(existing ? { _rev: existing._rev } : {}) });
        return entry;
      });
    },
    remove(id) {
      return serialize(async () => {
        const existing = await read(id);
        if (!existing) return null;
        const { _rev, ...entry } = existing;
        await glossaryDb.remove(id, _rev);
        return entry;
      });
    },
  };
}
