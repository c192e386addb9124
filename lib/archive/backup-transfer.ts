/**
 * Backups of any size between the archive page and the background, over a `runtime.connect`
 * port in chunks of a few MB (one runtime message is capped at 64 MiB in Chrome): export reads
 * the archive a page at a time, import sends the file's lines a chunk at a time and the
 * background applies them through the import journal. Both ends are here, free of `browser.*`:
 * the background serves a port (`serveBackupPort`), the page drives one (`exportBackup`,
 * `importBackup`). Only extension pages may open the port (see `portRefusal` in lib/messages.ts).
 */
import * as z from 'zod/mini';
import { err, ok, type Result } from '../model';
import {
  emptyCounts,
  headerLine,
  isVersion2Header,
  lineKind,
  linesOfVersion1,
  type Parsed,
} from './backup-format';
import type { ArchivedReadout, ArchiveStore, ExportPage, ImportReport, RecordCounts } from './index';
import { MAX_IMPORT_CHARS } from './exchange';

export const BACKUP_PORT = 'archive-backup';

/** A chunk of an import: at most this many characters or lines, whichever comes first. */
export const IMPORT_CHUNK_CHARS = 2_000_000;
export const IMPORT_CHUNK_LINES = 500;
/** How often an import reconnects after its port closed (the service worker was stopped). */
const MAX_RESUMES = 5;

/** The part of `runtime.Port` both ends use. */
export interface PortLike {
  postMessage(message: unknown): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
  disconnect(): void;
}

const Request = z.discriminatedUnion('op', [
  z.object({ re: z.number(), op: z.literal('export-page'), after: z.nullable(z.string()) }),
  z.object({ re: z.number(), op: z.literal('begin'), header: z.string() }),
  z.object({ re: z.number(), op: z.literal('resume'), importId: z.string() }),
  z.object({
    re: z.number(),
    op: z.literal('chunk'),
    importId: z.string(),
    firstLine: z.number(),
    lines: z.array(z.string()),
  }),
  z.object({ re: z.number(), op: z.literal('finish'), importId: z.string() }),
]);
type Request = z.infer<typeof Request>;
type Op = Request['op'];

interface Reply {
  re: number;
  result: Result<unknown>;
}

/**
 * The background's end of one port: answers each request in order. A port that closes while
 * its import is running (the page was closed) undoes that import.
 */
export function serveBackupPort(
  port: PortLike,
  archive: () => Promise<ArchiveStore>,
  describeError: (error: unknown) => string,
): void {
  let running: string | null = null;
  let queue: Promise<void> = Promise.resolve();
  const answer = async (request: Request): Promise<unknown> => {
    const store = await archive();
    switch (request.op) {
      case 'export-page':
        return store.exportPage(request.after);
      case 'begin': {
        const begun = await store.beginImport(request.header);
        running = begun.importId;
        return begun;
      }
      case 'resume': {
        const resumed = await store.resumeImport(request.importId);
        running = request.importId;
        return resumed;
      }
      case 'chunk':
        return store.importChunk(request.importId, request.firstLine, request.lines);
      case 'finish': {
        const report = await store.finishImport(request.importId);
        running = null;
        return report;
      }
    }
  };
  port.onMessage.addListener((raw) => {
    const parsed = z.safeParse(Request, raw);
    const re = typeof (raw as { re?: unknown } | null)?.re === 'number' ? (raw as { re: number }).re : -1;
    queue = queue.then(async () => {
      let result: Result<unknown>;
      if (!parsed.success) result = err(`malformed backup request: ${parsed.error.issues[0]?.message ?? ''}`);
      else result = await answer(parsed.data).then(ok, (error: unknown) => err(describeError(error)));
      try {
        port.postMessage({ re, result } satisfies Reply);
      } catch {
        // The page is gone; onDisconnect undoes its import.
      }
    });
  });
  port.onDisconnect.addListener(() => {
    const importId = running;
    running = null;
    if (importId !== null) void queue.then(() => archive().then((store) => store.abortImport(importId)));
  });
}

/** The port closed under a request (the service worker stopped, or the page is going away). */
export class PortClosed extends Error {
  constructor() {
    super('the connection to the background closed');
    this.name = 'PortClosed';
  }
}

/** The page's end of a port: one request at a time, each answered in order. */
function openChannel(connect: () => PortLike) {
  const port = connect();
  const waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let next = 0;
  let closed = false;
  port.onMessage.addListener((message) => {
    const reply = message as Reply;
    const waiter = waiting.get(reply.re);
    if (!waiter) return;
    waiting.delete(reply.re);
    if (reply.result.ok) waiter.resolve(reply.result.value);
    else waiter.reject(new Error(reply.result.error));
  });
  port.onDisconnect.addListener(() => {
    closed = true;
    for (const waiter of waiting.values()) waiter.reject(new PortClosed());
    waiting.clear();
  });
  return {
    call<T>(op: Op, fields: Record<string, unknown>): Promise<T> {
      if (closed) return Promise.reject(new PortClosed());
      const re = ++next;
      return new Promise<T>((resolve, reject) => {
        waiting.set(re, { resolve: resolve as (value: unknown) => void, reject });
        port.postMessage({ re, op, ...fields });
      });
    },
    close() {
      closed = true;
      port.disconnect();
    },
  };
}

export interface ExportedBackup {
  /** Record lines, in the archive's id order (glossary, then readouts). */
  lines: string[];
  counts: RecordCounts;
}

/** Reads the whole archive as backup lines, a page at a time. */
export async function exportBackup(
  connect: () => PortLike,
  onProgress: (counts: RecordCounts) => void = () => undefined,
): Promise<ExportedBackup> {
  const channel = openChannel(connect);
  try {
    const lines: string[] = [];
    const counts = emptyCounts();
    for (let after: string | null = null; ;) {
      const page: ExportPage = await channel.call<ExportPage>('export-page', { after });
      for (const line of page.lines) lines.push(line);
      counts.readouts += page.counts.readouts;
      counts.glossary += page.counts.glossary;
      counts.unreadable += page.counts.unreadable;
      onProgress(counts);
      if (page.next === null) return { lines, counts };
      after = page.next;
    }
  } finally {
    channel.close();
  }
}

/**
 * Sends a backup's lines (`lines()` reads them from the start, header first) in chunks. When
 * the port closes under it (Chrome stopped the service worker), it reconnects, asks where the
 * import stands and goes on from there. Any other failure ends the import: the background has
 * undone it, and the error says why.
 */
export async function importBackup(
  connect: () => PortLike,
  lines: () => AsyncIterable<string>,
  onProgress: (linesDone: number) => void = () => undefined,
  chunkLines: number = IMPORT_CHUNK_LINES,
): Promise<ImportReport> {
  let header: string | undefined;
  for await (const line of lines()) {
    header = line;
    break;
  }
  if (header === undefined) throw new Error('The file is empty.');
  let channel = openChannel(connect);
  try {
    const begun = await channel.call<{ importId: string; linesDone: number }>('begin', { header });
    const importId = begun.importId;
    let linesDone = begun.linesDone;
    for (let resumes = 0; ; resumes++) {
      try {
        let batch: string[] = [];
        let batchStart = 0;
        let chars = 0;
        const send = async () => {
          ({ linesDone } = await channel.call<{ linesDone: number }>('chunk', {
            importId,
            firstLine: batchStart,
            lines: batch,
          }));
          onProgress(linesDone);
          batch = [];
          chars = 0;
        };
        let lineNumber = 0;
        for await (const line of lines()) {
          if (++lineNumber <= linesDone) continue;
          if (!batch.length) batchStart = lineNumber;
          batch.push(line);
          chars += line.length;
          if (chars >= IMPORT_CHUNK_CHARS || batch.length >= chunkLines) await send();
        }
        if (batch.length) await send();
        return await channel.call<ImportReport>('finish', { importId });
      } catch (error) {
        if (!(error instanceof PortClosed) || resumes >= MAX_RESUMES) throw error;
        channel = openChannel(connect);
        ({ linesDone } = await channel.call<{ linesDone: number }>('resume', { importId }));
      }
    }
  } finally {
    // Closing the port while the import runs (the file could not be read) undoes it.
    channel.close();
  }
}

/** The lines of a text stream, without their line ends; a last empty line is not one. */
export async function* textLines(stream: ReadableStream<Uint8Array>): AsyncGenerator<string> {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  try {
    let rest = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      rest += decoder.decode(value, { stream: true });
      let start = 0;
      for (let end = rest.indexOf('\n'); end >= 0; end = rest.indexOf('\n', start)) {
        yield rest.slice(start, rest[end - 1] === '\r' ? end - 1 : end);
        start = end + 1;
      }
      rest = rest.slice(start);
      if (rest.length > MAX_IMPORT_CHARS)
        throw new Error(`A line is longer than ${MAX_IMPORT_CHARS} characters.`);
    }
    rest += decoder.decode();
    if (rest) yield rest.endsWith('\r') ? rest.slice(0, -1) : rest;
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}

const isGzip = (head: Uint8Array) => head[0] === 0x1f && head[1] === 0x8b;

/**
 * A backup file as lines of version 2, header first: a version 2 file (JSON Lines, gzipped or
 * not) is read as a stream each time; a version 1 file (one JSON document) is read and checked
 * whole, as before, and turned into lines.
 */
export async function backupLines(file: Blob): Promise<Parsed<() => AsyncIterable<string>>> {
  const gzipped = isGzip(new Uint8Array(await file.slice(0, 2).arrayBuffer()));
  const bytes = (): ReadableStream<Uint8Array> =>
    gzipped ? file.stream().pipeThrough(new DecompressionStream('gzip')) : file.stream();
  let first = '';
  for await (const line of textLines(bytes())) {
    first = line;
    break;
  }
  if (isVersion2Header(first)) return { ok: true, value: () => textLines(bytes()) };
  const converted = linesOfVersion1(await new Response(bytes()).text());
  if (!converted.ok) return converted;
  return {
    ok: true,
    value: async function* () {
      yield* converted.value;
    },
  };
}

/** Imports a backup file of either version; a file that cannot be read changes nothing. */
export async function importFile(
  connect: () => PortLike,
  file: Blob,
  onProgress?: (linesDone: number) => void,
  chunkLines?: number,
): Promise<ImportReport> {
  const lines = await backupLines(file);
  if (!lines.ok) throw new Error(`Import rejected, nothing changed. ${lines.error}`);
  return importBackup(connect, lines.value, onProgress, chunkLines);
}

/** The readouts among a backup's lines (for the Markdown and CSV exports). */
export function readoutsOf(backup: ExportedBackup): ArchivedReadout[] {
  return backup.lines
    .filter((line) => lineKind(line) === 'readouts')
    .map((line) => (JSON.parse(line) as { readout: ArchivedReadout }).readout);
}

/** The file a backup becomes (as Blob parts): the header line, then the record lines. */
export function backupParts(backup: ExportedBackup, exportedAt?: string): string[] {
  const parts = [headerLine(backup.counts, exportedAt), '\n'];
  for (const line of backup.lines) parts.push(line, '\n');
  return parts;
}
