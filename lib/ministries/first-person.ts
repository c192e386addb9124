/**
 * Readouts a minister writes in the first person ("Today I met Foreign Minister Bui Thanh Son",
 * "I spoke with …"): they name only the other side; the author is the minister whose site it is.
 */
import type { FirstPersonAuthor } from './types';
import { clean } from './text';

/** "I met", "Today I spoke with", "I welcomed", "I was pleased to meet": the writer took part. */
const FIRST_PERSON =
  /(?:^|[.,;]\s+|\b(?:Today|Yesterday|This (?:morning|afternoon|evening|week)),?\s+)I\s+(?:(?:was|am)\s+(?:pleased|delighted|honoured|honored|glad)\s+to\s+)?(?:have\s+|had\s+|also\s+)?(?:met|meet|spoke|speak|held|hold|hosted|host|welcomed|welcome|had|called|discussed|visited|joined|received)\b/;

export function writtenInFirstPerson(lead: string): boolean {
  return FIRST_PERSON.test(clean(lead));
}

/** Small words inside names written in URL slugs ("anthony-van-dyke"). */
const SLUG_PARTICLES = new Set(['van', 'von', 'der', 'de', 'da', 'di', 'du', 'la', 'le', 'bin', 'al']);

/** The name a minister's URL path gives: ".../minister/penny-wong/media-release/..." → "Penny Wong". */
export function nameFromMinisterPath(url: string | null): string | undefined {
  const slug = url ? /\/minister\/([a-z]+(?:-[a-z]+){1,4})(?:\/|$)/i.exec(url)?.[1] : undefined;
  if (!slug) return undefined;
  return slug
    .toLowerCase()
    .split('-')
    .map((w, i) => (i > 0 && SLUG_PARTICLES.has(w) ? w : w[0]!.toUpperCase() + w.slice(1)))
    .join(' ');
}

/** Letters after a name ("The Hon Julie Bishop MP"). */
const POST_NOMINALS = /\s+(?:MP|AO|AC|QC|KC|CSC)\b/g;

/** "Senator the Hon Penny Wong, Minister for Foreign Affairs" → name and office. */
export function nameFromByline(byline: string): { name: string; title?: string } | undefined {
  const m =
    /^(?:(?:Senator|Senator the Hon\.?|The Hon\.?|the Hon\.?|Hon\.?|Dr\.?|Ms\.?|Mr\.?)\s+)*(?:the\s+Hon\.?\s+)?((?:\p{Lu}[\p{L}'’-]+\s+){0,3}\p{Lu}[\p{L}'’-]+)(?:,\s+(.+))?$/u.exec(
      clean(byline).replace(POST_NOMINALS, ''),
    );
  if (!m) return undefined;
  return m[2] ? { name: m[1]!, title: m[2] } : { name: m[1]! };
}

/**
 * The author of a first-person readout on a foreign minister's site: the name from the URL
 * path, else the byline; the office from the byline, else the foreign minister's.
 */
export function foreignMinisterAuthor(
  lead: string,
  url: string | null,
  byline: string,
  country: string,
): FirstPersonAuthor | null {
  if (!writtenInFirstPerson(lead)) return null;
  const signed = byline ? nameFromByline(byline) : undefined;
  const name = nameFromMinisterPath(url) ?? signed?.name;
  const title =
    signed?.title && /minister/i.test(signed.title) ? signed.title : 'Minister for Foreign Affairs';
  return { ...(name ? { name } : {}), title, country, officeKind: 'foreign-minister' };
}
