import { describe, expect, it } from 'vitest';
import {
  bundledKb,
  nativeOffice,
  officeNow,
  officesAt,
  recognitionKb,
  roleAt,
  roleNow,
  spanCovers,
} from '../../lib/kb';
import { createRecognizer } from '../../lib/recognize';
import { testKb } from './recognize-fixtures';

describe('office titles in their own language', () => {
  it('joins the native titles for the UI locale that reads them, or gives none when one is missing', () => {
    const cn = (office: string, officeNative?: string) => ({
      office,
      country: 'CN',
      from: '2023',
      ...(officeNative ? { officeNative } : {}),
    });
    expect(
      nativeOffice([cn('Minister of Foreign Affairs', '外交部部长'), cn('State Councilor', '国务委员')]),
    ).toEqual({
      locale: 'zh-CN',
      text: '外交部部长、国务委员',
    });
    expect(
      nativeOffice([cn('Minister of Foreign Affairs', '外交部部长'), cn('State Councilor')]),
    ).toBeUndefined();
    expect(nativeOffice([{ office: 'Minister', officeNative: 'Ministre', country: 'FR' }])).toBeUndefined();
  });

  it('reaches the card through the packed KB the content script ships: Cho Tae-yul in Korean, Wang Yi in Chinese', () => {
    const recognizer = createRecognizer(recognitionKb());
    const found = recognizer.recognize('Wang Yi held talks with Cho Tae-yul in Beijing.', {
      date: '2024-05-13',
    }).entities;
    const cho = found.find((e) => e.key === 'cho-tae-yul')!;
    expect([cho.role, cho.roleNative]).toEqual([
      'Minister of Foreign Affairs',
      { locale: 'ko', text: '외교부 장관' },
    ]);
    const wang = found.find((e) => e.key === 'wang-yi')!;
    expect(wang.roleNative?.locale).toBe('zh-CN');
    expect(wang.roleNative?.text).toContain('外交部部长');
    expect(wang.officeNow).toMatchObject({ state: 'holds', native: { locale: 'zh-CN' } });
    // Blinken's KB offices have no native titles: English only.
    const blinken = createRecognizer(recognitionKb()).recognize('Antony Blinken spoke.', {
      date: '2024-05-13',
    }).entities[0]!;
    expect([blinken.role, blinken.roleNative]).toEqual(['Secretary of State', undefined]);
  });
});

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
