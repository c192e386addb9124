/**
 * The content script's copy of the KB's recognition fields, packed: each entity an array instead
 * of an object (no repeated keys), an id left out when it is the name's plain slug, each office
 * title written once in a table and a span as five numbers or strings in one flat array. With
 * thousands of officials this is under half the JSON of the objects, and decoding it (a native
 * JSON.parse, then one loop) costs about as much as parsing the objects would. Measured in
 * bench/recognize.bench.ts; a tab-separated text form was smaller still but three times slower.
 */
import type { KbRecognitionEntity, OfficeSpan } from './schema';

/** kind code, id (0: the name's slug), name, nativeName or 0, country or 0, offices or 0. */
type PackedFields = [string, string | 0, string, string | 0, string | 0, (string | number)[] | 0];

export interface PackedRecognition {
  /** Office titles as "office" or "office\tofficeNative"; spans refer to them by index. */
  titles: string[];
  entities: PackedFields[];
}

const KIND_CODES = { official: 'o', agreement: 'a', organization: 'g', event: 'e' } as const;
const KIND_BY_CODE: Record<string, KbRecognitionEntity['kind']> = {
  o: 'official',
  a: 'agreement',
  g: 'organization',
  e: 'event',
};
/** Fields per span in the flat offices array: title, country (0: the entity's), from, to, current. */
const SPAN_FIELDS = 5;

/** The id a plain ASCII name gets ("Wang Yi" → "wang-yi"); others keep their id in the pack. */
function plainSlug(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const CURRENT_CODES = { yes: 1, no: 2 } as const;

export function packRecognition(entities: readonly KbRecognitionEntity[]): PackedRecognition {
  const titles: string[] = [];
  const titleIndex = new Map<string, number>();
  const titleOf = (span: OfficeSpan) => {
    if (span.office.includes('\t')) throw new Error(`cannot pack the office title "${span.office}"`);
    const key = span.officeNative ? `${span.office}\t${span.officeNative}` : span.office;
    let at = titleIndex.get(key);
    if (at === undefined) {
      at = titles.length;
      titles.push(key);
      titleIndex.set(key, at);
    }
    return at;
  };
  const packed = entities.map((e): PackedFields => {
    return [
      KIND_CODES[e.kind],
      e.id === plainSlug(e.name) ? 0 : e.id,
      e.name,
      e.nativeName ?? 0,
      e.country ?? 0,
      e.offices
        ? e.offices.flatMap((s) => [
            titleOf(s),
            s.country === e.country ? 0 : s.country,
            s.from ?? 0,
            s.to ?? 0,
            s.current === undefined ? 0 : s.current ? CURRENT_CODES.yes : CURRENT_CODES.no,
          ])
        : 0,
    ];
  });
  return { titles, entities: packed };
}

/**
 * An entity of the pack, its offices decoded on first use: a page names a handful of the
 * thousands of officials, so start-up decodes none of their spans.
 */
class PackedEntity implements KbRecognitionEntity {
  readonly id: string;
  readonly kind: KbRecognitionEntity['kind'];
  readonly name: string;
  readonly nativeName?: string;
  readonly country?: string;
  private decoded?: OfficeSpan[];

  constructor(
    [kind, id, name, nativeName, country, offices]: PackedFields,
    private readonly titles: readonly string[][],
    private readonly packedOffices = offices,
  ) {
    this.id = id || plainSlug(name);
    this.kind = KIND_BY_CODE[kind]!;
    this.name = name;
    if (nativeName) this.nativeName = nativeName;
    if (country) this.country = country;
  }

  get offices(): OfficeSpan[] | undefined {
    const offices = this.packedOffices;
    if (!offices || this.decoded) return this.decoded;
    const spans: OfficeSpan[] = [];
    for (let i = 0; i < offices.length; i += SPAN_FIELDS) {
      const [office, officeNative] = this.titles[offices[i] as number]!;
      const span: OfficeSpan = { office: office!, country: (offices[i + 1] || this.country) as string };
      if (officeNative) span.officeNative = officeNative;
      if (offices[i + 2]) span.from = offices[i + 2] as string;
      if (offices[i + 3]) span.to = offices[i + 3] as string;
      if (offices[i + 4]) span.current = offices[i + 4] === CURRENT_CODES.yes;
      spans.push(span);
    }
    this.decoded = spans;
    return spans;
  }
}

/** The entities of a pack (offices decoded when first read). */
export function unpackRecognition(packed: PackedRecognition): KbRecognitionEntity[] {
  const titles = packed.titles.map((t) => t.split('\t'));
  return packed.entities.map((e) => new PackedEntity(e, titles));
}

/** An unpacked entity as a plain object, e.g. to compare it with the KB's own. */
export function plainEntity(e: KbRecognitionEntity): KbRecognitionEntity {
  const plain: KbRecognitionEntity = { id: e.id, kind: e.kind, name: e.name };
  if (e.nativeName !== undefined) plain.nativeName = e.nativeName;
  if (e.country !== undefined) plain.country = e.country;
  if (e.offices !== undefined) plain.offices = e.offices;
  return plain;
}
