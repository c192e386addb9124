/**
 * A UI language's messages as a packaged JSON file, for the content script: it carries English
 * only (`./core`) and loads the reader's language, when that is another, from the extension
 * package (`i18n/<locale>.json`, written at build time by `./catalog-file-data`). The file is the
 * extension's own, so a small hand check replaces a schema: an object whose values for known keys
 * are strings; anything else is left out, and `t` falls back to English for what is missing.
 */
import type { UiLocale } from './core';
import { en, type MessageKey, type Messages } from './messages/en';

/** The locales that have a catalog file (English is in the script). */
export const CATALOG_FILE_LOCALES = ['zh-CN', 'zh-TW', 'ko', 'ja'] as const satisfies readonly UiLocale[];

export { catalogFileName } from './locale';

/**
 * A catalog file's parsed JSON as messages: known keys (`isKey`) with string values only. The
 * content script is built with a few of the English messages (lib/content-build.ts), so it cannot
 * tell the known keys: it keeps every string, and hands the catalog to the card part, whose `t`
 * looks up known keys only.
 */
export function catalogFromFile(
  json: unknown,
  isKey: (key: string) => boolean = (key) => Object.hasOwn(en, key),
): Partial<Messages> {
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    throw new Error('catalog file: not an object');
  const messages: Partial<Record<MessageKey, string>> = {};
  for (const [key, value] of Object.entries(json as Record<string, unknown>))
    if (isKey(key) && typeof value === 'string') messages[key as MessageKey] = value;
  return messages;
}
