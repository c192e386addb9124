import { LOCALE_AUTONYMS, matchLocale, t, UI_LOCALES, type UiLanguageChoice } from '../lib/i18n';

/**
 * The UI language: the browser's (`auto`) or one of ours. Each language is named in itself, so
 * a reader finds theirs whatever the page's language. Any options page can include it; the
 * entrypoint keeps the value in `storage.local` under `UI_LANGUAGE_KEY`.
 */
export function LanguageChoice({
  value,
  browserLanguages,
  onChange,
}: {
  value: UiLanguageChoice;
  browserLanguages: readonly string[];
  onChange: (choice: UiLanguageChoice) => void;
}) {
  return (
    <p class="language-choice">
      <label>
        {t('options.language')}{' '}
        <select
          name="ui-language"
          value={value}
          onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value as UiLanguageChoice)}
        >
          <option value="auto">
            {t('options.languageAuto', LOCALE_AUTONYMS[matchLocale(browserLanguages)])}
          </option>
          {UI_LOCALES.map((locale) => (
            <option key={locale} value={locale} lang={locale}>
              {LOCALE_AUTONYMS[locale]}
            </option>
          ))}
        </select>
      </label>
      <br />
      <span class="hint">{t('options.languageHint')}</span>
    </p>
  );
}
