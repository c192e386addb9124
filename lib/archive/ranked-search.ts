/**
 * Full-text ranking over a MiniSearch index, kept in parts, without a result object per matching
 * document. The parts let a change rewrite one part's stored snapshot, not the whole index.
 * MiniSearch's own `search` builds an object (score, terms, match map) for every match and
 * sorts them all; a common word in a 50,000-readout archive matches nearly every readout, and
 * the archive page shows 50. Here the same BM25 scores (same formula, parameters, field boosts,
 * prefix weights, AND combination and term-count factor as MiniSearch 7's `search`) are summed
 * into one array, and only the best are picked. It reads MiniSearch's index and never writes it.
 */
import type MiniSearch from 'minisearch';

/** The parts of a MiniSearch 7 instance read here (not in its public types). */
type FieldPostings = Map<number, Map<number, number>>;
interface MiniSearchInternals {
  _index: {
    get(term: string): FieldPostings | undefined;
    atPrefix(prefix: string): Iterable<[string, FieldPostings]>;
  };
  _documentIds: Map<number, string>;
  _fieldIds: Record<string, number>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
  _documentCount: number;
  _nextId: number;
  _dirtCount: number;
}

/** MiniSearch 7's defaults (its `defaultSearchOptions`), which our options do not change. */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };
const PREFIX_WEIGHT = 0.375;
const ROUND_MARK = 0x8000;

export interface RankOptions {
  fields: string[];
  boost: Record<string, number>;
  tokenize: (text: string) => string[];
  /** Whether a query term also matches the longer terms it starts. */
  prefix: (term: string) => boolean;
}

export interface RankedMatches {
  /** The score of every document matching all query terms, in no order. */
  scores: Float64Array;
  /**
   * The id (as added to the index) of the match at `position` in `scores`: looked up when asked,
   * since a common word matches most of the archive and a page shows 50 of them.
   */
  idAt(position: number): string;
}

/** One part's working arrays, by its documents' short ids. */
interface PartScores {
  mini: MiniSearchInternals;
  total: Float64Array;
  termScore: Float64Array;
  /** Query terms matched so far (AND: all of them, in order); ROUND_MARK once it matches this one. */
  matched: Uint16Array;
  /** Removed documents leave postings behind until MiniSearch vacuums them. */
  removals: boolean;
  /** Each field's length by short id (`fieldLengths`), by field id. */
  lengths: Float64Array[];
}

/**
 * Field lengths by short id, per part and field, as arrays: read for every posting scored, where
 * MiniSearch keeps them in a map of arrays. Rebuilt only for a part that changed since (an added
 * document raises `_nextId`, a removed one lowers `_documentCount`), so after a save one part of
 * 32 is rebuilt at the next search.
 */
const lengthCache = new WeakMap<MiniSearchInternals, { stamp: string; byField: Float64Array[] }>();

/**
 * Each part's working arrays, kept between searches (zeroed for each), so that a search on a
 * large archive allocates no arrays the size of the archive for the collector to reclaim.
 */
const scratch = new WeakMap<
  MiniSearchInternals,
  { total: Float64Array; termScore: Float64Array; matched: Uint16Array }
>();

function scratchOf(mini: MiniSearchInternals) {
  const size = mini._nextId;
  let kept = scratch.get(mini);
  if (!kept || kept.total.length < size) {
    const room = Math.max(64, Math.ceil(size * 1.25));
    kept = {
      total: new Float64Array(room),
      termScore: new Float64Array(room),
      matched: new Uint16Array(room),
    };
    scratch.set(mini, kept);
  }
  const total = kept.total.subarray(0, size);
  const termScore = kept.termScore.subarray(0, size);
  const matched = kept.matched.subarray(0, size);
  total.fill(0);
  matched.fill(0);
  return { total, termScore, matched };
}

function fieldLengths(mini: MiniSearchInternals, fieldCount: number): Float64Array[] {
  const stamp = `${mini._nextId}:${mini._documentCount}`;
  const cached = lengthCache.get(mini);
  if (cached?.stamp === stamp) return cached.byField;
  const byField = Array.from({ length: fieldCount }, () => new Float64Array(mini._nextId));
  for (const [doc, lengths] of mini._fieldLength)
    for (let field = 0; field < fieldCount; field++) byField[field]![doc] = lengths[field] ?? 0;
  lengthCache.set(mini, { stamp, byField });
  return byField;
}

/**
 * Every document matching all terms of `query` (AND), with the score MiniSearch would give it if
 * all `parts` were one index: document counts, term frequencies across documents and average
 * field lengths are taken over all parts (floating-point sums may differ in the last digits).
 */
export function rankAll(parts: readonly MiniSearch[], query: string, options: RankOptions): RankedMatches {
  const terms = options.tokenize(query).filter((term) => term.length > 0);
  if (!terms.length || !parts.length) return { scores: new Float64Array(0), idAt: noMatch };
  const fieldCount = Object.keys((parts[0] as unknown as MiniSearchInternals)._fieldIds).length;
  const scored: PartScores[] = parts.map((part) => {
    const mini = part as unknown as MiniSearchInternals;
    return {
      mini,
      ...scratchOf(mini),
      removals: mini._dirtCount > 0,
      lengths: fieldLengths(mini, fieldCount),
    };
  });
  const first = scored[0]!.mini;
  const documentCount = scored.reduce((n, p) => n + p.mini._documentCount, 0);
  const fields = options.fields.map((name) => {
    const id = first._fieldIds[name]!;
    const lengthSum = scored.reduce(
      (n, p) => n + (p.mini._avgFieldLength[id] ?? 0) * p.mini._documentCount,
      0,
    );
    return { id, boost: options.boost[name] || 1, average: documentCount ? lengthSum / documentCount : 1 };
  });

  /** One derived term (the query term, or a longer one it is a prefix of) in every part. */
  const addTerm = (postingsByPart: (FieldPostings | undefined)[], weight: number, round: number) => {
    for (const field of fields) {
      let matching = 0;
      for (const [i, postings] of postingsByPart.entries()) {
        const freqs = postings?.get(field.id);
        if (freqs) matching += liveCount(scored[i]!, freqs);
      }
      if (!matching) continue;
      const idf = Math.log(1 + (documentCount - matching + 0.5) / (matching + 0.5));
      for (const [i, postings] of postingsByPart.entries()) {
        const freqs = postings?.get(field.id);
        if (!freqs) continue;
        const { mini, termScore, matched, removals, lengths } = scored[i]!;
        const length = lengths[field.id]!;
        const factor = weight * field.boost * idf;
        const lengthWeight = (BM25.k * BM25.b) / field.average;
        const base = BM25.k * (1 - BM25.b);
        // forEach, not for-of: no [doc, freq] pair is allocated per posting (tens of thousands).
        freqs.forEach((freq, doc) => {
          // AND: a document that missed an earlier term is out; a removed one is not counted.
          if ((matched[doc]! & ~ROUND_MARK) !== round || (removals && !mini._documentIds.has(doc))) return;
          termScore[doc]! +=
            factor * (BM25.d + (freq * (BM25.k + 1)) / (freq + base + lengthWeight * length[doc]!));
          matched[doc] = round | ROUND_MARK;
        });
      }
    }
  };

  for (let round = 0; round < terms.length; round++) {
    const term = terms[round]!;
    for (const part of scored) part.termScore.fill(0);
    addTerm(
      scored.map((p) => p.mini._index.get(term)),
      1,
      round,
    );
    if (options.prefix(term)) {
      // The longer terms in any part, each scored across all parts.
      const longer = new Map<string, (FieldPostings | undefined)[]>();
      for (const [i, part] of scored.entries())
        for (const [word, postings] of part.mini._index.atPrefix(term)) {
          if (word.length === term.length) continue;
          let byPart = longer.get(word);
          if (!byPart) longer.set(word, (byPart = new Array<FieldPostings | undefined>(scored.length)));
          byPart[i] = postings;
        }
      for (const [word, byPart] of longer) {
        const distance = word.length - term.length;
        addTerm(byPart, (PREFIX_WEIGHT * word.length) / (word.length + 0.3 * distance), round);
      }
    }
    for (const { total, termScore, matched } of scored)
      for (let doc = 0; doc < matched.length; doc++)
        if (matched[doc] === (round | ROUND_MARK)) {
          total[doc]! += termScore[doc]!;
          matched[doc] = round + 1;
        }
  }

  // MiniSearch multiplies each score by how many distinct query terms it matched (all, here).
  const quality = new Set(terms).size;
  let count = 0;
  for (const { matched } of scored)
    for (let doc = 0; doc < matched.length; doc++) if (matched[doc] === terms.length) count++;
  const scores = new Float64Array(count);
  const partAt = new Uint16Array(count);
  const docAt = new Int32Array(count);
  let at = 0;
  for (const [part, { total, matched }] of scored.entries())
    for (let doc = 0; doc < matched.length; doc++)
      if (matched[doc] === terms.length) {
        scores[at] = total[doc]! * quality;
        partAt[at] = part;
        docAt[at++] = doc;
      }
  return { scores, idAt: (position) => scored[partAt[position]!]!.mini._documentIds.get(docAt[position]!)! };
}

const noMatch = (): string => {
  throw new RangeError('no match at this position');
};

/** The ids of the documents in a MiniSearch index. */
export function idsIn(part: MiniSearch): Iterable<string> {
  return (part as unknown as MiniSearchInternals)._documentIds.values();
}

/** How many documents in `freqs` are still in the index (removals leave postings behind). */
function liveCount({ mini, removals }: PartScores, freqs: Map<number, number>): number {
  if (!removals) return freqs.size;
  let live = 0;
  for (const doc of freqs.keys()) if (mini._documentIds.has(doc)) live++;
  return live;
}

/**
 * The positions of the best `count` of `scores` (higher first, then lower `tieBreak` first),
 * among those `keep` accepts, without sorting them all; and how many `keep` accepted.
 */
export function bestPositions(
  scores: Float64Array,
  count: number,
  keep: (position: number) => boolean,
  tieBreak: (a: number, b: number) => number,
): { positions: number[]; accepted: number } {
  const before = (a: number, b: number) => scores[b]! - scores[a]! || tieBreak(a, b);
  if (count > 200) {
    // A deep page: sorting what is accepted is cheaper than inserting into a long list.
    const all: number[] = [];
    for (let i = 0; i < scores.length; i++) if (keep(i)) all.push(i);
    return { positions: all.sort(before).slice(0, count), accepted: all.length };
  }
  const best: number[] = [];
  let accepted = 0;
  for (let i = 0; i < scores.length; i++) {
    if (!keep(i)) continue;
    accepted++;
    if (count <= 0) continue;
    if (best.length === count && before(i, best[count - 1]!) >= 0) continue;
    let at = best.length;
    while (at > 0 && before(i, best[at - 1]!) < 0) at--;
    best.splice(at, 0, i);
    if (best.length > count) best.pop();
  }
  return { positions: best, accepted };
}
