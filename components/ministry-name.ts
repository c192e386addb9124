import { MINISTRIES } from '../lib/ministries/registry';
import { getLocale } from '../lib/i18n/core';

/** The primary language subtag each UI locale reads a ministry's own name in (zh-TW: none, it is Simplified). */
const NATIVE_READ: Record<string, string | undefined> = { 'zh-CN': 'zh', ko: 'ko', ja: 'ja' };

/**
 * A registry ministry's name for a reader: its own-language name when the UI is in that
 * language, else the English one; an id the registry does not know is shown as it is.
 */
export function ministryName(id: string): string {
  const site = MINISTRIES.find((m) => m.id === id);
  if (!site) return id;
  return site.languages[0] === NATIVE_READ[getLocale()] ? site.name.native : site.name.en;
}

/** The registry entry for an id (country and names), if any. */
export const ministryOf = (id: string | null) => (id ? MINISTRIES.find((m) => m.id === id) : undefined);
