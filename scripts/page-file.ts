/**
 * Reads a saved page (.html) or a plain-text readout (.txt) into a DOM Document with happy-dom,
 * so Node runs the same extraction code as the content script.
 */
import { readFile, stat } from 'node:fs/promises';
import { Window } from 'happy-dom';

export class InputError extends Error {}

export interface PageFile {
  document: Document;
  /** The page's URL when the file says (a `url:` header line in a .txt). */
  url: string | null;
  close(): void;
}

/** Corpus .txt files carry a `key: value` header above a `---` line; plain .txt files do not. */
export function splitTextHeader(text: string): { header: Record<string, string>; body: string } {
  const lines = text.split(/\r?\n/);
  const sep = lines.findIndex((l) => l.trim() === '---');
  if (sep <= 0 || !lines.slice(0, sep).every((l) => !l.trim() || /^[a-z][\w-]*:\s/i.test(l))) {
    return { header: {}, body: text };
  }
  const header: Record<string, string> = {};
  for (const line of lines.slice(0, sep)) {
    const m = /^([a-z][\w-]*):\s*(.*)$/i.exec(line);
    if (m) header[m[1]!.toLowerCase()] = m[2]!.trim();
  }
  return { header, body: lines.slice(sep + 1).join('\n') };
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * The corpus header's `source:` line describes page chrome that was stripped from the text
 * (an RSS pubDate, the page's date line, a timestamp). A browser would see that chrome, so it
 * is put back as the publication-time meta tag a page carries. The header's `date:` (the gold
 * answer) is never read.
 */
export function publicationTimeFromSource(source: string): string | null {
  const rss = /pubDate \w{3}, (\d{2}) (\w{3}) (\d{4}) (\d{2}:\d{2}:\d{2}) ([+-]\d{4})/.exec(source);
  if (rss) {
    const month = String(MONTHS.indexOf(rss[2]!.toLowerCase()) + 1).padStart(2, '0');
    return `${rss[3]}-${month}-${rss[1]}T${rss[4]}${rss[5]!.slice(0, 3)}:${rss[5]!.slice(3)}`;
  }
  const isoDay = /(?:page date|'Date) (\d{4}-\d{2}-\d{2})/.exec(source);
  if (isoDay) return isoDay[1]!;
  const stamp = /timestamp '(\d{1,2}) (\w+) (\d{4}) (\d{2}:\d{2})'/.exec(source);
  if (stamp) {
    const month = MONTHS.indexOf(stamp[2]!.slice(0, 3).toLowerCase()) + 1;
    if (month > 0)
      return `${stamp[3]}-${String(month).padStart(2, '0')}-${stamp[1]!.padStart(2, '0')}T${stamp[4]}`;
  }
  return null;
}

/** A plain-text readout as a minimal article page: first non-empty line is the title. */
export function textToHtml(title: string, paragraphs: string[], publishedTime: string | null = null): string {
  const meta = publishedTime
    ? `<meta property="article:published_time" content="${escapeHtml(publishedTime)}">`
    : '';
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>${meta}</head><body><article><h1>${escapeHtml(title)}</h1>${paragraphs
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join('')}</article></body></html>`;
}

export async function loadPageFile(path: string): Promise<PageFile> {
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new InputError(`not a file: ${path}`);
    bytes = await readFile(path);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  if (bytes.length === 0 || !bytes.toString('utf8').trim()) throw new InputError(`empty file: ${path}`);
  if (bytes.includes(0)) throw new InputError(`binary file, expected .html or .txt: ${path}`);
  const text = bytes.toString('utf8');
  if (text.includes('\uFFFD')) throw new InputError(`not UTF-8 text: ${path}`);

  let html: string;
  let url: string | null = null;
  if (/\.html?$/i.test(path) || /^\s*(<!doctype html|<html)/i.test(text)) {
    html = text;
  } else {
    const { header, body } = splitTextHeader(text);
    if (header.url && URL.canParse(header.url)) url = header.url;
    const lines = body
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean);
    const title = header.title ?? lines.shift() ?? '';
    if (header.title && lines[0] === header.title) lines.shift();
    html = textToHtml(title, lines, header.source ? publicationTimeFromSource(header.source) : null);
  }
  return { ...htmlDocument(html, url), url };
}

/** Parses HTML into a Document with happy-dom, scripts and subresources off (a page is data here). */
export function htmlDocument(html: string, url: string | null): { document: Document; close(): void } {
  const window = new Window({
    url: url ?? 'about:blank',
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
    },
  });
  window.document.write(html);
  return { document: window.document as unknown as Document, close: () => void window.happyDOM.close() };
}
