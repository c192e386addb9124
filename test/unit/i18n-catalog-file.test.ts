import { afterEach, describe, expect, it } from 'vitest';
import { applyStoredLocale, hasCatalog, setLocale, t, type UiLocale } from '../../lib/i18n/core';
import { CATALOG_FILE_LOCALES, catalogFileName, catalogFromFile } from '../../lib/i18n/catalog-file';
import { catalogFiles } from '../../lib/i18n/catalog-file-data';
import { en } from '../../lib/i18n/messages/en';
import { zhCN } from '../../lib/i18n/messages/zh-CN';
import { ja } from '../../lib/i18n/messages/ja';

const store = (choice?: string) => ({
  get: async () => (choice ? { uiLanguage: choice } : {}),
});

describe('UI catalog files (the content script loads its one language)', () => {
  afterEach(() => setLocale('en'));

  it('writes one file per non-English locale that decodes back to that catalog', () => {
    const files = catalogFiles();
    expect(files.map((f) => f.path)).toEqual(CATALOG_FILE_LOCALES.map(catalogFileName));
    const zh = files.find((f) => f.path === 'i18n/zh-CN.json')!;
    expect(catalogFromFile(JSON.parse(zh.contents))).toEqual(zhCN);
    const jaFile = files.find((f) => f.path === 'i18n/ja.json')!;
    expect(catalogFromFile(JSON.parse(jaFile.contents))).toEqual(ja);
  });

  it('keeps only known keys with string values, and refuses what is not an object', () => {
    expect(catalogFromFile({ loading: '読み込み中', nope: 'x', saving: 3 })).toEqual({
      loading: '読み込み中',
    });
    expect(() => catalogFromFile(['loading'])).toThrow();
    expect(() => catalogFromFile(null)).toThrow();
  });

  it('core speaks English until a loaded catalog is registered, then the stored language', async () => {
    // Imported alone, core has no Korean: the loader is asked for it, once.
    const asked: UiLocale[] = [];
    const load = async (locale: UiLocale) => {
      asked.push(locale);
      return catalogFromFile({ loading: '불러오는 중…' });
    };
    expect(hasCatalog('ko')).toBe(false);
    expect(await applyStoredLocale(store('ko'), ['en-US'], load)).toBe('ko');
    expect(t('loading')).toBe('불러오는 중…');
    // A key the file lacks falls back to English.
    expect(t('saving')).toBe(en.saving);
    await applyStoredLocale(store('ko'), ['en-US'], load);
    expect(asked).toEqual(['ko']);
  });

  it('a catalog that fails to load leaves the language as it was', async () => {
    const failing = async () => {
      throw new Error('HTTP 404');
    };
    expect(await applyStoredLocale(store('zh-TW'), ['en-US'], failing)).toBe('en');
    expect(t('loading')).toBe(en.loading);
  });
});
