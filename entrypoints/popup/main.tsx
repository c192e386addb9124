import browser from 'webextension-polyfill';
import { UI_LANGUAGE_KEY } from '../../lib/i18n/choice-key';
import { startPopup } from './start';
import './style.css';

// The tab, its analysis and the UI language choice are asked for first, while the view's
// modules load: they are imported dynamically, so they are evaluated after these are on their way.
const start = startPopup();
const choice = browser.storage.local.get(UI_LANGUAGE_KEY).catch(() => ({}) as Record<string, unknown>);
void Promise.all([
  import('preact'),
  import('./App'),
  import('../../lib/i18n'),
  import('../../components/card-css'),
]).then(async ([{ render }, { App }, { applyStoredLocale }, { CARD_CSS }]) => {
  // The cards inside the popup are the page's cards: same component, same styles.
  const cardStyle = document.createElement('style');
  cardStyle.textContent = CARD_CSS;
  document.head.prepend(cardStyle);
  const locale = await applyStoredLocale({ get: () => choice }, [
    browser.i18n.getUILanguage(),
    ...navigator.languages,
  ]);
  document.documentElement.lang = locale;
  render(<App start={start} />, document.getElementById('app')!);
});
