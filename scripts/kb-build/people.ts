/**
 * Office rows → one KB official per Wikidata item: names resolved, spans of the same office from
 * several sources merged into one (the most precise dates win), transliteration variants added.
 */
import type { KbEntity, OfficeSpan } from '../../lib/kb/schema';
import { nameVariants } from '../../lib/recognize/transliteration';
import { isSharedOffice } from '../../lib/kb/validate';
import { dropReason, type DroppedRow, type OfficeCategory, type OfficeRow } from './officials';

const QID = /^Q\d+$/;
const NATIVE_SCRIPT =
  /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Cyrillic}]/u;

/** Earliest and latest day a partial date may mean. */
function earliest(d: string): string {
  return d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d;
}
function latest(d: string): string {
  return d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d;
}

/** Whether two rows of one person and office may describe the same term. */
function sameTerm(a: OfficeRow, b: OfficeRow): boolean {
  const aStart = a.from ? earliest(a.from) : '0000';
  const bStart = b.from ? earliest(b.from) : '0000';
  const aEnd = a.to ? latest(a.to) : a.from ? latest(a.from) : '9999';
  const bEnd = b.to ? latest(b.to) : b.from ? latest(b.from) : '9999';
  // Two open terms of one person in one office are the term they still hold (one source may
  // date it from the leadership, another from the takeover); an open and a closed one are the
  // same when they start in the same year.
  if (!a.to && !b.to) return true;
  if (!a.to || !b.to) return !!a.from && !!b.from && a.from.slice(0, 4) === b.from.slice(0, 4);
  return aStart <= bEnd && bStart <= aEnd;
}

/** The more precise of two dates that name the same moment (the detail source on a tie). */
const morePrecise = (a: string | undefined, b: string | undefined) =>
  a === undefined ? b : b === undefined ? a : b.length > a.length ? b : a;

/** One term from several rows: the best-ranked row's office, the most precise dates. */
function mergeTerm(rows: OfficeRow[]): OfficeSpan {
  const sorted = [...rows].sort((a, b) => a.rank - b.rank);
  const best = sorted[0]!;
  // Dates from the best-ranked rows that have them (a year-only summary row may span two terms
  // that the detail rows tell apart); of those, the earliest start year and the latest end
  // year, each as precisely as a source gives it.
  const bestWith = (key: 'from' | 'to') => {
    const withDate = sorted.filter((r) => r[key]);
    return withDate.filter((r) => r.rank === withDate[0]?.rank);
  };
  const starts = bestWith('from');
  const ends = bestWith('to');
  const firstYear = starts.reduce((y, r) => (r.from!.slice(0, 4) < y ? r.from!.slice(0, 4) : y), '9999');
  const lastYear = ends.reduce((y, r) => (r.to!.slice(0, 4) > y ? r.to!.slice(0, 4) : y), '0000');
  let from: string | undefined;
  let to: string | undefined;
  for (const r of starts) if (r.from!.startsWith(firstYear)) from = morePrecise(from, r.from);
  for (const r of ends) if (r.to!.startsWith(lastYear)) to = morePrecise(to, r.to);
  // "Current" only from the list that is current (2026) and only when no source ends the term.
  const current = !to && sorted.some((r) => r.current);
  return {
    office: best.office,
    country: best.country,
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    ...(current ? { current: true } : {}),
  };
}

/**
 * world-leaders-2021 leaves a term open where Wikidata lacks its end, so several people can be
 * "current" in one office: only the latest start is current, the others' ends are unknown.
 */
function keepLatestCurrent(rows: OfficeRow[]): OfficeRow[] {
  const latestStart = new Map<string, string>();
  const key = (r: OfficeRow) => `${r.country}|${r.office}`;
  for (const r of rows)
    if (r.current && !isSharedOffice(r.office) && (r.from ?? '') > (latestStart.get(key(r)) ?? ''))
      latestStart.set(key(r), r.from ?? '');
  return rows.map((r) => {
    if (!r.current || isSharedOffice(r.office) || (r.from ?? '') === latestStart.get(key(r))) return r;
    const { current: _stale, ...rest } = r;
    return rest;
  });
}

/** Name words too common to tell two people apart. */
const COMMON_NAME_WORDS = new Set(
  'al el bin ibn bint abdul abd mohammed muhammad mohammad mohamed ahmed ahmad ali de da do dos van von der le la'.split(
    ' ',
  ),
);
const distinctiveWords = (name: string) =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length > 1 && !COMMON_NAME_WORDS.has(w));

/**
 * Wikidata sometimes has two items for one person (Dendev / Dendeviin Terbishdagva): two QIDs
 * starting the same office of the same country in the same year, with a distinctive name word in
 * common, are one person. Returns each merged QID's canonical QID (the lowest item number).
 */
export function duplicateHolders(rows: readonly OfficeRow[]): Map<string, string> {
  const byTerm = new Map<string, OfficeRow[]>();
  for (const r of rows) {
    if (!r.from || isSharedOffice(r.office)) continue;
    const key = `${r.country}|${r.office}|${r.from.slice(0, 4)}`;
    byTerm.set(key, [...(byTerm.get(key) ?? []), r]);
  }
  const canonical = new Map<string, string>();
  const find = (q: string): string => {
    const c = canonical.get(q);
    return c && c !== q ? find(c) : q;
  };
  const qidNumber = (q: string) => Number(q.slice(1));
  for (const group of [...byTerm.values()].filter((g) => new Set(g.map((r) => r.qid)).size > 1)) {
    for (const a of group)
      for (const b of group) {
        if (a.qid >= b.qid) continue;
        const words = new Set(distinctiveWords(a.name));
        if (!distinctiveWords(b.name).some((w) => words.has(w))) continue;
        const [ra, rb] = [find(a.qid), find(b.qid)];
        if (ra === rb) continue;
        const [keep, merge] = qidNumber(ra) < qidNumber(rb) ? [ra, rb] : [rb, ra];
        canonical.set(merge, keep);
      }
  }
  return new Map([...canonical.keys()].map((q) => [q, find(q)]));
}

export interface Person {
  qid: string;
  name: string;
  country: string;
  enwiki?: string;
  sources: string[];
  offices: OfficeSpan[];
  categories: Set<OfficeCategory>;
  /** Names of Wikidata items merged into this one. */
  otherNames: string[];
}

/** Groups the kept rows by person, merging each person's terms; dropped rows are reported. */
export function peopleFromRows(rows: readonly OfficeRow[]): { people: Person[]; dropped: DroppedRow[] } {
  // A QID that stands in for a name in one source is resolved by a name another source gives.
  const nameByQid = new Map<string, string>();
  for (const r of rows) if (QID.test(r.qid) && r.name && !QID.test(r.name)) nameByQid.set(r.qid, r.name);
  const dropped: DroppedRow[] = [];
  const kept: OfficeRow[] = [];
  for (const raw of keepLatestCurrent([...rows])) {
    const row =
      QID.test(raw.name) && nameByQid.has(raw.qid) ? { ...raw, name: nameByQid.get(raw.qid)! } : raw;
    const reason = dropReason(row);
    if (reason) dropped.push({ source: row.source, name: row.name || row.qid, office: row.office, reason });
    else kept.push(row);
  }
  const sameAs = duplicateHolders(kept);
  const byQid = new Map<string, OfficeRow[]>();
  for (const row of kept) {
    const qid = sameAs.get(row.qid) ?? row.qid;
    byQid.set(qid, [...(byQid.get(qid) ?? []), { ...row, qid }]);
  }
  const people: Person[] = [];
  for (const [qid, personRows] of byQid) {
    const terms: OfficeRow[][] = [];
    for (const row of [...personRows].sort(
      (a, b) => a.rank - b.rank || (a.from ?? '').localeCompare(b.from ?? ''),
    )) {
      const term = terms.find(
        (t) =>
          t[0]!.category === row.category && t[0]!.country === row.country && t.some((r) => sameTerm(r, row)),
      );
      if (term) term.push(row);
      else terms.push([row]);
    }
    const offices = terms
      .map(mergeTerm)
      .sort(
        (a, b) =>
          (a.from ?? a.to ?? '').localeCompare(b.from ?? b.to ?? '') || a.office.localeCompare(b.office),
      );
    // The detail sources' English label is the name; the latest office gives the country.
    const best = [...personRows].sort((a, b) => a.rank - b.rank || (a.qid === qid ? 0 : 1))[0]!;
    const latestOffice = offices[offices.length - 1]!;
    people.push({
      qid,
      name: best.name,
      country: latestOffice.country,
      enwiki: personRows.find((r) => r.enwiki)?.enwiki,
      sources: [...new Set(personRows.map((r) => r.source))].sort(),
      offices,
      categories: new Set(personRows.map((r) => r.category)),
      otherNames: [...new Set(personRows.map((r) => r.name))].filter((n) => n !== best.name).sort(),
    });
  }
  people.sort(
    (a, b) =>
      a.country.localeCompare(b.country) || a.name.localeCompare(b.name) || a.qid.localeCompare(b.qid),
  );
  return { people, dropped };
}

export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * How readouts shorten a monarch's or prince's label: "Felipe VI of Spain" → "Felipe VI",
 * "Salman bin Hamad, Crown Prince of Bahrain" → "Salman bin Hamad".
 */
export function shortForms(name: string): string[] {
  const regnal = /^(.+ [IVXL]+) of (the )?\p{Lu}.*$/u.exec(name);
  if (regnal) return [regnal[1]!];
  const titled = /^([^,]+ [^,]+), (Crown Prince|Prince|Emir|Sheikh|King|Sultan)\b.*$/.exec(name);
  return titled ? [titled[1]!] : [];
}

/** A person as a KB entity with a unique id (`taken` holds the ids already in use). */
export function personEntity(person: Person, taken: Set<string>): KbEntity {
  const base = slug(person.name) || person.qid.toLowerCase();
  let id = base;
  if (taken.has(id)) id = `${base}-${person.country.toLowerCase()}`;
  if (taken.has(id)) id = `${base}-${person.qid.toLowerCase()}`;
  taken.add(id);
  const native = NATIVE_SCRIPT.test(person.name);
  const names = [person.name, ...person.otherNames, ...shortForms(person.name)];
  const aliases = [
    ...new Set(names.flatMap((n) => (NATIVE_SCRIPT.test(n) ? [n] : [n, ...nameVariants(n, person.country)]))),
  ].filter((a) => a !== person.name);
  const wikipedia = person.enwiki
    ? `https://en.wikipedia.org/wiki/${encodeURIComponent(person.enwiki.replace(/ /g, '_'))}`
    : undefined;
  return {
    id,
    kind: 'official',
    name: person.name,
    ...(native ? { nativeName: person.name } : {}),
    aliases,
    country: person.country,
    offices: person.offices,
    ...(wikipedia ? { wikipedia } : {}),
    sources: [
      { url: `https://www.wikidata.org/wiki/${person.qid}`, title: 'Wikidata' },
      ...person.sources.map((s) => ({ url: `https://github.com/${s}`, title: `${s} (Wikidata, CC0)` })),
    ],
  };
}
