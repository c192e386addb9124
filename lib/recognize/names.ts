/**
 * Family names derived from full names, for "Secretary Blinken", "Wang said", "Minister Hayashi".
 * Chinese and Korean names are written family name first in readouts (Wang Yi, Kang Kyung-wha);
 * Japanese names appear in both orders (Hayashi Yoshimasa / Yoshimasa Hayashi), so both ends
 * count unless an all-caps word marks the family name (HAYASHI Yoshimasa, MOFA's style).
 */

const FAMILY_FIRST = new Set(['CN', 'TW', 'HK', 'MO', 'KR', 'KP']);
/**
 * Names seen in both orders (Singapore: Teo Chee Hean, family first, beside Vivian Balakrishnan);
 * 'unknown' is a name found on the page, country not known.
 */
const EITHER_ORDER = new Set(['JP', 'SG']);
const SUFFIXES = new Set(['Jr', 'Jr.', 'Sr', 'Sr.', 'II', 'III', 'IV']);

/** The words of a Latin-script name, without initials, honorifics and suffixes. */
function nameWords(name: string): string[] {
  if (!/^[\p{Script=Latin}\s.'’-]+$/u.test(name)) return [];
  return name
    .split(/\s+/)
    .filter(
      (w) => w && !SUFFIXES.has(w) && !/^\p{L}{1,3}\.$/u.test(w) && !/^(Dr|Mr|Mrs|Ms|Sir|H\.E)\.?$/.test(w),
    );
}

/**
 * Family-name forms of an official's names: none for a one-word name (it is already its own
 * short form) or for CJK script (王毅 is not shortened in Chinese text).
 */
export function familyNames(names: readonly string[], country: string | 'unknown'): string[] {
  const found = new Set<string>();
  for (const name of names) {
    const words = nameWords(name);
    if (words.length < 2) continue;
    const caps = words.filter((w) => /^\p{Lu}{2,}$/u.test(w));
    if (caps.length === 1) found.add(caps[0]!);
    else if (FAMILY_FIRST.has(country)) found.add(words[0]!);
    else if (country === 'unknown' || EITHER_ORDER.has(country)) {
      found.add(words[0]!);
      found.add(words[words.length - 1]!);
    } else found.add(words[words.length - 1]!);
  }
  // Family names compare by their title-cased form: HAYASHI and Hayashi are one name.
  return [
    ...new Set([...found].map((w) => (w === w.toUpperCase() ? w[0] + w.slice(1).toLowerCase() : w))),
  ].filter((w) => w.length >= 2);
}
