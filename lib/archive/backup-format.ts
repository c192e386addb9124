/**
 * The backup format, version 2: JSON Lines, so a backup of any size is written and read a line
 * at a time. Line 1 is the header (format, version, when, how many records of each kind); each
 * further line holds one record: `{"readout":{...}}`, `{"glossary":{...}}`, or
 * `{"unreadable":{...}}` (a stored record the archive could not read, kept as stored so a backup
 * never drops it; import leaves it out). Version 1 (one JSON document, lib/archive/exchange.ts)
 * still imports: it is turned into these lines first.
 */
import * as z from 'zod/mini';
import { GlossaryEntry } from '../glossary/schema';
import { parseExportJson } from './exchange';
import type { RecordCounts } from './import-journal';
import {
  describeIssue,
  incomingRecordError,
  readoutIdFor,
  upgradeRecord,
  type ArchivedReadout,
} from './schema';

export const BACKUP_FORMAT = 'readout-lens-archive';
export const BACKUP_VERSION = 2;

const Count = z.number().check(z.int(), z.nonnegative());

export const BackupHeader = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: z.string(),
  counts: z.object({ readouts: Count, glossary: Count, unreadable: Count }),
});
export type BackupHeader = z.infer<typeof BackupHeader>;

/** Far above the largest record the field limits let in; a longer line is refused unread. */
export const MAX_LINE_CHARS = 8_000_000;

export type BackupRecord =
  | { kind: 'readout'; record: ArchivedReadout }
  | { kind: 'glossary'; entry: GlossaryEntry }
  | { kind: 'unreadable' };

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

export const emptyCounts = (): RecordCounts => ({ readouts: 0, glossary: 0, unreadable: 0 });

export function headerLine(counts: RecordCounts, exportedAt: string = new Date().toISOString()): string {
  return JSON.stringify({ format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt, counts });
}

export const readoutLine = (record: ArchivedReadout) => JSON.stringify({ readout: record });
export const glossaryLine = (entry: GlossaryEntry) => JSON.stringify({ glossary: entry });
export const unreadableLine = (raw: unknown) => JSON.stringify({ unreadable: raw });

/** The kind of a line written by this module, read from its first key without parsing it. */
export function lineKind(line: string): keyof RecordCounts | null {
  if (line.startsWith('{"readout":')) return 'readouts';
  if (line.startsWith('{"glossary":')) return 'glossary';
  if (line.startsWith('{"unreadable":')) return 'unreadable';
  return null;
}

function parseJsonLine(text: string, line: number): Parsed<unknown> {
  if (text.length > MAX_LINE_CHARS)
    return { ok: false, error: `line ${line}: too long (${text.length} characters)` };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return { ok: false, error: `line ${line}: not JSON (${why})` };
  }
}

export function parseHeader(text: string): Parsed<BackupHeader> {
  const json = parseJsonLine(text, 1);
  if (!json.ok) return json;
  const header = z.safeParse(BackupHeader, json.value);
  return header.success
    ? { ok: true, value: header.data }
    : { ok: false, error: `line 1 (header): ${describeIssue(header.error.issues)}` };
}

/**
 * One record line, checked as the archive checks what enters it: the error names the line and
 * the field (`line 12: readout.readout.date: ...`).
 */
export function parseRecordLine(text: string, line: number): Parsed<BackupRecord> {
  const json = parseJsonLine(text, line);
  if (!json.ok) return json;
  const value = json.value;
  const keys = typeof value === 'object' && value !== null && !Array.isArray(value) ? Object.keys(value) : [];
  const [kind] = keys;
  if (keys.length !== 1 || (kind !== 'readout' && kind !== 'glossary' && kind !== 'unreadable'))
    return { ok: false, error: `line ${line}: expected one of "readout", "glossary", "unreadable"` };
  const body = (value as Record<string, unknown>)[kind];
  if (kind === 'unreadable') return { ok: true, value: { kind } };
  if (kind === 'glossary') {
    const entry = z.safeParse(GlossaryEntry, body);
    return entry.success
      ? { ok: true, value: { kind, entry: entry.data } }
      : { ok: false, error: `line ${line}: glossary.${describeIssue(entry.error.issues)}` };
  }
  const upgraded = upgradeRecord(body);
  if (!upgraded.ok) return { ok: false, error: `line ${line}: readout.${upgraded.error}` };
  const record = upgraded.value;
  const refused = incomingRecordError(record);
  if (refused !== null) return { ok: false, error: `line ${line}: readout.${refused}` };
  // The id is derived from the URL; anything else could overwrite another document.
  if (record.id !== readoutIdFor(record.url))
    return {
      ok: false,
      error: `line ${line}: readout.id: must be "${readoutIdFor(record.url)}" for its url`,
    };
  return { ok: true, value: { kind, record } };
}

/** Records as backup lines, header first. */
export function backupLinesOf(
  readouts: readonly ArchivedReadout[],
  glossary: readonly GlossaryEntry[],
  exportedAt?: string,
): string[] {
  return [
    headerLine({ readouts: readouts.length, glossary: glossary.length, unreadable: 0 }, exportedAt),
    ...glossary.map(glossaryLine),
    ...readouts.map(readoutLine),
  ];
}

/** A version 1 file (checked whole, as before) as version 2 lines. */
export function linesOfVersion1(text: string): Parsed<string[]> {
  const parsed = parseExportJson(text);
  return parsed.ok
    ? { ok: true, value: backupLinesOf(parsed.value.readouts, parsed.value.glossary) }
    : parsed;
}

/** Whether a file's first line is a version 2 header (otherwise the file is read as version 1). */
export function isVersion2Header(firstLine: string): boolean {
  if (firstLine.length > MAX_LINE_CHARS) return false;
  try {
    const value = JSON.parse(firstLine) as { format?: unknown; version?: unknown } | null;
    return value?.format === BACKUP_FORMAT && value.version === BACKUP_VERSION;
  } catch {
    return false;
  }
}
