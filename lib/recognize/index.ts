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
import type { Kb, KbRecognitionEntity } from '../kb/core';
import { nativeRoleAt, officeNow, officesAt, roleAt, roleNow } from '../kb/core';
import type { GlossaryEntry } from '../glossary/schema';
import { glossaryToEntities } from '../glossary/to-entities';
import { Automaton } from './automaton';
import { PageMatcher } from './page-matcher';
import { foldKey, foldText, simplifiedChinese, type FoldedText } from './fold';
import { countryAround, findTitledNames, splitLeadingCountry, titleBefore, type TitledName } from './titles';
import { agreementMergeKey, findAgreementPhrases } from './agreements';
import { fromKb, type RecognizableEntity } from './entity';
import { SpanIndex } from './spans';
import { PatternSet, addEntityPatterns, tableMatches } from './patterns';
import { familyNames } from './names';
import { HangulNames } from './hangul-latin';
import {
  cyrillicNameReadings,
  latinOfCyrillic,
  INITIALS,
  initialsFit,
  katakanaInitialFits,
  katakanaReadsAs,
  middleNamesLeftOut,
  nameKey,
  russianNominative,
  withFatherOnly,
  slavicOfSpanish,
  wordsBefore,
} from './transliteration';

const CYRILLIC_NAME = /^[\p{Script=Cyrillic}\s.-]+$/u;
/** A name of two or more Hangul words ("페니 웡"). */
const HANGUL_NAME = /^[가-힣]+(?: [가-힣]+)+$/;
/** A name in Chinese characters only (王毅, 王). */
const HAN_NAME = /^[\u4e00-\u9fff々]+$/u;
/** What parts the words of a name: a space, or the dot between the parts of a katakana name. */
const NAME_PARTS = /[ \t・·‧]/u;
/** A Cyrillic name written with initials glued to it ("С.В.Лавров"): the initials, the rest. */
const RU_INITIALS = /^((?:\p{Lu}\.\s?){1,2})(\p{Lu}.*)$/u;
import { findNativeTitledNames, type NativeTitledName } from './titles-native';
import { heldOfficeKind, type OfficeKind } from './offices';

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

export interface OfficeQuery {
  kind: OfficeKind;
  country: string;
  /** The page's date (ISO day); null: anyone who ever held the office. */
  date: string | null;
  /** The name the page gives, in any spelling; absent: the office's only holder on the date. */
  name?: string;
}

export interface Recognizer {
  recognize(text: string, options: RecognizeOptions): Recognition;
  /**
   * The KB official an office names on a date ("Australia's foreign minister on 6 March 2024"),
   * as an entity of the page with no mention; null when the KB cannot tell who.
   */
  officeHolder(query: OfficeQuery): FoundEntity | null;
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
  /** Pattern finds: the country their title or the words after the name give. */
  country?: string;
}

function holdsOfficeOn(entity: RecognizableEntity, date: string | null): boolean {
  if (!date || !entity.offices) return false;
  return officesAt(entity, date).length > 0;
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Longest leftmost, non-overlapping; on equal spans the earlier-listed (KB before pattern) wins. */
export function selectLongest<T extends { start: number; end: number }>(candidates: T[]): T[] {
  const order = candidates.map((c, i) => ({ c, i }));
  order.sort((a, b) => a.c.start - b.c.start || b.c.end - a.c.end || a.i - b.i);
  const kept: T[] = [];
  for (const { c } of order) if (!kept.length || c.start >= kept[kept.length - 1]!.end) kept.push(c);
  return kept;
}

/**
 * KB officials by the spelling-independent key of their names (`nameKey`), built on the first
 * page that needs it: most pages name only people the automaton already found.
 */
class SpellingIndex {
  private byKey?: Map<string, number[]>;
  constructor(private readonly entities: readonly RecognizableEntity[]) {}

  /** The KB official this name is another spelling of; of several, the one in office on `date`. */
  lookup(name: string, date: string | null): number | undefined {
    const found = this.lookupKey(name, date);
    if (found !== undefined) return found;
    const fatherOnly = withFatherOnly(name);
    const byFather = fatherOnly === undefined ? undefined : this.lookupKey(fatherOnly, date);
    if (byFather !== undefined) return byFather;
    // Two words in the other order: family name first or last ("Battsetseg Batmunkh" for the KB's
    // Batmunkh Battsetseg; Mongolian, Hungarian and East Asian names are written both ways).
    const words = name.trim().split(/\s+/);
    const swapped = words.length === 2 ? this.lookupKey(`${words[1]} ${words[0]}`, date) : undefined;
    if (swapped !== undefined) return swapped;
    // "Mijaíl Gorbachov": a Spanish j for a Russian kh.
    const slavic = slavicOfSpanish(name);
    return slavic === undefined ? undefined : this.lookupKey(slavic, date);
  }

  private familyKeySet?: Set<string>;
  /** The last word of every key: whether a word may be some KB official's family name. */
  hasFamilyKey(word: string): boolean {
    if (!this.familyKeySet) {
      this.familyKeySet = new Set();
      for (const key of this.index().keys()) this.familyKeySet.add(key.slice(key.lastIndexOf(' ') + 1));
    }
    return this.familyKeySet.has(word);
  }

  private lookupKey(name: string, date: string | null): number | undefined {
    const key = nameKey(name);
    if (!key) return undefined;
    const found = this.index().get(key);
    if (!found) return undefined;
    return found.find((i) => holdsOfficeOn(this.entities[i]!, date)) ?? found[0];
  }

  private index(): Map<string, number[]> {
    if (this.byKey) return this.byKey;
    const byKey = new Map<string, number[]>();
    this.entities.forEach((e, i) => {
      if (e.kind !== 'official') return;
      for (const surface of [e.name, ...e.aliases]) {
        const key = nameKey(surface);
        if (!key) continue;
        const list = byKey.get(key) ?? [];
        if (!list.includes(i)) list.push(i);
        byKey.set(key, list);
      }
    });
    return (this.byKey = byKey);
  }
}

/** A Chinese name with its last character in katakana (楊潔チ): the kanji, then the kana. */
const KANJI_KANA = /^([\u4e00-\u9fff]+)[\u30a1-\u30fa]+$/u;
/**
 * Whether a native name is what a kanji-and-kana name stands for: the kana write one rare
 * character, so the native name is the kanji followed by one more character (楊潔チ: 楊潔篪).
 */
function kanjiKanaFits(name: string, native: string): boolean {
  const han = KANJI_KANA.exec(name)?.[1];
  const written = native.replace(/\s+/g, '');
  // The KB may give the name in Simplified only (杨洁篪; the content script's copy has no
  // aliases): both are compared in Simplified.
  return (
    !!han &&
    written.length === han.length + 1 &&
    HAN_NAME.test(written) &&
    simplifiedChinese(written).startsWith(simplifiedChinese(han))
  );
}

/**
 * The one KB official `fits` accepts; of several, the one in office on `date`; undefined when
 * none or more than one is left.
 */
function theOneOfficial(
  entities: readonly RecognizableEntity[],
  fits: (e: RecognizableEntity) => boolean,
  date: string | null,
): number | undefined {
  const found: number[] = [];
  entities.forEach((e, i) => {
    if (e.kind === 'official' && fits(e)) found.push(i);
  });
  const inOffice = found.length > 1 ? found.filter((i) => holdsOfficeOn(entities[i]!, date)) : found;
  return inOffice.length === 1 ? inOffice[0] : undefined;
}

/** The one KB official (of several, the one in office on `date`) a kanji-and-kana name stands for. */
const kanjiKanaPerson = (
  entities: readonly RecognizableEntity[],
  name: string,
  date: string | null,
  country: string | undefined,
) =>
  theOneOfficial(
    entities,
    (e) =>
      (!country || !e.country || e.country === country) &&
      [e.nativeName ?? '', ...e.aliases].some((a) => kanjiKanaFits(name, a)),
    date,
  );

/**
 * The KB person a Japanese "surname + office (+ country)" names: who held an office of that kind
 * for that country on the page's date (any date, if it has none) and whose name fits the surname
 * (岸田 starts 岸田文雄) or the katakana (ビショップ: a katakana alias, or the same first sound).
 */
function officeHolder(
  entities: readonly RecognizableEntity[],
  find: NativeTitledName,
  date: string | null,
): number | undefined {
  const katakana = /^[\u30a1-\u30fa\u30fc・]+$/.test(find.name);
  const family = (e: RecognizableEntity) =>
    familyNames([e.name], e.country ?? e.offices?.[0]?.country ?? 'unknown');
  /** The katakana is a reading of the family name's sounds ("ヴェスターヴェレ" / Westerwelle). */
  const reads = (e: RecognizableEntity, strict = false) =>
    family(e).some((f) => katakanaReadsAs(find.name, f, strict));
  const fits = (e: RecognizableEntity) => {
    const native = [e.nativeName ?? '', ...e.aliases];
    if (KANJI_KANA.test(find.name)) return native.some((a) => kanjiKanaFits(find.name, a));
    if (katakana) {
      if (native.some((a) => a.includes(find.name))) return true;
      return family(e).some((f) => katakanaInitialFits(find.name, f));
    }
    return native.some((a) => a.startsWith(find.name));
  };
  const holdersOn = (on: string | null, test: (e: RecognizableEntity) => boolean) => {
    const holders: number[] = [];
    entities.forEach((e, i) => {
      if (e.kind === 'official' && heldOfficeKind(e, find.officeKind!, find.country, on) && test(e))
        holders.push(i);
    });
    return holders;
  };
  // "前外相", "元首相": someone who held the office before; the sounds of the name must fit, since
  // any date is open.
  if (find.former) {
    const native = (e: RecognizableEntity) =>
      [e.nativeName ?? '', ...e.aliases].some((a) =>
        katakana ? a.includes(find.name) : a.startsWith(find.name),
      );
    const holders = holdersOn(null, (e) => native(e) || (katakana && reads(e, true)));
    return holders.length === 1 ? holders[0] : undefined;
  }
  const holders = holdersOn(date, fits);
  if (holders.length === 1) return holders[0];
  // Several holders of the first sound: the one whose name the katakana reads as.
  if (katakana && holders.length > 1) {
    const read = holders.filter((i) => reads(entities[i]!));
    if (read.length === 1) return read[0];
  }
  return undefined;
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
      // `offices` is a getter (decoded on first use), which a spread leaves out.
      return note
        ? {
            ...entity,
            offices: entity.offices,
            aliases: [...entity.aliases, ...note.aliases],
            note: note.note || undefined,
          }
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
  // Built per page over the patterns the page can hold (see page-matcher.ts), not at start.
  const matcher = new PageMatcher(patterns.strings, table ? table.strings.length : 0);
  const entityByKey = new Map(entities.map((e) => [e.key, e]));
  const spellings = new SpellingIndex(entities);
  const hangulNames = new HangulNames(entities, holdsOfficeOn);
  /** Acronyms of the KB's organisations and events ("APEC", "FOCAC"): never an agreement's name. */
  const bodyAcronyms = new Set(
    entities
      .filter((e) => e.kind === 'organization' || e.kind === 'event')
      .flatMap((e) => [e.name, ...e.aliases])
      .filter((a) => /^\p{Lu}{2,7}$/u.test(a)),
  );
  const isBodyAcronym = (acronym: string) => bodyAcronyms.has(acronym);

  /**
   * The KB person a family name with the words before it names: another spelling of their full
   * name ("Mohammed Javad Zarif" for Mohammad), or initials that fit only one of the people with
   * that family name ("S. Jaishankar", "AK Abdul Momen"). The longest such name, from `floor` on.
   */
  function fullerName(
    text: string,
    cand: { start: number; end: number; entities: number[] },
    floor: number,
    date: string | null,
  ): { start: number; entity: number } | undefined {
    const words = wordsBefore(text, cand.start).filter((w) => w.start >= floor);
    for (const { start, word } of words) {
      const written = text.slice(start, cand.end);
      const spelled = spellings.lookup(written, date);
      if (spelled !== undefined && cand.entities.includes(spelled)) return { start, entity: spelled };
      // "José Albares" for José Manuel Albares: the given name with the middle names left out.
      const shortened = cand.entities.filter((i) =>
        [entities[i]!.name, ...entities[i]!.aliases].some((full) => middleNamesLeftOut(written, full)),
      );
      if (shortened.length === 1) return { start, entity: shortened[0]! };
      if (!INITIALS.test(word)) continue;
      const fits = cand.entities.filter((i) =>
        [entities[i]!.name, ...entities[i]!.aliases].some((full) => initialsFit(written, full)),
      );
      if (fits.length === 1) return { start, entity: fits[0]! };
    }
    return undefined;
  }

  /**
   * The KB official a Cyrillic name in any case names (one whose name a nominative reading
   * spells), and where in `name` they start: a country in a case the patterns do not know
   * ("України Петром Порошенком") may lead a three-word name.
   */
  const familyKeyCache = new Map<string, boolean>();
  /** Whether a Cyrillic word in some case may be a KB official's family name. */
  function mayBeKbFamilyName(word: string): boolean {
    let known = familyKeyCache.get(word);
    if (known !== undefined) return known;
    known = cyrillicNameReadings(word).some((latin) => {
      const key = nameKey(`zz ${latin}`);
      return key !== undefined && spellings.hasFamilyKey(key.slice(key.lastIndexOf(' ') + 1));
    });
    if (familyKeyCache.size > 5000) familyKeyCache.clear();
    familyKeyCache.set(word, known);
    return known;
  }

  function cyrillicPerson(name: string, date: string | null): { entity: number; from: number } | undefined {
    const initials = RU_INITIALS.exec(name);
    if (initials) {
      const entity = initialledPerson(initials[1]!, initials[2]!, date);
      return entity === undefined ? undefined : { entity, from: 0 };
    }
    const words = name.split(' ');
    for (let skip = 0; skip <= (words.length >= 3 ? 1 : 0); skip++) {
      const rest = words.slice(skip).join(' ');
      for (const reading of cyrillicNameReadings(rest)) {
        const entity = spellings.lookup(reading, date);
        if (entity !== undefined) return { entity, from: name.length - rest.length };
      }
    }
    return undefined;
  }

  /**
   * "С.В.Лавров", "М.В.Захаровой": the KB official whose family name a case reading of `family`
   * spells and whose given name starts with the first initial (the second is the patronymic).
   */
  function initialledPerson(initials: string, family: string, date: string | null): number | undefined {
    if (!mayBeKbFamilyName(family.split(/\s+/).pop()!)) return undefined;
    const first = latinOfCyrillic(initials.charAt(0));
    for (const reading of cyrillicNameReadings(family)) {
      const written = `${first}. ${reading}`;
      const person = theOneOfficial(
        entities,
        (e) => [e.name, ...e.aliases].some((full) => initialsFit(written, full)),
        date,
      );
      if (person !== undefined) return person;
    }
    return undefined;
  }

  /**
   * "S. Lawrow", "J. Støre": an initial and a family name, in English or German spelling (w for v,
   * j for y, sch for sh), the KB official whose first name starts with that letter and whose last
   * name is that family name; the one in office on the date if several.
   */
  function latinInitialledPerson(written: string, date: string | null): number | undefined {
    const m = /^(\p{Lu})\.\s?(?:\p{Lu}\.\s?)?(\p{Lu}[\p{L}'’-]+)$/u.exec(written);
    if (!m) return undefined;
    const initial = foldKey(m[1]!);
    const family = m[2]!;
    const german = family.replace(/tsch/g, 'ch').replace(/sch/g, 'sh').replace(/w/g, 'v').replace(/j/g, 'y');
    const keys = new Set([family, german].map((w) => nameKey(`zz ${w}`)?.split(' ').pop()));
    return theOneOfficial(
      entities,
      (e) =>
        [e.name, ...e.aliases].some((full) => {
          const words = full.split(/\s+/);
          return (
            words.length >= 2 &&
            foldKey(words[0]!).charAt(0) === initial &&
            keys.has(
              nameKey(`zz ${words[words.length - 1]!}`)
                ?.split(' ')
                .pop(),
            )
          );
        }),
      date,
    );
  }

  /** Officials by their native name without spaces (上川陽子), built on the first page that needs it. */
  let byNativeName: Map<string, number> | undefined;
  /**
   * The KB official a Hangul name stands for: by the Latin or kanji form the page writes after it
   * in brackets ("바트체첵(Battsetseg Batmunkh)", "가미카와 요코(上川 陽子)"), else by how it reads
   * against the Latin names of the officials of the country the page gives.
   */
  function hangulPerson(text: string, find: NativeTitledName, date: string | null): number | undefined {
    const gloss = /^\(([^()\n]{2,40})\)/.exec(text.slice(find.end, find.end + 44))?.[1]?.trim();
    if (gloss && /^[\p{Script=Latin}\s.'’-]+$/u.test(gloss)) {
      const found = spellings.lookup(gloss, date);
      if (found !== undefined) return found;
    } else if (gloss && /^[\p{Script=Han}\s]+$/u.test(gloss)) {
      if (!byNativeName) {
        byNativeName = new Map();
        entities.forEach((e, i) => {
          if (e.kind === 'official' && e.nativeName) byNativeName!.set(e.nativeName.replace(/\s+/g, ''), i);
        });
      }
      const found = byNativeName.get(gloss.replace(/\s+/g, ''));
      if (found !== undefined) return found;
    }
    return hangulNames.lookup(find.name, date, find.country);
  }

  return {
    officeHolder({ kind, country, date, name }) {
      const holders: number[] = [];
      entities.forEach((e, i) => {
        if (e.kind === 'official' && heldOfficeKind(e, kind, country, date)) holders.push(i);
      });
      let pick: number | undefined;
      if (name) {
        const folded = foldKey(name);
        const spelling = nameKey(name);
        const named = (e: RecognizableEntity) =>
          [e.name, ...e.aliases].some((s) => foldKey(s) === folded || (spelling && nameKey(s) === spelling));
        pick = holders.find((i) => named(entities[i]!));
        // The KB's dates for the office may be incomplete: the name alone still says who.
        pick ??= spellings.lookup(name, date);
      } else if (holders.length === 1) pick = holders[0];
      const holder = pick === undefined ? undefined : entities[pick];
      if (!holder || holder.kind !== 'official') return null;
      const role = (date ? roleAt(holder, date) : undefined) ?? roleNow(holder);
      const standing = officeNow(holder);
      return {
        key: holder.key,
        kind: 'official',
        name: holder.name,
        id: holder.id,
        surfaces: [],
        mentions: 0,
        ...(holder.country ? { country: holder.country } : {}),
        ...(holder.nativeName && holder.nativeName !== holder.name ? { nativeName: holder.nativeName } : {}),
        ...(role ? { role } : {}),
        officeNow: standing,
      };
    },
    recognize(text, options) {
      const page = foldText(text);
      // The Chinese title and agreement patterns are written in Simplified: a Traditional page is
      // read through its Simplified view (same offsets), names are kept as the page writes them.
      // Japanese keeps its own kanji (外務大臣), which its patterns are written in.
      const view =
        /[\u3041-\u30ff]/.test(text) || !/[\u3400-\u9fff]/.test(text) ? text : simplifiedChinese(text);
      const asWritten = <T extends { start: number; end: number; name: string }>(find: T): T =>
        view !== text && view.slice(find.start, find.end) === find.name
          ? { ...find, name: text.slice(find.start, find.end) }
          : find;
      const full: Located[] = [];
      const short: { start: number; end: number; entities: number[] }[] = [];
      patterns.scan(matcher.forPage(page.folded), page, text, (start, end, payloads) => {
        const named = payloads.filter((p) => !p.short);
        if (named.length === 1) full.push({ start, end, entity: named[0]!.entity });
        else if (named.length > 1) {
          // One alias for two entities: the one in office on the date, else the first listed.
          const inOffice = named.find((p) => holdsOfficeOn(entities[p.entity]!, options.date));
          full.push({ start, end, entity: (inOffice ?? named[0]!).entity });
        } else short.push({ start, end, entities: payloads.map((p) => p.entity) });
      });

      const pageFinds: Located[] = [];
      const kbSpans = new SpanIndex(full);
      // A family name the KB knows blocks a titled find only when it is the whole name
      // ("Minister Lavrov"); a longer name that starts or ends with one ("Deng Li" beside Deng
      // Xiaoping's "Deng", "Marko Djuric" beside Béla Markó) is someone else.
      const shortEnds = new Map(short.map((c) => [c.start, c.end]));
      // A titled name is the KB person it resolves to, else a person the page introduces.
      const addTitled = (t: TitledName, known: number | undefined) =>
        pageFinds.push(
          known !== undefined
            ? { start: t.start, end: t.end, entity: known, ...(t.title ? { title: t.title } : {}) }
            : {
                start: t.start,
                end: t.end,
                entity: -1,
                kind: 'official',
                name: t.name,
                ...(t.title ? { title: t.title } : {}),
                ...(t.country ? { country: t.country } : {}),
              },
        );
      // A KB family name with its title after it ("H.E. Jaishankar, Minister of External
      // Affairs of India"): the title counts as one before it would.
      const titledFamilyNames = new Map<number, string>();
      for (const t of findTitledNames(view).map(asWritten)) {
        if (kbSpans.overlaps(t)) continue;
        if ((shortEnds.get(t.start) ?? -1) >= t.end) {
          titledFamilyNames.set(t.start, t.title);
          continue;
        }
        // "President Petr Poroshenko": another spelling of a KB person is that person.
        addTitled(t, spellings.lookup(t.name, options.date));
      }
      // A bare Cyrillic pair ("Владимира Путина") only where its last word may be a KB family name.
      for (const t of findNativeTitledNames(text, mayBeKbFamilyName)) {
        if (kbSpans.overlaps(t)) continue;
        // "岸田外務大臣": whoever held that office on the date and has that surname.
        if (t.officeKind) {
          const holder = officeHolder(entities, t, options.date);
          // A guessed cut (Chinese has no word breaks) counts only as a KB person.
          if (holder === undefined && t.kbOnly) continue;
          addTitled(t, holder);
        } else if (KANJI_KANA.test(t.name)) {
          // "楊潔チ国務委員": a Chinese name with a character in katakana, only as a KB person.
          const person = kanjiKanaPerson(entities, t.name, options.date, t.country);
          if (person !== undefined) addTitled(t, person);
        } else if (CYRILLIC_NAME.test(t.name)) {
          // "Сергеем Лавровым": a Russian or Ukrainian name in any case, read back to the nominative.
          const person = cyrillicPerson(t.name, options.date);
          if (!person && t.kbOnly) continue;
          addTitled(
            person
              ? { ...t, start: t.start + person.from, name: t.name.slice(person.from) }
              : { ...t, name: russianNominative(t.name, t.title) },
            person?.entity,
          );
        } else if (HANGUL_NAME.test(t.name) || /^[가-힣]{2,}$/.test(t.name)) {
          // "페니 웡 호주 외교장관", "왕이 중국 외교부장": a foreign name in Hangul, matched to a KB official.
          const person = hangulPerson(text, t, options.date);
          if (person === undefined && t.kbOnly) continue;
          addTitled(t, person);
        } else if (/^[\p{Script=Latin}\s.'’-]+$/u.test(t.name)) {
          // A Spanish title and name ("el Ministro de Asuntos Exteriores de Rusia, Serguéi Lavrov"):
          // another spelling of a KB person is that person.
          const person =
            spellings.lookup(t.name, options.date) ?? latinInitialledPerson(t.name, options.date);
          if (person === undefined && t.kbOnly) continue;
          addTitled(t, person);
        } else if (!t.kbOnly) addTitled(t, undefined);
      }
      const kbAgreements = new SpanIndex(full.filter((k) => entities[k.entity]!.kind === 'agreement'));
      const insideKbAgreement = (start: number, end: number) => kbAgreements.overlaps({ start, end });
      for (const a of findAgreementPhrases(view, insideKbAgreement, isBodyAcronym).map(asWritten)) {
        const name = a.name.replace(/^the\s+/i, '');
        // A phrase around a KB agreement ("RCEP Agreement") is that agreement, not a new one.
        if (kbAgreements.overlaps(a)) continue;
        pageFinds.push({ start: a.start, end: a.end, entity: -1, kind: 'agreement', name });
      }
      const strong = selectLongest<Located>([...full, ...pageFinds]);

      // Family names, left to right, against the people introduced so far.
      const lastSeen = new Map<number, number>();
      // First and last words of the people the page introduced by title, not from the KB: a
      // later "Minister Ortega" is that person, not a KB namesake in some other office.
      const pageWordSeen = new Map<string, number>();
      const resolved: Located[] = [];
      let s = 0;
      for (const cand of short.sort((a, b) => a.start - b.start)) {
        for (; s < strong.length && strong[s]!.start < cand.start; s++) {
          const seen = strong[s]!;
          if (seen.entity >= 0) lastSeen.set(seen.entity, seen.start);
          else if (seen.kind === 'official' && seen.name) {
            const words = seen.name.split(/[ \t]+/);
            if (words.length > 1)
              for (const word of [words[0]!, words[words.length - 1]!])
                pageWordSeen.set(foldKey(word), seen.start);
          }
        }
        const inside = strong[s - 1];
        if ((inside && inside.end > cand.start) || (strong[s] && overlaps(strong[s]!, cand))) continue;
        // "Mohammed Javad Zarif", "AK Abdul Momen": given names or initials before a KB family name.
        const fuller = fullerName(text, cand, inside?.end ?? 0, options.date);
        if (fuller) {
          lastSeen.set(fuller.entity, fuller.start);
          resolved.push({ start: fuller.start, end: cand.end, entity: fuller.entity });
          continue;
        }
        // "Park Geun-hye" when only Park Jin is known: the next capitalised word makes it someone else.
        if (/^[ \t]\p{Lu}\p{Ll}/u.test(text.slice(cand.end, cand.end + 3))) continue;
        const introduced = cand.entities
          .filter((i) => lastSeen.has(i))
          .sort((a, b) => lastSeen.get(b)! - lastSeen.get(a)!);
        let entity = introduced[0];
        const pagePersonAt = pageWordSeen.get(foldKey(text.slice(cand.start, cand.end)));
        // Left for the second pass, which joins it to the page's own person.
        if (pagePersonAt !== undefined && (entity === undefined || lastSeen.get(entity)! < pagePersonAt))
          continue;
        const title =
          titleBefore(view, cand.start) ?? titledFamilyNames.get(cand.start) ?? appositiveTitle(view, cand);
        if (entity === undefined && title) {
          const inOffice = cand.entities.filter((i) => holdsOfficeOn(entities[i]!, options.date));
          // On a dated page the title names whoever held an office then: with thousands of
          // officials, a family name alone is no longer one person.
          entity =
            inOffice.length === 1
              ? inOffice[0]
              : !options.date && cand.entities.length === 1
                ? cand.entities[0]
                : undefined;
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
        // "the Doe administration", "the Roe government": the head of it, in office on the date.
        // Undated, only a family name the KB gives one person.
        if (entity === undefined && governmentOf(text, cand)) {
          const inOffice = options.date
            ? cand.entities.filter((i) => holdsOfficeOn(entities[i]!, options.date))
            : cand.entities;
          if (inOffice.length === 1) entity = inOffice[0];
        }
        if (entity === undefined) continue;
        lastSeen.set(entity, cand.start);
        resolved.push({ start: cand.start, end: cand.end, entity });
      }
      const located = [...strong, ...resolved].sort((a, b) => a.start - b.start);
      joinShortNamesToEarlierPeople(located, entities, text);
      if (/[\u3041-\u30ff]/.test(text)) located.push(...japaneseBareSurnames(located, entities, text));
      assignPatternKeys(located);
      located.push(...secondPass(text, page, located));
      located.sort((a, b) => a.start - b.start);
      return summarize(text, view, located, entities, entityByKey, options.date);
    },
  };
}

/** "the Doe administration", "the Roe government's": a family name that names a government. */
function governmentOf(text: string, at: { start: number; end: number }): boolean {
  return (
    /(?<![\p{L}])the[ \t]+$/iu.test(text.slice(Math.max(0, at.start - 5), at.start)) &&
    /^[ \t]+(?:administration|government)(?![\p{L}])/iu.test(text.slice(at.end, at.end + 16))
  );
}

/**
 * "the President, Ramos-Horta, said": a family name set off by commas right after a title is
 * titled by it, as one with a space between them is.
 */
function appositiveTitle(view: string, cand: { start: number; end: number }): string | undefined {
  if (view.slice(cand.start - 2, cand.start) !== ', ' || view.charAt(cand.end) !== ',') return undefined;
  const before = `${view.slice(Math.max(0, cand.start - 160), cand.start - 2)} `;
  return titleBefore(before, before.length);
}

/**
 * A one-word name found by its title ("Foreign Minister Maris") after the page named a KB person
 * whose name starts or ends with that word ("Maris Sangiampongsa"): that person, the page's own
 * short form of the name. Only the one such person named earlier on the same page counts.
 */
function joinShortNamesToEarlierPeople(
  located: Located[],
  entities: readonly RecognizableEntity[],
  text: string,
): void {
  const seen = new Set<number>();
  /** First or last word of a full name → the people named so with it. */
  const byWord = new Map<string, Set<number>>();
  /** Chinese-character names as the page wrote them ("王毅"), for a surname + office after them. */
  const hanSurfaces: [string, number][] = [];
  for (const m of located) {
    if (m.entity >= 0) {
      const e = entities[m.entity]!;
      if (e.kind !== 'official') continue;
      const surface = text.slice(m.start, m.end);
      if (HAN_NAME.test(surface)) hanSurfaces.push([surface, m.entity]);
      if (seen.has(m.entity)) continue;
      seen.add(m.entity);
      for (const name of [text.slice(m.start, m.end), e.name]) {
        const parts = name.split(/[ \t]+/);
        if (parts.length < 2) continue;
        for (const word of [parts[0]!, parts[parts.length - 1]!]) {
          const key = foldKey(word);
          const people = byWord.get(key) ?? new Set<number>();
          people.add(m.entity);
          byWord.set(key, people);
        }
      }
    } else if (m.kind === 'official' && m.name && HAN_NAME.test(m.name) && m.name.length <= 2) {
      // "王外相" after "王毅外相": the surname of the person the page named in full.
      const people = new Set(
        hanSurfaces.filter(([w]) => w.length > m.name!.length && w.startsWith(m.name!)).map(([, i]) => i),
      );
      if (people.size !== 1) continue;
      m.entity = people.values().next().value!;
      delete m.name;
      delete m.kind;
      delete m.country;
    } else if (m.kind === 'official' && m.name && !/[ \t]/.test(m.name)) {
      const earlier = byWord.get(foldKey(m.name));
      if (earlier?.size !== 1) continue;
      m.entity = earlier.values().next().value!;
      delete m.name;
      delete m.kind;
      delete m.country;
    }
  }
}

/** What may follow a bare Japanese surname: a particle, punctuation or an honorific. */
const JA_AFTER_SURNAME = /^(?:[はがのとにもへやを、。・「」『』（）()【】\s]|氏|さん|君|から|まで|より)/u;

/**
 * "高村は", "高村の": a Japanese page names a person in full once (高村正彦, or 高村 + office that
 * resolved to them) and by surname alone after. The surname of a Japanese KB person on the page
 * (the first two characters of a native name of three or four, or what the page wrote before an
 * office) is a mention of them where it stands alone: no kanji before it, a particle or
 * punctuation after it, and no other person on the page with that surname.
 */
function japaneseBareSurnames(
  located: readonly Located[],
  entities: readonly RecognizableEntity[],
  text: string,
): Located[] {
  const bySurname = new Map<string, Set<number>>();
  const add = (surname: string, entity: number) => {
    const people = bySurname.get(surname) ?? new Set<number>();
    people.add(entity);
    bySurname.set(surname, people);
  };
  for (const m of located) {
    if (m.entity < 0) continue;
    const e = entities[m.entity]!;
    if (e.kind !== 'official' || e.country !== 'JP') continue;
    const surface = text.slice(m.start, m.end);
    if (!HAN_NAME.test(surface)) continue;
    const native = (e.nativeName ?? '').replace(/\s+/g, '');
    // The page's own surname + office ("高村大臣" resolved to 高村正彦) says where the surname ends.
    if (surface.length >= 2 && surface.length < native.length && native.startsWith(surface))
      add(surface, m.entity);
    else if (surface === native && native.length >= 3 && native.length <= 4)
      add(native.slice(0, 2), m.entity);
  }
  if (!bySurname.size) return [];
  const taken = new SpanIndex([...located]);
  const found: Located[] = [];
  for (const [surname, people] of bySurname) {
    if (people.size !== 1) continue;
    const entity = people.values().next().value!;
    for (let at = text.indexOf(surname); at >= 0; at = text.indexOf(surname, at + 1)) {
      const end = at + surname.length;
      if (/[\u4e00-\u9fff々\u30a1-\u30fa]/u.test(text.charAt(at - 1))) continue;
      if (!JA_AFTER_SURNAME.test(text.slice(end, end + 3))) continue;
      if (taken.overlaps({ start: at, end })) continue;
      found.push({ start: at, end, entity });
    }
  }
  return found;
}

/**
 * Keys for pattern finds: one person under "Lavrov" and "Sergey Lavrov", one agreement under
 * its Area/Agreement or for/of variants.
 */
function assignPatternKeys(located: Located[]): void {
  const people = new Map<string, string>();
  const sameSpelling = new Map<string, string>();
  const agreements = new Map<string, string>();
  for (const m of located) {
    if (m.entity >= 0 || !m.name) continue;
    const folded = foldKey(m.name);
    if (m.kind === 'official') {
      // Two spellings of one name on a page (Petr, Petro Poroshenko) are one person.
      const spelling = nameKey(m.name);
      const same = spelling === undefined ? undefined : sameSpelling.get(spelling);
      if (spelling !== undefined && same === undefined) sameSpelling.set(spelling, folded);
      if (!people.has(folded))
        people.set(folded, same !== undefined ? people.get(same)! : `pattern:${folded}`);
    } else {
      const merge = agreementMergeKey(folded);
      if (!agreements.has(merge)) agreements.set(merge, `pattern:${folded}`);
      m.key = agreements.get(merge);
    }
  }
  // A one-word name joins the longer name that ends or starts with it (Blinken, Chung Eui-yong);
  // of several, the first found on the page.
  const longerByWord = new Map<string, string>();
  // A katakana name's parts are parted by a dot (ジョコ・ウィドド, then ジョコ大統領).
  for (const folded of people.keys()) {
    const parts = folded.split(NAME_PARTS);
    if (parts.length < 2) continue;
    for (const word of [parts[0]!, parts[parts.length - 1]!])
      if (!longerByWord.has(word)) longerByWord.set(word, people.get(folded)!);
  }
  for (const folded of people.keys()) {
    const longer = NAME_PARTS.test(folded) ? undefined : longerByWord.get(folded);
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
  set.scan({ automaton: new Automaton(set.strings), indices: null }, page, text, (start, end, payloads) => {
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

/**
 * A title read in the Simplified view, as the page writes it (國務委員, not 国务委员): its last
 * occurrence ending by `before`, taken from the page at the same offsets.
 */
function asOnPage(text: string, view: string, title: string, before: number): string {
  if (view === text) return title;
  const at = view.lastIndexOf(title, before - title.length);
  return at >= 0 ? text.slice(at, at + title.length) : title;
}

function summarize(
  text: string,
  /** `text` as the title patterns read it (Simplified Chinese), same offsets. */
  view: string,
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
        : {
            key,
            kind: m.kind!,
            name: m.name!,
            id: null,
            surfaces: [],
            mentions: 0,
            ...(m.country ? { country: m.country } : {}),
          };
      byKey.set(key, found);
    }
    found.mentions++;
    if (!found.surfaces.includes(surface)) found.surfaces.push(surface);
    if (found.kind === 'official' && !found.titleInText) {
      const written = m.title ?? titleBefore(view, m.start);
      if (written) {
        // Pages repeat a handful of titles: split each once.
        let split = splitTitles.get(written);
        if (!split) splitTitles.set(written, (split = splitLeadingCountry(written)));
        found.titleInText = asOnPage(text, view, split.title, m.start);
        // The page's word counts for people the KB and glossary do not know.
        if (!known && !found.country) {
          const country = split.country ?? countryAround(view, m, written);
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
    const native = onDate && date ? nativeRoleAt(known!, date) : undefined;
    if (native) found.roleNative = native;
    if (now && now !== onDate) found.roleNow = now;
    if (standing) found.officeNow = standing;
    if (!found.country) {
      const country = (known && date ? officesAt(known, date)[0]?.country : undefined) ?? offices[0]?.country;
      if (country) found.country = country;
    }
  }
  return { mentions, entities: [...byKey.values()] };
}
