/**
 * The archive's record format. Every record carries `schemaVersion` and is parsed on read;
 * records of an older version are upgraded on read and rewritten by the migration job.
 */
import * as z from 'zod/mini';
import { FoundEntity, Readout } from '../model';
import { safeHref } from '../safe-href';

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
  /**
   * When the reader last edited a field by hand (ISO time). Of two devices' edits of the same
   * field, the later one wins the sync merge, a cleared note included. Absent until an edit.
   */
  editedAt: z.optional(z.object({ note: z.optional(z.string()) })),
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
  /** The page's date: recency is measured from it (default: today). */
  date: z.optional(z.nullable(z.string())),
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
  /** The synced archive it came from ("Team: Asia desk"), when more than one is in use. */
  archive: z.optional(z.string()),
});
export type RelatedReadout = z.infer<typeof RelatedReadout>;

/**
 * Version 0: the first thin archive, before `schemaVersion` and `participantKeys` existed.
 * Kept so old records (and old exports) still read.
 */
export const ArchivedReadoutV0 = z.object({
  id: z.string(),
  url: z.string(),
  readout: Readout,
  entities: z.array(FoundEntity),
  savedAt: z.string(),
  tags: z.array(z.string()),
  note: z.string(),
});
export type ArchivedReadoutV0 = z.infer<typeof ArchivedReadoutV0>;

/**
 * v0 had no participant keys: take the officials whose name or a surface matches a listed
 * participant, which is what the content script derives for new saves from the title.
 */
export function participantKeysFromNames(readout: Readout, entities: FoundEntity[]): string[] {
  const names = new Set(readout.participants.map((p) => p.name.normalize('NFKC').toLowerCase()));
  return entities
    .filter(
      (e) =>
        e.kind === 'official' &&
        [e.name, ...e.surfaces].some((s) => names.has(s.normalize('NFKC').toLowerCase())),
    )
    .map((e) => e.key);
}

export function migrateV0(record: ArchivedReadoutV0): ArchivedReadout {
  return {
    ...record,
    schemaVersion: ARCHIVE_SCHEMA_VERSION,
    participantKeys: participantKeysFromNames(record.readout, record.entities),
  };
}

/** Reads a stored or imported record of any known version as the current version. */
export function upgradeRecord(
  raw: unknown,
): { ok: true; value: ArchivedReadout } | { ok: false; error: string } {
  const version =
    typeof raw === 'object' && raw !== null ? (raw as { schemaVersion?: unknown }).schemaVersion : undefined;
  if (version === undefined) {
    const v0 = z.safeParse(ArchivedReadoutV0, raw);
    return v0.success
      ? { ok: true, value: migrateV0(v0.data) }
      : { ok: false, error: describeIssue(v0.error.issues) };
  }
  const current = z.safeParse(ArchivedReadout, raw);
  return current.success
    ? { ok: true, value: current.data }
    : { ok: false, error: describeIssue(current.error.issues) };
}

/** `path.to.field: message` of the first issue, the form every rejection message uses. */
export function describeIssue(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  const issue = issues[0];
  if (!issue) return 'invalid';
  return `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`;
}

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date written YYYY-MM-DD (2024-02-30 is not one). */
export function isIsoDate(s: string): boolean {
  if (!ISO_DATE.test(s)) return false;
  const time = Date.parse(`${s}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === s;
}

const IsoDate = z.string().check(z.refine(isIsoDate, 'must be an ISO date (YYYY-MM-DD)'));

/**
 * Upper bounds on what a saved or imported readout may carry, far above any real readout (the
 * longest in the corpus has a title of a few hundred characters and a body of tens of
 * thousands): a record beyond them is a bug or an attack, and is refused with a clear error.
 */
export const FIELD_LIMITS = {
  url: 4_096,
  title: 2_000,
  /** Names, titles, places, keys, roles. */
  shortText: 1_000,
  participants: 500,
  paragraphs: 10_000,
  bodyChars: 2_000_000,
  entities: 10_000,
  surfaces: 500,
  tags: 200,
  tag: 100,
  note: 20_000,
} as const;

const limited = (max: number) =>
  z
    .string()
    .check(
      z.maxLength(max, `longer than ${max.toLocaleString('en')} characters (far beyond any real readout)`),
    );
const atMost = (max: number, what: string) =>
  z.maxLength(max, `more than ${max.toLocaleString('en')} ${what} (far beyond any real readout)`);

/** Only web addresses come in: a `javascript:` or `data:` URL is refused on save and import. */
export const HttpUrl = limited(FIELD_LIMITS.url).check(
  z.refine((url) => safeHref(url) !== undefined, 'must be an http(s) URL'),
);

const short = limited(FIELD_LIMITS.shortText);

const IncomingReadout = z.extend(Readout, {
  ministry: z.nullable(short),
  title: limited(FIELD_LIMITS.title),
  date: z.nullable(IsoDate),
  place: z.nullable(short),
  language: short,
  participants: z
    .array(z.object({ name: short, title: z.optional(short), country: z.optional(short) }))
    .check(atMost(FIELD_LIMITS.participants, 'participants')),
  body: z.array(limited(FIELD_LIMITS.bodyChars)).check(
    atMost(FIELD_LIMITS.paragraphs, 'paragraphs'),
    z.refine(
      (body) => body.reduce((sum, p) => sum + p.length, 0) <= FIELD_LIMITS.bodyChars,
      `longer than ${FIELD_LIMITS.bodyChars.toLocaleString('en')} characters in all (far beyond any real readout)`,
    ),
  ),
});

const IncomingEntity = z.extend(FoundEntity, {
  key: short,
  name: short,
  id: z.nullable(short),
  surfaces: z.array(short).check(atMost(FIELD_LIMITS.surfaces, 'surface forms')),
  role: z.optional(short),
  titleInText: z.optional(short),
  roleNow: z.optional(short),
  roleNative: z.optional(z.object({ locale: short, text: short })),
  country: z.optional(short),
  note: z.optional(limited(FIELD_LIMITS.note)),
});

/**
 * A record as it may enter the archive (save, restore, import): the stored shape with http(s)
 * URLs, ISO dates and the size limits. Reading stored records stays lenient, so nothing saved
 * before these checks becomes unreadable.
 */
export const IncomingRecord = z.extend(ArchivedReadout, {
  url: HttpUrl,
  readout: IncomingReadout,
  entities: z.array(IncomingEntity).check(atMost(FIELD_LIMITS.entities, 'entities')),
  participantKeys: z.array(short).check(atMost(FIELD_LIMITS.entities, 'participant keys')),
  savedAt: short,
  tags: z.array(limited(FIELD_LIMITS.tag)).check(atMost(FIELD_LIMITS.tags, 'tags')),
  note: limited(FIELD_LIMITS.note),
  editedAt: z.optional(z.object({ note: z.optional(short) })),
});

/** Null when `record` may enter the archive, else `path: what is wrong`. */
export function incomingRecordError(record: ArchivedReadout): string | null {
  const parsed = z.safeParse(IncomingRecord, record);
  return parsed.success ? null : describeIssue(parsed.error.issues);
}

/** The archive page's search: full text (optional) and filters, all combined with AND. */
export const ArchiveFilter = z.object({
  text: z.optional(z.string().check(z.maxLength(1000))),
  /** Entity key of an official mentioned or taking part. */
  official: z.optional(z.string()),
  /** ISO 3166 alpha-2 of a country taking part. */
  country: z.optional(z.string()),
  ministry: z.optional(z.string()),
  /** Entity key of an agreement. */
  agreement: z.optional(z.string()),
  tag: z.optional(z.string()),
  /** Inclusive ISO dates. */
  from: z.optional(IsoDate),
  to: z.optional(IsoDate),
  limit: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(1000))),
  offset: z.optional(z.number().check(z.int(), z.minimum(0))),
});
export type ArchiveFilter = z.infer<typeof ArchiveFilter>;

/** A timeline: the meetings of one official, or the readouts in which two countries meet. */
export const TimelineBy = z.union([
  z.object({ official: z.string() }),
  z.object({ countries: z.tuple([z.string(), z.string()]) }),
]);
export type TimelineBy = z.infer<typeof TimelineBy>;

export { normalizeUrl, readoutIdFor } from './readout-id';
