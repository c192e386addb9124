/**
 * Full-text tokens for readouts in Latin and CJK scripts. Chinese and Japanese have no spaces
 * and Korean particles glue onto nouns, so a CJK run becomes overlapping character bigrams
 * (the approach of Lucene's CJKAnalyzer); other scripts split into lower-cased words.
 * The same function tokenizes documents and queries, so a query's bigrams must all occur.
 */

const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}ー々〆]/u;
const RUN =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}ー々〆]+|[\p{L}\p{N}\p{M}]+/gu;

export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  for (const [run] of text.normalize('NFKC').toLowerCase().matchAll(RUN)) {
    if (!CJK_CHAR.test(run[0]!)) {
      tokens.push(run);
      continue;
    }
    const chars = [...run];
    if (chars.length === 1) tokens.push(run);
    for (let i = 0; i + 1 < chars.length; i++) tokens.push(chars[i]! + chars[i + 1]!);
  }
  return tokens;
}

/** Whether a token came from a Latin-like word (prefix search makes sense only for those). */
export const isWordToken = (token: string): boolean => !CJK_CHAR.test(token[0] ?? '');
