/**
 * ArchiveStore on PouchDB (CouchDB-replicable). Thin first version: related readouts come from
 * an in-memory inverted index on entity keys, built from the store on open and kept current.
 */
import PouchDB from 'pouchdb-core';
import type { ArchiveStore } from './index';
import { ArchivedReadout, ARCHIVE_SCHEMA_VERSION, readoutIdFor, normalizeUrl, type RelatedQuery, type RelatedReadout, type SaveInput } from './schema';

type Doc = ArchivedReadout & { _id: string; _rev?: string };

/** `adapter` is 'indexeddb' in the browser and 'memory' in unit tests. */
export async function openPouchArchive(name: string, adapter: string, plugins: PouchDB.Plugin[]): Promise<ArchiveStore> {
  for (const plugin of plugins) PouchDB.plugin(plugin);
  const db = new PouchDB<Doc>(name, { adapter });
  const byEntity = new Map<string, Set<string>>();
  const records = new Map<string, ArchivedReadout>();

  const indexRecord = (record: ArchivedReadout) => {
    records.set(record.id, record);
    for (const key of new Set([...record.entities.map((e) => e.key), ...record.participantKeys])) {
      let ids = byEntity.get(key);
      if (!ids) byEntity.set(key, (ids = new Set()));
      ids.add(record.id);
    }
  };
  const unindexRecord = (id: string) => {
    records.delete(id);
    for (const ids of byEntity.values()) ids.delete(id);
  };

  const all = await db.allDocs({ include_docs: true });
  for (const row of all.rows) {
    const parsed = row.doc && ArchivedReadout.safeParse(stripPouch(row.doc));
    if (parsed?.success) indexRecord(parsed.data);
  }

  return {
    async save(input: SaveInput) {
      const id = readoutIdFor(input.url);
      const existing = await db.get(id).catch(() => null);
      const record: ArchivedReadout = ArchivedReadout.parse({
        id,
        schemaVersion: ARCHIVE_SCHEMA_VERSION,
        url: normalizeUrl(input.url),
        readout: input.readout,
        entities: input.entities,
        participantKeys: input.participantKeys,
        savedAt: new Date().toISOString(),
        tags: input.tags ?? existing?.tags ?? [],
        note: input.note ?? existing?.note ?? '',
      });
      await db.put({ ...record, _id: id, ...(existing ? { _rev: existing._rev } : {}) });
      unindexRecord(id);
      indexRecord(record);
      return record;
    },
    async get(id) {
      const doc = await db.get(id).catch(() => null);
      return doc ? ArchivedReadout.parse(stripPouch(doc)) : null;
    },
    async list() {
      return [...records.values()];
    },
    async remove(id) {
      const doc = await db.get(id).catch(() => null);
      if (doc) await db.remove(doc);
      unindexRecord(id);
    },
    async related(query: RelatedQuery) {
      const self = query.url ? readoutIdFor(query.url) : null;
      const scores = new Map<string, { score: number; shared: Set<string> }>();
      const add = (keys: string[], weight: number) => {
        for (const key of keys)
          for (const id of byEntity.get(key) ?? []) {
            if (id === self) continue;
            const s = scores.get(id) ?? { score: 0, shared: new Set<string>() };
            s.score += weight;
            s.shared.add(key);
            scores.set(id, s);
          }
      };
      add(query.participantKeys, 3);
      add(query.entityKeys.filter((k) => !query.participantKeys.includes(k)), 1);
      const out: RelatedReadout[] = [];
      for (const [id, s] of scores) {
        const r = records.get(id)!;
        out.push({ id, url: r.url, title: r.readout.title, date: r.readout.date, ministry: r.readout.ministry, score: s.score, shared: [...s.shared] });
      }
      out.sort((a, b) => b.score - a.score || (b.date ?? '').localeCompare(a.date ?? ''));
      return out.slice(0, query.limit ?? 20);
    },
  };
}

function stripPouch(doc: object): unknown {
  const { _id: _i, _rev: _r, ...rest } = doc as Record<string, unknown>;
  return rest;
}
