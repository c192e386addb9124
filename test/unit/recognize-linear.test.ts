/**
 * The shortcuts that keep recognition linear on huge pages must give the same answers as the
 * plain definitions they replace.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { englishPhrases, englishPhrasesBetween, findAgreementPhrases } from '../../lib/recognize/agreements';
import { SpanIndex, type Span } from '../../lib/recognize/spans';
import { Automaton } from '../../lib/recognize/automaton';
import { foldChar, traditionalToSimplified } from '../../lib/recognize/fold';

const WORDS = [
  'Agreement',
  'Free',
  'Trade',
  'free',
  'trade',
  'area',
  'China-ROK',
  'Belt',
  'and',
  'Road',
  'initiative',
  'Resolution',
  '2270',
  'the',
  'of',
  'for',
  'New',
  'Southern',
  'Northern',
  'policies',
  'Plan',
  'Joint',
  'Charter',
  'United',
  'Nations',
  "Partnership's",
  'U.S.',
  'Welcoming',
  'under',
  '(2021-2025)',
];
const GAPS = [' ', ' ', ' ', ', ', '. ', '\n', ' - ', '\u00a0', ' (', ') '];

/** Lists of up to `most` spans starting before `maxStart`, each 1 to `maxLength` long. */
const spanLists = (maxStart: number, maxLength: number, most: number) =>
  fc.array(
    fc
      .tuple(fc.nat(maxStart), fc.integer({ min: 1, max: maxLength }))
      .map(([start, length]) => ({ start, end: start + length })),
    { maxLength: most },
  );

const texts = fc
  .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...GAPS)), { maxLength: 60 })
  .map((parts) => parts.map(([w, g]) => w + g).join(''));

describe('agreement phrases near their heads only', () => {
  it('finds exactly what tokenizing the whole text finds', () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(englishPhrases(text)).toEqual(englishPhrasesBetween(text, 0, text.length));
      }),
      { numRuns: 500 },
    );
  });

  it('skipping heads inside known agreements loses only finds that overlap them', () => {
    const knownSpans = spanLists(400, 40, 6);
    fc.assert(
      fc.property(texts, knownSpans, (text, known) => {
        const index = new SpanIndex(known);
        const kept = (finds: Span[]) => finds.filter((f) => !index.overlaps(f));
        const skipping = findAgreementPhrases(text, (start, end) => index.overlaps({ start, end }));
        expect(kept(skipping)).toEqual(kept(findAgreementPhrases(text)));
      }),
      { numRuns: 500 },
    );
  });

  it('keeps the first member of a coordinated plural even when its head is skipped', () => {
    const text = 'They linked the Green Corridor and Blue Harbor strategies today.';
    const head = { start: text.indexOf('strategies'), end: text.indexOf(' today') };
    const skipping = findAgreementPhrases(text, (start, end) => start < head.end && head.start < end);
    expect(skipping.map((f) => f.name)).toContain('Green Corridor Strategy');
  });

  it('finds a phrase after a long stretch with no punctuation', () => {
    const text = `${'word '.repeat(400)}the Regional Comprehensive Economic Partnership Agreement`;
    expect(englishPhrases(text).map((p) => p.name)).toEqual([
      'Regional Comprehensive Economic Partnership Agreement',
    ]);
  });
});

describe('SpanIndex', () => {
  const spans = spanLists(50, 12, 20);
  const overlapsPlainly = (all: Span[], q: Span) => all.some((s) => s.start < q.end && q.start < s.end);

  it('answers overlap and start-between queries like a scan of every span', () => {
    fc.assert(
      fc.property(spans, fc.nat(60), fc.integer({ min: 1, max: 12 }), (all, start, length) => {
        const index = new SpanIndex(all);
        const query = { start, end: start + length };
        expect(index.overlaps(query)).toBe(overlapsPlainly(all, query));
        expect(index.startsBetween(query.start, query.end)).toBe(
          all.some((s) => s.start > query.start && s.start < query.end),
        );
      }),
      { numRuns: 500 },
    );
  });
});

describe('Automaton built from sorted patterns', () => {
  const letter = fc.constantFrom('a', 'b', 'c', '王', '毅');
  const word = fc.string({ unit: letter, maxLength: 5 });
  const page = fc.string({ unit: letter, maxLength: 30 });

  it('reports exactly the occurrences a naive search finds, duplicates under the first index', () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 12 }), page, (patterns, text) => {
        const found: string[] = [];
        new Automaton(patterns).scan(text, (end, p) => found.push(`${p}@${end}`));
        const expected: string[] = [];
        patterns.forEach((p, index) => {
          if (!p || patterns.indexOf(p) !== index) return;
          for (let at = text.indexOf(p); at >= 0; at = text.indexOf(p, at + 1))
            expected.push(`${index}@${at + p.length}`);
        });
        expect(found.sort()).toEqual(expected.sort());
      }),
      { numRuns: 500 },
    );
  });
});

describe('foldChar through its table', () => {
  it('folds every code unit as the full rules do', () => {
    // The rules, stated independently of the table: case, width, spaces, dashes, quotes, marks,
    // and Traditional Chinese to Simplified by OpenCC's character table.
    const table = traditionalToSimplified();
    const simplified = new Map([...table.from].map((ch, i) => [ch.charCodeAt(0), table.to.charCodeAt(i)]));
    const expected = (c: number): number => {
      const ch = String.fromCharCode(c);
      if (simplified.has(c)) return simplified.get(c)!;
      if (c >= 0xff01 && c <= 0xff5e) return expected(c - 0xfee0);
      if (/^[\t\n\r\u00a0\u2000-\u200a\u202f\u3000]$/.test(ch)) return 32;
      if (/^[\u2010-\u2015\u2212\ufe58\ufe63]$/.test(ch)) return 45;
      if (/^[\u2018\u2019\u201a\u201b\u2032\u00b4]$/.test(ch)) return 39;
      if (/^[\u201c-\u201f\u00ab\u00bb\u2033]$/.test(ch)) return 34;
      // Letters with a stroke or bar, which NFD leaves whole, to the plain letter (ø → o, ð → d).
      const stroked = (l: string) =>
        ({ ø: 'o', ð: 'd', đ: 'd', ł: 'l', ħ: 'h', ŧ: 't' })[l.toLowerCase()] as string | undefined;
      if (stroked(ch)) return stroked(ch)!.charCodeAt(0);
      if (c < 0x250 || (c >= 0x370 && c < 0x530)) {
        const lower = String.fromCharCode(ch.normalize('NFD').charCodeAt(0)).toLowerCase();
        if (stroked(lower)) return stroked(lower)!.charCodeAt(0);
        return lower.length === 1 ? lower.charCodeAt(0) : ch.normalize('NFD').charCodeAt(0);
      }
      return c;
    };
    const mismatches: string[] = [];
    for (let c = 0; c < 0x10000; c++) if (foldChar(c) !== expected(c)) mismatches.push(c.toString(16));
    expect(mismatches).toEqual([]);
  });
});
