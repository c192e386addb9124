/**
 * Which UI language a reader gets, without any catalog: the popup's first paint (which loads no
 * catalog module) resolves the locale with these, as `./core` does.
 */
export const UI_LOCALES = ['en', 'zh-CN', 'zh-TW', 'ko', 'ja'] as const;
export type UiLocale = (typeof UI_LOCALES)[number];

/** The options' value: a locale, or `auto` for the browser's language. */
export type UiLanguageChoice = UiLocale | 'auto';

/**
 * The UI locale for a list of BCP 47 tags, best first. Traditional-script Chinese (zh-TW, zh-HK,
 * zh-MO, zh-Hant-*) gets zh-TW and never Simplified; other Chinese gets zh-CN.
 */
export function matchLocale(tags: readonly string[]): UiLocale {
  for (const raw of tags) {
    const tag = raw.toLowerCase().replace(/_/g, '-');
    const [lang, ...rest] = tag.split('-');
    if (lang === 'zh') {
      if (rest.includes('hant') || rest.some((s) => s === 'tw' || s === 'hk' || s === 'mo')) return 'zh-TW';
      return 'zh-CN';
    }
    if (lang === 'ko') return 'ko';
    if (lang === 'ja') return 'ja';
    if (lang === 'en') return 'en';
  }
  return 'en';
}

export function parseChoice(raw: unknown): UiLanguageChoice {
  return typeof raw === 'string' && (UI_LOCALES as readonly string[]).includes(raw)
    ? (raw as UiLocale)
    : 'auto';
}

/** The stored choice, or the browser's languages when it is `auto`. */
export function resolveLocale(choice: UiLanguageChoice, browserLanguages: readonly string[]): UiLocale {
  return choice === 'auto' ? matchLocale(browserLanguages) : choice;
}

/** The packaged path of a locale's catalog file (`./catalog-file`). */
export const catalogFileName = (locale: UiLocale): string => `i18n/${locale}.json`;
