/**
 * Export and import formats. Backups are JSON Lines (lib/archive/backup-format.ts); the
 * version 1 backup, one JSON document, is still read here (`parseExportJson`). Markdown (one file per readout, zipped, so note-taking tools that import a
 * folder take it as is) and CSV (one row per readout) are for reading elsewhere.
 */
import * as z from 'zod/mini';
import { strToU8, zipSync } from 'fflate';
import { GlossaryEntry } from '../glossary/schema';
import { safeHref } from '../safe-href';
import {
  describeIssue,
  incomingRecordError,
  isIsoDate,
  readoutIdFor,
  upgradeRecord,
  type ArchivedReadout,
} from './schema';

export const EXPORT_FORMAT = 'readout-lens-archive';
/** The version of the single-document backup read here (version 2 is JSON Lines). */
export const EXPORT_VERSION = 1;

export const ArchiveExport = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: z.string(),
  /** Records of any known schema version; upgraded on import. */
  readouts: z.array(z.unknown()),
  glossary: z.array(GlossaryEntry),
  /**
   * Stored records the archive could not read (damaged, or from a newer version), exported as
   * they are so a backup never loses them silently; import leaves them out.
   */
  unreadable: z.optional(z.array(z.unknown())),
});

export interface ArchiveData {
  readouts: ArchivedReadout[];
  glossary: GlossaryEntry[];
  /** Stored records that failed to parse, raw (with their `_id`); absent when there are none. */
  unreadable?: unknown[];
}

/** The largest import accepted: far above a 50,000-readout archive, below what a tab can hold twice. */
export const MAX_IMPORT_CHARS = 400_000_000;

/**
 * Validates a whole export before anything is written. The error names the first bad field by
 * its path (`readouts.12.readout.date: ...`).
 */
export function parseExportJson(
  text: string,
): { ok: true; value: ArchiveData } | { ok: false; error: string } {
  if (text.length > MAX_IMPORT_CHARS)
    return { ok: false, error: `(root): file too large (${text.length} characters)` };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      error: `(root): not JSON (${error instanceof Error ? error.message : String(error)})`,
    };
  }
  const envelope = z.safeParse(ArchiveExport, raw);
  if (!envelope.success) return { ok: false, error: describeIssue(envelope.error.issues) };
  const readouts: ArchivedReadout[] = [];
  const seen = new Map<string, number>();
  for (const [i, item] of envelope.data.readouts.entries()) {
    const upgraded = upgradeRecord(item);
    if (!upgraded.ok) return { ok: false, error: `readouts.${i}.${upgraded.error}` };
    const record = upgraded.value;
    const refused = incomingRecordError(record);
    if (refused !== null) return { ok: false, error: `readouts.${i}.${refused}` };
    // The id is derived from the URL; anything else could overwrite another document.
    if (record.id !== readoutIdFor(record.url))
      return { ok: false, error: `readouts.${i}.id: must be "${readoutIdFor(record.url)}" for its url` };
    const earlier = seen.get(record.id);
    if (earlier !== undefined)
      return { ok: false, error: `readouts.${i}.id: same readout as readouts.${earlier}` };
    seen.set(record.id, i);
    readouts.push(record);
  }
  const glossaryIds = new Map<string, number>();
  for (const [i, entry] of envelope.data.glossary.entries()) {
    const earlier = glossaryIds.get(entry.id);
    if (earlier !== undefined)
      return { ok: false, error: `glossary.${i}.id: same entry as glossary.${earlier}` };
    glossaryIds.set(entry.id, i);
  }
  return { ok: true, value: { readouts, glossary: envelope.data.glossary } };
}

const CSV_COLUMNS = [
  'date',
  'title',
  'ministry',
  'place',
  'participants',
  'officials',
  'agreements',
  'tags',
  'note',
  'url',
  'savedAt',
] as const;

/** RFC 4180 quoting; a leading = + - @ is prefixed with ' so spreadsheets do not run it as a formula. */
function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(readouts: ArchivedReadout[]): string {
  const rows = [CSV_COLUMNS.join(',')];
  for (const r of sortedByDate(readouts)) {
    const names = (kind: string) =>
      r.entities
        .filter((e) => e.kind === kind)
        .map((e) => e.name)
        .join('; ');
    const cells: Record<(typeof CSV_COLUMNS)[number], string> = {
      date: r.readout.date ?? '',
      title: r.readout.title,
      ministry: r.readout.ministry ?? '',
      place: r.readout.place ?? '',
      participants: r.readout.participants.map((p) => p.name).join('; '),
      officials: names('official'),
      agreements: names('agreement'),
      tags: r.tags.join('; '),
      note: r.note,
      url: r.url,
      savedAt: r.savedAt,
    };
    rows.push(CSV_COLUMNS.map((c) => csvCell(cells[c])).join(','));
  }
  return rows.join('\r\n') + '\r\n';
}

function sortedByDate(readouts: ArchivedReadout[]): ArchivedReadout[] {
  return [...readouts].sort(
    (a, b) => (a.readout.date ?? '').localeCompare(b.readout.date ?? '') || a.id.localeCompare(b.id),
  );
}

/**
 * Text from a page (or an import) as literal Markdown text: every character CommonMark or a
 * note tool gives meaning to is backslash-escaped, so no raw HTML (`<iframe>`, a tracking
 * `<img>`), no link or image (`[x](javascript:...)`, `![](https://tracker/)`), no autolink, entity
 * or emphasis survives, and a line cannot start a heading, list, quote or table.
 */
export function markdownText(s: string): string {
  return oneLine(s)
    .replace(/[\\`*_[\]<>!&#|~$%=^]/g, '\\$&')
    .replace(/^([-+]|\d+(?=[.)]))/, (lead) => (/\d/.test(lead) ? `${lead}\\` : `\\${lead}`));
}

/** A multi-line note: each non-empty line escaped, lines kept apart as hard breaks. */
function markdownLines(s: string): string {
  return s
    .split(/\r\n|\r|\n/)
    .map((line) => markdownText(line))
    .filter(Boolean)
    .join('\\\n');
}

/** YAML front matter values are JSON strings: valid YAML, and no value can break out of its line. */
export function toMarkdown(r: ArchivedReadout): string {
  const front = [
    '---',
    `title: ${JSON.stringify(r.readout.title)}`,
    `date: ${JSON.stringify(isoDateOrEmpty(r.readout.date))}`,
    `ministry: ${JSON.stringify(r.readout.ministry ?? '')}`,
    `url: ${JSON.stringify(safeHref(r.url) ?? '')}`,
    `saved: ${JSON.stringify(r.savedAt)}`,
    `tags: ${JSON.stringify(r.tags)}`,
    '---',
  ];
  const lines = [...front, '', `# ${markdownText(r.readout.title)}`, ''];
  if (r.readout.participants.length) {
    lines.push('## Participants', '');
    for (const p of r.readout.participants)
      lines.push(`- ${markdownText([p.name, p.title, p.country].filter(Boolean).join(', '))}`);
    lines.push('');
  }
  const entities = r.entities.filter((e) => e.kind !== 'other');
  if (entities.length) {
    lines.push('## Entities', '');
    for (const e of entities)
      lines.push(`- ${markdownText(e.name)} (${e.kind}${e.role ? `, ${markdownText(e.role)}` : ''})`);
    lines.push('');
  }
  if (r.note.trim()) lines.push('## Note', '', markdownLines(r.note), '');
  lines.push(
    '## Text',
    '',
    ...r.readout.body
      .map(markdownText)
      .filter(Boolean)
      .flatMap((p) => [p, '']),
  );
  return lines.join('\n');
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

const isoDateOrEmpty = (date: string | null) => (date !== null && isIsoDate(date) ? date : '');

/** A file name that every OS accepts: date, then a slug of the title, made unique. */
export function markdownFileNames(readouts: ArchivedReadout[]): string[] {
  const used = new Set<string>();
  return readouts.map((r) => {
    // Built from sanitised parts only: an ISO date (or "undated") and letters, digits and hyphens.
    const slug =
      r.readout.title
        .normalize('NFKC')
        .replace(/[^\p{L}\p{N}]+/gu, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 80) || 'readout';
    const base = `${isoDateOrEmpty(r.readout.date) || 'undated'}-${slug}`;
    let name = `${base}.md`;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base}-${n}.md`;
    used.add(name.toLowerCase());
    return name;
  });
}

export function toMarkdownZip(readouts: ArchivedReadout[]): Uint8Array {
  const sorted = sortedByDate(readouts);
  const names = markdownFileNames(sorted);
  const files: Record<string, Uint8Array> = {};
  sorted.forEach((r, i) => (files[`readout-lens/${names[i]!}`] = strToU8(toMarkdown(r))));
  return zipSync(files, { level: 6 });
}
