/**
 * The reader: what turns an article page into a readout and its recognized terms. The KB's
 * decoding, the recognizer built from it (lib/recognize: titles, agreements, transliteration),
 * readout extraction (participants, countries' names) and the fold tables it is given. It is the
 * content script's largest code and only article pages need it, so it is a part
 * (entrypoints/part-reader.ts), loaded when a page turns out to be an article, while the KB file
 * is fetched; the content script imports only its type (./parts.ts).
 *
 * Readability and the Traditional Chinese table are provided to the reader, not to the content
 * script: the modules that use them are the reader's own copies.
 */
import { kbFromRecognitionFile, type Kb, type KbRecognitionEntity } from '../../lib/kb/core';
import { createRecognizer } from '../../lib/recognize';
import { analyzeArticle } from '../../lib/highlight/article-map';
import { readoutPublished } from '../../lib/ministries/pages';
import { provideReadability, ReadabilityNotLoaded } from '../../lib/ministries/readability';
import { provideTraditionalChinese, traditionalChineseWanted } from '../../lib/recognize/fold';

export interface ReaderPart {
  /** The KB from its recognition file (lib/kb/recognition-binary.ts). */
  decodeKb(file: ArrayBuffer): Kb<KbRecognitionEntity>;
  createRecognizer: typeof createRecognizer;
  analyzeArticle: typeof analyzeArticle;
  readoutPublished: typeof readoutPublished;
  /** Whether `error` (from `analyzeArticle`) says the layout needs Readability, not yet provided. */
  needsReadability(error: unknown): boolean;
  provideReadability: typeof provideReadability;
  provideTraditionalChinese: typeof provideTraditionalChinese;
  traditionalChineseWanted: typeof traditionalChineseWanted;
}

export const reader: ReaderPart = {
  decodeKb: kbFromRecognitionFile,
  createRecognizer,
  analyzeArticle,
  readoutPublished,
  needsReadability: (error) => error instanceof ReadabilityNotLoaded,
  provideReadability,
  provideTraditionalChinese,
  traditionalChineseWanted,
};
