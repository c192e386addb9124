/**
 * Knowledge-base access: entities by id, and the office a person held on a date. Free of KB data
 * and of zod (the content script imports it); ./index adds the shipped KB for Node and the
 * extension pages.
 */
import { decodeRecognition } from './recognition-binary';
import type { KbEntity, KbRecognitionEntity, OfficeSpan } from './schema';
import type { CompiledPatterns, PatternTable } from '../recognize/patterns';
import type { NativeOffice, OfficeNow } from '../model';

export type { KbDetails, KbEntity, KbRecognitionEntity, OfficeSpan } from './schema';

/** Entities by id: full entries in Node, only their recognition fields in the content script. */
export class Kb<E extends KbRecognitionEntity = KbEntity> {
  readonly entities: readonly E[];
  /** The recognizer's patterns for these entities, compiled at build time (shipped KB only). */
  readonly compiled?: CompiledPatterns | PatternTable;
  private readonly byId: Map<string, E>;

  constructor(entities: readonly E[], compiled?: CompiledPatterns | PatternTable) {
    this.entities = entities;
    this.compiled = compiled;
    this.byId = new Map(entities.map((e) => [e.id, e]));
  }

  get(id: string): E | undefined {
    return this.byId.get(id);
  }
}

/**
 * The KB of a recognition file (lib/kb/recognition-binary.ts): recognition fields only (card
 * details come from the background), with the pattern table compiled from them.
 */
export function kbFromRecognitionFile(buffer: ArrayBuffer): Kb<KbRecognitionEntity> {
  const { entities, patterns } = decodeRecognition(buffer);
  return new Kb(entities, patterns);
}

/**
 * Compare a partial date (YYYY, YYYY-MM, YYYY-MM-DD) with a full day. A partial `from` counts
 * from the start of its period and a partial `to` until its end, so a span known only by years
 * still answers for any day inside them.
 */
function spanStart(d: string): string {
  return d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d;
}
function spanEnd(d: string): string {
  return d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d;
}

export function spanCovers(span: OfficeSpan, isoDay: string): boolean {
  if (span.from && isoDay < spanStart(span.from)) return false;
  if (span.to && isoDay > spanEnd(span.to)) return false;
  // An open span with no `current` flag and no start is too vague to claim for a date.
  return Boolean(span.from || span.to);
}

/** Anything with dated offices: a KB entity, or the recognizer's view of one. */
export interface HasOffices {
  offices?: readonly OfficeSpan[];
}

/** The offices held on `isoDay`, most specific (latest start) first. */
export function officesAt(entity: HasOffices, isoDay: string): OfficeSpan[] {
  return (entity.offices ?? [])
    .filter((s) => spanCovers(s, isoDay))
    .sort((a, b) => (b.from ?? '').localeCompare(a.from ?? ''));
}

/**
 * Where a person stands today, from their dated offices:
 * - `holds`: the offices held now. `recorded: 'current'` when the sources mark spans current;
 *   `'open'` when they only give a start with no end, and no later office has started and ended
 *   since (a later, finished office means the open one's end just went unrecorded).
 * - `left`: every office has ended; `on` is the last end date.
 * - `unknown`: no dated office to say either.
 */
export type { OfficeNow } from '../model';

/** An open span that a later office, since ended, started after: its own end went unrecorded. */
function superseded(span: OfficeSpan, all: readonly OfficeSpan[]): boolean {
  return all.some(
    (later) => later.to && later.from && spanStart(later.from) > spanStart(span.from ?? '0000'),
  );
}

/** The spans held now: those marked current, else the open ones with a start that are not superseded. */
export function officesNow(entity: HasOffices): { spans: OfficeSpan[]; recorded: 'current' | 'open' } {
  const all = entity.offices ?? [];
  const marked = all.filter((s) => s.current === true);
  if (marked.length) return { spans: marked, recorded: 'current' };
  const open = all.filter((s) => !s.to && s.from && !superseded(s, all));
  return { spans: open.sort((a, b) => (b.from ?? '').localeCompare(a.from ?? '')), recorded: 'open' };
}

export function officeNow(entity: HasOffices): OfficeNow {
  const { spans, recorded } = officesNow(entity);
  if (spans.length) {
    const native = nativeOffice(spans);
    return {
      state: 'holds',
      office: spans.map((s) => s.office).join('; '),
      recorded,
      ...(native ? { native } : {}),
    };
  }
  const all = entity.offices ?? [];
  const ends = all.map((s) => s.to).filter((to): to is string => Boolean(to));
  // Left only when every office is over: ended, or open but superseded (an open span with no
  // start may still be held, so it leaves the answer unknown).
  if (ends.length && all.every((s) => s.to || (s.from && superseded(s, all))))
    return { state: 'left', on: ends.reduce((a, b) => (spanEnd(b) > spanEnd(a) ? b : a)) };
  return { state: 'unknown' };
}

/** "State Councilor and Minister of Foreign Affairs" style label for the offices on a date. */
export function roleAt(entity: HasOffices, isoDay: string): string | undefined {
  const spans = officesAt(entity, isoDay);
  if (spans.length === 0) return undefined;
  return spans.map((s) => s.office).join('; ');
}

/**
 * The UI locale that reads an office country's own titles: the KB writes China's in Simplified
 * characters, Taiwan's and Hong Kong's in Traditional, Korea's (both) in Hangul, Japan's in Japanese.
 */
const OFFICE_LOCALE: Record<string, string> = {
  CN: 'zh-CN',
  TW: 'zh-TW',
  HK: 'zh-TW',
  KR: 'ko',
  KP: 'ko',
  JP: 'ja',
};
const NATIVE_SEPARATOR: Record<string, string> = { 'zh-CN': '、', 'zh-TW': '、', ja: '、', ko: ', ' };

/**
 * Offices in their own language, when every one has its native title and all are read in one UI
 * locale; otherwise none (a half-native line would mix languages).
 */
export function nativeOffice(spans: readonly OfficeSpan[]): NativeOffice | undefined {
  const locale = spans[0] ? OFFICE_LOCALE[spans[0].country] : undefined;
  if (!locale || !spans.every((s) => s.officeNative && OFFICE_LOCALE[s.country] === locale)) return undefined;
  return { locale, text: spans.map((s) => s.officeNative).join(NATIVE_SEPARATOR[locale]) };
}

/** `roleAt` in the offices' own language (see `nativeOffice`). */
export function nativeRoleAt(entity: HasOffices, isoDay: string): NativeOffice | undefined {
  const spans = officesAt(entity, isoDay);
  return spans.length ? nativeOffice(spans) : undefined;
}

/** What the person holds now, labelled like `roleAt`; undefined when `officeNow` finds nothing held. */
export function roleNow(entity: HasOffices): string | undefined {
  const now = officeNow(entity);
  return now.state === 'holds' ? now.office : undefined;
}
