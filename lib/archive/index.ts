/**
 * The archive store behind one small interface. The background is its only user.
 */
import type { ArchivedReadout, RelatedQuery, RelatedReadout, SaveInput } from './schema';

export interface ArchiveStore {
  save(input: SaveInput): Promise<ArchivedReadout>;
  get(id: string): Promise<ArchivedReadout | null>;
  list(): Promise<ArchivedReadout[]>;
  remove(id: string): Promise<void>;
  related(query: RelatedQuery): Promise<RelatedReadout[]>;
}

export * from './schema';
