/**
 * Text folding for matching: case, full-width forms, Latin diacritics, quotes, dashes, runs of
 * white space, and Traditional Chinese characters to Simplified (中華人民共和國 matches the KB's
 * 中华人民共和国; one character to one, from OpenCC's table, so offsets hold). The content script
 * is built without that table (lib/content-build.ts): until `provideTraditionalChinese` gives it,
 * Han characters stay as they are and `traditionalChineseWanted` tells the session to load it. The page is folded once; `start`/`end` map every folded code unit back to the
 * original text, because whitespace runs collapse (the only fold that changes length).
 */

import { bundledTraditionalChinese, type TraditionalChineseTable } from './traditional-chinese-table';

export interface FoldedText {
  folded: string;
  /** `start[i]`: offset in the original text of the character folded into `folded[i]`. */
  start: Uint32Array;
  /** `end[i]`: offset just past that original character. */
  end: Uint32Array;
}

const QUOTES: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
  '\u201B': "'",
  '\u2032': "'",
  '`': "'",
  '\u00B4': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u201F': '"',
  '\u00AB': '"',
  '\u00BB': '"',
  '\u2033': '"',
};

const STROKED: Record<string, string> = {
  ø: 'o',
  Ø: 'o',
  ð: 'd',
  Ð: 'd',
  đ: 'd',
  Đ: 'd',
  ł: 'l',
  Ł: 'l',
  ħ: 'h',
  Ħ: 'h',
  ŧ: 't',
  Ŧ: 't',
};

/** The fold of one code unit, worked out (`foldChar` looks it up for the common blocks). */
function computeFold(code: number): number {
  if (code < 0x80)
    return code >= 65 && code <= 90 ? code + 32 : code === 9 || code === 10 || code === 13 ? 32 : code;
  // Full-width ASCII (ＲＣＥＰ) and the ideographic space.
  if (code >= 0xff01 && code <= 0xff5e) return computeFold(code - 0xfee0);
  if (code === 0x3000 || code === 0xa0 || (code >= 0x2000 && code <= 0x200a) || code === 0x202f) return 32;
  // Hyphens, dashes, minus and their small/full-width forms.
  if ((code >= 0x2010 && code <= 0x2015) || code === 0x2212 || code === 0xfe58 || code === 0xfe63) return 45;
  const ch = String.fromCharCode(code);
  const quote = QUOTES[ch];
  if (quote) return quote.charCodeAt(0);
  // Letters with a stroke or bar, which NFD leaves whole, to the plain letter English copy writes
  // for them (Støre → Store, Gísladóttir → Gisladottir, Wałęsa → Walesa, Đức → Duc): one to one.
  const stroked = STROKED[ch];
  if (stroked) return stroked.charCodeAt(0);
  if (code < 0x250 || (code >= 0x370 && code < 0x530)) {
    // Latin with diacritics to the base letter (Communiqué → communique); Greek/Cyrillic case.
    const base = ch.normalize('NFD').charCodeAt(0);
    const lower = String.fromCharCode(base).toLowerCase();
    // "Ǿ" decomposes to "Ø" and a mark: its base folds on as a stroked letter.
    const plain = STROKED[lower];
    if (plain) return plain.charCodeAt(0);
    return lower.length === 1 ? lower.charCodeAt(0) : base;
  }
  return code;
}

/** Code units below this (Latin, Greek, Cyrillic, general punctuation) fold through a table. */
const TABLE_END = 0x2100;
/** A table entry not computed yet (no code unit below TABLE_END folds to it). */
const UNSET = 0xffff;
let table: Uint16Array | undefined;

/**
 * Filled one code unit at a time as text meets it: a page uses a few dozen of the 8,448 entries,
 * and computing all of them (NFD of every Latin, Greek and Cyrillic letter) was a tenth of the
 * content script's first recognition.
 */
function foldTable(): Uint16Array {
  table ??= new Uint16Array(TABLE_END).fill(UNSET);
  return table;
}

function tableFold(t: Uint16Array, code: number): number {
  const c = t[code]!;
  return c === UNSET ? (t[code] = computeFold(code)) : c;
}

/** Traditional → Simplified by code unit, over the span the table's characters occupy. */
let hanTable: Uint16Array | undefined;
let hanStart = 0;
let traditionalChinese: TraditionalChineseTable | null = bundledTraditionalChinese;
/** A Han character met while the table was missing: folding it may have missed a Traditional form. */
let wanted = false;

/**
 * Gives the fold its Traditional Chinese table (the content script's part, once loaded); null
 * takes it away again (tests of the content script's start without it).
 */
export function provideTraditionalChinese(table: TraditionalChineseTable | null): void {
  traditionalChinese = table;
  hanTable = undefined;
  wanted = false;
}

/** Whether text with Han characters was folded without the table since it was last provided. */
export const traditionalChineseWanted = (): boolean => wanted;

/** The table's pairs: `from[i]` (Traditional) folds to `to[i]` (Simplified); none without the table. */
export function traditionalToSimplified(): { from: string; to: string } {
  if (!traditionalChinese) return { from: '', to: '' };
  let code = 0;
  const from = traditionalChinese.fromGaps
    .split(',')
    .map((gap) => String.fromCharCode((code += parseInt(gap, 36))))
    .join('');
  return { from, to: traditionalChinese.to };
}

/** Built on the first Han character, so that pages without Chinese never pay for it. */
function simplifiedTable(): Uint16Array | undefined {
  if (hanTable) return hanTable;
  if (!traditionalChinese) {
    wanted = true;
    return undefined;
  }
  const { from, to } = traditionalToSimplified();
  let low = 0xffff;
  let high = 0;
  for (let i = 0; i < from.length; i++) {
    low = Math.min(low, from.charCodeAt(i));
    high = Math.max(high, from.charCodeAt(i));
  }
  const table = new Uint16Array(high - low + 1);
  for (let i = 0; i < from.length; i++) table[from.charCodeAt(i) - low] = to.charCodeAt(i);
  hanStart = low;
  return (hanTable = table);
}

/** The Simplified form of a Traditional Chinese code unit, or the code unit itself. */
function simplified(code: number): number {
  const table = simplifiedTable();
  if (!table) return code;
  const at = code - hanStart;
  return at >= 0 && at < table.length ? table[at]! || code : code;
}

/** Han characters (CJK Extension A and the unified block): where Traditional forms live. */
const isHan = (code: number) => code >= 0x3400 && code <= 0x9fff;

/** Folds one UTF-16 code unit to exactly one code unit (or to a space, for white space). */
export function foldChar(code: number): number {
  if (code < TABLE_END) return tableFold(foldTable(), code);
  if (isHan(code)) return simplified(code);
  // Above the table only these fold (quotes and diacritics all lie below it); CJK stays as is.
  if (
    code === 0x3000 ||
    code === 0x2212 ||
    code === 0xfe58 ||
    code === 0xfe63 ||
    (code >= 0xff01 && code <= 0xff5e)
  )
    return computeFold(code);
  return code;
}

export function foldText(text: string): FoldedText {
  const n = text.length;
  const out = new Uint16Array(n);
  const start = new Uint32Array(n);
  const end = new Uint32Array(n);
  let len = 0;
  const common = foldTable();
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    const c = code < TABLE_END ? tableFold(common, code) : foldChar(code);
    if (c === 32 && len > 0 && out[len - 1] === 32) {
      end[len - 1] = i + 1;
      continue;
    }
    out[len] = c;
    start[len] = i;
    end[len] = i + 1;
    len++;
  }
  return { folded: decode(out, len), start: start.subarray(0, len), end: end.subarray(0, len) };
}

// One native decode instead of string concatenation of spread chunks (a tenth of the time on a
// 1 MB page). A lone surrogate becomes U+FFFD, still one code unit, so offsets are unchanged.
const UTF16 = new TextDecoder('utf-16le');

function decode(codes: Uint16Array, len: number): string {
  return UTF16.decode(codes.subarray(0, len));
}

/**
 * `text` with Traditional Chinese characters in their Simplified form and nothing else changed
 * (same length, same offsets): for the Chinese title and agreement patterns, written in
 * Simplified. The text itself when it has none.
 */
export function simplifiedChinese(text: string): string {
  const n = text.length;
  let out: Uint16Array | undefined;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    if (!isHan(code)) continue;
    const s = simplified(code);
    if (s === code) continue;
    if (!out) {
      out = new Uint16Array(n);
      for (let j = 0; j < n; j++) out[j] = text.charCodeAt(j);
    }
    out[i] = s;
  }
  return out ? decode(out, n) : text;
}

/** The folded form of a name or alias, trimmed: the key the automaton and entity keys use. */
export function foldKey(s: string): string {
  const trimmed = s.trim();
  // Printable ASCII (most aliases) folds to lowercase with single spaces; skip the offset maps.
  if (/^[\x20-\x7e]*$/.test(trimmed)) return trimmed.toLowerCase().replace(/ {2,}/g, ' ');
  return foldText(trimmed).folded;
}
