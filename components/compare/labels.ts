import { ministryName as registryMinistryName } from '../ministry-name';
import { t } from '../../lib/i18n/core';

export { languageName } from '../../lib/i18n/core';

/** The ministry's name for a registry id as the rest of the UI gives it; "unknown" for none. */
export function ministryName(id: string | null): string {
  return id ? registryMinistryName(id) : t('popup.unknown');
}
