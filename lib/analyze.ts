/**
 * The whole pipeline above painting, as one call: detect → extract → recognize → resolve.
 * The content script and the `analyze` command both run this.
 */
import type { AnalyzeResult } from './model';
import { extractReadout } from './ministries';
import type { Recognizer, Recognition } from './recognize';
import { withParticipantMentions } from './ministries/participant-mentions';

export interface AnalyzeOptions {
  /** Overrides the date read off the page (the `--date` flag). */
  date?: string;
}

export interface Analysis extends AnalyzeResult {
  /** Located mentions in `text`, for the highlighter. */
  recognition: Recognition;
  /** The text recognition scanned: title, then body paragraphs, one per line. */
  text: string;
}

export function analyzeDocument(
  doc: Document,
  url: string | null,
  recognizer: Recognizer,
  options: AnalyzeOptions = {},
): Analysis {
  const readout = extractReadout(url, doc);
  if (options.date) readout.date = options.date;
  const text = [readout.title, ...readout.body].join('\n');
  // The participants the title grammar names are officials, as in the content script.
  const recognition = withParticipantMentions(
    recognizer.recognize(text, { date: readout.date, language: readout.language }),
    text,
    readout.participants,
  );
  return { url, readout, entities: recognition.entities, recognition, text };
}
