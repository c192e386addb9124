/**
 * The content script's KB in a compact binary file: the recognition fields of every shipped
 * entity and the compiled pattern table, read as typed-array views over one ArrayBuffer and one
 * text block decoded once. Loading it parses no JSON and no JavaScript: the content script
 * fetches the packaged file while the page is still loading, and only the strings it reads are
 * sliced out (a pattern's payloads when a page first matches it, an official's offices when the
 * recognizer first asks). Measured in bench/recognize.bench.ts.
 *
 * Layout: a header of HEADER_WORDS little-endian 32-bit words (magic, version, the counts below,
 * text bytes, and which sections are 16-bit), then SECTIONS, each an array of unsigned 16-bit
 * numbers where its values fit, else 32-bit (counts and lengths rather than offsets, so that
 * they fit and compress; the decoder sums them up), starting on a 4-byte boundary; then the text, UTF-8.
 *   entities      per entity ENTITY_FIELDS: kind, then id, name, nativeName, country
 *   spanCounts    per entity its number of spans
 *   spans         per span SPAN_FIELDS: office, officeNative, country, from, to, then `current`
 *   payloadCounts per pattern its number of payload numbers
 *   payloads      `(entity * 2 + short) * 2`, each followed by `ref * 2 + 1` when it has an
 *                 exact form
 *   stringLengths per string its length (UTF-16 units) in the text; strings 0…patterns-1 are
 *                 the patterns, in the table's (code-unit) order
 * A string field holds its string's index + 1, or 0 for none.
 */
import type { KbRecognitionEntity, OfficeSpan } from './schema';
import type { CompiledPatterns, PatternTable, PayloadCodes } from '../recognize/patterns';

/** The packaged file the build writes (wxt.config.ts), relative to the extension's root. */
export const KB_RECOGNITION_FILE = 'kb-recognition.bin';

const MAGIC = 0x424b4c52; // "RLKB" read as a little-endian word
const VERSION = 2;
const SECTIONS = ['entities', 'spanCounts', 'spans', 'payloadCounts', 'payloads', 'stringLengths'] as const;
type Section = (typeof SECTIONS)[number];
/** magic, version, entities, spans, patterns, payload numbers, strings, text bytes, 16-bit sections. */
const HEADER_WORDS = 9;
const ENTITY_FIELDS = 5;
const SPAN_FIELDS = 6;
const KINDS: readonly KbRecognitionEntity['kind'][] = ['official', 'agreement', 'organization', 'event'];
const CURRENT = { unknown: 0, yes: 1, no: 2 } as const;

/** The recognition data a binary file holds, ready for `new Kb(entities, patterns)`. */
export interface RecognitionData {
  entities: KbRecognitionEntity[];
  patterns: PatternTable;
}

const align4 = (n: number) => (n + 3) & ~3;

/** The binary file of these entities and the pattern table compiled from them. */
export function encodeRecognition(
  entities: readonly KbRecognitionEntity[],
  compiled: CompiledPatterns,
): Uint8Array {
  const strings: string[] = [...compiled.strings];
  const refOf = new Map<string, number>();
  const ref = (s: string | undefined): number => {
    if (s === undefined) return 0;
    let at = refOf.get(s);
    if (at === undefined) {
      at = strings.length;
      strings.push(s);
      refOf.set(s, at);
    }
    return at + 1;
  };
  const data: Record<Section, number[]> = {
    entities: [],
    spanCounts: [],
    spans: [],
    payloadCounts: [],
    payloads: [],
    stringLengths: [],
  };
  for (const e of entities) {
    const kind = KINDS.indexOf(e.kind);
    if (kind < 0) throw new Error(`cannot encode the kind "${e.kind}" of ${e.id}`);
    data.entities.push(kind, ref(e.id), ref(e.name), ref(e.nativeName), ref(e.country));
    data.spanCounts.push(e.offices?.length ?? 0);
    for (const s of e.offices ?? []) {
      const current = s.current === undefined ? CURRENT.unknown : s.current ? CURRENT.yes : CURRENT.no;
      data.spans.push(ref(s.office), ref(s.officeNative), ref(s.country), ref(s.from), ref(s.to), current);
    }
  }
  for (const codes of compiled.payloads) {
    const before = data.payloads.length;
    for (const code of codes)
      if (typeof code === 'number') data.payloads.push(code * 2);
      else data.payloads.push(code[0] * 2, (ref(code[1]) - 1) * 2 + 1);
    data.payloadCounts.push(data.payloads.length - before);
  }
  for (const s of strings) data.stringLengths.push(s.length);

  const text = new TextEncoder().encode(strings.join(''));
  const narrow = SECTIONS.map((name) => data[name].every((n) => n <= 0xffff));
  const sectionBytes = SECTIONS.map((name, i) => align4(data[name].length * (narrow[i] ? 2 : 4)));
  const textOffset = HEADER_WORDS * 4 + sectionBytes.reduce((a, b) => a + b, 0);
  const bytes = new Uint8Array(textOffset + text.length);
  const view = new DataView(bytes.buffer);
  const header = [
    MAGIC,
    VERSION,
    entities.length,
    data.spans.length / SPAN_FIELDS,
    compiled.strings.length,
    data.payloads.length,
    strings.length,
    text.length,
    narrow.reduce((bits, isNarrow, i) => bits | (isNarrow ? 1 << i : 0), 0),
  ];
  header.forEach((word, i) => view.setUint32(i * 4, word, true));
  let offset = HEADER_WORDS * 4;
  SECTIONS.forEach((name, i) => {
    for (const [k, n] of data[name].entries()) {
      if (!Number.isInteger(n) || n < 0 || n > 0xffffffff) throw new Error(`cannot encode ${n} in ${name}`);
      if (narrow[i]) view.setUint16(offset + k * 2, n, true);
      else view.setUint32(offset + k * 4, n, true);
    }
    offset += sectionBytes[i]!;
  });
  bytes.set(text, textOffset);
  return bytes;
}

/** Reads a binary file: typed-array views over `buffer`, strings sliced out when read. */
export function decodeRecognition(buffer: ArrayBuffer): RecognitionData {
  const fail = (why: string) => new Error(`KB recognition file: ${why}`);
  if (buffer.byteLength < HEADER_WORDS * 4) throw fail('too short');
  const [magic, version, entityCount, spanCount, patternCount, payloadCount, stringCount, textBytes, narrow] =
    new Uint32Array(buffer, 0, HEADER_WORDS) as unknown as number[] as [
      number,
      number,
      number,
      number,
      number,
      number,
      number,
      number,
      number,
    ];
  if (magic !== MAGIC) throw fail('not a KB recognition file');
  if (version !== VERSION) throw fail(`version ${version}, expected ${VERSION}`);
  const lengths: Record<Section, number> = {
    entities: entityCount * ENTITY_FIELDS,
    spanCounts: entityCount,
    spans: spanCount * SPAN_FIELDS,
    payloadCounts: patternCount,
    payloads: payloadCount,
    stringLengths: stringCount,
  };
  let offset = HEADER_WORDS * 4;
  const sections = {} as Record<Section, Uint16Array | Uint32Array>;
  SECTIONS.forEach((name, i) => {
    const isNarrow = (narrow & (1 << i)) !== 0;
    const bytes = align4(lengths[name] * (isNarrow ? 2 : 4));
    if (offset + bytes > buffer.byteLength) throw fail('too short');
    sections[name] = isNarrow
      ? new Uint16Array(buffer, offset, lengths[name])
      : new Uint32Array(buffer, offset, lengths[name]);
    offset += bytes;
  });
  if (offset + textBytes !== buffer.byteLength) throw fail('wrong length');
  const { entities: entityWords, spans: spanWords, payloads } = sections;
  const text = new TextDecoder().decode(new Uint8Array(buffer, offset, textBytes));
  /** Offsets from counts: `starts[i]` to `starts[i + 1]` is item i's range. */
  const starts = (counts: Uint16Array | Uint32Array, total: number, what: string) => {
    const sums = new Uint32Array(counts.length + 1);
    for (let i = 0; i < counts.length; i++) sums[i + 1] = sums[i]! + counts[i]!;
    if (sums[counts.length] !== total) throw fail(`${what} do not add up`);
    return sums;
  };
  const spanStarts = starts(sections.spanCounts, spanCount, 'span counts');
  const payloadStarts = starts(sections.payloadCounts, payloadCount, 'payload counts');
  const stringStarts = starts(sections.stringLengths, text.length, 'strings');

  const string = (index: number): string => text.slice(stringStarts[index], stringStarts[index + 1]);
  /** A string field: index + 1, or 0 for none. */
  const field = (value: number): string | undefined => (value === 0 ? undefined : string(value - 1));

  const spansOf = (entity: number): OfficeSpan[] | undefined => {
    const from = spanStarts[entity]!;
    const to = spanStarts[entity + 1]!;
    if (from === to) return undefined;
    const spans: OfficeSpan[] = [];
    for (let s = from * SPAN_FIELDS; s < to * SPAN_FIELDS; s += SPAN_FIELDS) {
      const span: OfficeSpan = { office: field(spanWords[s]!)!, country: field(spanWords[s + 2]!)! };
      const officeNative = field(spanWords[s + 1]!);
      if (officeNative !== undefined) span.officeNative = officeNative;
      const start = field(spanWords[s + 3]!);
      if (start !== undefined) span.from = start;
      const stop = field(spanWords[s + 4]!);
      if (stop !== undefined) span.to = stop;
      if (spanWords[s + 5] !== CURRENT.unknown) span.current = spanWords[s + 5] === CURRENT.yes;
      spans.push(span);
    }
    return spans;
  };

  const entities = new Array<KbRecognitionEntity>(entityCount);
  for (let i = 0; i < entityCount; i++) {
    const w = i * ENTITY_FIELDS;
    const kind = KINDS[entityWords[w]!];
    if (!kind) throw fail(`entity ${i} has no kind`);
    entities[i] = new BinaryEntity(
      i,
      kind,
      field(entityWords[w + 1]!)!,
      field(entityWords[w + 2]!)!,
      field(entityWords[w + 3]!),
      field(entityWords[w + 4]!),
      spansOf,
    );
  }

  const patternStrings = new Array<string>(patternCount);
  for (let i = 0; i < patternCount; i++) patternStrings[i] = string(i);
  const payloadCodes = (at: number): PayloadCodes => {
    const codes: PayloadCodes = [];
    for (let c = payloadStarts[at]!, stop = payloadStarts[at + 1]!; c < stop; c++) {
      const code = payloads[c]! >> 1;
      const next = payloads[c + 1];
      if (c + 1 < stop && next! & 1) {
        codes.push([code, string(next! >> 1)]);
        c++;
      } else codes.push(code);
    }
    return codes;
  };
  return {
    entities,
    patterns: {
      entityCount,
      firstId: entities[0]?.id ?? null,
      lastId: entities[entityCount - 1]?.id ?? null,
      strings: patternStrings,
      payloadCodes,
    },
  };
}

/**
 * An entity of the binary file, its offices decoded on first use: a page names a handful of the
 * thousands of officials, so start-up decodes none of their spans.
 */
class BinaryEntity implements KbRecognitionEntity {
  readonly nativeName?: string;
  readonly country?: string;
  private decoded?: OfficeSpan[] | null;

  constructor(
    private readonly index: number,
    readonly kind: KbRecognitionEntity['kind'],
    readonly id: string,
    readonly name: string,
    nativeName: string | undefined,
    country: string | undefined,
    private readonly spansOf: (entity: number) => OfficeSpan[] | undefined,
  ) {
    if (nativeName !== undefined) this.nativeName = nativeName;
    if (country !== undefined) this.country = country;
  }

  get offices(): OfficeSpan[] | undefined {
    if (this.decoded === undefined) this.decoded = this.spansOf(this.index) ?? null;
    return this.decoded ?? undefined;
  }
}
