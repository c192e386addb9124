/**
 * Recognition: find officials and agreements in a text and resolve them to KB entities.
 *
 * Contract: `recognize(text, options)` returns every located mention (offsets into `text`,
 * used by the highlighter) and one `FoundEntity` per distinct entity (used by cards, the
 * popup, the archive and `analyze`).
 *
 * One pass: the text is folded once and scanned by one Aho-Corasick automaton over every KB
 * and glossary name, alias and derived family name; fixed patterns then add titled officials
 * and named agreements the KB lacks; the longest leftmost candidates win; family-name mentions
 * resolve to the nearest person of that name introduced earlier on the page.
 *
 * `role` of an official: the office the KB says they held on the readout's date; when the
 * date is unknown or the KB has no office for it, the title the page writes before the name.
 * That title is also reported on its own as `titleInText`.
 */
import type { FoundEntity, Mention } from '../model';
import type { Kb, KbRecognitionEntity } from '../kb';
import { officeNow, officesAt, roleAt } from '../kb';
import type { GlossaryEntry } from '../glossary/schema';
import { glossaryToEntities } from '../glossary/to-entities';
import { Automaton } from './automaton';
import { foldKey, foldText, type FoldedText } from './fold';
import { countryAround, findTitledNames, splitLeadingCountry, titleBefore } from './titles';
import { agreementMergeKey, findAgreementPhrases } from './agreements';
import { fromKb, type RecognizableEntity } from './entity';
import { SpanIndex } from './spans';
import { PatternSet, addEntityPatterns, tableMatches } from './patterns';
import { familyNames } from './names';

export type { RecognizableEntity } from './entity';

export interface RecognizeOptions {
  /** The readout's date (ISO day): officials get the office held then. */
  date: string | null;
  language?: string;
}

export interface Recognition {
  mentions: Mention[];
  entities: FoundEntity[];
}

export interface Recognizer {
  recognize(text: string, options: RecognizeOptions): Recognition;
}

interface Located {
  start: number;
  end: number;
  /** Entity index (KB/glossary), or -1 for a pattern find. */
  entity: number;
  /** Pattern finds: their entity key and what the card shows. */
  key?: string;
  name?: string;
  kind?: 'official' | 'agreement';
  title?: string;
}

function holdsOfficeOn(entity: RecognizableEntity, date: string | null): boolean {
  if (!date || !entity.offices) return false;
  return officesAt(entity, date).length > 0;
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Longest leftmost, non-overlapping; on equal spans the earlier-listed (KB before pattern) wins. */
function selectLongest<T extends { start: number; end: number }>(candidates: T[]): T[] {
  const order = candidates.map((c, i) => ({ c, i }));
  order.sort((a, b) => a.c.start - b.c.start || b.c.end - a.c.end || a.i - b.i);
  const kept: T[] = [];
  for (const { c } of order) if (!kept.length || c.start >= kept[kept.length - 1]!.end) kept.push(c);
  return kept;
}

export function createRecognizer(
  kb: Kb<KbRecognitionEntity>,
  glossary: readonly GlossaryEntry[] = [],
): Recognizer {
  const { entities: glossaryEntities, annotations } = glossaryToEntities(glossary);
  const entities: RecognizableEntity[] = [
    ...kb.entities.map((e) => {
      const note = annotations.get(e.id);
      const entity = fromKb(e);
      return note
        ? { ...entity, aliases: [...entity.aliases, ...note.aliases], note: note.note || undefined }
        : entity;
    }),
    ...glossaryEntities,
  ];
  // The shipped KB comes with its patterns compiled at build time; glossary additions go on top.
  const table = kb.compiled && tableMatches(kb.compiled, kb.entities) ? kb.compiled : undefined;
  const patterns = table ? PatternSet.fromTable(table) : new PatternSet();
  entities.forEach((e, entity) => {
    // Re-adding what the table holds changes nothing, so annotated KB entities just add theirs.
    if (!table || entity >= kb.entities.length || annotations.has(e.key))
      addEntityPatterns(patterns, e, entity);
  });
  const automaton = new Automaton(patterns.strings);
  const entityByKey = new Map(entities.map((e) => [e.key, e]));

  return {
    recognize(text, options) {
      const page = foldText(text);
      const full: Located[] = [];
      const short: { start: number; end: number; entities: number[] }[] = [];
      patterns.scan(automaton, page, text, (start, end, payloads) => {
        const named = payloads.filter((p) => !p.short);
        if (named.length === 1) full.push({ start, end, entity: named[0]!.entity });
        else if (named.length > 1) {
          // One alias for two entities: the one in office on the date, else the first listed.
          const inOffice = named.find((p) => holdsOfficeOn(entities[p.entity]!, options.date));
          full.push({ start, end, entity: (inOffice ?? named[0]!).entity });
        } else short.push({ start, end, entities: payloads.map((p) => p.entity) });
      });

      const pageFinds: Located[] = [];
      const kbSpans = new SpanIndex([...full, ...short]);
      for (const t of findTitledNames(text)) {
        if (kbSpans.overlaps(t)) continue;
        pageFinds.push({
          start: t.start,
          end: t.end,
          entity: -1,
          kind: 'official',
          name: t.name,
          title: t.title,
        });
      }
      const kbAgreements = new SpanIndex(full.filter((k) => entities[k.entity]!.kind === 'agreement'));
      const insideKbAgreement = (start: number, end: number) => kbAgreements.overlaps({ start, end });
      for (const a of findAgreementPhrases(text, insideKbAgreement)) {
        const name = a.name.replace(/^the\s+/i, '');
        // A phrase around a KB agreement ("RCEP Agreement") is that agreement, not a new one.
        if (kbAgreements.overlaps(a)) continue;
        pageFinds.push({ start: a.start, end: a.end, entity: -1, kind: 'agreement', name });
      }
      const strong = selectLongest<Located>([...full, ...pageFinds]);

      // Family names, left to right, against the people introduced so far.
      const lastSeen = new Map<number, number>();
      const resolved: Located[] = [];
      let s = 0;
      for (const cand of short.sort((a, b) => a.start - b.start)) {
        for (; s < strong.length && strong[s]!.start < cand.start; s++) {
          const seen = strong[s]!;
          if (seen.entity >= 0) lastSeen.set(seen.entity, seen.start);
        }
        const inside = strong[s - 1];
        if ((inside && inside.end > cand.start) || (strong[s] && overlaps(strong[s]!, cand))) continue;
        // "Park Geun-hye" when only Park Jin is known: the next capitalised word makes it someone else.
        if (/^[ \t]\p{Lu}\p{Ll}/u.test(text.slice(cand.end, cand.end + 3))) continue;
        const introduced = cand.entities
          .filter((i) => lastSeen.has(i))
          .sort((a, b) => lastSeen.get(b)! - lastSeen.get(a)!);
        let entity = introduced[0];
        const title = titleBefore(text, cand.start);
        if (entity === undefined && title) {
          const inOffice = cand.entities.filter((i) => holdsOfficeOn(entities[i]!, options.date));
          entity =
            cand.entities.length === 1 ? cand.entities[0] : inOffice.length === 1 ? inOffice[0] : undefined;
          if (entity === undefined) {
            resolved.push({
              start: cand.start,
              end: cand.end,
              entity: -1,
              kind: 'official',
              name: text.slice(cand.start, cand.end),
              title,
            });
            continue;
          }
        }
        if (entity === undefined) continue;
        lastSeen.set(entity, cand.start);
        resolved.push({ start: cand.start, end: cand.end, entity });
      }
      const located = [...strong, ...resolved].sort((a, b) => a.start - b.start);
      assignPatternKeys(located);
      located.push(...secondPass(text, page, located));
      located.sort((a, b) => a.start - b.start);
      return summarize(text, located, entities, entityByKey, options.date);
    },
  };
}

/**
 * Keys for pattern finds: one person under "Lavrov" and "Sergey Lavrov", one agreement under
 * its Area/Agreement or for/of variants.
 */
function assignPatternKeys(located: Located[]): void {
  const people = new Map<string, string>();
  const agreements = new Map<string, string>();
  for (const m of located) {
    if (m.entity >= 0 || !m.name) continue;
    const folded = foldKey(m.name);
    if (m.kind === 'official') {
      if (!people.has(folded)) people.set(folded, `pattern:${folded}`);
    } else {
      const merge = agreementMergeKey(folded);
      if (!agreements.has(merge)) agreements.set(merge, `pattern:${folded}`);
      m.key = agreements.get(merge);
    }
  }
  // A one-word name joins the longer name that ends or starts with it (Blinken, Chung Eui-yong);
  // of several, the first found on the page.
  const longerByWord = new Map<string, string>();
  for (const folded of people.keys()) {
    const space = folded.indexOf(' ');
    if (space < 0) continue;
    for (const word of [folded.slice(0, space), folded.slice(folded.lastIndexOf(' ') + 1)])
      if (!longerByWord.has(word)) longerByWord.set(word, people.get(folded)!);
  }
  for (const folded of people.keys()) {
    const longer = folded.includes(' ') ? undefined : longerByWord.get(folded);
    if (longer) people.set(folded, longer);
  }
  for (const m of located) if (m.entity < 0 && m.kind === 'official') m.key = people.get(foldKey(m.name!));
}

/**
 * What the page itself defines: names of officials found by pattern (and their family names)
 * and acronyms in parentheses after a mention, "(RCEP)". A small automaton over just these
 * finds their later mentions, in the gaps the first pass left.
 */
function secondPass(text: string, page: FoldedText, located: Located[]): Located[] {
  const defined: Located[] = [];
  const set = new PatternSet();
  const firstAt = new Map<number, number>();
  const taken = new SpanIndex(located);
  const add = (surface: string, template: Located, exact: boolean, shortName: boolean) => {
    defined.push(template);
    firstAt.set(defined.length - 1, template.start);
    set.add(surface, { entity: defined.length - 1, short: shortName, exact: exact ? surface : undefined });
  };
  for (const m of located) {
    if (m.entity < 0 && m.kind === 'official' && m.name) {
      add(m.name, m, false, false);
      // The page does not say the country, so either end of the name may be the family name.
      const family = familyNames([m.name], 'unknown');
      for (const f of family) add(f, m, false, true);
    }
    const acronym = /^\s*\(([\p{Lu}][\p{Lu}\p{N}&+-]{1,9})\)/u.exec(text.slice(m.end, m.end + 16));
    if (acronym && !taken.startsBetween(m.end, m.end + acronym[0].length)) {
      add(acronym[1]!, m, true, false);
    }
  }
  if (!set.strings.length) return [];
  const found: Located[] = [];
  // Collect everything first: a family name ends before the full name that contains it.
  set.scan(new Automaton(set.strings), page, text, (start, end, payloads) => {
    // The latest person introduced by then; before any introduction (a headline), the first
    // one, written capitalised ("chung" in a URL is no one).
    const p =
      payloads.find((q) => firstAt.get(q.entity)! <= start) ??
      (/\p{Lu}/u.test(text[start] ?? '') ? payloads[0] : undefined);
    const span = { start, end };
    if (!p || taken.overlaps(span)) return;
    found.push({ ...defined[p.entity]!, start, end, title: undefined });
  });
  return selectLongest(found);
}

function summarize(
  text: string,
  located: Located[],
  entities: RecognizableEntity[],
  entityByKey: ReadonlyMap<string, RecognizableEntity>,
  date: string | null,
): Recognition {
  const mentions: Mention[] = [];
  const byKey = new Map<string, FoundEntity>();
  const splitTitles = new Map<string, { title: string; country?: string }>();
  for (const m of located) {
    const known = m.entity >= 0 ? entities[m.entity]! : undefined;
    const key = known ? known.key : m.key!;
    const surface = text.slice(m.start, m.end);
    mentions.push({ start: m.start, end: m.end, key, surface });
    let found = byKey.get(key);
    if (!found) {
      found = known
        ? {
            key,
            kind: known.kind,
            name: known.name,
            id: known.id,
            surfaces: [],
            mentions: 0,
            country: known.country,
            ...(known.nativeName && known.nativeName !== known.name ? { nativeName: known.nativeName } : {}),
            ...(known.fromGlossary ? { fromGlossary: true } : {}),
            ...(known.note ? { note: known.note } : {}),
          }
        : { key, kind: m.kind!, name: m.name!, id: null, surfaces: [], mentions: 0 };
      byKey.set(key, found);
    }
    found.mentions++;
    if (!found.surfaces.includes(surface)) found.surfaces.push(surface);
    if (found.kind === 'official' && !found.titleInText) {
      const written = m.title ?? titleBefore(text, m.start);
      if (written) {
        // Pages repeat a handful of titles: split each once.
        let split = splitTitles.get(written);
        if (!split) splitTitles.set(written, (split = splitLeadingCountry(written)));
        found.titleInText = split.title;
        // The page's word counts for people the KB and glossary do not know.
        if (!known && !found.country) {
          const country = split.country ?? countryAround(text, m, written);
          if (country) found.country = country;
        }
      }
    }
  }
  for (const found of byKey.values()) {
    if (found.kind !== 'official') continue;
    const known = found.id !== null || found.fromGlossary ? entityByKey.get(found.key) : undefined;
    const offices = known?.offices ?? [];
    const onDate = known && date ? roleAt(known, date) : undefined;
    const standing = known ? officeNow(known) : undefined;
    const now = standing?.state === 'holds' ? standing.office : undefined;
    const role = onDate ?? found.titleInText;
    if (role) found.role = role;
    if (now && now !== onDate) found.roleNow = now;
    if (standing) found.officeNow = standing;
    if (!found.country) {
      const country = (known && date ? officesAt(known, date)[0]?.country : undefined) ?? offices[0]?.country;
      if (country) found.country = country;
    }
  }
  return { mentions, entities: [...byKey.values()] };
}
