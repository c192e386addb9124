/**
 * Bytes the import journal writes for a ~10 MB import (issue 13 point 8), on the real store
 * (PouchDB's memory adapter, journal and derived indexes on fake-indexeddb), imported as the
 * archive page does (a version 1 file, sent in chunks over a port).
 * Measured with this script on commit 9f6b6cb, before the journal kept previous versions only:
 * 61.3 MB (6.1x the import) into an empty archive, 122.8 MB (12.3x) over older versions. Every value put into
 * an IndexedDB object store is counted as its JSON size, by database and store; the derived
 * indexes (summaries, meta) are listed apart, everything else is the import's journal.
 * Two cases: into an empty archive, and over an archive holding an older version of every record
 * (each record then has a previous version to keep for rollback).
 *
 *   npx tsx scripts/measure-import-journal.ts [megabytes=10]
 */
import { IDBObjectStore } from 'fake-indexeddb';
import { generateReadouts } from '../bench/archive.bench';
import { importText, openTestArchive, toExportJson } from '../test/unit/archive-helpers';

const DERIVED_INDEX_STORES = new Set(['summaries', 'meta']);
const written = new Map<string, number>();

// Count at the IndexedDB boundary, so the figure does not depend on how the store is written.
for (const method of ['put', 'add'] as const) {
  const original = IDBObjectStore.prototype[method] as (this: IDBObjectStore, ...args: unknown[]) => unknown;
  (IDBObjectStore.prototype as unknown as Record<string, unknown>)[method] = function (
    this: IDBObjectStore,
    ...args: unknown[]
  ) {
    const where = this.name;
    const bytes = Buffer.byteLength(JSON.stringify(args[0]) ?? 'undefined');
    written.set(where, (written.get(where) ?? 0) + bytes);
    return original.apply(this, args);
  };
}

const megabytes = Number(process.argv[2] ?? 10);
const sizeOf = (count: number) =>
  Buffer.byteLength(toExportJson({ readouts: generateReadouts(count), glossary: [] }));
const perRecord = sizeOf(100) / 100;
const count = Math.round((megabytes * 1e6) / perRecord);
const records = generateReadouts(count);
const file = toExportJson({ readouts: records, glossary: [] });
const older = toExportJson({
  readouts: records.map((r) => ({ ...r, note: 'an older version of this record' })),
  glossary: [],
});

async function measure(label: string, setup: string | null) {
  const { store } = await openTestArchive({ searchSaveDelay: 2000 });
  if (setup) await importText(store, setup);
  await store.flush();
  written.clear();
  const started = performance.now();
  await importText(store, file);
  const ms = performance.now() - started;
  await store.flush();
  let journal = 0;
  let derived = 0;
  for (const [where, bytes] of written) {
    if (DERIVED_INDEX_STORES.has(where)) derived += bytes;
    else journal += bytes;
  }
  const mb = (n: number) => (n / 1e6).toFixed(2);
  console.log(
    `${label}: import ${mb(Buffer.byteLength(file))} MB (${count} readouts) in ${(ms / 1000).toFixed(1)} s; ` +
      `journal wrote ${mb(journal)} MB (${(journal / Buffer.byteLength(file)).toFixed(2)}x the import); ` +
      `derived indexes ${mb(derived)} MB`,
  );
  for (const [where, bytes] of [...written].sort()) console.log(`  ${where}: ${mb(bytes)} MB`);
}

await measure('into an empty archive', null);
await measure('over older versions of every record', older);
