import { describe, expect, it } from 'vitest';
import { bundledKb, officesAt, roleAt, roleNow, spanCovers } from '../../lib/kb';
import { testKb } from './recognize-fixtures';

describe('roles by date', () => {
  const kb = testKb();
  const pompeo = kb.get('mike-pompeo')!;

  it('gives the office held on a day, switching on the handover', () => {
    expect(roleAt(pompeo, '2017-06-01')).toBe('Director of the Central Intelligence Agency');
    expect(roleAt(pompeo, '2019-06-01')).toBe('Secretary of State');
    expect(roleAt(pompeo, '2016-06-01')).toBeUndefined();
  });

  it('lists concurrent offices, the latest started first', () => {
    expect(officesAt(kb.get('wang-yi')!, '2020-11-26').map((s) => s.office)).toEqual([
      'State Councilor',
      'Minister of Foreign Affairs',
    ]);
  });

  it('reads partial dates as whole periods', () => {
    const span = { office: 'Spokesperson', country: 'CN', from: '2020-07', to: '2024' };
    expect(spanCovers(span, '2020-07-01')).toBe(true);
    expect(spanCovers(span, '2024-12-31')).toBe(true);
    expect(spanCovers(span, '2020-06-30')).toBe(false);
  });

  it('says what is held now only where the sources mark it current', () => {
    expect(roleNow(kb.get('wang-yi')!)).toBe(
      'Director of the Office of the Central Foreign Affairs Commission',
    );
    expect(roleNow(pompeo)).toBeUndefined();
  });

  it('answers for the people of the issue in the shipped knowledge base, once they are in it', () => {
    const shipped = bundledKb();
    const kang = shipped.get('kang-kyung-wha');
    const shippedPompeo = shipped.get('mike-pompeo');
    if (kang) expect(roleAt(kang, '2020-11-26')).toMatch(/Foreign/);
    if (shippedPompeo) {
      expect(roleAt(shippedPompeo, '2017-06-01')).toMatch(/Central Intelligence|CIA/);
      expect(roleAt(shippedPompeo, '2019-06-01')).toMatch(/Secretary of State/);
    }
    expect(kang ?? shippedPompeo).toBeDefined();
  });
});
