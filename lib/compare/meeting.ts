/**
 * Which readouts report the same meeting or call: same or adjacent date (the two ministries may
 * date it in different time zones), the same people meeting (KB ids where recognition resolved
 * them, else normalised names; the countries they represent where one side names fewer people),
 * and the same kind of meeting (a call is not talks; a trilateral is not a bilateral).
 */
import type { FoundEntity, Readout } from '../model';
import { MINISTRIES } from '../ministries/registry';
import { foldKey } from '../recognize/fold';
import { dateHits, firstSentence } from '../ministries/dates';

/** What the compare feature needs of a readout: an archive record or an `analyze` result. */
export interface ComparableReadout {
  url: string | null;
  readout: Readout;
  entities: FoundEntity[];
  /** Entity keys of the people who met (lib/page-analysis.ts). */
  participantKeys: string[];
}

export type MeetingKind = 'call' | 'trilateral' | 'talks' | 'visit' | 'meeting';

/** Kinds in the order they are tried: a "trilateral call" is a trilateral first. */
const KIND_PATTERNS: [MeetingKind, RegExp][] = [
  [
    'trilateral',
    /\b(?:trilateral|three-way|quadrilateral|Quad)\b|三方|三国外长|四方|3자|한미일|한일중|한중일|日米韓|日中韓|日米豪印|трехсторон|трёхсторон/i,
  ],
  [
    'call',
    /\b(?:(?<!courtesy )calls?|phone|telephone|video ?conference|video call|virtual meeting|spoke by phone)\b|通电话|通话|视频会晤|视频连线|통화|화상|電話会談|電話|テレビ会議|ビデオ会議|телефонн|по телефону|видеоконференц/i,
  ],
  ['talks', /\b(?:talks|held talks)\b|会谈|회담|会談|переговор/i],
  ['visit', /\b(?:visit|visits|visiting|courtesy call)\b|访问|访华|来华|방문|訪問|表敬|визит/i],
  ['meeting', /\b(?:meets?|meeting|met)\b|会见|会晤|见面|면담|접견|회동|会見|会合|встреч/i],
];

/** In a lead paragraph "call" words appear in other senses ("called for"); only these say a call took place. */
const LEAD_CALL =
  /\b(?:phone call|telephone call|video call|call with|spoke by (?:phone|telephone)|telephone conversation|phone conversation|videoconference|video conference)\b|通电话|视频会晤|통화를 가졌|전화 통화|電話会談|по телефону|телефонный разговор/i;

/** The kind, read from the title, else from the opening paragraph. */
export function meetingKind(readout: Readout): MeetingKind | null {
  for (const [kind, pattern] of KIND_PATTERNS) if (pattern.test(readout.title)) return kind;
  const lead = (readout.body[0] ?? '').slice(0, 400);
  if (KIND_PATTERNS[0]![1].test(lead)) return 'trilateral';
  if (LEAD_CALL.test(lead)) return 'call';
  for (const [kind, pattern] of KIND_PATTERNS.slice(2)) if (pattern.test(lead)) return kind;
  return null;
}

/** Talks, meetings and visits are one meeting told in different words; calls and trilaterals are not. */
const kindClass = (kind: MeetingKind | null) =>
  kind === 'call' ? 'remote' : kind === 'trilateral' ? 'multilateral' : kind ? 'in-person' : null;

export function kindsCompatible(a: MeetingKind | null, b: MeetingKind | null): boolean {
  const ca = kindClass(a);
  const cb = kindClass(b);
  return ca === null || cb === null || ca === cb;
}

/** The country a ministry speaks for. */
export function ministryCountry(ministry: string | null): string | null {
  return MINISTRIES.find((m) => m.id === ministry)?.country ?? null;
}

/** One person who met: a KB id, or the tokens of a name (order-free: "Hayashi Yoshimasa" = "Yoshimasa Hayashi"). */
interface Person {
  key: string | null;
  tokens: string[];
  country: string | null;
}

const nameTokens = (name: string): string[] =>
  foldKey(name)
    .replace(/[.,'’]/g, ' ')
    .split(/[\s·・-]+/)
    .filter((t) => t.length > 1);

/** The people who met: the participant entities, then the listed participants no entity covers. */
export function peopleOf(r: ComparableReadout): Person[] {
  const byKey = new Map(r.entities.map((e) => [e.key, e]));
  const people: Person[] = r.participantKeys.map((key) => {
    const e = byKey.get(key);
    return {
      key: e?.id ?? key,
      tokens: e ? [...new Set([e.name, ...e.surfaces].flatMap(nameTokens))] : [],
      country: e?.country ?? null,
    };
  });
  for (const p of r.readout.participants) {
    const tokens = nameTokens(p.name);
    const covered = people.find(
      (q) => q.tokens.length && tokens.length && tokens.every((t) => q.tokens.includes(t)),
    );
    if (covered) covered.country ??= p.country ?? null;
    else if (tokens.length || p.name) people.push({ key: null, tokens, country: p.country ?? null });
  }
  return people;
}

function samePerson(a: Person, b: Person): boolean {
  if (a.key && b.key) return a.key === b.key;
  if (!a.tokens.length || !b.tokens.length) return false;
  // "Blinken" (a family name only) matches "Antony J. Blinken": every token of the shorter is in the longer.
  const [short, long] = a.tokens.length <= b.tokens.length ? [a, b] : [b, a];
  return short.tokens.every((t) => long.tokens.includes(t));
}

/** The countries at the table: the people's, and the reporting ministry's. */
function countriesOf(r: ComparableReadout, people: Person[]): Set<string> {
  const out = new Set(people.map((p) => p.country).filter((c): c is string => !!c));
  const own = ministryCountry(r.readout.ministry);
  if (own) out.add(own);
  return out;
}

const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

/** A meeting day: the full date, or only month and day where the readout gives no year ("On February 11"). */
export interface MeetingDay {
  iso: string | null;
  month: number;
  day: number;
}

export function meetingDay(readout: Readout): MeetingDay | null {
  if (readout.date)
    return { iso: readout.date, month: +readout.date.slice(5, 7), day: +readout.date.slice(8, 10) };
  const hit = dateHits(firstSentence(readout.body[0] ?? ''))[0];
  return hit ? { iso: null, month: hit.month, day: hit.day } : null;
}

/** Same or adjacent days; a day without a year is put in the other's year (or next to it). */
export function adjacentDays(a: MeetingDay, b: MeetingDay): boolean {
  if (a.iso && b.iso) return Math.abs(dayNumber(a.iso) - dayNumber(b.iso)) <= 1;
  const year = Number((a.iso ?? b.iso ?? '2001').slice(0, 4));
  const at = (d: MeetingDay, y: number) => Date.UTC(y, d.month - 1, d.day) / 86_400_000;
  const full = a.iso ? a : b.iso ? b : null;
  const partial = full === a ? b : a;
  if (!full) return Math.abs(at(a, year) - at(b, year)) <= 1;
  return [year - 1, year, year + 1].some((y) => Math.abs(at(partial, y) - dayNumber(full.iso!)) <= 1);
}

export interface MeetingFacts {
  day: MeetingDay | null;
  kind: MeetingKind | null;
  people: Person[];
  countries: Set<string>;
}

export function meetingFacts(r: ComparableReadout): MeetingFacts {
  const people = peopleOf(r);
  return {
    day: meetingDay(r.readout),
    kind: meetingKind(r.readout),
    people,
    countries: countriesOf(r, people),
  };
}

const sameSet = (a: Set<string>, b: Set<string>) => a.size === b.size && [...a].every((x) => b.has(x));

/** Whether two readouts report one meeting (see the module comment). */
export function sameMeetingFacts(a: MeetingFacts, b: MeetingFacts): boolean {
  if (!a.day || !b.day || !adjacentDays(a.day, b.day)) return false;
  if (!kindsCompatible(a.kind, b.kind)) return false;
  const shared = a.people.filter((p) => b.people.some((q) => samePerson(p, q))).length;
  // Someone at one table who is not at the other (and from another country) makes it another meeting.
  const strangers = (x: MeetingFacts, y: MeetingFacts) =>
    x.people.some(
      (p) => p.key && p.country && !y.people.some((q) => samePerson(p, q)) && !y.countries.has(p.country),
    );
  if (strangers(a, b) || strangers(b, a)) return false;
  if (shared >= 2) return true;
  // One side names fewer people ("Foreign Ministers' Meeting"): the same countries must meet.
  return shared >= 1 && a.countries.size >= 2 && sameSet(a.countries, b.countries);
}

export function sameMeeting(a: ComparableReadout, b: ComparableReadout): boolean {
  return sameMeetingFacts(meetingFacts(a), meetingFacts(b));
}

/**
 * Groups of two or more readouts (indexes into `readouts`) that report one meeting. A readout
 * joins a group only if it matches every member, so a chain of near matches does not merge
 * two meetings. Groups are filed by day, so a readout is tried only against the groups of its
 * own and the adjacent days (and those of readouts without a year): an archive of thousands
 * groups in linear time.
 */
export function groupMeetings(readouts: readonly ComparableReadout[]): number[][] {
  const facts = readouts.map(meetingFacts);
  const groups: number[][] = [];
  const byDay = new Map<number, number[][]>();
  const yearless: number[][] = [];
  const file = (group: number[], day: MeetingDay) => {
    if (!day.iso) return yearless.push(group);
    const key = dayNumber(day.iso);
    byDay.set(key, [...(byDay.get(key) ?? []), group]);
  };
  for (let i = 0; i < readouts.length; i++) {
    const day = facts[i]!.day;
    if (!day) continue;
    const near = day.iso
      ? [-1, 0, 1].flatMap((d) => byDay.get(dayNumber(day.iso!) + d) ?? []).concat(yearless)
      : groups;
    const group = near.find((g) => g.every((j) => sameMeetingFacts(facts[i]!, facts[j]!)));
    if (group) group.push(i);
    else {
      groups.push([i]);
      file(groups[groups.length - 1]!, day);
    }
  }
  return groups.filter((g) => g.length >= 2).map((g) => g.sort((x, y) => x - y));
}
