/**
 * A readout's body as sentences, cut the way the date reader finds a lead's first sentence
 * (lib/ministries/dates.ts `firstSentence`: CJK full stops end one; "U.S.", "Dr." and initials
 * do not).
 */
import { firstSentence } from '../ministries/dates';

export interface Sentence {
  text: string;
  /** Index of the body paragraph it comes from. */
  paragraph: number;
}

export function splitSentences(paragraph: string): string[] {
  const out: string[] = [];
  let rest = paragraph.trim();
  while (rest) {
    const sentence = firstSentence(rest);
    out.push(sentence.trim());
    rest = rest.slice(sentence.length).trim();
  }
  return out;
}

export function sentencesOf(body: readonly string[]): Sentence[] {
  return body.flatMap((p, paragraph) => splitSentences(p).map((text) => ({ text, paragraph })));
}
