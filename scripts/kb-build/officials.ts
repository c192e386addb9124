/**
 * Officials from the CC0 (Wikidata-derived) sources: heads of state and government, foreign
 * ministers and the deputies readouts name, with dated spans. Rows are read into one shape,
 * filtered by rules (each dropped row is counted with its reason), then grouped by Wikidata QID.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvRecords } from './csv';
import { countryCode, EP_COUNTRY_FILES } from './countries';

export type OfficeCategory =
  | 'head-of-state'
  | 'head-of-government'
  | 'foreign-minister'
  | 'deputy-foreign-minister'
  | 'national-security-adviser'
  | 'deputy-head'
  | 'international';

/** One term in one office, as a source row states it. */
export interface OfficeRow {
  qid: string;
  name: string;
  country: string;
  office: string;
  category: OfficeCategory;
  from?: string;
  to?: string;
  /** The source says the term is open now (world-leaders-2021, whose data runs to 2026). */
  current?: boolean;
  died?: string;
  enwiki?: string;
  /** Which source file, for the dropped-row report and the entity's source link. */
  source: string;
  /** Detail rows (ep-countries) beat summary rows (year-only lists) when spans are merged. */
  rank: number;
}

export interface DroppedRow {
  source: string;
  name: string;
  office: string;
  reason: string;
}

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const QID = /^Q\d+$/;

/** Which office a position label names; undefined for offices outside the KB's scope. */
export function classifyOffice(position: string, country: string): OfficeCategory | undefined {
  const p = position.trim();
  if (
    /^(President|King|Queen|monarch|Monarch|Sultan|Emperor|Emir|emir|Supreme Leader|Yang di-Pertuan Agong|Captain Regent|Acting President|Chairman of the Sovereignty Council|Chairman of the State Affairs Commission)$/.test(
      p,
    )
  )
    return 'head-of-state';
  if (/^General Secretary of the .*(Communist|Workers'|Revolutionary) Party/.test(p)) return 'head-of-state';
  if (
    /^(Prime Minister|Premier|Premier of the State Council|Federal Chancellor|Chancellor|Taoiseach|President of the Government|President of the Council of Ministers)$/.test(
      p,
    )
  )
    return 'head-of-government';
  if (country === 'US' && p === 'Secretary of State') return 'foreign-minister';
  if (country === 'US' && p === 'Deputy Secretary of State') return 'deputy-foreign-minister';
  if (country === 'IN' && p === 'Foreign Secretary') return 'deputy-foreign-minister';
  if (
    /^(Minister|Secretary of State) (of|for) (the )?(Foreign|External|Europe and Foreign)\b/.test(p) &&
    !/Foreign Trade$/.test(p)
  )
    return 'foreign-minister';
  if (
    /^Minister of (Foreign|External) (Affairs|Relations)/.test(p) ||
    p === 'Minister of International Relations and Cooperation'
  )
    return 'foreign-minister';
  if (
    /^((First )?(Deputy|Vice|State) Minister|Minister of State|Parliamentary Vice-Minister|Under-?Secretary of State) (of|for) Foreign Affairs$|^Vice Foreign Minister$|^Deputy Minister of Foreign Affairs$/.test(
      p,
    )
  )
    return 'deputy-foreign-minister';
  if (
    /^(National Security Advis[eo]r|Director of the National Security Office|Secretary of the National Security and Defen[cs]e Council|Head of the National Security Bureau)$/.test(
      p,
    )
  )
    return 'national-security-adviser';
  if (
    /^((First |Second |Third )?(Vice|Deputy)[- ](President|Premier|Prime Minister|Chancellor)( of the State Council| of Sweden| for [^,]+)?|Vice-Chancellor|State Councilor|Chief Cabinet Secretary)$/.test(
      p,
    ) &&
    // Australia's file lists the states' deputy premiers under this bare label.
    p !== 'Deputy Premier'
  )
    return 'deputy-head';
  return undefined;
}

/** Drops " of Japan" / " of the Netherlands" from a position label that names its own country. */
function officeTitle(position: string, countryLabel: string): string {
  for (const suffix of [` of ${countryLabel}`, ` of the ${countryLabel}`])
    if (countryLabel && position.endsWith(suffix)) return position.slice(0, -suffix.length);
  return position;
}

/**
 * A full date that a SPARQL query printed without its precision: "1998-01-01" may stand for
 * "1998". Only the year is certain.
 */
const yearIfJanFirst = (date: string) => (date.endsWith('-01-01') ? date.slice(0, 4) : date);

/** Earliest year of an office start the KB keeps for an open term; earlier ones are stray values. */
const EARLIEST_OPEN_START = 1950;
/** Terms that ended before this year are out of scope. */
const FIRST_YEAR = 1990;

/** Lower-case words a name may have: particles (de, van, bin, al-...) and "of" in "Felipe VI of Spain". */
const NAME_PARTICLE =
  /^(arap|de|del|della|di|da|do|dos|das|du|des|van|von|der|den|ter|te|zu|af|av|y|i|e|bin|binti|bint|ibn|al|el|ul|ud|ur|of|the|la|le|lo|á|og|and)$|^(al|el|ul|ud|ad|as|ash|at|ar|az|an|bin|ibn|abu|ben|ould|wa|wad)-/u;

/** A Latin-script label with a lower-case word that is not a particle ("Nayib buke") is a broken label. */
export function brokenName(name: string): boolean {
  if (!/^[\p{Script=Latin}\p{M}\s.,'’()-]+$/u.test(name)) return false;
  return name.split(/\s+/).some((w) => /^\p{Ll}/u.test(w) && !NAME_PARTICLE.test(w));
}

/**
 * Positions a country's file labels with another office's name. India's list gives the Foreign
 * Secretary (the ministry's senior diplomat, Lalit Mansingh to Vinay Mohan Kwarta) as "Minister of
 * Foreign Affairs", beside the real ministers under "Minister of External Affairs".
 */
const MISLABELLED_POSITIONS: Record<string, Record<string, string>> = {
  IN: { 'Minister of Foreign Affairs': 'Foreign Secretary' },
};

/** The position as the country itself names it. */
export function truePosition(position: string, country: string): string {
  const p = position.trim();
  return MISLABELLED_POSITIONS[country]?.[p] ?? p;
}

/** The rules that drop rows; returns the reason, or undefined to keep the row. */
export function dropReason(row: OfficeRow): string | undefined {
  if (QID.test(row.name) || !row.name.trim()) return 'no name (a Wikidata QID stands in for it)';
  if (!QID.test(row.qid)) return 'no Wikidata item';
  if (brokenName(row.name)) return `broken name label "${row.name}"`;
  for (const date of [row.from, row.to, row.died])
    if (date !== undefined && !DATE.test(date)) return `malformed date ${date}`;
  if (!row.from && !row.to) return 'undated term';
  if (row.to && row.to.slice(0, 4) < String(FIRST_YEAR)) return `ended before ${FIRST_YEAR}`;
  if (!row.to && row.from && Number(row.from.slice(0, 4)) < EARLIEST_OPEN_START)
    return `open term starting ${row.from}, before ${EARLIEST_OPEN_START}: a stray value`;
  if (!row.to && row.died) return 'open term of a person who has died: its end is unknown';
  if (row.from && row.to && row.to < row.from.slice(0, row.to.length)) return 'ends before it starts';
  return undefined;
}

function clean(value: string | undefined): string | undefined {
  const v = value?.trim();
  return v ? v : undefined;
}

function readEpCountries(dir: string): OfficeRow[] {
  const rows: OfficeRow[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.csv'))
    .sort()) {
    const repo = file.replace(/\.csv$/, '');
    const country = EP_COUNTRY_FILES[repo];
    if (!country) throw new Error(`ep-countries/${file}: no country known for this file`);
    for (const r of csvRecords(readFileSync(join(dir, file), 'utf8'))) {
      const position = truePosition(r.position ?? '', country);
      const category = classifyOffice(position, country);
      if (!category) continue;
      rows.push({
        qid: r.personID ?? '',
        name: (r.person ?? '').trim(),
        country,
        office: position,
        category,
        from: clean(r.start),
        to: clean(r.end),
        died: clean(r.DOD),
        enwiki: clean(r.enwiki),
        source: `every-politician-scrapers/${repo}`,
        rank: 0,
      });
    }
  }
  return rows;
}

function readWorldLeaders(file: string): OfficeRow[] {
  return csvRecords(readFileSync(file, 'utf8')).flatMap((r) => {
    const country = countryCode(r.country ?? '');
    const office = officeTitle(r.positionLabel ?? '', r.country ?? '');
    if (!country) return [];
    // Every row of this list is a head of state or government: the label says which.
    const category: OfficeCategory =
      /prime minister|premier|chancellor|taoiseach|president of the government|council of ministers/i.test(
        office,
      )
        ? 'head-of-government'
        : 'head-of-state';
    const to = clean(r.end_year);
    return [
      {
        qid: r.officeholder ?? '',
        name: (r.officeholderLabel ?? '').trim(),
        country,
        office,
        category,
        from: clean(r.start_year),
        ...(to ? { to } : { current: true }),
        source: 'every-politician-scrapers/world-leaders-2021',
        rank: 2,
      },
    ];
  });
}

function readForeignMinisters(dir: string): OfficeRow[] {
  const files = [
    join(dir, 'wikidata.csv'),
    ...readdirSync(join(dir, 'history'))
      .sort()
      .map((f) => join(dir, 'history', f)),
  ];
  return files.flatMap((file) =>
    csvRecords(readFileSync(file, 'utf8')).flatMap((r) => {
      const country = countryCode(r.countryLabel ?? '');
      if (!country) return [];
      const from = clean(r.start);
      return [
        {
          qid: r.person ?? '',
          name: (r.name ?? r.personLabel ?? '').trim(),
          country,
          office: officeTitle(r.positionLabel ?? '', r.countryLabel ?? ''),
          category: 'foreign-minister' as const,
          ...(from ? { from: yearIfJanFirst(from) } : {}),
          source: 'every-politician-scrapers/world',
          rank: 1,
        },
      ];
    }),
  );
}

/** Heads of international bodies (ep-world/holders21.csv), as offices of the UN and other bodies. */
const INTERNATIONAL_BODIES: readonly [RegExp, string][] = [
  [
    /^(Secretary-General|Deputy Secretary-General|Under-Secretary-General) of the United Nations$|^President of the United Nations General Assembly$|International Court of Justice$/,
    'UN',
  ],
  [/^Director-General of the World Trade Organization$/, 'WTO'],
  [/^OSCE /, 'OSCE'],
  [/Parliamentary Assembly of the Council of Europe$/, 'COE'],
];

function readInternational(file: string): OfficeRow[] {
  return csvRecords(readFileSync(file, 'utf8')).flatMap((r) => {
    const office = (r.position ?? '').trim();
    const body = INTERNATIONAL_BODIES.find(([re]) => re.test(office))?.[1];
    // Permanent representatives do not say which country they represent; judges are many.
    if (!body || /^Judge of/.test(office)) return [];
    return [
      {
        qid: r.personID ?? '',
        name: (r.person ?? '').trim(),
        country: body,
        office: office[0]!.toUpperCase() + office.slice(1),
        category: 'international' as const,
        from: clean(r.start),
        to: clean(r.end),
        source: 'every-politician-scrapers/world',
        rank: 0,
      },
    ];
  });
}

/** Every office row of the sources, before the drop rules. */
export function readOfficeRows(sourcesDir: string): OfficeRow[] {
  return [
    ...readEpCountries(join(sourcesDir, 'ep-countries')),
    ...readForeignMinisters(join(sourcesDir, 'ep-world', 'foreign')),
    ...readWorldLeaders(join(sourcesDir, 'world-leaders-2021', 'wikidata.csv')),
    ...readInternational(join(sourcesDir, 'ep-world', 'holders21.csv')),
  ];
}
