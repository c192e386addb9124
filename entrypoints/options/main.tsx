/** The options page: the UI language, then sync's settings (App, issue 12). */
import { render } from 'preact';
import { useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import {
  applyStoredLocale,
  parseChoice,
  resolveLocale,
  setLocale,
  t,
  UI_LANGUAGE_KEY,
  type UiLanguageChoice,
} from '../../lib/i18n';
import { THEME_CSS } from '../../components/card-css';
import { LanguageChoice } from '../../components/LanguageChoice';
import { App as SyncSettings } from './App';
import './style.css';

const browserLanguages = [browser.i18n.getUILanguage(), ...navigator.languages];

function showIn(choice: UiLanguageChoice) {
  const locale = resolveLocale(choice, browserLanguages);
  setLocale(locale);
  document.documentElement.lang = locale;
  document.title = t('options.title');
}

function OptionsPage({ initial }: { initial: UiLanguageChoice }) {
  const [choice, setChoice] = useState(initial);
  const choose = (next: UiLanguageChoice) => {
    const stored =
      next === 'auto'
        ? browser.storage.local.remove(UI_LANGUAGE_KEY)
        : browser.storage.local.set({ [UI_LANGUAGE_KEY]: next });
    void stored.then(() => {
      showIn(next);
      setChoice(next);
    });
  };
  return (
    <main>
      <h1>{t('options.title')}</h1>
      <LanguageChoice value={choice} browserLanguages={browserLanguages} onChange={choose} />
      <SyncSettings />
    </main>
  );
}

const style = document.createElement('style');
style.textContent = `${THEME_CSS}
body { font: 14px/1.45 system-ui, sans-serif; margin: 0; padding: 16px 20px; color: var(--rl-fg); background: var(--rl-bg); }
h1 { font-size: 18px; margin: 0 0 12px; }
select { font: inherit; }
.hint { color: var(--rl-muted); font-size: 12px; }`;
document.head.append(style);

void applyStoredLocale(browser.storage.local, browserLanguages).then(async () => {
  const stored = await browser.storage.local.get(UI_LANGUAGE_KEY);
  const initial = parseChoice(stored[UI_LANGUAGE_KEY]);
  showIn(initial);
  render(<OptionsPage initial={initial} />, document.getElementById('app')!);
});
