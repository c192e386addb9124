/**
 * The place a page's dateline gives, the way ministries print it: after the date between dashes
 * ("July 25, 2024 - Ottawa, Ontario - Global Affairs Canada", "Le 25 juillet 2024 – Ottawa
 * (Ontario) – Affaires mondiales Canada") or before it ("Paris, le 3 mai 2024", "New Delhi,
 * May 3, 2024"). Pages whose opening sentence names no place ("spoke today with …") still have one.
 */
import { dateHits } from './dates';
import { clean } from './text';

const WORD = String.raw`\p{Lu}[\p{L}\p{M}'’.]*(?:-\p{L}[\p{L}\p{M}'’.]*)*`;
/** Lower-case words inside place names: "Port of Spain", "Saint-Jean-sur-Richelieu" is one word. */
const LINK = String.raw`(?:\s+(?:of|de|du|des|la|le|am|an|upon|on)\s+|\s+)`;
const NAME = `${WORD}(?:${LINK}${WORD}){0,3}`;
/** A city, with its province or country after a comma or in brackets ("Ottawa, Ontario", "Ottawa (Ontario)"). */
const PLACE = `${NAME}(?:,\\s*${NAME}|\\s*\\(${NAME}\\))?`;
const DASH = String.raw`\s+[-–—]\s+`;

/** Words a dateline can start with that are days, not places ("Monday, May 3, 2024"). */
const NOT_PLACE = new RegExp(
  String.raw`^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|^(?:Lundi|Mardi|Mercredi|Jeudi|Vendredi|Samedi|Dimanche|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)\b|^(?:Updated|Published|Posted|Issued|Date|Released?|Statement|News|Readout|Communiqué|Press)\b|^(?:Today|Yesterday)\b`,
  'u',
);

/** Datelines are short; a paragraph that merely starts with a place and a date is held to the start. */
const MAX_DATELINE = 160;

/** The place in one dateline line, or null when the line is not a dateline with a place. */
export function datelinePlace(line: string): string | null {
  const text = clean(line);
  const date = dateHits(text.slice(0, MAX_DATELINE)).find((hit) => hit.year !== undefined);
  if (!date) return null;
  const before = text.slice(0, date.index);
  const after = text.slice(date.index + date.length);
  // The place first: "Paris, le 3 mai 2024", "New Delhi, May 3, 2024", then the end or a dash.
  const first = new RegExp(`^(${PLACE}),\\s*(?:le\\s+|den\\s+|on\\s+)?$`, 'u').exec(before);
  if (first && /^\s*(?:$|[-–—:.)]|\()/.test(after)) return accept(first[1]!);
  // The date first, then the place between dashes: "July 25, 2024 - Ottawa, Ontario - …".
  if (!/^\s*(?:(?:Le|The|On)\s+)?$/i.test(before)) return null;
  const second = new RegExp(`^${DASH}(${PLACE})(?:${DASH}\\S|\\s*$)`, 'u').exec(after);
  return second ? accept(second[1]!) : null;
}

function accept(place: string): string | null {
  return NOT_PLACE.test(place) ? null : place;
}

/** The first place a page's dateline lines give (its date element's text, its opening paragraphs). */
export function datelinePlaceOf(lines: readonly string[]): string | null {
  for (const line of lines) {
    const place = datelinePlace(line);
    if (place) return place;
  }
  return null;
}
