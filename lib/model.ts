/**
 * The pipeline's data types: one zod schema per stage output, shared by the content script,
 * the background, the popup, the archive page and the `analyze` command. `zod/mini` keeps the
 * content-script bundle small.
 */
import * as z from 'zod/mini';

/**
 * What a page is. Articles: a readout (a meeting, call or talks that took place), a transcript
 * (press conference, briefing, interview), a statement, an announcement (a visit or event to
 * come, a notice), a speech, or `other` (an article of no such kind, or not an article at all).
 * A listing is a news index. Readout structure (participants, place) is read for readouts only.
 */
export const PageKind = z.enum([
  'readout',
  'transcript',
  'statement',
  'announcement',
  'speech',
  'listing',
  'other',
]);
export type PageKind = z.infer<typeof PageKind>;

export const Participant = z.object({
  /** The person's name as written on the page ("Wang Yi", "王毅"). */
  name: z.string(),
  /** The title the page uses for them ("State Councilor and Foreign Minister"), if any. */
  title: z.optional(z.string()),
  /** ISO 3166 alpha-2 of the country they represent, when the page says. */
  country: z.optional(z.string()),
});
export type Participant = z.infer<typeof Participant>;

/** What `extract` reads off a page. */
export const Readout = z.object({
  isReadout: z.boolean(),
  pageKind: PageKind,
  /** Ministry id from the registry (`cn-mfa`, `rok-mofa`, ...), or null on an unknown site. */
  ministry: z.nullable(z.string()),
  title: z.string(),
  /** ISO date of the meeting if the text gives one, else of publication; null if none found. */
  date: z.nullable(z.string()),
  place: z.nullable(z.string()),
  /** BCP 47 primary language: en, zh, ko, ja, ru, ... */
  language: z.string(),
  participants: z.array(Participant),
  /** The readout's body as paragraphs of plain text. */
  body: z.array(z.string()),
});
export type Readout = z.infer<typeof Readout>;

export const EntityKind = z.enum(['official', 'agreement', 'organization', 'event', 'place', 'other']);
export type EntityKind = z.infer<typeof EntityKind>;

/**
 * An office title in the office country's own language and the UI locale that reads it
 * ("外交部部长", zh-CN; "외교부 장관", ko): the card shows it instead of the English title when
 * the UI is in that locale.
 */
export const NativeOffice = z.object({
  locale: z.string().check(z.maxLength(8)),
  text: z.string().check(z.maxLength(400)),
});
export type NativeOffice = z.infer<typeof NativeOffice>;

/** Officials: where they stand today (`officeNow` in lib/kb). */
export const OfficeNow = z.discriminatedUnion('state', [
  z.object({
    state: z.literal('holds'),
    office: z.string(),
    /** The same office in its own language, where the KB has every title of it. */
    native: z.optional(NativeOffice),
    /** `current`: the sources say so; `open`: a start with no end on record. */
    recorded: z.enum(['current', 'open']),
  }),
  z.object({ state: z.literal('left'), on: z.string() }),
  z.object({ state: z.literal('unknown') }),
]);
export type OfficeNow = z.infer<typeof OfficeNow>;

/** One entity found on a page, with everything the card and `analyze` need. */
export const FoundEntity = z.object({
  /** Stable key on this page: the KB id, or `pattern:<folded name>` for pattern-only finds. */
  key: z.string(),
  kind: EntityKind,
  name: z.string(),
  /** KB id, or null when found by pattern only (not in the knowledge base). */
  id: z.nullable(z.string()),
  /** Distinct surface forms seen on the page, in order of first appearance. */
  surfaces: z.array(z.string()),
  mentions: z.number(),
  /**
   * Officials: the office held on the readout's date (from the KB); when the date is unknown or
   * the KB has no office for it, the title the page uses (`titleInText`).
   */
  role: z.optional(z.string()),
  /** Officials: `role` in the office's own language, when it comes from the KB and the KB has it. */
  roleNative: z.optional(NativeOffice),
  /** Officials: the title the page writes before the name ("State Councilor and Foreign Minister"). */
  titleInText: z.optional(z.string()),
  /** Officials: what they hold now, if different. */
  roleNow: z.optional(z.string()),
  /** Officials the KB or glossary knows: office now, left office, or unknown. */
  officeNow: z.optional(OfficeNow),
  /** The name in the entity's own script (王毅, 조태열), where the KB has it. */
  nativeName: z.optional(z.string()),
  country: z.optional(z.string()),
  /** Where the glossary supplied it. */
  fromGlossary: z.optional(z.boolean()),
  /** The user's glossary note for this entity, if any. */
  note: z.optional(z.string()),
});
export type FoundEntity = z.infer<typeof FoundEntity>;

/** A located mention: `[start, end)` offsets into the text that recognition scanned. */
export interface Mention {
  start: number;
  end: number;
  key: string;
  surface: string;
}

export const AnalyzeResult = z.object({
  url: z.nullable(z.string()),
  readout: Readout,
  entities: z.array(FoundEntity),
});
export type AnalyzeResult = z.infer<typeof AnalyzeResult>;

export { ERROR_CODES, ok, err, type ErrorCode, type Result } from './result';
