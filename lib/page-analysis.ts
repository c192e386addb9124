/**
 * What the content script knows about its page, in the form the popup and the archive take.
 */
import type { FoundEntity, Readout } from './model';
import type { Recognition } from './recognize';

export interface PageAnalysis {
  url: string;
  readout: Readout;
  /** The publication date, when the page gives one (`readout.date` is the meeting's if known). */
  published?: string | null;
  entities: FoundEntity[];
  /** Entity keys of the people who met (participants), for "related" weighting. */
  participantKeys: string[];
}

/**
 * Participants are the officials the title names, else those named in the opening paragraph.
 * `titleEnd` is where the title stops in the recognized text.
 */
export function participantKeysOf(
  recognition: Recognition,
  titleEnd: number,
  firstParagraphEnd: number,
): string[] {
  const officials = new Set(recognition.entities.filter((e) => e.kind === 'official').map((e) => e.key));
  const inTitle = recognition.mentions
    .filter((m) => m.start < titleEnd && officials.has(m.key))
    .map((m) => m.key);
  const keys = inTitle.length
    ? inTitle
    : recognition.mentions
        .filter((m) => m.start < firstParagraphEnd && officials.has(m.key))
        .map((m) => m.key);
  return [...new Set(keys)];
}
