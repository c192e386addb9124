/**
 * One module for romanisations (lib/recognize/transliteration.ts): the variants the KB build
 * adds as aliases (`nameVariants`) and the key that matches a page's spelling to a KB person
 * (`nameKey`) read one table of given names, so every variant the one writes the other merges.
 */
import { describe, expect, it } from 'vitest';
import { nameKey, nameVariants } from '../../lib/recognize/transliteration';
import { bundledKb } from '../../lib/kb';

describe('nameVariants (the KB aliases), as before', () => {
  it('spells Cyrillic names the ways readouts do, Ukrainian forms for Ukrainians only', () => {
    expect(nameVariants('Sergey Lavrov', 'RU')).toEqual(expect.arrayContaining(['Sergei Lavrov']));
    expect(nameVariants('Sergey Lavrov', 'RU')).not.toContain('Serhiy Lavrov');
    expect(nameVariants('Petro Poroshenko', 'UA')).toEqual(
      expect.arrayContaining(['Petr Poroshenko', 'Pyotr Poroshenko']),
    );
    expect(nameVariants('Volodymyr Zelenskyy', 'UA')).toEqual(
      expect.arrayContaining(['Vladimir Zelensky', 'Volodymyr Zelenskiy']),
    );
    expect(nameVariants('Dmytro Kuleba', 'unknown')).toContain('Dmitry Kuleba');
  });

  it('writes "Jr." three ways, and leaves names of other countries alone', () => {
    expect(nameVariants('Joseph R. Biden Jr.', 'US')).toEqual(['Joseph R. Biden Jr', 'Joseph R. Biden, Jr.']);
    expect(nameVariants('Sergio Mattarella', 'IT')).toEqual([]);
    expect(nameVariants('Andrey Belousov', 'FR')).toEqual([]);
    expect(nameVariants('王毅', 'CN')).toEqual([]);
  });
});

describe('nameKey (page spellings), as before', () => {
  it('merges romanisations of one person', () => {
    for (const group of [
      ['Petr Poroshenko', 'Petro Poroshenko', 'Pyotr Poroshenko', 'Peter Poroshenko'],
      ['Sergei Lavrov', 'Sergey Lavrov', 'Sergey V. Lavrov'],
      ['Mohammad Javad Zarif', 'Mohammed Javad Zarif', 'Muhammad Javad Zarif'],
      ['Aleksandr Lukashenko', 'Alexander Lukashenko', 'Oleksandr Lukashenko'],
      ['Volodymyr Zelenskyy', 'Volodymyr Zelensky', 'Volodymyr Zelenskiy'],
      ['Retno L.P. Marsudi', 'Retno Marsudi'],
      ['Mykhailo Podolyak', 'Mikhailo Podolyak', 'Mikhail Podolyak'],
      ['Abdel Fattah el-Sisi', 'Abd Fattah el-Sisi', 'Abdul Fattah el-Sisi'],
    ])
      expect(new Set(group.map(nameKey)).size).toBe(1);
  });

  it('keeps different people apart, and has no key for one word or another script', () => {
    expect(nameKey('Sergey Lavrov')).not.toBe(nameKey('Sergey Ryabkov'));
    expect(nameKey('Wang Yi')).not.toBe(nameKey('Wang Yu'));
    expect(nameKey('Petr Pavel')).not.toBe(nameKey('Pavel Petr'));
    expect(nameKey('Lavrov')).toBeUndefined();
    expect(nameKey('王毅')).toBeUndefined();
  });

  it('now also merges the given names the variant table groups (Vladimir/Volodymyr, Mykola/Nikolai)', () => {
    expect(nameKey('Vladimir Zelensky')).toBe(nameKey('Volodymyr Zelenskyy'));
    expect(nameKey('Nikolai Azarov')).toBe(nameKey('Mykola Azarov'));
    expect(nameKey('Vasily Nebenzya')).toBe(nameKey('Vasyl Nebenzya'));
  });
});

describe('one table: every variant the KB build writes has its name’s key', () => {
  it('holds for every official in the shipped KB', () => {
    const broken: string[] = [];
    for (const e of bundledKb().entities) {
      if (e.kind !== 'official') continue;
      const key = nameKey(e.name);
      if (!key) continue;
      for (const variant of nameVariants(e.name, e.country ?? e.offices?.[0]?.country ?? 'unknown'))
        if (nameKey(variant) !== key) broken.push(`${e.name} → ${variant}`);
    }
    expect(broken).toEqual([]);
  });
});
