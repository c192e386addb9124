/**
 * The knowledge base's own data format (files under data/kb/). Validated by a unit test at
 * build time; the content script trusts the bundled, already-validated data.
 */
import * as z from 'zod/mini';

/** A date as precise as the source allows: year, year-month or full day. */
export const PartialDate = z
  .string()
  .check(z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD'));
export type PartialDate = z.infer<typeof PartialDate>;

/**
 * Country codes are ISO 3166-1 alpha-2, plus the bodies readouts treat like parties and whose
 * heads the KB lists (WTO, OSCE, Council of Europe, OAS, Arab League (LAS), GCC, SCO, CSTO, CIS and
 * the Commonwealth (CWTH)).
 */
export const CountryCode = z
  .string()
  .check(
    z.regex(
      /^([A-Z]{2}|EU|UN|ASEAN|AU|NATO|WTO|OSCE|COE|OAS|LAS|GCC|SCO|CSTO|CIS|CWTH)$/,
      'expected ISO 3166 alpha-2 or EU/UN/ASEAN/AU/NATO/WTO/OSCE/COE/OAS/LAS/GCC/SCO/CSTO/CIS/CWTH',
    ),
  );

export const Source = z.object({
  url: z.url(),
  title: z.optional(z.string()),
});

export const OfficeSpan = z.object({
  /** English title of the office, e.g. "Minister of Foreign Affairs". */
  office: z.string().check(z.minLength(2)),
  /** Title in the country's own language, e.g. "外交部长". */
  officeNative: z.optional(z.string()),
  country: CountryCode,
  from: z.optional(PartialDate),
  /** Absent: still in office (as far as the sources know) or end date unknown; see `current`. */
  to: z.optional(PartialDate),
  /** True when the sources say the person still holds it. */
  current: z.optional(z.boolean()),
});
export type OfficeSpan = z.infer<typeof OfficeSpan>;

export const EntityKind = z.enum(['official', 'agreement', 'organization', 'event']);
export type EntityKind = z.infer<typeof EntityKind>;

export const KeyDates = z.object({
  proposed: z.optional(PartialDate),
  launched: z.optional(PartialDate),
  signed: z.optional(PartialDate),
  inForce: z.optional(PartialDate),
  ended: z.optional(PartialDate),
  founded: z.optional(PartialDate),
});

export const KbEntity = z.object({
  /** Stable kebab-case id, e.g. "wang-yi", "rcep". */
  id: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected kebab-case id')),
  kind: EntityKind,
  /** Canonical English name. */
  name: z.string().check(z.minLength(2)),
  /** Name in the entity's own script (王毅, 강경화, 林芳正), where it has one. */
  nativeName: z.optional(z.string()),
  /** Every other surface readouts use: variants, name order, acronyms, other-language names. */
  aliases: z.array(z.string()),
  /** Officials: the country they serve. Agreements/organizations: the main country, if one. */
  country: z.optional(CountryCode),
  /** Officials: offices held, as dated spans. */
  offices: z.optional(z.array(OfficeSpan)),
  /** Agreements: the parties (country codes or organization ids). */
  parties: z.optional(z.array(z.string())),
  /** Agreements / organizations / events: subtype for the card, e.g. "free trade agreement". */
  type: z.optional(z.string()),
  dates: z.optional(KeyDates),
  background: z.optional(z.string()),
  wikipedia: z.optional(z.url()),
  sources: z.array(Source).check(z.minLength(1, 'every entity needs a source link')),
});
export type KbEntity = z.infer<typeof KbEntity>;

export const KbFile = z.array(KbEntity);

/**
 * What recognition reads of an entity at run time: the content script bundles only these fields
 * (a binary file, lib/kb/recognition-binary.ts). Aliases are not among them: their patterns are compiled
 * into lib/recognize/shipped-patterns.generated.json, and cards get them with the details.
 */
export const RECOGNITION_KEYS = ['id', 'kind', 'name', 'nativeName', 'country', 'offices'] as const;
type RecognitionKey = (typeof RECOGNITION_KEYS)[number];
export type KbRecognitionEntity = Pick<KbEntity, RecognitionKey>;
/** The rest, which only the card shows: fetched from the background when a card opens. */
export type KbDetails = Omit<KbEntity, RecognitionKey>;
