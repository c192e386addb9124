/**
 * The UI's languages: English, Simplified and Traditional Chinese, Korean, Japanese. One catalog
 * per language (`messages/*.ts`, each checked against the English keys by the compiler), the
 * browser's language by default and the options' choice over it. Pure: entrypoints pass in the
 * browser's languages and the stored choice.
 *
 * This module carries English only; `./index` registers the other four catalogs (extension pages
 * and the background import it). The content script imports this module and loads the one
 * catalog it needs as a packaged JSON file (`./catalog-file`), so a readout page does not parse
 * five languages' messages at start.
 */
import type { ErrorCode } from '../model';
import { UI_LANGUAGE_KEY } from './choice-key';
import { en, type MessageKey, type Messages } from './messages/en';
import { parseChoice, resolveLocale, type UiLocale } from './locale';

export {
  matchLocale,
  parseChoice,
  resolveLocale,
  UI_LOCALES,
  type UiLanguageChoice,
  type UiLocale,
} from './locale';
export { UI_LANGUAGE_KEY } from './choice-key';

export type { MessageKey } from './messages/en';

const CATALOGS: Partial<Record<UiLocale, Partial<Messages>>> = { en };

/** Makes a language's catalog available to `t` (English is always there). */
export function registerCatalog(locale: UiLocale, messages: Partial<Messages>): void {
  CATALOGS[locale] = messages;
}

/** Whether `t` has the catalog of `locale` (otherwise it speaks English). */
export const hasCatalog = (locale: UiLocale): boolean => CATALOGS[locale] !== undefined;

/** Each language's name in itself, for the language choice. */
export const LOCALE_AUTONYMS: Record<UiLocale, string> = {
  en: 'English',
  'zh-CN': '简体中文',
  'zh-TW': '繁體中文',
  ko: '한국어',
  ja: '日本語',
};

let current: UiLocale = 'en';

export function setLocale(locale: UiLocale): void {
  current = locale;
}

export function getLocale(): UiLocale {
  return current;
}

/** A UI language with its catalog, as handed to a separately bundled part of the content script. */
export interface UiLanguage {
  locale: UiLocale;
  messages: Partial<Messages>;
}

/** The current language and its catalog: the card part (its own copy of this module) adopts it. */
export const currentLanguage = (): UiLanguage => ({ locale: current, messages: CATALOGS[current] ?? en });

/** Speaks `language` from now on (the card part, each time it opens a card). */
export function adoptLanguage(language: UiLanguage): void {
  registerCatalog(language.locale, language.messages);
  setLocale(language.locale);
}

/** A message in the current language; `{0}`, `{1}`… are replaced by `args` (as text). */
export function t(key: MessageKey, ...args: (string | number)[]): string {
  const text = CATALOGS[current]?.[key] ?? en[key];
  return args.length
    ? text.replace(/\{(\d)\}/g, (m: string, i: string) => String(args[Number(i)] ?? m))
    : text;
}

/**
 * A failed request in the reader's language, by its stable code; the English text of the error
 * is the detail where the wording has room for one. No code: worded as an unexpected error.
 */
export function errorText(failure: { error: string; code?: ErrorCode }): string {
  return t(`error.${failure.code ?? 'internal'}`, failure.error);
}

/** The `lang` attribute for the current UI language. */
export const htmlLang = (): string => current;

const DAY = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** English days read "13 May 2024" (not the US order), the others as CLDR writes them. */
const intlLocale = (locale: UiLocale) => (locale === 'en' ? 'en-GB' : locale);

/**
 * A date as precise as it is known (YYYY, YYYY-MM, YYYY-MM-DD) in the UI language: "2013",
 * "May 2024", "13 May 2024"; `withYear: false` drops the year ("13 May"). Anything else is
 * returned as it is.
 */
export function formatDate(iso: string, options: { withYear?: boolean } = {}): string {
  const m = DAY.exec(iso);
  if (!m) return iso;
  const [, y, mo, d] = m;
  const parts: Intl.DateTimeFormatOptions = d
    ? { day: 'numeric', month: 'long', ...(options.withYear === false ? {} : { year: 'numeric' }) }
    : mo
      ? { month: 'long', year: 'numeric' }
      : { year: 'numeric' };
  const cacheKey = `${current}|${Object.keys(parts).join()}`;
  let format = dateFormats.get(cacheKey);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale(current), { ...parts, timeZone: 'UTC' });
    dateFormats.set(cacheKey, format);
  }
  return format.format(new Date(Date.UTC(Number(y), mo ? Number(mo) - 1 : 0, d ? Number(d) : 1)));
}

/**
 * Bodies that readouts and the knowledge base treat like countries: our own words for them.
 * `AU` is not among them: as a party it is Australia (ISO 3166), as in RCEP.
 */
const BODY_KEYS = {
  EU: 'body.EU',
  UN: 'body.UN',
  ASEAN: 'body.ASEAN',
  NATO: 'body.NATO',
} as const satisfies Record<string, MessageKey>;

const displayNames = new Map<string, Intl.DisplayNames>();

/** A CLDR display name (the browser's `Intl.DisplayNames`) in the UI language; the code when it has none. */
function cldrName(type: 'region' | 'language', code: string): string {
  const cacheKey = `${current}|${type}`;
  let names = displayNames.get(cacheKey);
  if (!names) {
    names = new Intl.DisplayNames([current], { type, fallback: 'code' });
    displayNames.set(cacheKey, names);
  }
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * A country's name in the UI language from CLDR, for ISO 3166 alpha-2 codes; EU/UN/ASEAN/NATO
 * by our catalogs. Anything else is returned as it is (an organization's name).
 */
export function countryName(code: string): string {
  if (Object.hasOwn(BODY_KEYS, code)) return t(BODY_KEYS[code as keyof typeof BODY_KEYS]);
  return /^[A-Z]{2}$/.test(code) ? cldrName('region', code) : code;
}

/** A language's name in the UI language from CLDR ("zh" → "Chinese", "中文", "중국어"…). */
export const languageName = (code: string): string => cldrName('language', code);

/** The part of `browser.storage.local` the language choice needs (entrypoints pass the real one). */
export interface ChoiceStore {
  get(key: string): Promise<Record<string, unknown>>;
}

/**
 * Sets the UI language from the stored choice, or from the browser's languages (`getUILanguage()`
 * first, then `navigator.languages`) when there is none. A locale whose catalog is not registered
 * is loaded with `loadCatalog` first (the content script's packaged files). Resolves to the
 * locale set.
 */
export async function applyStoredLocale(
  store: ChoiceStore,
  browserLanguages: readonly string[],
  loadCatalog?: (locale: UiLocale) => Promise<Partial<Messages>>,
): Promise<UiLocale> {
  const stored = await store.get(UI_LANGUAGE_KEY).catch(() => ({}) as Record<string, unknown>);
  const locale = resolveLocale(parseChoice(stored[UI_LANGUAGE_KEY]), browserLanguages);
  // A catalog that cannot be loaded leaves the previous language in place (English at first).
  if (!hasCatalog(locale) && loadCatalog) {
    const messages = await loadCatalog(locale).catch(() => null);
    if (!messages) return current;
    registerCatalog(locale, messages);
  }
  setLocale(locale);
  return locale;
}
