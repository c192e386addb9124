/**
 * Foreign names written in Hangul ("페니 웡", "마리야 자하로바") against the KB's Latin spellings
 * (Penny Wong, Maria Zakharova): both are read into the same consonant skeleton, word by word,
 * as the katakana rule in transliteration.ts does for Japanese. Vowels are dropped; voicing, L/R,
 * M/N, P/F/B/V/W and the sibilants (s, z, sh, ch, j, ts) are not told apart, since Hangul writes
 * them with the same letters; Russian "kh" is Hangul ㅎ and counts as silent like h.
 */
import type { RecognizableEntity } from './entity';

/** Sounds of the 19 initial consonants, in Unicode order (ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ). */
const INITIALS = [
  'k',
  'k',
  'n',
  't',
  't',
  'r',
  'n',
  'b',
  'b',
  's',
  's',
  '',
  's',
  's',
  's',
  'k',
  't',
  'b',
  '',
];
/** The 21 vowels: those with a W glide (ㅘ ㅙ ㅚ ㅝ ㅞ ㅟ) sound a W, read as B like the Latin side. */
const GLIDES = new Set([9, 10, 11, 14, 15, 16]);
/** Sounds of the 28 finals, none first (ㄱ ㄲ ㄳ ㄴ ㄵ ㄶ ㄷ ㄹ ㄺ ㄻ ㄼ ㄽ ㄾ ㄿ ㅀ ㅁ ㅂ ㅄ ㅅ ㅆ ㅇ ㅈ ㅊ ㅋ ㅌ ㅍ ㅎ). */
const FINALS = [
  '',
  'k',
  'k',
  'ks',
  'n',
  'ns',
  'n',
  't',
  'r',
  'rk',
  'rn',
  'rb',
  'rs',
  'rt',
  'rb',
  'r',
  'n',
  'b',
  'bs',
  't',
  't',
  'nk',
  't',
  't',
  'k',
  't',
  'b',
  '',
];

const dedupe = (s: string) => s.replace(/(.)\1+/g, '$1');

/** One Hangul word's consonants ("웡" → bnk, "자하로바" → srb); undefined if it is not all syllables. */
export function hangulSkeleton(word: string): string | undefined {
  if (!/^[가-힣]+$/.test(word)) return undefined;
  let out = '';
  for (const ch of word) {
    const code = ch.charCodeAt(0) - 0xac00;
    const vowel = Math.floor((code % 588) / 28);
    out += INITIALS[Math.floor(code / 588)]! + (GLIDES.has(vowel) ? 'b' : '') + FINALS[code % 28]!;
  }
  return dedupe(out);
}

/**
 * One Latin word's consonants as Hangul would write them ("Wong" → bnk, "Zakharova" → srb). An R
 * before a consonant is silent in English-style Hangul (앨버트 for Albert) but written in
 * Russian-style (세르게이 for Sergey): `keepR` chooses.
 */
export function latinHangulSkeleton(word: string, keepR = false): string | undefined {
  const w = word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  if (!/^[a-z'-]+$/.test(w)) return undefined;
  const sounds = w
    .replace(/[^a-z]/g, '')
    // "Batmunkh" is 바트뭉흐: before kh an n is ng (ㅇ), and kh itself is ㅎ, silent like h.
    .replace(/nkh/g, 'ngh')
    .replace(/kh/g, 'h')
    .replace(/tsch|sch|sh|tch|ch|zh|dzh|dj|ts|tz/g, 's')
    .replace(/ph/g, 'f')
    .replace(/th/g, 't')
    .replace(/ck/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/([aeiou])w/g, '$1')
    .replace(/r(?=[^aeiouy]|$)/g, keepR ? 'r' : '');
  const CLASS: Record<string, string> = {
    b: 'b',
    p: 'b',
    f: 'b',
    v: 'b',
    w: 'b',
    d: 't',
    t: 't',
    g: 'k',
    k: 'k',
    c: 'k',
    q: 'k',
    s: 's',
    z: 's',
    j: 's',
    l: 'r',
    r: 'r',
    m: 'n',
    n: 'n',
  };
  let out = '';
  for (const ch of sounds) out += CLASS[ch] ?? '';
  return dedupe(out);
}

/** A whole name's skeleton, word by word; undefined if any word has none. */
function nameSkeleton(words: string[], skeleton: (w: string) => string | undefined): string | undefined {
  const parts = words.map(skeleton);
  return parts.some((p) => p === undefined) ? undefined : parts.join(' ');
}

/**
 * Looks up a Hangul name of two or more words among the KB officials by skeleton. A match must be
 * the only one (of several, the only one in office on the date) and, where the page says the
 * country ("호주 외교장관"), of that country. The index is built on the first Hangul name asked.
 */
export class HangulNames {
  private byKey?: Map<string, number[]>;
  constructor(
    private readonly entities: readonly RecognizableEntity[],
    private readonly inOffice: (entity: RecognizableEntity, date: string | null) => boolean,
  ) {}

  lookup(name: string, date: string | null, country?: string): number | undefined {
    const words = name.trim().split(/\s+/);
    if (words.length < 2) return undefined;
    const key = nameSkeleton(words, hangulSkeleton);
    // Too few consonants say nothing: "이 아" would fit hundreds of names.
    if (!key || key.replace(/ /g, '').length < 3) return undefined;
    let found = (this.index().get(key) ?? []).filter(
      (i) => !country || (this.entities[i]!.country ?? country) === country,
    );
    if (found.length > 1) found = found.filter((i) => this.inOffice(this.entities[i]!, date));
    return found.length === 1 ? found[0] : undefined;
  }

  private index(): Map<string, number[]> {
    if (this.byKey) return this.byKey;
    const byKey = new Map<string, number[]>();
    this.entities.forEach((e, i) => {
      if (e.kind !== 'official') return;
      for (const surface of [e.name, ...e.aliases]) {
        const words = surface.split(/\s+/);
        if (words.length < 2) continue;
        // Both R readings, and the words reversed: Korean writes Mongolian, Hungarian and East
        // Asian names family name first ("바트뭉흐 바트체첵" for Battsetseg Batmunkh).
        const keys = [false, true].flatMap((keepR) => {
          const key = nameSkeleton(words, (w) => latinHangulSkeleton(w, keepR));
          return key ? [key, key.split(' ').reverse().join(' ')] : [];
        });
        for (const key of new Set(keys)) {
          const list = byKey.get(key) ?? [];
          if (!list.includes(i)) list.push(i);
          byKey.set(key, list);
        }
      }
    });
    return (this.byKey = byKey);
  }
}
