// @vitest-environment happy-dom
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import {
  applyStoredLocale,
  countryName,
  formatDate,
  matchLocale,
  resolveLocale,
  setLocale,
  t,
  UI_LOCALES,
} from '../../lib/i18n';
import { en } from '../../lib/i18n/messages/en';
import { zhCN } from '../../lib/i18n/messages/zh-CN';
import { zhTW } from '../../lib/i18n/messages/zh-TW';
import { ko } from '../../lib/i18n/messages/ko';
import { ja } from '../../lib/i18n/messages/ja';
import { ImeSafeForm, isCompositionEnter } from '../../components/ImeSafeForm';

const placeholders = (s: string) => [...s.matchAll(/\{\d\}/g)].map((m) => m[0]).sort();

afterEach(() => {
  setLocale('en');
  document.body.innerHTML = '';
});

describe('catalogs', () => {
  it.each([
    ['zh-CN', zhCN],
    ['zh-TW', zhTW],
    ['ko', ko],
    ['ja', ja],
  ])('%s has every English key, each with the same placeholders', (_, catalog) => {
    expect(Object.keys(catalog).sort()).toEqual(Object.keys(en).sort());
    for (const [key, text] of Object.entries(en))
      expect([key, placeholders(catalog[key as keyof typeof en])]).toEqual([key, placeholders(text)]);
  });

  it('keeps Traditional Chinese its own: no zh-TW string is the Simplified one where the scripts differ', () => {
    const shared = Object.keys(en).filter(
      (k) =>
        zhTW[k as keyof typeof en] === zhCN[k as keyof typeof en] &&
        /[\u4e00-\u9fff]/.test(zhCN[k as keyof typeof en]),
    );
    // Only strings whose characters are the same in both scripts may coincide.
    for (const k of shared)
      expect(zhCN[k as keyof typeof en]).not.toMatch(/[们这个为与说发过还进时对会来后将]/);
    setLocale('zh-TW');
    expect(t('popup.saved')).toBe('已儲存');
    expect(t('notInKb')).toBe(zhTW.notInKb);
  });

  it('gives the manifest its name and description in every UI language', () => {
    const dir = join(import.meta.dirname, '../../public/_locales');
    const locales = readdirSync(dir).sort();
    expect(locales).toEqual(['en', 'ja', 'ko', 'zh_CN', 'zh_TW']);
    const keysOf = (l: string) =>
      Object.keys(JSON.parse(readFileSync(join(dir, l, 'messages.json'), 'utf8')) as object).sort();
    for (const l of locales)
      expect(keysOf(l)).toEqual(['cmdNextTerm', 'cmdSave', 'extDescription', 'extName']);
  });
});

describe('choosing the language', () => {
  it('reads the browser languages: Traditional Chinese never becomes Simplified', () => {
    expect(matchLocale(['zh-TW'])).toBe('zh-TW');
    expect(matchLocale(['zh-HK', 'en'])).toBe('zh-TW');
    expect(matchLocale(['zh-Hant-MO'])).toBe('zh-TW');
    expect(matchLocale(['zh_TW'])).toBe('zh-TW');
    expect(matchLocale(['zh'])).toBe('zh-CN');
    expect(matchLocale(['zh-Hans-SG'])).toBe('zh-CN');
    expect(matchLocale(['ko-KR'])).toBe('ko');
    expect(matchLocale(['fr', 'ja'])).toBe('ja');
    expect(matchLocale(['fr', 'de'])).toBe('en');
  });

  it('lets the options override the browser, and falls back to it for "auto" or a bad value', async () => {
    expect(resolveLocale('ko', ['zh-TW'])).toBe('ko');
    expect(resolveLocale('auto', ['zh-TW'])).toBe('zh-TW');
    const store = (value: unknown) => ({ get: vi.fn(async () => ({ uiLanguage: value })) });
    expect(await applyStoredLocale(store('ja'), ['en-US'])).toBe('ja');
    expect(t('popup.saved')).toBe('保存済み');
    expect(await applyStoredLocale(store('xx'), ['ko'])).toBe('ko');
    expect(await applyStoredLocale({ get: () => Promise.reject(new Error('gone')) }, ['zh-CN'])).toBe(
      'zh-CN',
    );
  });

  it('names countries from CLDR and writes dates in the chosen language', () => {
    expect(UI_LOCALES.map((l) => (setLocale(l), countryName('KR')))).toEqual([
      'South Korea',
      '韩国',
      '南韓',
      '대한민국',
      '韓国',
    ]);
    setLocale('zh-TW');
    expect(formatDate('2024-05-13')).toBe('2024年5月13日');
    setLocale('en');
    expect(formatDate('2024-05')).toBe('May 2024');
    expect(formatDate('2013')).toBe('2013');
    expect(countryName('EU')).toBe('European Union');
    expect(countryName('World Trade Organization')).toBe('World Trade Organization');
  });
});

describe('Enter in an IME composition', () => {
  it('never submits the form; Enter after the composition does', () => {
    const onSubmit = vi.fn();
    const root = document.createElement('div');
    document.body.append(root);
    act(() =>
      render(
        <ImeSafeForm onSubmit={onSubmit}>
          <input name="q" />
        </ImeSafeForm>,
        root,
      ),
    );
    const input = root.querySelector('input')!;
    const composing = new KeyboardEvent('keydown', {
      key: 'Enter',
      isComposing: true,
      bubbles: true,
      cancelable: true,
    });
    input.dispatchEvent(composing);
    expect(composing.defaultPrevented).toBe(true);
    const plain = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
    input.dispatchEvent(plain);
    expect(plain.defaultPrevented).toBe(false);
    expect(isCompositionEnter(new KeyboardEvent('keydown', { key: 'Enter', keyCode: 229 }))).toBe(true);
    root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });
});
