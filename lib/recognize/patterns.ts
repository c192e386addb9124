/**
 * The patterns one automaton matches: every folded name, alias and derived family name, each
 * with the entities it stands for. The shipped KB's set is compiled at build time
 * (`shipped-patterns.generated.json`, rebuilt by `npx tsx scripts/compile-kb-patterns.ts`), because
 * deriving it costs the content script tens of milliseconds on every readout it opens.
 */
import type { PageAutomaton } from './page-matcher';
import { foldKey, type FoldedText } from './fold';
import { familyNames } from './names';
import { nameVariants } from './transliteration';
import type { RecognizableEntity } from './entity';

/** A pattern set as plain data. */
export interface CompiledPatterns {
  /** Which entities it was compiled from, checked before use: a stale table is not used. */
  entityCount: number;
  firstId: string | null;
  lastId: string | null;
  strings: string[];
  /** Per string: each payload as `entity * 2 + (short ? 1 : 0)`, with the exact form if any. */
  payloads: PayloadCodes[];
}

/** One string's payloads as a compiled table writes them. */
export type PayloadCodes = (number | [number, string])[];

/**
 * A compiled table as the recognizer reads it: its strings, and a string's payload codes when
 * a page first matches it (the content script's binary KB decodes them then; see
 * lib/kb/recognition-binary.ts).
 */
export interface PatternTable extends Pick<CompiledPatterns, 'entityCount' | 'firstId' | 'lastId'> {
  strings: readonly string[];
  payloadCodes(at: number): PayloadCodes;
}

function fingerprint(entities: readonly { id: string | null }[]) {
  return {
    entityCount: entities.length,
    firstId: entities[0]?.id ?? null,
    lastId: entities[entities.length - 1]?.id ?? null,
  };
}

/** Whether `table` was compiled from these entities (as far as a cheap check can tell). */
export function tableMatches(
  table: Pick<CompiledPatterns, 'entityCount' | 'firstId' | 'lastId'>,
  entities: readonly { id: string | null }[],
): boolean {
  const now = fingerprint(entities);
  return (
    table.entityCount === now.entityCount && table.firstId === now.firstId && table.lastId === now.lastId
  );
}

export interface Payload {
  entity: number;
  /** A derived family name: counts only once the person is introduced, or after a title. */
  short: boolean;
  /** For all-caps acronyms: the exact form the text must show ("UN", not "un"). */
  exact?: string;
}

/** Latin, Greek and Cyrillic letters and digits need word boundaries; CJK and Hangul do not. */
export function isWordCode(c: number): boolean {
  return (
    (c >= 97 && c <= 122) ||
    (c >= 48 && c <= 57) ||
    (c >= 0xc0 && c < 0x250 && c !== 0xd7 && c !== 0xf7) ||
    (c >= 0x370 && c < 0x530)
  );
}

export function boundaryOk(folded: string, start: number, end: number): boolean {
  if (isWordCode(folded.charCodeAt(start)) && start > 0 && isWordCode(folded.charCodeAt(start - 1)))
    return false;
  if (isWordCode(folded.charCodeAt(end - 1)) && end < folded.length && isWordCode(folded.charCodeAt(end)))
    return false;
  return true;
}

const isAcronym = (s: string) => /^[\p{Lu}\d&.+-]+$/u.test(s) && /\p{Lu}/u.test(s) && s.length <= 8;
const startsUpper = (text: string, at: number) => /\p{Lu}/u.test(text[at] ?? '');

/** Patterns for one automaton: folded strings with their payloads, merged by string. */
export class PatternSet {
  readonly strings: string[] = [];
  /** Decoded payload lists; a table's are decoded on first use (most patterns never match a page). */
  private readonly payloads: (Payload[] | undefined)[] = [];
  private tableCodes: PatternTable['payloadCodes'] = () => [];
  private indexOf?: Map<string, number>;

  /** The set a table holds, ready for more patterns (the glossary's) to be added. */
  static fromTable(table: CompiledPatterns | PatternTable): PatternSet {
    const set = new PatternSet();
    // One copy, and payloads as a dense array of holes-free `undefined` (setting `length` on an
    // empty array makes V8 keep it as a dictionary, slow to read on every match).
    for (let at = 0, n = table.strings.length; at < n; at++) {
      set.strings.push(table.strings[at]!);
      set.payloads.push(undefined);
    }
    set.tableCodes = 'payloadCodes' in table ? (at) => table.payloadCodes(at) : (at) => table.payloads[at]!;
    return set;
  }

  /** The entities pattern `at` stands for. */
  payloadsAt(at: number): Payload[] {
    let list = this.payloads[at];
    if (!list) {
      list = this.tableCodes(at).map((code) =>
        typeof code === 'number'
          ? { entity: code >> 1, short: (code & 1) === 1 }
          : { entity: code[0] >> 1, short: (code[0] & 1) === 1, exact: code[1] },
      );
      this.payloads[at] = list;
    }
    return list;
  }

  /** A plain-data form of the set, to compile the shipped KB's patterns at build time. */
  toTable(entities: readonly { id: string | null }[]): CompiledPatterns {
    return {
      ...fingerprint(entities),
      strings: this.strings,
      payloads: this.strings.map((_, at) =>
        this.payloadsAt(at).map((p) => {
          const code = p.entity * 2 + (p.short ? 1 : 0);
          return p.exact === undefined ? code : [code, p.exact];
        }),
      ),
    };
  }

  add(surface: string, payload: Payload): void {
    // "the UN" would start before "UN Charter" and win leftmost: the article is not the name.
    const folded = foldKey(surface).replace(/^the /, '');
    if (folded.length < 2) return;
    // Built on the first addition: a set used as its table holds it never needs it.
    this.indexOf ??= new Map(this.strings.map((str, i) => [str, i]));
    let at = this.indexOf.get(folded);
    if (at === undefined) {
      at = this.strings.length;
      this.indexOf.set(folded, at);
      this.strings.push(folded);
      this.payloads.push([]);
    }
    const list = this.payloadsAt(at);
    if (!list.some((p) => p.entity === payload.entity && p.short === payload.short)) list.push(payload);
  }

  /** Every boundary-respecting occurrence in the folded text, in original offsets. */
  scan(
    { automaton, indices }: PageAutomaton,
    page: FoldedText,
    text: string,
    onMatch: (start: number, end: number, payloads: Payload[]) => void,
  ): void {
    automaton.scan(page.folded, (end, local) => {
      const fStart = end - automaton.lengths[local]!;
      const pattern = indices ? indices[local]! : local;
      if (!boundaryOk(page.folded, fStart, end)) return;
      const start = page.start[fStart]!;
      const stop = page.end[end - 1]!;
      const payloads = this.payloadsAt(pattern);
      // Most patterns are plain names: hand their list over without copying or slicing.
      if (payloads.every((p) => !p.exact && !p.short)) return onMatch(start, stop, payloads);
      const surface = text.slice(start, stop);
      const kept = payloads.filter((p) =>
        p.exact ? surface === p.exact : !p.short || startsUpper(text, start),
      );
      if (kept.length) onMatch(start, stop, kept);
    });
  }
}

/** An entity's names, aliases and (for officials) family names, as patterns for entity `entity`. */
export function addEntityPatterns(patterns: PatternSet, e: RecognizableEntity, entity: number): void {
  // Officials also under their names' other romanisations (Sergei/Sergey, Petr/Petro).
  const variants =
    e.kind === 'official' ? nameVariants(e.name, e.country ?? e.offices?.[0]?.country ?? 'unknown') : [];
  for (const surface of [e.name, e.nativeName, ...e.aliases, ...variants]) {
    if (surface)
      patterns.add(surface, { entity, short: false, exact: isAcronym(surface) ? surface : undefined });
  }
  if (e.kind === 'official') {
    const country = e.country ?? e.offices?.[0]?.country ?? 'unknown';
    for (const family of familyNames([e.name, ...e.aliases], country))
      patterns.add(family, { entity, short: true });
  }
}

/** The pattern set of these entities, as `createRecognizer` would derive it. */
export function compilePatterns(entities: readonly RecognizableEntity[]): CompiledPatterns {
  const set = new PatternSet();
  entities.forEach((e, i) => addEntityPatterns(set, e, i));
  const table = set.toTable(entities);
  // In code-unit order, the order the automaton builds in, so that sorting at start-up is one pass.
  const order = table.strings
    .map((_, i) => i)
    .sort((a, b) => (table.strings[a]! < table.strings[b]! ? -1 : 1));
  return {
    ...table,
    strings: order.map((i) => table.strings[i]!),
    payloads: order.map((i) => table.payloads[i]!),
  };
}
