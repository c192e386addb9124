import { describe, expect, it } from 'vitest';
import { bundledKb, Kb } from '../../lib/kb';
import { KB_FILES } from '../../lib/kb/data';
import { createRecognizer } from '../../lib/recognize';
import { fromKb } from '../../lib/recognize/entity';
import { compilePatterns, tableMatches } from '../../lib/recognize/patterns';
import type { GlossaryEntry } from '../../lib/glossary/schema';
import shipped from '../../lib/recognize/shipped-patterns.generated.json';

const TEXT =
  'State Councilor and Foreign Minister Wang Yi met Foreign Minister Cho Tae-yul. Wang and Cho ' +
  'discussed the Regional Comprehensive Economic Partnership (RCEP), the UN and ASEAN. FM Cho ' +
  'opened the Partnership Dialogue. 王毅会见赵兑烈。';

describe('patterns compiled at build time', () => {
  it('are up to date with data/kb (else run: npm run kb:compile)', () => {
    expect(compilePatterns(Object.values(KB_FILES).flat().map(fromKb))).toEqual(shipped);
  });

  it('give the same recognition as deriving the patterns from the KB, with a glossary on top', () => {
    const stamp = { createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-01T00:00:00.000Z' };
    const glossary: GlossaryEntry[] = [
      {
        id: 'glossary:cho',
        kind: 'official',
        name: 'Cho',
        aliases: ['FM Cho'],
        kbId: 'cho-tae-yul',
        note: 'met twice',
        ...stamp,
      },
      {
        id: 'glossary:dialogue',
        kind: 'event',
        name: 'Partnership Dialogue',
        aliases: [],
        note: '',
        ...stamp,
      },
    ];
    const shippedKb = bundledKb();
    expect(shippedKb.compiled && tableMatches(shippedKb.compiled, shippedKb.entities)).toBe(true);
    const fromJson = new Kb(shippedKb.entities);
    for (const g of [[], glossary]) {
      const options = { date: '2024-05-13', language: 'en' };
      expect(createRecognizer(shippedKb, g).recognize(TEXT, options)).toEqual(
        createRecognizer(fromJson, g).recognize(TEXT, options),
      );
    }
  });

  it('are not used for entities they were not compiled from', () => {
    const other = bundledKb().entities.slice(1);
    expect(tableMatches(bundledKb().compiled!, other)).toBe(false);
  });
});
