/**
 * The archive's record format. Every record carries `schemaVersion` and is parsed on read.
 */
import * as z from 'zod/mini';
import { FoundEntity, Readout } from '../model';

export const ARCHIVE_SCHEMA_VERSION = 1;

export const ArchivedReadout = z.object({
  /** `readout:` + the normalised URL: saving the same page again updates the same record. */
  id: z.string(),
  schemaVersion: z.literal(ARCHIVE_SCHEMA_VERSION),
  url: z.string(),
  readout: Readout,
  entities: z.array(FoundEntity),
  /** KB ids (or pattern keys) of the people who met: weigh more in "related". */
  participantKeys: z.array(z.string()),
  savedAt: z.string(),
  tags: z.array(z.string()),
  note: z.string(),
});
export type ArchivedReadout = z.infer<typeof ArchivedReadout>;

export const SaveInput = z.object({
  url: z.string(),
  readout: Readout,
  entities: z.array(FoundEntity),
  participantKeys: z.array(z.string()),
  tags: z.optional(z.array(z.string())),
  note: z.optional(z.string()),
});
export type SaveInput = z.infer<typeof SaveInput>;

export const RelatedQuery = z.object({
  /** The page being read: excluded from its own related list. */
  url: z.nullable(z.string()),
  entityKeys: z.array(z.string()),
  participantKeys: z.array(z.string()),
  limit: z.optional(z.number()),
});
export type RelatedQuery = z.infer<typeof RelatedQuery>;

export const RelatedReadout = z.object({
  id: z.string(),
  url: z.string(),
  title: z.string(),
  date: z.nullable(z.string()),
  ministry: z.nullable(z.string()),
  score: z.number(),
  /** The entity keys it shares with the query. */
  shared: z.array(z.string()),
});
export type RelatedReadout = z.infer<typeof RelatedReadout>;

/** Strip the fragment and tracking parameters; keep the query (ministry sites use ?seq=). */
export function normalizeUrl(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    for (const key of [...u.searchParams.keys()]) if (/^utm_|^fbclid$|^gclid$/.test(key)) u.searchParams.delete(key);
    return u.toString();
  } catch {
    return url;
  }
}

export const readoutIdFor = (url: string): string => `readout:${normalizeUrl(url)}`;
