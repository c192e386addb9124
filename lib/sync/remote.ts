/**
 * Remote databases and replication, on PouchDB's http adapter and replication plugin. The
 * password travels only in the fetch wrapper's headers (`authenticatedFetch`), never in the URL.
 */
import PouchDB from 'pouchdb-core';
import HttpAdapter from 'pouchdb-adapter-http';
import ReplicationPlugin from 'pouchdb-replication';
import { authenticatedFetch, type FetchLike } from './http';
import type { Replicate } from './replicator';
import { databaseUrl, serverRoot, type SyncTarget } from './settings';

PouchDB.plugin(HttpAdapter);
PouchDB.plugin(ReplicationPlugin);

type PouchWithReplicate = typeof PouchDB & {
  replicate: (
    source: PouchDB.Database,
    target: PouchDB.Database,
    options: Record<string, unknown>,
  ) => ReturnType<Replicate>;
};

export function createRemote(target: SyncTarget, fetch: FetchLike): PouchDB.Database {
  return new PouchDB(databaseUrl(target), {
    adapter: 'http',
    // The database is made by the server's admin; never try to create it.
    skip_setup: true,
    fetch: authenticatedFetch(fetch, serverRoot(target), target.credentials),
  } as PouchDB.Configuration.RemoteDatabaseConfiguration);
}

export const replicate: Replicate = (source, target, options) =>
  (PouchDB as PouchWithReplicate).replicate(source, target, options);
