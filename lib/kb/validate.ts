/**
 * Pure consistency checks for knowledge-base data (used by the unit test and by tools).
 * Schema validation is `KbFile` in ./schema; these checks cover what a schema cannot:
 * unique ids, date order, overlapping terms of office, unsafe aliases.
 */
import { KbFile, type KbEntity, type OfficeSpan } from './schema';

export interface KbProblem {
  /** File name (key in KB_FILES) or '' when not known. */
  file: string;
  /** Where in the file, e.g. "[3].offices[1].to" or the entity id. */
  path: string;
  message: string;
}

/** Validates one file's raw JSON against the schema; one problem per zod issue, with its path. */
export function schemaProblems(file: string, data: unknown): KbProblem[] {
  const result = KbFile.safeParse(data);
  if (result.success) return [];
  return result.error.issues.map((issue) => ({
    file,
    path: issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join(''),
    message: issue.message,
  }));
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Earliest and latest day a partial date can mean, as sortable YYYY-MM-DD strings:
 * "2021" → 2021-01-01 … 2021-12-31, "2021-02" → 2021-02-01 … 2021-02-29 (string order is all that matters).
 */
export function dateBounds(date: string): { earliest: string; latest: string } {
  const [y, m, d] = date.split('-');
  if (d !== undefined) return { earliest: date, latest: date };
  if (m !== undefined) {
    const last = DAYS_IN_MONTH[Number(m) - 1] ?? 31;
    return { earliest: `${y}-${m}-01`, latest: `${y}-${m}-${String(last).padStart(2, '0')}` };
  }
  return { earliest: `${y}-01-01`, latest: `${y}-12-31` };
}

/** True when `date` is a real calendar date at its precision (month 01-12, day within the month). */
export function isPlausibleDate(date: string): boolean {
  const [, m, d] = date.split('-');
  if (m === undefined) return true;
  const month = Number(m);
  if (month < 1 || month > 12) return false;
  if (d === undefined) return true;
  const day = Number(d);
  return day >= 1 && day <= (DAYS_IN_MONTH[month - 1] ?? 31);
}

const FAR_PAST = '0000-01-01';
const FAR_FUTURE = '9999-12-31';

/**
 * The interval a span certainly covers: from the latest day it may have started to the earliest
 * day it may have ended. Two spans certainly overlap only if these intervals overlap.
 * Unknown start → the span is not known to cover anything before its end.
 * Unknown end: `current` → open to the future; otherwise not known to cover anything after its start.
 * Returns undefined when nothing is certainly covered (no dates at all and not current).
 */
export function certainInterval(span: OfficeSpan): { start: string; end: string } | undefined {
  const toEarliest = span.to !== undefined ? dateBounds(span.to).earliest : undefined;
  const fromLatest = span.from !== undefined ? dateBounds(span.from).latest : undefined;
  if (fromLatest === undefined && toEarliest === undefined) {
    return span.current ? { start: FAR_FUTURE, end: FAR_FUTURE } : undefined;
  }
  const start = fromLatest ?? toEarliest ?? FAR_PAST;
  const end = toEarliest ?? (span.current ? FAR_FUTURE : start);
  return { start, end };
}

/**
 * True when two spans certainly share some time. A handover on the same day (one ends the day the
 * other starts) is not an overlap, and partial dates only count as overlapping when every reading
 * of them does (a span ending "2021-02" and one starting "2021-02-08" do not overlap).
 */
export function spansOverlap(a: OfficeSpan, b: OfficeSpan): boolean {
  const ia = certainInterval(a);
  const ib = certainInterval(b);
  if (!ia || !ib) return false;
  if (a.current && b.current) return true;
  return ia.start < ib.end && ib.start < ia.end;
}

/**
 * Offices several people hold at once (spokespersons, vice ministers, state councilors, ambassadors'
 * deputies...). Every other office is treated as held by one person at a time per country.
 */
export const SHARED_OFFICE_PATTERNS: readonly RegExp[] = [
  /spokes(person|man|woman)/i,
  /\bvice\b/i,
  /\bdeputy\b(?!.*secretary of state$)/i,
  /state councilor/i,
  /\bmember\b/i,
  /\bminister of state\b/i,
  /under-secretary/i,
  /assistant/i,
  /acting/i,
  /special (envoy|representative)/i,
  /\bjudge\b/i,
  // Collegial heads of state: San Marino's two Captains Regent, Andorra's co-princes, councils.
  /captain regent/i,
  /co-prince/i,
  /administration council/i,
];

export function isSharedOffice(office: string): boolean {
  return SHARED_OFFICE_PATTERNS.some((re) => re.test(office));
}

interface LocatedSpan {
  file: string;
  entityId: string;
  index: number;
  span: OfficeSpan;
}

/** Per-span checks: `to` not before `from`, real calendar dates, `current` spans have no `to`. */
export function spanDateProblems(file: string, entity: KbEntity): KbProblem[] {
  const problems: KbProblem[] = [];
  (entity.offices ?? []).forEach((span, i) => {
    const path = `${entity.id}.offices[${i}]`;
    for (const key of ['from', 'to'] as const) {
      const value = span[key];
      if (value !== undefined && !isPlausibleDate(value)) {
        problems.push({ file, path: `${path}.${key}`, message: `not a calendar date: ${value}` });
      }
    }
    if (span.from !== undefined && span.to !== undefined) {
      if (dateBounds(span.to).latest < dateBounds(span.from).earliest) {
        problems.push({ file, path, message: `${span.office}: to ${span.to} is before from ${span.from}` });
      }
    }
    if (span.current && span.to !== undefined) {
      problems.push({ file, path, message: `${span.office}: marked current but has an end date ${span.to}` });
    }
  });
  return problems;
}

const officeKey = (span: OfficeSpan): string => `${span.country}\u0000${span.office.trim().toLowerCase()}`;

/** Files generated from Wikidata-derived sources (scripts/kb-build): see `overlapProblems`. */
export const isGeneratedKbFile = (file: string): boolean => file.startsWith('generated-');

/**
 * Overlapping spans of the same office in the same country: for one person always; across people
 * when the office is held by one person at a time (see `isSharedOffice`) and both are hand-written.
 * Across people the generated files are not checked: Wikidata records acting and interim terms
 * and handovers (a successor appointed before the predecessor leaves) in the same office, and
 * the same person from two sources is merged by the build, which its own tests check.
 */
export function overlapProblems(
  entries: readonly { file: string; entities: readonly KbEntity[] }[],
): KbProblem[] {
  const byOffice = new Map<string, LocatedSpan[]>();
  for (const { file, entities } of entries) {
    for (const entity of entities) {
      (entity.offices ?? []).forEach((span, index) => {
        const key = officeKey(span);
        const list = byOffice.get(key) ?? [];
        list.push({ file, entityId: entity.id, index, span });
        byOffice.set(key, list);
      });
    }
  }
  const problems: KbProblem[] = [];
  for (const spans of byOffice.values()) {
    for (let i = 0; i < spans.length; i++) {
      for (let j = i + 1; j < spans.length; j++) {
        const a = spans[i]!;
        const b = spans[j]!;
        const samePerson = a.entityId === b.entityId;
        if (!samePerson && isSharedOffice(a.span.office)) continue;
        if (!samePerson && (isGeneratedKbFile(a.file) || isGeneratedKbFile(b.file))) continue;
        if (!spansOverlap(a.span, b.span)) continue;
        const describe = (s: OfficeSpan) => `${s.from ?? '?'}..${s.to ?? (s.current ? 'now' : '?')}`;
        problems.push({
          file: a.file === b.file ? a.file : `${a.file} / ${b.file}`,
          path: `${a.entityId}.offices[${a.index}] vs ${b.entityId}.offices[${b.index}]`,
          message: `${a.span.office} (${a.span.country}) overlaps: ${describe(a.span)} and ${describe(b.span)}`,
        });
      }
    }
  }
  return problems;
}

/** Ids must be unique across every file. */
export function duplicateIdProblems(
  entries: readonly { file: string; entities: readonly KbEntity[] }[],
): KbProblem[] {
  const seen = new Map<string, string>();
  const problems: KbProblem[] = [];
  for (const { file, entities } of entries) {
    entities.forEach((entity, i) => {
      const previous = seen.get(entity.id);
      if (previous !== undefined) {
        problems.push({
          file,
          path: `[${i}]`,
          message: `duplicate id "${entity.id}" (first in ${previous})`,
        });
      } else {
        seen.set(entity.id, file);
      }
    });
  }
  return problems;
}

const LATIN_WORD = /^[\p{Script=Latin}'’.-]+$/u;

/**
 * Aliases that are a bare single word of the person's own name ("Wang", "Blinken"): recognition
 * resolves those from context, and as aliases they would match every namesake. Native-script
 * full names (王毅) are fine. Also flags empty and duplicate aliases.
 */
export function aliasProblems(file: string, entity: KbEntity): KbProblem[] {
  const problems: KbProblem[] = [];
  if (entity.kind !== 'official') return problems;
  const nameWords = new Set(
    entity.name
      .split(/[\s,]+/)
      .filter((w) => w.length > 0)
      .map((w) => w.toLowerCase()),
  );
  const seen = new Set<string>();
  entity.aliases.forEach((alias, i) => {
    const path = `${entity.id}.aliases[${i}]`;
    const trimmed = alias.trim();
    if (trimmed === '' || trimmed !== alias)
      problems.push({ file, path, message: `empty or untrimmed alias "${alias}"` });
    if (seen.has(alias)) problems.push({ file, path, message: `duplicate alias "${alias}"` });
    seen.add(alias);
    if (
      !/\s/.test(trimmed) &&
      LATIN_WORD.test(trimmed) &&
      nameWords.has(trimmed.toLowerCase()) &&
      trimmed.toUpperCase() !== trimmed
    ) {
      problems.push({ file, path, message: `bare single-word alias "${alias}" would match every namesake` });
    }
  });
  return problems;
}

/** Every check over a set of files (file name → raw JSON). */
export function checkKb(files: Record<string, unknown>): KbProblem[] {
  const problems: KbProblem[] = [];
  const entries: { file: string; entities: KbEntity[] }[] = [];
  for (const [file, data] of Object.entries(files)) {
    const schema = schemaProblems(file, data);
    problems.push(...schema);
    if (schema.length > 0) continue;
    const entities = KbFile.parse(data);
    entries.push({ file, entities });
    for (const entity of entities) {
      problems.push(...spanDateProblems(file, entity));
      problems.push(...aliasProblems(file, entity));
    }
  }
  problems.push(...duplicateIdProblems(entries));
  problems.push(...overlapProblems(entries));
  return problems;
}

export const formatProblem = (p: KbProblem): string => `${p.file}: ${p.path}: ${p.message}`;
