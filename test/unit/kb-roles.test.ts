import { describe, expect, it } from 'vitest';
import { bundledKb, officeNow, officesAt, roleAt, roleNow, spanCovers } from '../../lib/kb';
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

  it('says what is held now: spans marked current first', () => {
    expect(roleNow(kb.get('wang-yi')!)).toBe(
      'Director of the Office of the Central Foreign Affairs Commission',
    );
    expect(officeNow(kb.get('wang-yi')!)).toMatchObject({ state: 'holds', recorded: 'current' });
  });

  it('says when everyone whose offices have all ended left office, at the last end date', () => {
    expect(roleNow(pompeo)).toBeUndefined();
    expect(officeNow(pompeo)).toEqual({ state: 'left', on: '2021-01-20' });
    const yearsOnly = { offices: [{ office: 'Minister', country: 'KR', from: '2024-01', to: '2025-07' }] };
    expect(officeNow(yearsOnly)).toEqual({ state: 'left', on: '2025-07' });
  });

  it('takes an open span with a start as held, unless a later office has since started and ended', () => {
    const open = {
      offices: [
        { office: 'Minister of Foreign Affairs', country: 'CN', from: '2013-03-16', to: '2022-12-30' },
        { office: 'Director of the Office', country: 'CN', from: '2023-01-01' },
        { office: 'Minister of Foreign Affairs', country: 'CN', from: '2023-07-25' },
      ],
    };
    expect(officeNow(open)).toEqual({
      state: 'holds',
      office: 'Minister of Foreign Affairs; Director of the Office',
      recorded: 'open',
    });
    // An ambassadorship with no recorded end, then a ministry that began and ended later: gone.
    const moved = {
      offices: [
        { office: 'Ambassador', country: 'CN', from: '2021-07' },
        { office: 'Minister of Foreign Affairs', country: 'CN', from: '2022-12-30', to: '2023-07-25' },
      ],
    };
    expect(officeNow(moved)).toEqual({ state: 'left', on: '2023-07-25' });
  });

  it('answers unknown, not silence, when no dated office says either', () => {
    expect(officeNow({})).toEqual({ state: 'unknown' });
    expect(officeNow({ offices: [{ office: 'Envoy', country: 'US' }] })).toEqual({ state: 'unknown' });
  });

  it('gives every shipped official an answer for now, and Blinken and Cho Tae-yul theirs', () => {
    const shipped = bundledKb();
    for (const e of shipped.entities.filter((x) => x.kind === 'official'))
      expect(['holds', 'left', 'unknown']).toContain(officeNow(e).state);
    const blinken = shipped.get('antony-blinken');
    const cho = shipped.get('cho-tae-yul');
    if (blinken) expect(officeNow(blinken)).toMatchObject({ state: 'left' });
    if (cho) expect(officeNow(cho).state).not.toBe('unknown');
    expect(blinken ?? cho).toBeDefined();
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
