import { describe, expect, it } from 'vitest';
import { findDate } from '../../lib/ministries/dates';

describe('dates by class (det10)', () => {
  it('reads a Spanish full date, with or without the second "de"', () => {
    expect(findDate('La canciller recibió a su par el 3 de marzo de 2031 en la sede.')).toBe('2031-03-03');
    expect(findDate('Reunión celebrada el 14 de setiembre del 2029.')).toBe('2029-09-14');
    expect(findDate('Se reunieron el 7 de octubre en la capital.')).toBeNull();
  });

  it('reads a slashed date only when one part cannot be a month', () => {
    expect(findDate('07/28/2030 | News release')).toBe('2030-07-28');
    expect(findDate('Issued 28/07/2030 by the press office')).toBe('2030-07-28');
    expect(findDate('Issued 04/06/2030 by the press office')).toBeNull();
    expect(findDate('see item 12/31/20301 in the archive')).toBeNull();
  });
});
