/**
 * The archive's derived, in-memory indexes: one summary per readout (what lists, filters and
 * the timeline need), an inverted index from entity key to readout ids (related readouts
 * without a scan of the store) and a MiniSearch full-text index. All of it is rebuilt from the
 * store; `derived-store.ts` persists it between service-worker starts.
 */
import MiniSearch from 'minisearch';
import type { EntityKind } from '../model';
import { ministryForUrl } from '../ministries/url-rules';
import {
  normalizeUrl,
  type ArchivedReadout,
  type ArchiveFilter,
  type RelatedQuery,
  type RelatedReadout,
  type TimelineBy,
} from './schema';
import { isWordToken, tokenize } from './tokenize';
import { bestPositions, idsIn, rankAll, type RankOptions } from './ranked-search';

export interface SummaryEntity {
  key: string;
  kind: EntityKind;
  name: string;
  country?: string;
}

export interface ReadoutSummary {
  id: string;
  url: string;
  title: string;
  date: string | null;
  ministry: string | null;
  savedAt: string;
  tags: string[];
  note: string;
  participantKeys: string[];
  entities: SummaryEntity[];
  /** Countries taking part: the participants', the participating officials' and the ministry's. */
  countries: string[];
}

export interface TimelineEntry {
  id: string;
  date: string;
  title: string;
  url: string;
}

export interface Facet {
  value: string;
  label: string;
  count: number;
}

export interface ArchiveFacets {
  officials: Facet[];
  agreements: Facet[];
  countries: Facet[];
  ministries: Facet[];
  tags: Facet[];
}

/** Related-readout weights: a shared participant outweighs a shared mention; agreements count. */
export const RELATED_WEIGHTS = {
  participantBoth: 4,
  participantMentioned: 2,
  agreement: 2,
  mention: 1,
} as const;

export function summarize(record: ArchivedReadout): ReadoutSummary {
  const participants = new Set(record.participantKeys);
  const countries = new Set<string>();
  for (const p of record.readout.participants) if (p.country) countries.add(p.country.toUpperCase());
  for (const e of record.entities)
    if (participants.has(e.key) && e.country) countries.add(e.country.toUpperCase());
  const ministryCountry = ministryForUrl(record.url)?.country;
  if (ministryCountry) countries.add(ministryCountry);
  return {
    id: record.id,
    url: record.url,
    title: record.readout.title,
    date: record.readout.date,
    ministry: record.readout.ministry,
    savedAt: record.savedAt,
    tags: record.tags,
    note: record.note,
    participantKeys: record.participantKeys,
    entities: record.entities.map((e) => ({
      key: e.key,
      kind: e.kind,
      name: e.name,
      ...(e.country ? { country: e.country } : {}),
    })),
    countries: [...countries].sort(),
  };
}

interface SearchDoc {
  id: string;
  title: string;
  body: string;
  names: string;
  note: string;
  tags: string;
}

export const SEARCH_OPTIONS = {
  fields: ['title', 'body', 'names', 'note', 'tags'],
  tokenize,
  // Tokens are already folded by `tokenize`.
  processTerm: (term: string) => term,
  searchOptions: {
    boost: { title: 3, names: 2 },
    combineWith: 'AND' as const,
    // Words match as prefixes; a one-character CJK query matches the bigrams it starts.
    prefix: (term: string) => (isWordToken(term) ? term.length > 2 : [...term].length === 1),
  },
};

/**
 * How many parts the full-text index is kept in. A change rewrites one part's snapshot, about
 * 1/32 of the index (at 50,000 readouts some 1,600 readouts' worth), not all of it.
 */
export const SEARCH_PARTS = 32;

/** The part of the full-text index an id belongs in (FNV-1a, stable across versions). */
export function searchPartOf(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % SEARCH_PARTS;
}

const emptyParts = () =>
  Array.from({ length: SEARCH_PARTS }, () => new MiniSearch<SearchDoc>(SEARCH_OPTIONS));

export const RANK_OPTIONS: RankOptions = {
  fields: SEARCH_OPTIONS.fields,
  boost: SEARCH_OPTIONS.searchOptions.boost,
  tokenize,
  prefix: SEARCH_OPTIONS.searchOptions.prefix,
};

function searchDocOf(record: ArchivedReadout): SearchDoc {
  return {
    id: record.id,
    title: record.readout.title,
    body: record.readout.body.join('\n'),
    names: record.entities.flatMap((e) => [e.name, ...e.surfaces]).join('\n'),
    note: record.note,
    tags: record.tags.join('\n'),
  };
}

const YEAR_MS = 365.25 * 86_400_000;

/**
 * How a readout holds one of its keys, for the related score: bit 1, the key is one of its
 * participants; bit 2, its entity of that key is an agreement. Kept in the key index, so that
 * scoring a candidate reads no summary.
 */
const THEIR_PARTICIPANT = 1;
const AGREEMENT = 2;

function keyFlags(summary: ReadoutSummary, key: string): number {
  return (
    (summary.participantKeys.includes(key) ? THEIR_PARTICIPANT : 0) |
    (summary.entities.find((e) => e.key === key)?.kind === 'agreement' ? AGREEMENT : 0)
  );
}

/** What one shared key adds to a readout's related score (see `ArchiveIndex.related`). */
function keyWeight(flags: number, ourParticipant: boolean): number {
  const theirParticipant = (flags & THEIR_PARTICIPANT) !== 0;
  if (ourParticipant && theirParticipant) return RELATED_WEIGHTS.participantBoth;
  if (ourParticipant || theirParticipant) return RELATED_WEIGHTS.participantMentioned;
  return flags & AGREEMENT ? RELATED_WEIGHTS.agreement : RELATED_WEIGHTS.mention;
}

/** Related order: score, then newer first, then id. */
const byRelevance = (
  a: { summary: ReadoutSummary; score: number },
  b: { summary: ReadoutSummary; score: number },
): number =>
  b.score - a.score ||
  (b.summary.date ?? '').localeCompare(a.summary.date ?? '') ||
  a.summary.id.localeCompare(b.summary.id);

export class ArchiveIndex {
  private readonly summaries = new Map<string, ReadoutSummary>();
  /**
   * Each readout's slot: a small number, reused after a removal, by which "related" sums its
   * scores in typed arrays instead of a map of ids.
   */
  private readonly slotOf = new Map<string, number>();
  private slotSummary: (ReadoutSummary | undefined)[] = [];
  /** `Date.parse` of each slot's date (NaN without one), parsed once at insertion. */
  private slotTime = new Float64Array(0);
  private readonly freeSlots: number[] = [];
  /** The inverted index: entity or participant key → slot → how it holds it (`keyFlags`). */
  private readonly byKey = new Map<string, Map<number, number>>();
  /** "related"'s working arrays (by slot), zero between calls. */
  private overlapBySlot = new Int32Array(0);
  /** The full-text index in SEARCH_PARTS parts by id (see `searchPartOf`), searched as one. */
  private fullText = emptyParts();
  /** Parts changed since their snapshot was last taken for saving. */
  private unsavedParts = new Set<number>();
  /**
   * Ids in the full-text index without a summary (text replayed ahead of the summaries): searches
   * leave them out. Kept here so that a search without filters looks up no summary per match.
   */
  private readonly textOnly = new Set<string>();

  get size(): number {
    return this.summaries.size;
  }

  has(id: string): boolean {
    return this.summaries.has(id);
  }

  summary(id: string): ReadoutSummary | undefined {
    return this.summaries.get(id);
  }

  allSummaries(): ReadoutSummary[] {
    return [...this.summaries.values()];
  }

  /** Adds or replaces one record in every index. */
  upsert(record: ArchivedReadout): ReadoutSummary {
    const summary = summarize(record);
    this.putSummary(summary);
    this.upsertText(record);
    return summary;
  }

  /** Replaces the full-text entry only (used when replaying changes into an older search snapshot). */
  upsertText(record: ArchivedReadout): void {
    this.removeText(record.id);
    const part = searchPartOf(record.id);
    this.fullText[part]!.add(searchDocOf(record));
    this.unsavedParts.add(part);
    if (!this.summaries.has(record.id)) this.textOnly.add(record.id);
  }

  removeText(id: string): void {
    this.textOnly.delete(id);
    const part = searchPartOf(id);
    if (!this.fullText[part]!.has(id)) return;
    this.fullText[part]!.discard(id);
    this.unsavedParts.add(part);
  }

  putSummary(summary: ReadoutSummary): void {
    this.dropSummary(summary.id);
    this.summaries.set(summary.id, summary);
    this.textOnly.delete(summary.id);
    const slot = this.freeSlots.pop() ?? this.slotSummary.length;
    if (slot >= this.slotTime.length) {
      const grown = new Float64Array(Math.max(1024, this.slotTime.length * 2));
      grown.set(this.slotTime);
      this.slotTime = grown;
    }
    this.slotOf.set(summary.id, slot);
    this.slotSummary[slot] = summary;
    this.slotTime[slot] = summary.date ? Date.parse(summary.date) : NaN;
    for (const key of keysOf(summary)) {
      let slots = this.byKey.get(key);
      if (!slots) this.byKey.set(key, (slots = new Map()));
      slots.set(slot, keyFlags(summary, key));
    }
  }

  remove(id: string): void {
    this.dropSummary(id);
    this.removeText(id);
  }

  private dropSummary(id: string): void {
    const old = this.summaries.get(id);
    if (!old) return;
    this.summaries.delete(id);
    if (this.fullText[searchPartOf(id)]!.has(id)) this.textOnly.add(id);
    const slot = this.slotOf.get(id)!;
    this.slotOf.delete(id);
    this.slotSummary[slot] = undefined;
    this.freeSlots.push(slot);
    for (const key of keysOf(old)) {
      const slots = this.byKey.get(key);
      slots?.delete(slot);
      if (slots?.size === 0) this.byKey.delete(key);
    }
  }

  /** The summaries holding `key` (as an entity or a participant). */
  private withKey(key: string): ReadoutSummary[] {
    return [...(this.byKey.get(key)?.keys() ?? [])].map((slot) => this.slotSummary[slot]!);
  }

  clear(): void {
    this.summaries.clear();
    this.slotOf.clear();
    this.slotSummary = [];
    this.slotTime = new Float64Array(0);
    this.freeSlots.length = 0;
    this.byKey.clear();
    this.clearSearch();
  }

  /**
   * Snapshots of the parts changed since the last call, by part number: what a save of the
   * full-text index writes (a saved readout changes one part). If that write fails, pass the
   * part numbers to `searchPartsUnsaved`.
   */
  takeUnsavedSearchParts(): Map<number, string> {
    const parts = new Map([...this.unsavedParts].map((part) => [part, JSON.stringify(this.fullText[part])]));
    this.unsavedParts.clear();
    return parts;
  }

  searchPartsUnsaved(parts: Iterable<number>): void {
    for (const part of parts) this.unsavedParts.add(part);
  }

  /** Loads every part's snapshot; throws (and keeps the index as it was) unless all are there. */
  loadSearchSnapshot(parts: ReadonlyMap<number, string>): void {
    const loaded = Array.from({ length: SEARCH_PARTS }, (_, part) => {
      const json = parts.get(part);
      if (json === undefined) throw new Error(`full-text part ${part} is missing`);
      return MiniSearch.loadJSON<SearchDoc>(json, SEARCH_OPTIONS);
    });
    this.fullText = loaded;
    this.unsavedParts.clear();
    this.textOnly.clear();
    for (const part of loaded)
      for (const id of idsIn(part)) if (!this.summaries.has(id)) this.textOnly.add(id);
  }

  /** An empty full-text index, every part unsaved (a save then replaces every stored part). */
  clearSearch(): void {
    this.fullText = emptyParts();
    this.unsavedParts = new Set(this.fullText.keys());
    this.textOnly.clear();
  }

  /**
   * Readouts sharing entities with the query, from the inverted index only. Score: per shared
   * participant 4 (both took part) or 2 (one side only mentions them), per shared agreement 2,
   * per other shared mention 1, plus a recency term of at most 1 (same day) that orders equal overlaps.
   * A key may be shared by thousands of readouts (a foreign minister's): the overlaps are summed
   * as bare numbers, and only the readouts whose overlap can still reach the best `limit` are
   * ranked in full (recency, order), kept in a short sorted list instead of sorting them all.
   */
  related(query: RelatedQuery, today: string = new Date().toISOString().slice(0, 10)): RelatedReadout[] {
    const limit = query.limit ?? 20;
    if (limit <= 0) return [];
    const self = query.url === null ? null : normalizeUrl(query.url);
    const queryKeys = [...new Set([...query.entityKeys, ...query.participantKeys])];
    const queryParticipants = new Set(query.participantKeys);
    // Overlaps summed by slot in a typed array; `touched` lists the slots to read and reset.
    if (this.overlapBySlot.length < this.slotSummary.length)
      this.overlapBySlot = new Int32Array(this.slotTime.length);
    const overlapBySlot = this.overlapBySlot;
    const touched: number[] = [];
    for (const key of queryKeys) {
      const ours = queryParticipants.has(key);
      const slots = this.byKey.get(key);
      if (!slots) continue;
      for (const [slot, flags] of slots) {
        if (overlapBySlot[slot] === 0) touched.push(slot);
        overlapBySlot[slot] = overlapBySlot[slot]! + keyWeight(flags, ours);
      }
    }
    // The lowest overlap among the best limit + 1 (one more: the query's own page may be among
    // them). Recency adds at most 1, so an overlap one below it can still tie or overtake.
    const countByOverlap: number[] = [];
    for (const slot of touched) {
      const overlap = overlapBySlot[slot]!;
      countByOverlap[overlap] = (countByOverlap[overlap] ?? 0) + 1;
    }
    let floor = countByOverlap.length - 1;
    for (let kept = 0; floor > 0; floor--) if ((kept += countByOverlap[floor] ?? 0) > limit) break;

    const reference = Date.parse(query.date ?? today);
    const top: { summary: ReadoutSummary; score: number }[] = [];
    for (const slot of touched) {
      const overlap = overlapBySlot[slot]!;
      overlapBySlot[slot] = 0;
      if (overlap < floor - 1) continue;
      const summary = this.slotSummary[slot]!;
      if (self !== null && summary.url === self) continue;
      const recency = summary.date ? 1 / (1 + Math.abs(this.slotTime[slot]! - reference) / YEAR_MS) : 0;
      const score = overlap + recency;
      // Below the last of a full list: out, without comparing dates or ids.
      if (top.length === limit && score < top[limit - 1]!.score) continue;
      const ranked = { summary, score };
      if (top.length === limit && byRelevance(ranked, top[limit - 1]!) >= 0) continue;
      let at = top.length;
      while (at > 0 && byRelevance(ranked, top[at - 1]!) < 0) at--;
      top.splice(at, 0, ranked);
      if (top.length > limit) top.pop();
    }
    return top.map(({ summary: s, score }) => {
      const theirKeys = keysOf(s);
      return {
        id: s.id,
        url: s.url,
        title: s.title,
        date: s.date,
        ministry: s.ministry,
        score,
        shared: queryKeys.filter((key) => theirKeys.has(key)),
      };
    });
  }

  /** Full-text search (ranked) or, without text, every readout newest first; then filters. */
  query(filter: ArchiveFilter): { total: number; items: ReadoutSummary[] } {
    const text = filter.text?.trim();
    const offset = filter.offset ?? 0;
    const limit = filter.limit ?? 50;
    if (text) {
      // Only the page asked for is ranked in order (see ranked-search.ts); equal scores: id order.
      // Ids and summaries are looked up per match only to filter; the page's are looked up again.
      const { scores, idAt } = rankAll(this.fullText, text, RANK_OPTIONS);
      const filtered = hasFilter(filter);
      const { positions, accepted } = bestPositions(
        scores,
        offset + limit,
        filtered
          ? (i) => {
              const found = this.summaries.get(idAt(i));
              return found !== undefined && matchesFilter(found, filter);
            }
          : this.textOnly.size === 0
            ? () => true
            : (i) => !this.textOnly.has(idAt(i)),
        (a, b) => {
          const [x, y] = [idAt(a), idAt(b)];
          return x < y ? -1 : x > y ? 1 : 0;
        },
      );
      return { total: accepted, items: positions.slice(offset).map((i) => this.summaries.get(idAt(i))!) };
    }
    const ordered = this.narrowByEntity(filter).sort(
      (a, b) => (b.date ?? '').localeCompare(a.date ?? '') || b.savedAt.localeCompare(a.savedAt),
    );
    const matching = ordered.filter((s) => matchesFilter(s, filter));
    return { total: matching.length, items: matching.slice(offset, offset + limit) };
  }

  /** Starts from the inverted index when an entity filter is set, else from every summary. */
  private narrowByEntity(filter: ArchiveFilter): ReadoutSummary[] {
    const key = filter.official ?? filter.agreement;
    if (!key) return this.allSummaries();
    return this.withKey(key);
  }

  /** Meetings of one official (as a participant), or readouts in which both countries take part. */
  timeline(by: TimelineBy): TimelineEntry[] {
    let picked: ReadoutSummary[];
    if ('official' in by) {
      picked = this.withKey(by.official).filter((s) => s.participantKeys.includes(by.official));
    } else {
      const [a, b] = by.countries.map((c) => c.toUpperCase());
      picked = this.allSummaries().filter((s) => s.countries.includes(a!) && s.countries.includes(b!));
    }
    return picked
      .filter((s): s is ReadoutSummary & { date: string } => s.date !== null)
      .map((s) => ({ id: s.id, date: s.date, title: s.title, url: s.url }))
      .sort((x, y) => x.date.localeCompare(y.date) || x.id.localeCompare(y.id));
  }

  facets(): ArchiveFacets {
    const officials = new Map<string, Facet>();
    const agreements = new Map<string, Facet>();
    const countries = new Map<string, Facet>();
    const ministries = new Map<string, Facet>();
    const tags = new Map<string, Facet>();
    const bump = (map: Map<string, Facet>, value: string, label: string) => {
      const f = map.get(value);
      if (f) f.count++;
      else map.set(value, { value, label, count: 1 });
    };
    for (const s of this.summaries.values()) {
      for (const e of s.entities) {
        if (e.kind === 'official') bump(officials, e.key, e.name);
        else if (e.kind === 'agreement') bump(agreements, e.key, e.name);
      }
      for (const c of s.countries) bump(countries, c, c);
      if (s.ministry) bump(ministries, s.ministry, s.ministry);
      for (const t of s.tags) bump(tags, t, t);
    }
    const sorted = (map: Map<string, Facet>) =>
      [...map.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
    return {
      officials: sorted(officials),
      agreements: sorted(agreements),
      countries: sorted(countries),
      ministries: sorted(ministries),
      tags: sorted(tags),
    };
  }
}

function keysOf(summary: ReadoutSummary): Set<string> {
  return new Set([...summary.entities.map((e) => e.key), ...summary.participantKeys]);
}

/** Whether `matchesFilter` can refuse anything. */
function hasFilter(f: ArchiveFilter): boolean {
  return Boolean(f.official || f.agreement || f.country || f.ministry || f.tag || f.from || f.to);
}

function matchesFilter(s: ReadoutSummary, f: ArchiveFilter): boolean {
  if (f.official && !s.entities.some((e) => e.key === f.official)) return false;
  if (f.agreement && !s.entities.some((e) => e.key === f.agreement)) return false;
  if (f.country && !s.countries.includes(f.country.toUpperCase())) return false;
  if (f.ministry && s.ministry !== f.ministry) return false;
  if (f.tag && !s.tags.includes(f.tag)) return false;
  if ((f.from || f.to) && !s.date) return false;
  if (f.from && s.date! < f.from) return false;
  if (f.to && s.date! > f.to) return false;
  return true;
}
