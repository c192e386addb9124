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
export function latinHangulSkeleton(word: string, keepR = false, japanese = false): string | undefined {
  let w = word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  if (!/^[a-z'-]+$/.test(w)) return undefined;
  // A Japanese name in Hepburn as Korean writes it: "fu" is 후 (Fumio 후미오), and a doubled
  // consonant is the final ㅅ before it (Hokkaido 홋카이도, Nippon 닛폰, Issei 잇세이).
  if (japanese)
    w = w
      .replace(/f(?=u)/g, 'h')
      // "d", not "t": "ts" would read as one sibilant below.
      .replace(/([kps])\1/g, 'd$1')
      .replace(/t(?=ch)|c(?=ch)/g, 'd');
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
    // A W after a vowel is silent ("Andrew", "Dawson") unless a vowel follows: "Iwaya" 이와야 and
    // "Kamikawa" 가미카와 write it with a glide.
    .replace(/([aeiou])w(?![aeiouy])/g, '$1')
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
    if (words.length < 2) return this.chinese(words[0] ?? '', date, country);
    const key = nameSkeleton(words, hangulSkeleton);
    // Too few consonants say nothing: "이 아" would fit hundreds of names.
    if (!key || key.replace(/ /g, '').length < 3) return undefined;
    let found = (this.index().get(key) ?? []).filter(
      (i) => !country || (this.entities[i]!.country ?? country) === country,
    );
    if (found.length > 1) found = found.filter((i) => this.inOffice(this.entities[i]!, date));
    return found.length === 1 ? found[0] : undefined;
  }

  private byPinyin?: Map<string, number[]>;

  /**
   * A Chinese official written in Hangul as one word ("왕이", "마자오쉬"): the KB's Chinese
   * officials' pinyin names, spelt by the Korean orthography for Chinese, must give it exactly.
   */
  private chinese(word: string, date: string | null, country?: string): number | undefined {
    if (word.length < 2 || (country && country !== 'CN')) return undefined;
    if (!this.byPinyin) {
      this.byPinyin = new Map();
      this.entities.forEach((e, i) => {
        if (e.kind !== 'official' || e.country !== 'CN') return;
        for (const surface of [e.name, ...e.aliases]) {
          const key = /^[A-Za-z]+(?:[ -][A-Za-z]+)+$/.test(surface) ? pinyinToHangul(surface) : undefined;
          if (!key) continue;
          const list = this.byPinyin!.get(key) ?? [];
          if (!list.includes(i)) list.push(i);
          this.byPinyin!.set(key, list);
        }
      });
    }
    let found = this.byPinyin.get(word) ?? [];
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
        const japanese = e.country === 'JP';
        const keys = [false, true].flatMap((keepR) => {
          const key = nameSkeleton(words, (w) => latinHangulSkeleton(w, keepR, japanese));
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

// ---- Chinese names: pinyin as Korean writes it ----------------------------------------------

/** Pinyin initials and the Hangul initial (index among the 19) the foreign-word orthography gives them. */
const PINYIN_INITIALS: [string, number][] = [
  ['zh', 12],
  ['ch', 14],
  ['sh', 9],
  ['b', 7],
  ['p', 17],
  ['m', 6],
  ['f', 17],
  ['d', 3],
  ['t', 16],
  ['n', 2],
  ['l', 5],
  ['g', 0],
  ['k', 15],
  ['h', 18],
  ['j', 12],
  ['q', 14],
  ['x', 9],
  ['r', 5],
  ['z', 13],
  ['c', 14],
  ['s', 10],
  ['y', 11],
  ['w', 11],
  ['', 11],
];
/**
 * Pinyin finals as [vowel (index among the 21), final (index among the 28), the syllable written
 * after it]: "ao" is 아오, "ian" is 옌 (롄, 톈), "un" is 운 (쿤, 쑨), "ui" is 우이 (후이).
 */
const PINYIN_FINALS: Record<string, [number, number, string]> = {
  a: [0, 0, ''],
  o: [8, 0, ''],
  e: [4, 0, ''],
  ai: [0, 0, '이'],
  ei: [5, 0, '이'],
  ao: [0, 0, '오'],
  ou: [4, 0, '우'],
  an: [0, 4, ''],
  en: [4, 4, ''],
  ang: [0, 21, ''],
  eng: [4, 21, ''],
  er: [4, 8, ''],
  ong: [13, 21, ''],
  i: [20, 0, ''],
  ia: [2, 0, ''],
  ie: [7, 0, ''],
  iao: [2, 0, '오'],
  iu: [17, 0, ''],
  iou: [17, 0, ''],
  ian: [7, 4, ''],
  in: [20, 4, ''],
  iang: [2, 21, ''],
  ing: [20, 21, ''],
  iong: [17, 21, ''],
  u: [13, 0, ''],
  ua: [9, 0, ''],
  uo: [14, 0, ''],
  uai: [9, 0, '이'],
  ui: [13, 0, '이'],
  uan: [9, 4, ''],
  un: [13, 4, ''],
  uang: [9, 21, ''],
  ueng: [14, 21, ''],
  ü: [16, 0, ''],
  üe: [15, 0, ''],
  üan: [16, 0, '안'],
  ün: [16, 4, ''],
};
/** After ㅈ ㅉ ㅊ a Y vowel is written plain (jia 자, jiu 주, jie 제): ㅑ ㅕ ㅛ ㅠ ㅖ → ㅏ ㅓ ㅗ ㅜ ㅔ. */
const PLAIN_AFTER_AFFRICATE: Record<number, number> = { 2: 0, 6: 4, 12: 8, 17: 13, 7: 5 };
const hangulSyllable = (initial: number, vowel: number, final: number) =>
  String.fromCharCode(0xac00 + (initial * 21 + vowel) * 28 + final);

/** One pinyin syllable in Hangul ("zhao" → 자오, "xu" → 쉬, "wang" → 왕); undefined if it is none. */
function pinyinSyllableHangul(syllable: string): string | undefined {
  for (const [latin, initial] of PINYIN_INITIALS) {
    if (!syllable.startsWith(latin)) continue;
    let rest = syllable.slice(latin.length);
    if (!rest) return undefined;
    // Y and W spell the finals of syllables with no initial: yi, ya, you, yu(ü), wu, wa, wei, wen.
    if (latin === 'y') rest = /^u/.test(rest) ? 'ü' + rest.slice(1) : /^i/.test(rest) ? rest : 'i' + rest;
    else if (latin === 'w')
      rest = rest === 'u' ? 'u' : rest === 'ei' ? 'ui' : rest === 'en' ? 'un' : 'u' + rest;
    // After j, q, x "u" is ü (xu 쉬, juan 쥐안, xun 쉰).
    else if (/^[jqx]$/.test(latin) && rest.startsWith('u')) rest = 'ü' + rest.slice(1);
    else if (rest.startsWith('v')) rest = 'ü' + rest.slice(1);
    const final = PINYIN_FINALS[rest];
    if (!final) continue;
    const coda = final[1];
    let [vowel, , after] = final;
    // A syllable with no initial: "wei" is 웨이, "wen" 원, "weng" 웡, "yue" 웨, "yuan" 위안.
    if (latin === 'w' && rest === 'ui') [vowel, after] = [15, '이'];
    if (latin === 'w' && rest === 'un') vowel = 14;
    // zhi, chi, shi, ri, zi, ci, si are 즈 츠 스 르 쯔 츠 쓰.
    if (rest === 'i' && /^(?:zh|ch|sh|r|z|c|s)$/.test(latin)) vowel = 18;
    if ([12, 13, 14].includes(initial)) vowel = PLAIN_AFTER_AFFRICATE[vowel] ?? vowel;
    return hangulSyllable(initial, vowel, coda) + after;
  }
  return undefined;
}

/** A word of pinyin syllables split so that every part is a syllable, longest first. */
function pinyinSyllables(word: string): string[] | undefined {
  if (!word) return [];
  for (let len = Math.min(6, word.length); len >= 1; len--) {
    const head = word.slice(0, len);
    if (pinyinSyllableHangul(head) === undefined) continue;
    const rest = pinyinSyllables(word.slice(len));
    if (rest) return [head, ...rest];
  }
  return undefined;
}

/**
 * A Chinese name in pinyin as Korean writes it, by the foreign-word orthography, without spaces
 * ("Wang Yi" → 왕이, "Ma Zhaoxu" → 마자오쉬, "Liu Jianchao" → 류젠차오); undefined if a word is
 * not pinyin.
 */
export function pinyinToHangul(name: string): string | undefined {
  let out = '';
  for (const word of name
    .toLowerCase()
    .replace(/[’']/g, ' ')
    .split(/[\s-]+/)) {
    if (!word) continue;
    if (!/^[a-zü]+$/.test(word)) return undefined;
    const syllables = pinyinSyllables(word);
    if (!syllables) return undefined;
    for (const s of syllables) out += pinyinSyllableHangul(s)!;
  }
  return out || undefined;
}
