/** The recognizer over the shipped KB, and the officials it finds, as the grammar tests read them. */
import { createRecognizer } from '../../lib/recognize';
import { recognitionKb } from '../../lib/kb';

export const shipped = createRecognizer(recognitionKb());

/** Each official found in `text` on `date`: its KB id and its surface forms joined by '|'. */
export const officials = (text: string, date: string | null) =>
  shipped
    .recognize(text, { date })
    .entities.filter((e) => e.kind === 'official')
    .map((e) => [e.id, e.surfaces.join('|')]);
