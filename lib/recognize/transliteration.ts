/**
 * One key for the romanisations of one name: Petr / Petro / Pyotr Poroshenko, Sergei / Sergey
 * Lavrov, Yevgeny / Evgeny, Mohammad / Mohammed / Muhammad, Zelensky / Zelenskyy, Aleksandr /
 * Alexander, "Retno L.P. Marsudi" / "Retno Marsudi", "Marco Rubio Jr." / "Marco Rubio".
 *
 * The same rule is applied to the knowledge base's names and to names read off the page, so a
 * variant resolves to the person without listing every spelling. The rules only merge spellings
 * (they never split one), so a key is compared only with other keys, never shown.
 */

/** Whole-word variants no letter rule reaches. */
const WORD_VARIANTS: Record<string, string> = {
  petro: 'petr',
  peter: 'petr',
  petar: 'petr',
  piotr: 'petr',
  mikhailo: 'mihail',
  mykhailo: 'mihail',
  oleksandr: 'aleksandr',
  olexandr: 'aleksandr',
  oleksiy: 'aleksei',
  ibn: 'bin',
  bint: 'binti',
  abdel: 'abdul',
  abd: 'abdul',
};

const DROPPED = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** The spelling-independent form of one word (already lower case, without diacritics). */
function wordKey(word: string): string {
  let w = WORD_VARIANTS[word] ?? word;
  // Mohammad, Mohammed, Muhammad, Muhammed, Mohamed, Mohamad.
  if (/^m[ou]hh?amm?[ae]d$/.test(w)) return 'muhamad';
  w = w
    .replace(/x/g, 'ks')
    .replace(/kh/g, 'h')
    .replace(/ph/g, 'f')
    .replace(/^ye/, 'e')
    .replace(/yo/g, 'e')
    .replace(/^iu/, 'yu')
    .replace(/([^aeiouy])y([aeu])/g, '$1i$2')
    // Mykola / Mikola, Hrytsenko / Hritsenko.
    .replace(/([^aeiouy])y(?=[^aeiouy])/g, '$1i')
    // Alexander / Aleksandr.
    .replace(/ander$/, 'andr')
    .replace(/ey/g, 'ei')
    .replace(/ou/g, 'u');
  // Dmitry / Dmitriy / Dmitrii, Zelensky / Zelenskyy / Zelenskiy: one final i.
  if (w.length >= 4) w = w.replace(/(?:iy|yy|ii|ij|yi|y)$/, 'i');
  // Doubled letters are spelled single in some romanisations (Mohammed / Mohamed).
  return w.replace(/(.)\1+/g, '$1');
}

/**
 * The key of a Latin-script personal name, or undefined for a name in another script or of one
 * word only (a family name alone is too weak to carry a person across spellings).
 */
export function nameKey(name: string): string | undefined {
  const plain = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  if (!/^[A-Za-z\s.'’-]+$/.test(plain)) return undefined;
  const words = plain
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[\s-]+/)
    // Initials ("J.", "L.P.") are written by some pages and not others.
    .filter((w) => w && !/^(?:[a-z]\.)+$/.test(w) && !/^[a-z]$/.test(w))
    .map((w) => w.replace(/\.$/, ''))
    .filter((w) => !DROPPED.has(w));
  if (words.length < 2) return undefined;
  return words.map(wordKey).join(' ');
}

/** The consonant a katakana syllable starts with ('' for a vowel), by rows of the syllabary. */
const KANA_ROWS: [string, string][] = [
  ['アイウエオァィゥェォ', ''],
  ['カキクケコ', 'k'],
  ['ガギグゲゴ', 'g'],
  ['サスセソ', 's'],
  ['シ', 's'],
  ['ザズゼゾ', 'z'],
  ['ジ', 'j'],
  ['タテト', 't'],
  ['チ', 'c'],
  ['ツ', 't'],
  ['ダヂヅデド', 'd'],
  ['ナニヌネノ', 'n'],
  ['ハヒヘホ', 'h'],
  ['フ', 'f'],
  ['バビブベボ', 'b'],
  ['パピプペポ', 'p'],
  ['マミムメモ', 'm'],
  ['ヤユヨャュョ', 'y'],
  ['ラリルレロ', 'r'],
  ['ワヰヱヲ', 'w'],
  ['ヴ', 'v'],
];
/** Latin initials Japanese writes with each katakana consonant (L as R, V as B, C as K or S...). */
const SOUNDS_LIKE: Record<string, string> = {
  '': 'aeiouwyh',
  k: 'kcqx',
  g: 'g',
  s: 'scxzt',
  z: 'zsx',
  j: 'jgzy',
  t: 't',
  c: 'c',
  d: 'd',
  n: 'n',
  h: 'hf',
  f: 'fhpv',
  b: 'bv',
  p: 'p',
  m: 'm',
  y: 'yji',
  r: 'rl',
  w: 'wvou',
  v: 'vbw',
};

/**
 * Whether a katakana name could be a Latin-script family name by its first sound ("ビショップ" /
 * Bishop, "ラブロフ" / Lavrov, "ウォン" / Wong): a cheap check that a Japanese page's "ビショップ豪外相"
 * is the person the office and date point to, not someone else in that office.
 */
export function katakanaInitialFits(katakana: string, latin: string): boolean {
  const row = KANA_ROWS.find(([chars]) => chars.includes(katakana.charAt(0)));
  const initial = latin.normalize('NFD').charAt(0).toLowerCase();
  if (!row || !/[a-z]/.test(initial)) return false;
  return SOUNDS_LIKE[row[1]]!.includes(initial);
}
