/**
 * The in-memory index's related ranking keeps only the best `limit` while scoring; these tests
 * hold it to the plain definition (score every candidate, sort them all, cut) on random archives.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import MiniSearch from 'minisearch';
import {
  ArchiveIndex,
  RANK_OPTIONS,
  RELATED_WEIGHTS,
  SEARCH_OPTIONS,
  type ReadoutSummary,
  type SummaryEntity,
} from '../../lib/archive/archive-index';
import type { ArchivedReadout, RelatedQuery, RelatedReadout } from '../../lib/archive/schema';
import { rankAll, type RankedMatches } from '../../lib/archive/ranked-search';

/** The matches' ids by position, as `scores` has them. */
const withIds = (matches: RankedMatches) => ({
  scores: matches.scores,
  ids: Array.from(matches.scores, (_, i) => matches.idAt(i)),
});

const TODAY = '2026-01-15';

/** The definition: every candidate scored, all of them sorted, then cut to the limit. */
function relatedByDefinition(summaries: ReadoutSummary[], query: RelatedQuery): RelatedReadout[] {
  const queryKeys = new Set([...query.entityKeys, ...query.participantKeys]);
  const reference = Date.parse(query.date ?? TODAY);
  const out: RelatedReadout[] = [];
  for (const s of summaries) {
    if (query.url !== null && s.url === query.url) continue;
    const theirKeys = new Set([...s.entities.map((e) => e.key), ...s.participantKeys]);
    const shared = [...queryKeys].filter((k) => theirKeys.has(k));
    if (!shared.length) continue;
    let score = 0;
    for (const key of shared) {
      const ours = query.participantKeys.includes(key);
      const theirs = s.participantKeys.includes(key);
      if (ours && theirs) score += RELATED_WEIGHTS.participantBoth;
      else if (ours || theirs) score += RELATED_WEIGHTS.participantMentioned;
      else if (s.entities.find((e) => e.key === key)?.kind === 'agreement')
        score += RELATED_WEIGHTS.agreement;
      else score += RELATED_WEIGHTS.mention;
    }
    const years = s.date ? Math.abs(Date.parse(s.date) - reference) / (365.25 * 86_400_000) : null;
    out.push({
      id: s.id,
      url: s.url,
      title: s.title,
      date: s.date,
      ministry: s.ministry,
      score: score + (years === null ? 0 : 1 / (1 + years)),
      shared,
    });
  }
  out.sort(
    (a, b) => b.score - a.score || (b.date ?? '').localeCompare(a.date ?? '') || a.id.localeCompare(b.id),
  );
  return out.slice(0, query.limit ?? 20);
}

const KEYS = ['k0', 'k1', 'k2', 'k3', 'k4', 'k5', 'k6', 'k7'];
const key = fc.constantFrom(...KEYS);
// Few distinct dates, so equal scores (and the date and id tie-breaks) are common.
const date = fc.option(fc.constantFrom('2019-05-01', '2021-07-09', '2024-02-29', '2025-12-31'), {
  nil: null,
});

const summaryAt = (i: number) =>
  fc
    .record({
      date,
      participants: fc.uniqueArray(key, { maxLength: 3 }),
      mentions: fc.uniqueArray(fc.record({ key, kind: fc.constantFrom('official', 'agreement') }), {
        maxLength: 4,
        selector: (e) => e.key,
      }),
    })
    .map(({ date, participants, mentions }): ReadoutSummary => {
      const url = `https://mfa.example/r/${i}`;
      const entities: SummaryEntity[] = [
        ...participants.map((k) => ({ key: k, kind: 'official' as const, name: k })),
        ...mentions
          .filter((m) => !participants.includes(m.key))
          .map((m) => ({ key: m.key, kind: m.kind, name: m.key })),
      ];
      return {
        id: `readout:${url}`,
        url,
        title: `Readout ${i}`,
        date,
        ministry: null,
        savedAt: '2025-01-01T00:00:00.000Z',
        tags: [],
        note: '',
        participantKeys: participants,
        entities,
        countries: [],
      };
    });

const archive = fc
  .integer({ min: 0, max: 40 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => summaryAt(i))));

const query = fc.record({
  url: fc.option(
    fc.integer({ min: 0, max: 40 }).map((i) => `https://mfa.example/r/${i}`),
    { nil: null },
  ),
  entityKeys: fc.uniqueArray(key, { maxLength: 4 }),
  participantKeys: fc.uniqueArray(key, { maxLength: 2 }),
  date: fc.option(date, { nil: undefined }),
  limit: fc.option(fc.integer({ min: 0, max: 12 }), { nil: undefined }),
});

describe('archive index: related ranking', () => {
  it('equals scoring every candidate and sorting them all, for any archive and query', () => {
    fc.assert(
      fc.property(archive, query, (summaries, q) => {
        const index = new ArchiveIndex();
        for (const s of summaries) index.putSummary(s);
        const relatedQuery: RelatedQuery = {
          url: q.url,
          entityKeys: q.entityKeys,
          participantKeys: q.participantKeys,
          ...(q.date !== undefined && q.date !== null ? { date: q.date } : {}),
          ...(q.limit !== undefined ? { limit: q.limit } : {}),
        };
        expect(index.related(relatedQuery, TODAY)).toEqual(relatedByDefinition(summaries, relatedQuery));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the best of many candidates that share one key', () => {
    const index = new ArchiveIndex();
    const all: ReadoutSummary[] = [];
    for (let i = 0; i < 500; i++) {
      const url = `https://mfa.example/many/${i}`;
      const s: ReadoutSummary = {
        id: `readout:${url}`,
        url,
        title: `Readout ${i}`,
        date: `20${10 + (i % 15)}-0${1 + (i % 9)}-1${i % 10}`,
        ministry: null,
        savedAt: '2025-01-01T00:00:00.000Z',
        tags: [],
        note: '',
        participantKeys: i % 7 === 0 ? ['wang-yi'] : [],
        entities: [{ key: 'wang-yi', kind: 'official', name: 'Wang Yi' }],
        countries: [],
      };
      all.push(s);
      index.putSummary(s);
    }
    const q: RelatedQuery = { url: null, entityKeys: [], participantKeys: ['wang-yi'], limit: 5 };
    const top = index.related(q, TODAY);
    expect(top).toHaveLength(5);
    // Shared participants (every 7th readout) outrank the readouts that only mention him.
    expect(top.every((r) => r.score >= RELATED_WEIGHTS.participantBoth)).toBe(true);
    expect(top).toEqual(relatedByDefinition(all, q));
  });
});

/** A stored readout with only a title and body (no entities: their names are searched too). */
const archived = (url: string, title: string, body: string[]): ArchivedReadout => ({
  id: `readout:${url}`,
  schemaVersion: 1,
  url,
  readout: {
    isReadout: true,
    pageKind: 'readout',
    ministry: null,
    title,
    date: null,
    place: null,
    language: 'en',
    participants: [],
    body,
  },
  entities: [],
  participantKeys: [],
  savedAt: '2025-01-01T00:00:00.000Z',
  tags: [],
  note: '',
});

describe('full-text ranking without a result per match', () => {
  const WORDS = [
    'summit',
    'summits',
    'sum',
    'trade',
    'trader',
    'climate',
    '王毅',
    '会见',
    '外交部',
    'peninsula',
  ];
  const doc = fc.record({
    title: fc.array(fc.constantFrom(...WORDS), { maxLength: 4 }).map((w) => w.join(' ')),
    body: fc.array(fc.constantFrom(...WORDS), { maxLength: 12 }).map((w) => w.join(' ')),
    names: fc.array(fc.constantFrom(...WORDS), { maxLength: 2 }).map((w) => w.join('\n')),
  });
  const corpus = fc.array(doc, { maxLength: 30 });
  const text = fc
    .array(fc.constantFrom(...WORDS, 'sum', 'tra', '王', 'clim', 'absent'), { minLength: 1, maxLength: 3 })
    .map((w) => w.join(' '));

  it('scores every match as MiniSearch does, and leaves out removed documents', () => {
    fc.assert(
      fc.property(corpus, text, fc.array(fc.nat(29), { maxLength: 5 }), (docs, q, removed) => {
        const mini = new MiniSearch(SEARCH_OPTIONS);
        docs.forEach((d, i) => mini.add({ id: `r${i}`, note: '', tags: '', ...d }));
        for (const i of new Set(removed)) if (mini.has(`r${i}`)) mini.discard(`r${i}`);
        const ours = withIds(rankAll([mini], q, RANK_OPTIONS));
        const theirs = new Map(mini.search(q).map((hit) => [String(hit.id), hit.score]));
        expect(new Set(ours.ids)).toEqual(new Set(theirs.keys()));
        // MiniSearch lowers a term's document count while it meets removed documents (one at a
        // time, mid-scoring); ours counts the live ones first, so compare exactly only when none are removed.
        ours.ids.forEach((id, i) =>
          removed.length
            ? expect(ours.scores[i]).toBeGreaterThan(0)
            : expect(ours.scores[i]).toBeCloseTo(theirs.get(id)!, 10),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('scores documents split over several parts as one index would', () => {
    fc.assert(
      fc.property(corpus, text, fc.integer({ min: 1, max: 4 }), (docs, q, partCount) => {
        const whole = new MiniSearch(SEARCH_OPTIONS);
        const parts = Array.from({ length: partCount }, () => new MiniSearch(SEARCH_OPTIONS));
        docs.forEach((d, i) => {
          const entry = { id: `r${i}`, note: '', tags: '', ...d };
          whole.add(entry);
          parts[i % partCount]!.add(entry);
        });
        const ours = withIds(rankAll(parts, q, RANK_OPTIONS));
        const theirs = new Map(whole.search(q).map((hit) => [String(hit.id), hit.score]));
        expect(new Set(ours.ids)).toEqual(new Set(theirs.keys()));
        ours.ids.forEach((id, i) => expect(ours.scores[i]).toBeCloseTo(theirs.get(id)!, 9));
      }),
      { numRuns: 300 },
    );
  });

  it('the index returns the best page in MiniSearch order, with the total of all matches', () => {
    fc.assert(
      fc.property(corpus, text, fc.nat(5), fc.integer({ min: 1, max: 8 }), (docs, q, offset, limit) => {
        const index = new ArchiveIndex();
        const mini = new MiniSearch(SEARCH_OPTIONS);
        docs.forEach((d, i) => {
          const url = `https://mfa.example/t/${i}`;
          index.upsert(archived(url, d.title, d.body.split(' ')));
          mini.add({ id: `readout:${url}`, title: d.title, body: d.body, names: '', note: '', tags: '' });
        });
        const theirs = new Map(mini.search(q).map((hit) => [String(hit.id), hit.score]));
        const expected = [...theirs.values()].sort((a, b) => b - a);
        const got = index.query({ text: q, offset, limit });
        expect(got.total).toBe(theirs.size);
        // In MiniSearch's score order; the index's parts may sum a score in another order, so
        // readouts whose scores differ in the last digits only may come in either order.
        expect(got.items).toHaveLength(Math.max(0, Math.min(limit, theirs.size - offset)));
        got.items.forEach((s, i) => expect(theirs.get(s.id)).toBeCloseTo(expected[offset + i]!, 9));
      }),
      { numRuns: 200 },
    );
  });
});
