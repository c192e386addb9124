import browser from 'webextension-polyfill';
import { UI_LANGUAGE_KEY } from '../../lib/i18n/choice-key';
import { FIRST_PAINT_VIEW } from '../../lib/popup-first-paint';
import { POPUP_START_GLOBAL, startPopup, type PopupStartHolder } from './start';
import './style.css';

// The first paint (popup-first-paint.js, a classic script run before this module) has asked for
// the tab, its analysis and the archive's answers already; without it, they are asked here. The
// view's modules are imported dynamically, so they are evaluated after these are on their way.
const start = (globalThis as PopupStartHolder)[POPUP_START_GLOBAL] ?? startPopup();
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
  const root = document.getElementById('app')!;
  // The view replaces the first paint in the same task: no frame shows the root empty.
  if (root.dataset.view === FIRST_PAINT_VIEW) root.replaceChildren();
  root.dataset.view = 'app';
  render(<App start={start} />, root);
});
