import { MINISTRIES } from '../../lib/ministries/registry';

/** The ministry's English name for a registry id (the id itself if unknown). */
export function ministryName(id: string | null): string {
  if (!id) return 'unknown';
  return MINISTRIES.find((m) => m.id === id)?.name.en ?? id;
}

const LANGUAGE_NAMES: Record<string, string> = {
  en: 'English',
  zh: 'Chinese',
  ko: 'Korean',
  ja: 'Japanese',
  ru: 'Russian',
  fr: 'French',
  de: 'German',
};

export const languageName = (code: string): string => LANGUAGE_NAMES[code] ?? code;
