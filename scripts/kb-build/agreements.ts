/**
 * Agreements from manytreaties (CC BY 4.0): the major multilateral treaties of HUGGO, the
 * bilateral treaties of the main partners, and the named trade agreements of DESTA. Selection is
 * by rule, so that the KB holds names a readout writes, not thousands of fisheries arrangements.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KbEntity } from '../../lib/kb/schema';
import { csvRecords } from './csv';
import { slug } from './people';

const MANYTREATIES = 'https://github.com/globalgov/manytreaties';
const DESTA_SITE = 'https://www.designoftradeagreements.org/';
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
/** The commit date of HUGGO_clean.csv (SOURCES.md). */
const HUGGO_DATE = '2025-09-27';

/** Words HUGGO capitalises that an English title writes in lower case. */
const SMALL_WORDS = new Set(
  'a an and as at between by concerning for from in into of on or relating regarding the to under with against among'.split(
    ' ',
  ),
);

/** "Convention On Biological Diversity" → "Convention on Biological Diversity". */
export function titleCase(title: string): string {
  return title
    .split(' ')
    .map((w, i) => (i > 0 && SMALL_WORDS.has(w.toLowerCase()) ? w.toLowerCase() : w))
    .join(' ');
}

const TREATY_WORD = /\b(Convention|Treaty|Agreement|Protocol|Charter|Covenant|Pact|Accord)\b/;
/** Titles of texts that amend, implement or annex another, or are not treaties. */
const NOT_A_TREATY =
  /^(Amendments?|Adjustments?|Implementation|Resolution|Decision|Exchange|Arrangements?|Agreed|Declaration|Recommendation|Report|Rules|Regulations?|Optional|Supplementary|Additional|Protocol Amending|Guidelines|Principles|Memorandum|Joint|Statute|Text|Procedures?|Terms|Financial)\b/i;
/** The partners whose bilateral treaties readouts of the main ministries mention. */
const MAIN_PARTNERS =
  /\b(China|Chinese|Japan|Korea|Russia|Russian|Soviet|United States|America|India|United Kingdom|Britain|France|French|Germany|German|Australia|European)\b/;
const MAX_TITLE_WORDS = 16;

function validDate(value: string | undefined): string | undefined {
  return value && DATE.test(value) && !value.startsWith('9999') ? value : undefined;
}

function httpUrl(value: string | undefined): string | undefined {
  const v = value?.trim().replace(/^"|"$/g, '');
  if (!v || !/^https?:\/\/[^\s"]+$/.test(v)) return undefined;
  try {
    return new URL(v).href;
  } catch {
    return undefined;
  }
}

/** "(FCTC)" at the end of a title: the acronym readouts write. */
function splitAcronym(title: string): { name: string; acronym?: string } {
  const m = /^(.*?)\s*\(([A-Z][A-Z0-9-]{1,9})\s*\)\s*$/.exec(title);
  return m ? { name: m[1]!, acronym: m[2]! } : { name: title };
}

/** "Kyoto Protocol to the …" → "Kyoto Protocol": a place-named treaty's short name. */
function shortName(name: string): string | undefined {
  const m =
    /^((?:[A-Z][\p{L}'-]+ ){1,2}(?:Protocol|Convention|Agreement|Treaty|Accord))\b (?:to|on|for|of)\b/u.exec(
      name,
    );
  if (!m) return undefined;
  const first = m[1]!.split(' ')[0]!;
  return /^(International|Regional|Framework|European|Inter-American|African|Additional|General|Multilateral|Single|Joint|Basic|Interim)$/.test(
    first,
  )
    ? undefined
    : m[1];
}

export interface AgreementRow {
  entity: KbEntity;
  /** How the row was chosen, for the report. */
  rule: string;
}

export function huggoAgreements(sourcesDir: string): AgreementRow[] {
  const rows = csvRecords(readFileSync(join(sourcesDir, 'manytreaties', 'HUGGO_clean.csv'), 'utf8'));
  const out: AgreementRow[] = [];
  for (const r of rows) {
    const raw = (r.Title ?? '').trim();
    const begin = validDate(r.Begin);
    if (!raw || !begin || begin < '1945' || NOT_A_TREATY.test(raw) || !TREATY_WORD.test(raw)) continue;
    if (raw.split(' ').length > MAX_TITLE_WORDS) continue;
    // HUGGO writes ordinals as digits ("3 Party" for "Third Party", "Geneva Convention (3)"):
    // such a title is not the name.
    if (/(^|[\s(])\d{1,3}([\s)]|$)/.test(raw.replace(/\s\d{4}(\s|$)/g, ' '))) continue;
    if (!['Agreement', 'Protocol'].includes(r.TypeAgree ?? '')) continue;
    const ambit = r.TypeAmbit ?? '';
    const institutional = (r.Secretariat ?? 'NA') !== 'NA' || (r.Depository ?? 'NA') !== 'NA';
    let rule: string | undefined;
    if (
      (ambit === 'Multilateral' || r.TypeGeo === 'Global') &&
      (institutional || r.TypeDomain !== 'Environment')
    )
      rule = 'multilateral';
    else if (ambit === 'Bilateral' && /\bTreaty\b/.test(raw) && MAIN_PARTNERS.test(raw) && begin >= '1950')
      rule = 'bilateral treaty of a main partner';
    if (!rule) continue;
    // "(London Version)": one of the depositaries' copies, the same treaty.
    const { name: titled, acronym } = splitAcronym(
      titleCase(raw.replace(/^The /, '').replace(/ \(London Version\)$/, '')),
    );
    const short = shortName(titled);
    const signed = validDate(r.Signature);
    const inForce = validDate(r.Force);
    // An end after the data's own date is a fixed term's expiry, not a fact yet.
    const end = validDate(r.End);
    const ended = end && end <= HUGGO_DATE ? end : undefined;
    const text = httpUrl(r.TextURL);
    out.push({
      rule,
      entity: {
        id: slug(titled),
        kind: 'agreement',
        name: titled,
        aliases: [...(acronym ? [acronym] : []), ...(short ? [short] : [])],
        type: rule === 'multilateral' ? 'multilateral treaty' : 'bilateral treaty',
        dates: {
          ...(signed ? { signed } : {}),
          ...(inForce ? { inForce } : {}),
          ...(ended ? { ended } : {}),
        },
        sources: [
          { url: MANYTREATIES, title: 'HUGGO, manytreaties (Hollway & Sposito 2025), CC BY 4.0' },
          ...(text ? [{ url: text, title: 'Text of the agreement' }] : []),
        ],
      },
    });
  }
  return out;
}

const TRADE_AGREEMENT_NAME = /\b(Agreement|FTA|Free Trade|Partnership|Treaty|Pact|Protocol)\b/;

export function destaAgreements(sourcesDir: string): AgreementRow[] {
  const rows = csvRecords(readFileSync(join(sourcesDir, 'manytreaties', 'DESTA.csv'), 'utf8'), ';');
  const out: AgreementRow[] = [];
  for (const r of rows) {
    const year = r.year ?? '';
    if (
      r.entry_type !== 'base_treaty' ||
      !TRADE_AGREEMENT_NAME.test(r.name ?? '') ||
      !/^\d{4}$/.test(year) ||
      year < '1990' ||
      // DESTA's shorthand rather than a name: "EC Latvia Europe Agreement", "BAFTA (…) agriculture".
      /^EC /.test(r.name ?? '') ||
      /\(.*\)\s*\S/.test(r.name ?? '')
    )
      continue;
    const { name: bare, acronym } = splitAcronym((r.name ?? '').trim());
    const name = bare.replace(/ FTA$/, ' Free Trade Agreement');
    const inForce = /^\d{4}$/.test(r.entryforceyear ?? '') ? r.entryforceyear : undefined;
    out.push({
      rule: 'named trade agreement',
      entity: {
        id: slug(name),
        kind: 'agreement',
        name,
        aliases: acronym ? [acronym] : [],
        type: 'trade agreement',
        dates: { signed: year, ...(inForce ? { inForce } : {}) },
        sources: [
          { url: MANYTREATIES, title: 'DESTA via manytreaties (Dür, Baccini & Elsig 2014), CC BY 4.0' },
          { url: DESTA_SITE, title: 'DESTA' },
        ],
      },
    });
  }
  return out;
}
