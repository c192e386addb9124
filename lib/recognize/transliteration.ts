/**
 * Romanisations of one name, both ways round, in one place:
 * - `nameVariants`: the other spellings readouts write for a KB person (Sergei/Sergey,
 *   Petro/Petr/Pyotr, Zelenskyy/Zelensky, "Jr."/"Jr"); the KB build adds them as aliases and the
 *   recognizer compiles them as patterns.
 * - `nameKey`: one key for every romanisation of a name (Petr / Petro / Pyotr Poroshenko, Yevgeny /
 *   Evgeny, Mohammad / Mohammed / Muhammad, Aleksandr / Alexander, "Retno L.P. Marsudi" / "Retno
 *   Marsudi"), applied to the KB's names and to names read off the page, so a spelling no alias
 *   lists still resolves to the person. It only merges spellings (never splits one), so a key is
 *   compared only with other keys, never shown.
 * Both read the same table of given names romanised several ways.
 * - `katakanaInitialFits`: whether a Japanese katakana name can be a Latin family name.
 */

/** Countries whose officials' names are romanised from Cyrillic. */
const CYRILLIC_NAME_COUNTRIES = new Set([
  'RU',
  'UA',
  'BY',
  'KZ',
  'KG',
  'TJ',
  'TM',
  'UZ',
  'AZ',
  'AM',
  'GE',
  'MD',
  'BG',
  'RS',
  'MK',
  'ME',
  'BA',
  'MN',
]);

/** Given names romanised in several ways; each group is one name. */
const GIVEN_NAME_GROUPS: readonly (readonly string[])[] = [
  ['Sergei', 'Sergey', 'Serhiy', 'Serhii', 'Sergiy'],
  ['Petro', 'Petr', 'Pyotr', 'Pyotor'],
  ['Yuri', 'Yury', 'Yuriy', 'Yurii', 'Iurii'],
  ['Dmitry', 'Dmitri', 'Dmitriy', 'Dmytro'],
  ['Andrei', 'Andrey', 'Andriy', 'Andrii'],
  ['Alexei', 'Alexey', 'Aleksei', 'Aleksey', 'Oleksiy', 'Oleksii'],
  ['Alexander', 'Aleksandr', 'Alexandr', 'Oleksandr'],
  ['Nikolai', 'Nikolay', 'Mykola'],
  ['Mikhail', 'Mykhailo'],
  ['Vasily', 'Vasili', 'Vasiliy', 'Vasyl'],
  ['Yevgeny', 'Evgeny', 'Evgeni', 'Yevgeni', 'Yevhen'],
  ['Anatoly', 'Anatoli', 'Anatoliy', 'Anatolii'],
  ['Vitaly', 'Vitali', 'Vitaliy', 'Vitalii'],
  ['Grigory', 'Grigori', 'Hryhoriy'],
  ['Valery', 'Valeri', 'Valeriy', 'Valerii'],
  ['Arseniy', 'Arseny', 'Arsenii'],
  ['Volodymyr', 'Vladimir'],
  ['Maxim', 'Maksim', 'Maksym'],
  ['Yulia', 'Yuliya', 'Iulia'],
  ['Natalia', 'Natalya', 'Nataliya'],
  ['Tatiana', 'Tatyana', 'Tetiana'],
];

const GIVEN_VARIANTS = new Map<string, readonly string[]>(
  GIVEN_NAME_GROUPS.flatMap((group) => group.map((name) => [name, group] as const)),
);

/** Word endings romanised in several ways (Zelenskyy/Zelensky/Zelenskiy, Lavrov stays Lavrov). */
const ENDING_GROUPS: readonly (readonly string[])[] = [
  ['skyy', 'sky', 'skiy', 'skyi', 'ski'],
  ['tskyi', 'tsky', 'tskiy'],
];

/** Ukrainian romanisations: for Ukrainian officials (and names of unknown origin), not Russian ones. */
const UKRAINIAN_FORMS = new Set(
  'Serhiy Serhii Sergiy Petro Dmytro Andriy Andrii Oleksiy Oleksii Oleksandr Mykola Mykhailo Vasyl Yevhen Hryhoriy Volodymyr Maksym Tetiana Iurii'.split(
    ' ',
  ),
);

function wordVariants(word: string, ukrainian: boolean): string[] {
  const given = (GIVEN_VARIANTS.get(word) ?? []).filter((w) => ukrainian || !UKRAINIAN_FORMS.has(w));
  const found = new Set<string>([word, ...given]);
  for (const group of ENDING_GROUPS) {
    const ending = group.find((e) => word.endsWith(e) && word.length > e.length + 2);
    if (!ending) continue;
    const stem = word.slice(0, word.length - ending.length);
    for (const other of group) found.add(stem + other);
    break;
  }
  return [...found];
}

/** "John Smith Jr." ↔ "John Smith Jr" ↔ "John Smith, Jr.": the suffix written three ways. */
function suffixVariants(name: string): string[] {
  const m = /^(.*?),?\s+(Jr|Sr)\.?$/.exec(name);
  if (!m) return [];
  const [, base, suffix] = m;
  return [`${base} ${suffix}.`, `${base} ${suffix}`, `${base}, ${suffix}.`];
}

/** At most this many variants per name: a long name's combinations stay few. */
const MAX_VARIANTS = 12;

/**
 * Other spellings of `name` (not including `name` itself), for officials of `country` (ISO
 * alpha-2), or 'unknown' for a name found on a page. Only Latin-script names vary.
 */
export function nameVariants(name: string, country: string): string[] {
  const out = new Set<string>(suffixVariants(name));
  if (country === 'unknown' || CYRILLIC_NAME_COUNTRIES.has(country)) {
    let combos: string[] = [''];
    for (const word of name.split(' ')) {
      const options = wordVariants(word, country === 'UA' || country === 'unknown');
      combos = combos.flatMap((c) => options.map((o) => (c ? `${c} ${o}` : o))).slice(0, MAX_VARIANTS);
    }
    for (const c of combos) out.add(c);
  }
  out.delete(name);
  return [...out];
}

/** Whole-word variants no letter rule or given-name group reaches. */
const OTHER_WORD_VARIANTS: Record<string, string> = {
  peter: 'petr',
  petar: 'petr',
  piotr: 'petr',
  mikhailo: 'mihail',
  olexandr: 'aleksandr',
  ibn: 'bin',
  bint: 'binti',
  abdel: 'abdul',
  abd: 'abdul',
};

const DROPPED = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** One word by the letter rules alone (already lower case, without diacritics). */
function letterKey(word: string): string {
  let w = OTHER_WORD_VARIANTS[word] ?? word;
  // Mohammad, Mohammed, Muhammad, Muhammed, Mohamed, Mohamad.
  if (/^m[ou]hh?amm?[ae]d$/.test(w)) return 'muhamad';
  w = w
    // Serguéi / Sergei, Yevgueni / Yevgeny: Spanish writes a hard g before e and i as "gu".
    .replace(/gu(?=[ei])/g, 'g')
    .replace(/x/g, 'ks')
    // Джон / John, Джентилони / Gentiloni is a G before e and i: "dzh" and "dj" are a J.
    .replace(/dzh|dj/g, 'j')
    // Чавушоглу / Çavuşoğlu, Шукри / Shoukry: Turkish ç and ş lose their mark, Russian spells them ch, sh.
    .replace(/ch/g, 'c')
    .replace(/sh/g, 's')
    .replace(/kh/g, 'h')
    // John / Джон: an h after a vowel and before a consonant is not heard.
    .replace(/([aeiou])h(?=[^aeiouy]|$)/g, '$1')
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
 * The given-name groups by letter key: every member (and every spelling the letter rules take
 * to a member, "Mikola" for Mykola) goes to the key of the group's first member.
 */
const GROUP_KEY = new Map<string, string>(
  GIVEN_NAME_GROUPS.flatMap((group) => {
    const first = letterKey(group[0]!.toLowerCase());
    return group.map((name) => [letterKey(name.toLowerCase()), first] as const);
  }),
);

/** The spelling-independent form of one word (already lower case, without diacritics). */
function wordKey(word: string): string {
  const letters = letterKey(word);
  return GROUP_KEY.get(letters) ?? letters;
}

/**
 * The key of a Latin-script personal name, or undefined for a name in another script or of one
 * word only (a family name alone is too weak to carry a person across spellings).
 */
export function nameKey(name: string): string | undefined {
  const plain = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  // A comma only parts a suffix ("Ferdinand Marcos, Jr."), as `nameVariants` writes it.
  if (!/^[A-Za-z\s.,'’-]+$/.test(plain)) return undefined;
  const words = plain
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[\s,-]+/)
    // Initials ("J.", "L.P.") are written by some pages and not others.
    .filter((w) => w && !/^(?:[a-z]\.)+$/.test(w) && !/^[a-z]$/.test(w))
    .map((w) => w.replace(/\.$/, ''))
    .filter((w) => !DROPPED.has(w));
  if (words.length < 2) return undefined;
  return words.map(wordKey).join(' ');
}

/**
 * A Spanish transcription of a Slavic name read the English way ("Mijaíl Gorbachov" → "Mikhail
 * Gorbachov"): Spanish writes kh as j. Undefined when the name has no j. Looked up only after the
 * name as written found no one, as a j in other names is a j.
 */
export function slavicOfSpanish(name: string): string | undefined {
  if (!/[jJ]/.test(name) || !/^[\p{Script=Latin}\s.'’-]+$/u.test(name)) return undefined;
  return name.replace(/j/g, 'kh').replace(/J/g, 'Kh');
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

/** A word of a name as pages write it before a family name: capitalised, or initials ("S.", "AK", "A.K."). */
const NAME_WORD_BEFORE = /(?:^|[ \t\n])(\p{Lu}[\p{L}'’-]*\.?|(?:\p{Lu}\.){1,3})[ \t]+$/u;
/** Initials: one to three capitals, dotted or not ("S.", "A.K.", "AK"). */
export const INITIALS = /^(?:\p{Lu}\.?){1,3}$/u;

/**
 * The capitalised words and initials standing right before `at` on its line, nearest last, at
 * most `max`: the given names a family name may carry ("Mohammed Javad" before "Zarif").
 */
export function wordsBefore(text: string, at: number, max = 3): { start: number; word: string }[] {
  const words: { start: number; word: string }[] = [];
  let end = at;
  while (words.length < max) {
    const m = NAME_WORD_BEFORE.exec(text.slice(Math.max(0, end - 40), end));
    if (!m) break;
    const start = end - m[0].length + (m[0].length - m[0].trimStart().length);
    words.unshift({ start, word: m[1]! });
    end = start;
  }
  return words;
}

const firstLetter = (word: string) => word.normalize('NFD').charAt(0).toLowerCase();

/**
 * Whether a page's name with initials ("AK Abdul Momen", "S. Jaishankar") can be `full` ("Abul
 * Kalam Abdul Momen", "Subrahmanyam Jaishankar"): the written-out words end both names alike
 * (by `nameKey`'s word rules) and the initials are the first letters of the words before them.
 */
export function initialsFit(written: string, full: string): boolean {
  const page = written.split(/\s+/).filter(Boolean);
  const known = full.split(/\s+/).filter(Boolean);
  const initialsEnd = page.findIndex((w) => !INITIALS.test(w));
  if (initialsEnd <= 0) return false;
  const letters = page.slice(0, initialsEnd).join('').replace(/\./g, '').toLowerCase();
  const spelled = page.slice(initialsEnd);
  if (!spelled.length || known.length !== letters.length + spelled.length) return false;
  const keyOf = (w: string) => nameKey(`${w} zz`)?.split(' ')[0];
  const tail = known.slice(letters.length);
  if (!spelled.every((w, i) => keyOf(w) !== undefined && keyOf(w) === keyOf(tail[i]!))) return false;
  return known.slice(0, letters.length).every((w, i) => firstLetter(w) === letters[i]);
}

/**
 * Whether "José Albares" can be `full` ("José Manuel Albares Bueno"): the given name and a family
 * name as the full name has them, the other words left out. Two words on the page, three or more known.
 */
export function middleNamesLeftOut(written: string, full: string): boolean {
  const page = written.split(/\s+/).filter(Boolean);
  const known = full.split(/\s+/).filter(Boolean);
  if (page.length !== 2 || known.length < 3 || INITIALS.test(page[0]!)) return false;
  const keyOf = (w: string) => nameKey(`${w} zz`)?.split(' ')[0];
  const given = keyOf(page[0]!);
  const family = keyOf(page[1]!);
  // Spanish names carry two family names, of which the first is the one used ("José Manuel Albares Bueno").
  return given !== undefined && given === keyOf(known[0]!) && known.slice(1).some((w) => keyOf(w) === family);
}

// ---- Russian and Ukrainian names in their cases -------------------------------------------------

/**
 * Case endings of Russian and Ukrainian personal names and the nominative endings they may stand
 * for ("Лавровым" → Лавров, "Сергеем" → Сергей, "Зеленского" → Зеленский, "Захаровой" → Захарова,
 * "Кулебою" → Кулеба, "Сергієм" → Сергій). Longest first; a word may fit several.
 */
const CASE_ENDINGS: [string, string[]][] = [
  ['ского', ['ский']],
  ['скому', ['ский']],
  ['ским', ['ский']],
  ['ском', ['ский']],
  ['ієм', ['ій']],
  ['ием', ['ий']],
  ['ого', ['ой', 'ий']],
  ['ому', ['ой', 'ий']],
  ['ові', ['']],
  ['еві', ['', 'й']],
  ['ым', ['']],
  ['им', ['ий', '']],
  ['ом', ['', 'о']],
  ['ем', ['й', 'ь', '']],
  ['ой', ['а']],
  ['ою', ['а']],
  ['ей', ['я', 'ь']],
  ['ею', ['я']],
  ['ії', ['ія']],
  ['ія', ['ій']],
  ['а', ['']],
  ['я', ['й', 'ь']],
  ['у', ['', 'а']],
  ['ю', ['й', 'ь', 'я']],
  ['е', ['', 'й', 'а', 'я']],
  ['і', ['а', 'я', '']],
  ['и', ['а', 'я', 'ь', 'й']],
  ['ы', ['а']],
];

/** The nominatives a Cyrillic name word may be the case form of, itself first. */
function nominatives(word: string): string[] {
  const out = new Set([word]);
  for (const [ending, replacements] of CASE_ENDINGS)
    if (word.length > ending.length + 1 && word.endsWith(ending))
      for (const r of replacements) out.add(word.slice(0, -ending.length) + r);
  return [...out];
}

const CYRILLIC_LATIN: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ґ: 'g',
  д: 'd',
  е: 'e',
  ё: 'yo',
  є: 'ye',
  ж: 'zh',
  з: 'z',
  и: 'i',
  і: 'i',
  ї: 'yi',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  // Uzbek, Kazakh, Kyrgyz and Tajik letters ("Бахтиёр", "Ғайратов", "Қасым-Жомарт", "Тўхтаев").
  ў: 'o',
  қ: 'q',
  ғ: 'g',
  ҳ: 'h',
  ә: 'a',
  ө: 'o',
  ү: 'u',
  ұ: 'u',
  ң: 'ng',
  һ: 'h',
  ҷ: 'j',
  ӣ: 'i',
  ӯ: 'u',
};

/** A Cyrillic name in Latin letters, close enough for `nameKey` ("Хакан Фидан" → "Khakan Fidan"). */
export function latinOfCyrillic(name: string): string {
  return [...name]
    .map((ch) => {
      const lower = ch.toLowerCase();
      const latin = CYRILLIC_LATIN[lower];
      if (latin === undefined) return ch;
      return ch !== lower && latin ? latin[0]!.toUpperCase() + latin.slice(1) : latin;
    })
    .join('');
}

/** A name's first vowel, an а before two consonants (not an onset like "вр"): where English may write a short u. */
const RU_SHORT_U = /^([бвгджзклмнпрстфхцчшщ]+)а(?=[бвгджзклмнпрстфхцчшщ](?![рл])[бвгджзклмнпрстфхцчшщ])/iu;

/** At most this many nominative readings of one name are tried. */
const MAX_READINGS = 64;

/**
 * The Latin spellings a Russian or Ukrainian name in any case may stand for, nominative
 * readings of every word combined ("Сергеем Лавровым" → … "Sergey Lavrov" …): each is looked up
 * by `nameKey` like a Latin name read off a page.
 */
export function cyrillicNameReadings(name: string): string[] {
  let combos = [''];
  for (const word of name.split(/\s+/).filter(Boolean)) {
    // Russian writes the English short a at a word's start as Э: Энтони (Antony), Эндрю (Andrew).
    const forms = /^Э/.test(word) ? [word, `А${word.slice(1)}`] : [word];
    // And the English short u (a "u" before two consonants) as а: Трамп (Trump), Хант (Hunt), Раск (Rusk).
    const shortU = RU_SHORT_U.exec(word);
    if (shortU) forms.push(`${shortU[1]}у${word.slice(shortU[0].length)}`);
    combos = combos
      .flatMap((c) => forms.flatMap(nominatives).map((n) => (c ? `${c} ${n}` : n)))
      .slice(0, MAX_READINGS);
  }
  return combos.map(latinOfCyrillic);
}

/**
 * An Arabic name without the lineage past the father ("Mohammed bin Abdulrahman bin Jassim
 * Al-Thani" → "Mohammed bin Abdulrahman Al-Thani"): pages and the KB keep more or fewer links.
 */
export function withFatherOnly(name: string): string | undefined {
  const shorter = name.replace(
    /^(\S+[ \t]+(?:bin|ibn|bint|binti)[ \t]+\S+)(?:[ \t]+(?:bin|ibn|bint|binti)[ \t]+\S+)+/,
    '$1',
  );
  return shorter === name ? undefined : shorter;
}

// ---- Katakana names against Latin ones --------------------------------------------------------

/** Consonant classes both scripts are read into: voicing, L/R, V/B/W and S/Z are not told apart. */
const SKELETON_CLASS: Record<string, string> = {
  b: 'b',
  p: 'b',
  v: 'b',
  w: 'b',
  f: 'f',
  h: '',
  d: 't',
  t: 't',
  g: 'k',
  k: 'k',
  c: 'k',
  q: 'k',
  s: 's',
  z: 's',
  x: 's',
  j: 'S',
  l: 'r',
  r: 'r',
  m: 'n',
  n: 'n',
  y: '',
};

/** The consonant each katakana letter starts with, as a Latin letter (S: sh, ch or j). */
const KANA_CONSONANT: [string, string][] = [
  ['カキクケコガギグゲゴ', 'k'],
  ['サスセソザズゼゾ', 's'],
  ['シジチヂ', 'S'],
  ['タテトダデド', 't'],
  ['ツヅ', 'ts'],
  ['ナニヌネノン', 'n'],
  ['ハヒヘホ', ''],
  ['フ', 'f'],
  ['バビブベボパピプペポヴ', 'b'],
  ['マミムメモ', 'n'],
  ['ラリルレロ', 'r'],
  ['ワヰヱヲ', 'b'],
];

/** A katakana name's consonants ("ヴェスターヴェレ" → bstbr), vowels, ー, ッ and small kana dropped. */
export function katakanaSkeleton(katakana: string): string {
  let out = '';
  const chars = [...katakana];
  chars.forEach((ch, i) => {
    // ウィ, ウェ, ウォ: a W.
    if (ch === 'ウ' && /[ィェォ]/.test(chars[i + 1] ?? '')) out += 'b';
    const row = KANA_CONSONANT.find(([set]) => set.includes(ch));
    if (row) out += row[1];
  });
  return out.replace(/(.)\1+/g, '$1');
}

/**
 * A Latin family name's consonants read the way Japanese hears them ("Westerwelle" → bstbr,
 * "Genscher" → knS): sch/sh/ch/j as one sound, an r before a consonant or at the end silent.
 */
export function latinSkeleton(latin: string): string {
  const w = latin
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .replace(/tsch|sch|sh|ch|zh|dzh|dj/g, 'S')
    .replace(/ph/g, 'f')
    .replace(/th/g, 't')
    .replace(/ck/g, 'k')
    .replace(/tz/g, 'ts')
    .replace(/r(?=[^aeiouy]|$)/g, '');
  let out = '';
  for (const ch of w) {
    if ('aeiou'.includes(ch)) continue;
    out += ch === 'S' ? 'S' : (SKELETON_CLASS[ch] ?? '');
  }
  return out.replace(/(.)\1+/g, '$1');
}

/** Whether a katakana name is a reading of a Latin family name: same consonants, one slip allowed in a long one. */
export function katakanaReadsAs(katakana: string, latin: string, strict = false): boolean {
  const a = katakanaSkeleton(katakana);
  const b = latinSkeleton(latin);
  if (a.length < 2 || b.length < 2) return false;
  if (strict) return a.length >= 3 && (a === b || (a.startsWith('S') && `s${a.slice(1)}` === b));
  // German "St", "Sp" at the start: シュタ, シュピ.
  if (a === b || (a.startsWith('S') && `s${a.slice(1)}` === b)) return true;
  return Math.min(a.length, b.length) >= 4 && withinOneEdit(a, b);
}

function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/** Instrumental endings of a name word and the nominative each stands for, longest first. */
const INSTRUMENTAL: [RegExp, string][] = [
  [/ским$/, 'ский'],
  [/ой$/, 'а'],
  [/([аеёиоуыэюя])ем$/, '$1й'],
  [/([жшчщц])ем$/, '$1'],
  [/ем$/, 'ь'],
  [/ей$/, 'я'],
  [/ым$/, ''],
  [/ом$/, ''],
];
/** Genitive endings of a man's name word (the page's title is masculine): Лаврова, Андрея. */
const GENITIVE: [RegExp, string][] = [
  [/ского$/, 'ский'],
  [/([бвгджзклмнпрстфхцчшщ])а$/, '$1'],
  [/([аеёиоуыэюя])я$/, '$1й'],
];

/**
 * A Russian name after a title in the instrumental or genitive, written back in the nominative
 * ("госсекретарем Джоном Керри" → Джон Керри, "генсеком Турбьерном Ягландом" → Турбьерн Ягланд),
 * for a person the KB does not know: the card and the archive name them as a reader would. Words
 * with no such ending (Керри, Чавушоглу, a foreign name that does not decline) stay as written.
 */
export function russianNominative(name: string, title: string): string {
  // The title's head word carries the case: "главой МИД", "Министром иностранных дел".
  const head = title.trim().split(/\s+/)[0] ?? '';
  const rules = /(?:ем|ом|ой|ым|ами)$/.test(head)
    ? INSTRUMENTAL
    : /(?:ря|ра|та|да|ка|ла|на|ва|ма|па|за|ья)$/.test(head)
      ? GENITIVE
      : undefined;
  if (!rules) return name;
  return name
    .split(' ')
    .map((word) => {
      if (word.length < 4) return word;
      for (const [ending, nominative] of rules)
        if (ending.test(word)) return word.replace(ending, nominative);
      return word;
    })
    .join(' ');
}
