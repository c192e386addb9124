import { ministryName as registryMinistryName } from '../ministry-name';

/** The ministry's name for a registry id as the rest of the UI gives it; "unknown" for none. */
export function ministryName(id: string | null): string {
  return id ? registryMinistryName(id) : 'unknown';
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
