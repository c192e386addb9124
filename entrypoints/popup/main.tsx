import { render } from 'preact';
import browser from 'webextension-polyfill';
import { applyStoredLocale } from '../../lib/i18n';
import { CARD_CSS } from '../../components/card-css';
import { App, startPopup } from './App';
import './style.css';

// The cards inside the popup are the page's cards: same component, same styles.
const cardStyle = document.createElement('style');
cardStyle.textContent = CARD_CSS;
document.head.prepend(cardStyle);

// The tab and its analysis are asked for at once, while the UI language is read.
const start = startPopup();
void applyStoredLocale(browser.storage.local, [browser.i18n.getUILanguage(), ...navigator.languages]).then(
  (locale) => {
    document.documentElement.lang = locale;
    render(<App start={start} />, document.getElementById('app')!);
  },
);
