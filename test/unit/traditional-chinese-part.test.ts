/**
 * The content script starts without the Traditional Chinese fold table (lib/content-build.ts; a
 * part brings it, entrypoints/part-traditional-chinese.ts). Until it is in, or when it cannot be
 * loaded, recognition must still work on what needs no table, and say that it wants it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createRecognizer } from '../../lib/recognize';
import {
  foldText,
  provideTraditionalChinese,
  simplifiedChinese,
  traditionalChineseWanted,
} from '../../lib/recognize/fold';
import { bundledTraditionalChinese } from '../../lib/recognize/traditional-chinese-table';
import { CONTENT_STAND_INS } from '../../lib/content-build';
import { recognitionKb } from '../../lib/kb';

const kb = recognitionKb();
const AGREEMENT_TRADITIONAL = '雙方同意落實《中韓自由貿易協定》。';
const agreementIds = (text: string) =>
  createRecognizer(kb)
    .recognize(text, { date: '2024-06-01' })
    .entities.filter((e) => e.kind === 'agreement')
    .map((e) => e.id);

describe('recognition before the Traditional Chinese part is in (or when it fails to load)', () => {
  afterEach(() => provideTraditionalChinese(bundledTraditionalChinese));

  it('is what the content script is built with: the table module swapped for a stand-in', () => {
    expect(CONTENT_STAND_INS['./traditional-chinese-table']).toBe('./traditional-chinese-withheld');
  });

  it('leaves Han characters as they are and says it wants the table', () => {
    provideTraditionalChinese(null);
    expect(traditionalChineseWanted()).toBe(false);
    expect(foldText('Wang Yi met Cho Tae-yul.').folded).toBe('wang yi met cho tae-yul.');
    expect(traditionalChineseWanted()).toBe(false);
    expect(simplifiedChinese('國務委員')).toBe('國務委員');
    expect(traditionalChineseWanted()).toBe(true);
  });

  it('still finds the names of English and Simplified Chinese text', () => {
    provideTraditionalChinese(null);
    const recognizer = createRecognizer(kb);
    const english = recognizer.recognize('Foreign Minister Wang Yi met Secretary Blinken.', {
      date: '2024-06-01',
    });
    expect(english.entities.map((e) => e.id)).toContain('wang-yi');
    expect(agreementIds('双方同意落实《中韩自由贸易协定》。')).toEqual(['china-rok-fta']);
  });

  it('finds Traditional forms once the table is provided, and wants it no more', () => {
    provideTraditionalChinese(null);
    expect(agreementIds(AGREEMENT_TRADITIONAL)).not.toContain('china-rok-fta');
    expect(traditionalChineseWanted()).toBe(true);
    provideTraditionalChinese(bundledTraditionalChinese);
    expect(traditionalChineseWanted()).toBe(false);
    expect(agreementIds(AGREEMENT_TRADITIONAL)).toEqual(['china-rok-fta']);
    expect(traditionalChineseWanted()).toBe(false);
  });
});
