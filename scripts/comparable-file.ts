/**
 * A saved readout (.html or .txt) read as `analyze` reads it, in the form the compare feature
 * takes (what the content script hands the archive: the readout, its entities, the keys of the
 * people who met).
 */
import { analyzeDocument } from '../lib/analyze';
import type { ComparableReadout } from '../lib/compare';
import { bundledKb } from '../lib/kb';
import { participantKeysOf } from '../lib/page-analysis';
import { createRecognizer, type Recognizer } from '../lib/recognize';
import { loadPageFile } from './page-file';

let recognizer: Recognizer | undefined;

export function comparableOf(document: Document, url: string | null): ComparableReadout {
  recognizer ??= createRecognizer(bundledKb());
  const { readout, entities, recognition } = analyzeDocument(document, url, recognizer);
  const titleEnd = readout.title.length;
  return {
    url,
    readout,
    entities,
    participantKeys: participantKeysOf(recognition, titleEnd, titleEnd + 1 + (readout.body[0]?.length ?? 0)),
  };
}

export async function loadComparable(path: string): Promise<ComparableReadout> {
  const page = await loadPageFile(path);
  try {
    return comparableOf(page.document, page.url);
  } finally {
    page.close();
  }
}
