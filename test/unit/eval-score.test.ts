import { describe, expect, it } from 'vitest';
import { foldForScoring, formsMatch, prf, scoreEntities } from '../../lib/eval/score';

describe('gold matching rules', () => {
  it('folds case, quotes, dashes, a leading "the" and a trailing possessive', () => {
    expect(foldForScoring('The Belt and Road Initiative')).toBe('belt and road initiative');
    expect(foldForScoring('China–ROK FTA')).toBe('china-rok fta');
    expect(foldForScoring('“一带一路”倡议')).toBe('一带一路倡议');
    expect(foldForScoring('Blinken’s')).toBe('blinken');
  });

  it('accepts containment only when the shorter form is at least 60% of the longer', () => {
    expect(
      formsMatch(
        'Joint Plan for China-ROK Economic and Trade Cooperation',
        'Joint Plan for China-ROK Economic and Trade Cooperation (2021-2025)',
      ),
    ).toBe(true);
    expect(formsMatch('RCEP', 'RCEP Plus')).toBe(false);
    expect(formsMatch('Wang', 'Wang Yi')).toBe(false); // 4/7 < 60%
    expect(formsMatch('ROK-China FTA', 'the ROK-China FTA')).toBe(true);
    expect(formsMatch('Kang', 'Kang Kyung-wha')).toBe(false);
  });

  it('counts optional gold items neither way and neutral "other" items as not wrong', () => {
    const gold = [
      { name: 'Wang Yi', aliases: ['Wang'] },
      { name: 'Kang Kyung-wha', aliases: ['Kang'] },
      { name: 'RCEP Plus', optional: true },
    ];
    const counts = scoreEntities(
      [
        { name: 'Wang Yi', surfaces: ['Wang Yi', 'Wang'] },
        { name: 'RCEP Plus', surfaces: [] },
        { name: 'United Nations', surfaces: [] },
        { name: 'Invented Person', surfaces: [] },
      ],
      gold,
      [{ name: 'United Nations', kind: 'organization' }],
    );
    expect(counts).toMatchObject({
      tp: 1,
      fp: 1,
      fn: 1,
      falsePositives: ['Invented Person'],
      falseNegatives: ['Kang Kyung-wha'],
    });
    expect(prf(counts).f1).toBeCloseTo(0.5);
  });
});
