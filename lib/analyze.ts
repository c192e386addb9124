/**
 * The whole pipeline above painting, as one call: detect → extract → recognize → resolve.
 * The content script and the `analyze` command both run this.
 */
import type { AnalyzeResult } from './model';
import { extractReadout, readoutAuthor } from './ministries';
import type { Recognizer, Recognition } from './recognize';
import { withFirstPersonAuthor, withParticipantMentions } from './ministries/participant-mentions';

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
  const extracted = extractReadout(url, doc);
  if (options.date) extracted.date = options.date;
  const text = [extracted.title, ...extracted.body].join('\n');
  // The participants the title grammar names are officials, as in the content script; so is
  // the author of a first-person readout.
  const { readout, recognition } = withFirstPersonAuthor(
    extracted,
    withParticipantMentions(
      recognizer.recognize(text, { date: extracted.date, language: extracted.language }),
      text,
      extracted.participants,
    ),
    readoutAuthor(url, doc, extracted),
    recognizer,
  );
  return { url, readout, entities: recognition.entities, recognition, text };
}
