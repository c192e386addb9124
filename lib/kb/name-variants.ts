/**
 * Spelling variants of a person's name that readouts write for the same person: romanisations of
 * Cyrillic names (Sergei/Sergey, Petro/Petr/Pyotr, Zelenskyy/Zelensky) and the "Jr."/"Jr" forms.
 * The KB build adds them as aliases; the recognizer can use the same rule for names it finds on a
 * page (`nameVariants(name, 'unknown')`).
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
