/**
 * The generated part of the KB, from the open data in ../shared/kb-sources and the hand-written
 * files: hand-written entities win and keep their ids; a person the sources share with the
 * hand-written KB (same Wikidata item, same Wikipedia article, or same name and country) is left
 * to the hand-written entry.
 */
import type { KbEntity, OfficeSpan } from '../../lib/kb/schema';
import { isGeneratedKbFile } from '../../lib/kb/validate';
import { destaAgreements, huggoAgreements } from './agreements';
import { readOfficeRows, type DroppedRow } from './officials';
import { digoOrganizations } from './organizations';
import { peopleFromRows, personEntity, type Person } from './people';

/** The files this build writes into data/kb/. */
export const GENERATED_FILES = [
  'generated-officials.json',
  'generated-agreements.json',
  'generated-organizations.json',
] as const;
export type GeneratedFile = (typeof GENERATED_FILES)[number];

export const isGeneratedFile = (file: string) => (GENERATED_FILES as readonly string[]).includes(file);
// lib/kb/validate.ts tells generated files by this prefix.
if (!GENERATED_FILES.every(isGeneratedKbFile))
  throw new Error('generated KB files must start with "generated-"');

/** A name as the merge compares it: no diacritics, case, punctuation or extra spaces. */
export function normalName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The words of a name, for matching romanisations: "Kang Kyung-wha" → kang, kyung, wha. */
const nameWords = (name: string) =>
  normalName(name)
    .split(' ')
    .filter((w) => w.length > 1);
const termKey = (o: OfficeSpan) =>
  o.from ? `${o.country}|${normalName(o.office)}|${o.from.slice(0, 4)}` : undefined;

const qidOf = (url: string) => /wikidata\.org\/wiki\/(Q\d+)$/.exec(url)?.[1];
const articleOf = (url: string | undefined) =>
  url ? decodeURIComponent(/wikipedia\.org\/wiki\/(.+)$/.exec(url)?.[1] ?? '').replace(/_/g, ' ') : '';

/** Who the hand-written KB already has: by Wikidata item, Wikipedia article, name + country. */
class HandWrittenIndex {
  readonly ids = new Set<string>();
  private readonly qids = new Set<string>();
  private readonly articles = new Set<string>();
  private readonly peopleByName = new Set<string>();
  /** Folded names and aliases of every hand-written non-person entity. */
  readonly names = new Set<string>();
  /** Hand-written terms by country, office and start year, with the holder's name words. */
  private readonly terms = new Map<string, Set<string>[]>();

  constructor(entities: readonly KbEntity[]) {
    for (const e of entities) {
      this.ids.add(e.id);
      for (const s of e.sources) {
        const q = qidOf(s.url);
        if (q) this.qids.add(q);
      }
      const article = articleOf(e.wikipedia);
      if (article) this.articles.add(article);
      const surfaces = [e.name, ...(e.nativeName ? [e.nativeName] : []), ...e.aliases];
      if (e.kind === 'official') {
        const countries = new Set([e.country, ...(e.offices ?? []).map((o) => o.country)]);
        for (const s of surfaces) for (const c of countries) this.peopleByName.add(`${normalName(s)}|${c}`);
        const words = new Set(surfaces.flatMap(nameWords));
        for (const o of e.offices ?? []) {
          const key = termKey(o);
          if (key) this.terms.set(key, [...(this.terms.get(key) ?? []), words]);
        }
      } else for (const s of surfaces) this.names.add(normalName(s));
    }
  }

  hasPerson(p: Person): boolean {
    if (this.qids.has(p.qid) || (p.enwiki && this.articles.has(p.enwiki))) return true;
    const countries = new Set([p.country, ...p.offices.map((o) => o.country)]);
    if ([...countries].some((c) => this.peopleByName.has(`${normalName(p.name)}|${c}`))) return true;
    // The same term under another romanisation (Kang Kyung-wha / Kang Kyung-hwa, Chung / Jung
    // Hong-won): same office, country and start year, and a name word in common.
    const words = nameWords(p.name);
    return p.offices.some((o) => {
      const key = termKey(o);
      return !!key && (this.terms.get(key) ?? []).some((held) => words.some((w) => held.has(w)));
    });
  }
}

export interface BuildReport {
  rows: number;
  dropped: DroppedRow[];
  peopleFromSources: number;
  mergedWithHandWritten: string[];
  agreementsByRule: Record<string, number>;
  skippedAsHandWritten: string[];
}

export interface BuildResult {
  files: Record<GeneratedFile, KbEntity[]>;
  report: BuildReport;
}

/** Entities that are not hand-written and not already chosen, with aliases nobody else uses. */
function newEntities(candidates: readonly KbEntity[], hand: HandWrittenIndex, skipped: string[]): KbEntity[] {
  const out: KbEntity[] = [];
  const seen = new Set<string>();
  for (const e of candidates) {
    const key = normalName(e.name);
    // A short name the hand-written KB has ("Kyoto Protocol") makes it the same agreement;
    // an acronym ("ICC") may stand for two, so it is only dropped (below).
    const sameAsHandWritten = [e.name, ...e.aliases.filter((a) => !/^[A-Z0-9-]+$/.test(a))].some((n) =>
      hand.names.has(normalName(n)),
    );
    if (sameAsHandWritten || hand.ids.has(e.id)) {
      skipped.push(e.name);
      continue;
    }
    if (seen.has(key) || seen.has(e.id)) continue;
    seen.add(key);
    seen.add(e.id);
    const aliases = e.aliases.filter((a) => !hand.names.has(normalName(a)) && normalName(a) !== key);
    out.push({ ...e, aliases: [...new Set(aliases)] });
  }
  // An acronym two entities share names neither: drop it from both.
  const aliasCount = new Map<string, number>();
  for (const e of out) for (const a of e.aliases) aliasCount.set(a, (aliasCount.get(a) ?? 0) + 1);
  return out.map((e) => ({ ...e, aliases: e.aliases.filter((a) => aliasCount.get(a) === 1) }));
}

const bySignature = (a: KbEntity, b: KbEntity) =>
  (a.dates?.signed ?? '').localeCompare(b.dates?.signed ?? '') || a.name.localeCompare(b.name);

export function buildKb(sourcesDir: string, handWritten: readonly KbEntity[]): BuildResult {
  const hand = new HandWrittenIndex(handWritten);
  const rows = readOfficeRows(sourcesDir);
  const { people, dropped } = peopleFromRows(rows);
  const taken = new Set(hand.ids);
  const mergedWithHandWritten: string[] = [];
  const officials: KbEntity[] = [];
  for (const person of people) {
    if (hand.hasPerson(person)) mergedWithHandWritten.push(`${person.name} (${person.qid})`);
    else officials.push(personEntity(person, taken));
  }

  const skippedAsHandWritten: string[] = [];
  const treatyRows = [...huggoAgreements(sourcesDir), ...destaAgreements(sourcesDir)];
  const agreementsByRule: Record<string, number> = {};
  const agreements = newEntities(
    treatyRows.map((r) => r.entity).sort(bySignature),
    hand,
    skippedAsHandWritten,
  ).sort((a, b) => a.id.localeCompare(b.id));
  const chosen = new Set(agreements.map((a) => a.id));
  for (const r of treatyRows)
    if (chosen.has(r.entity.id)) agreementsByRule[r.rule] = (agreementsByRule[r.rule] ?? 0) + 1;
  // Organisation names must not take an agreement's id or acronym either.
  const agreementAcronyms = new Set(agreements.flatMap((a) => a.aliases));
  const organizations = newEntities(
    digoOrganizations(sourcesDir)
      .filter((o) => !chosen.has(o.id) && !taken.has(o.id))
      .map((o) => ({ ...o, aliases: o.aliases.filter((a) => !agreementAcronyms.has(a)) })),
    hand,
    skippedAsHandWritten,
  ).sort((a, b) => a.id.localeCompare(b.id));

  return {
    files: {
      'generated-officials.json': officials,
      'generated-agreements.json': agreements,
      'generated-organizations.json': organizations,
    },
    report: {
      rows: rows.length,
      dropped,
      peopleFromSources: people.length,
      mergedWithHandWritten,
      agreementsByRule,
      skippedAsHandWritten,
    },
  };
}
