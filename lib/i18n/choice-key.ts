/** Where the options' UI language choice is kept in `storage.local` (apart, so a page can read it
 * before the catalogs are loaded). */
export const UI_LANGUAGE_KEY = 'uiLanguage';
