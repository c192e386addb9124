/**
 * The popup's first paint: a classic script (no module loading) that popup.html runs as soon as
 * it is parsed. It asks for the tab, its analysis and the archive's answers (./popup/start.ts,
 * shared with the view through `globalThis`), and paints the page's kind, title and entities
 * with plain DOM (textContent only) while the Preact view, its catalogs and its card code load.
 * The view takes over the same root (entrypoints/popup/main.tsx) in one synchronous render.
 */
import browser from 'webextension-polyfill';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startPopup, POPUP_START_GLOBAL, type PopupStartHolder } from './popup/start';
import { UI_LANGUAGE_KEY } from '../lib/i18n/choice-key';
import { catalogFileName, parseChoice, resolveLocale, type UiLocale } from '../lib/i18n/locale';
import {
  buildPaint,
  FIRST_PAINT_EN,
  firstPaintLabels,
  firstPaintModel,
  firstPaintTree,
  FIRST_PAINT_VIEW,
  type FirstPaintLabels,
} from '../lib/popup-first-paint';
import { POPUP_MARKS } from '../lib/perf-marks';

async function labelsFor(): Promise<{ locale: UiLocale; labels: FirstPaintLabels }> {
  const stored = await browser.storage.local
    .get(UI_LANGUAGE_KEY)
    .catch(() => ({}) as Record<string, unknown>);
  const locale = resolveLocale(parseChoice(stored[UI_LANGUAGE_KEY]), [
    browser.i18n.getUILanguage(),
    ...navigator.languages,
  ]);
  if (locale === 'en') return { locale, labels: FIRST_PAINT_EN };
  const json: unknown = await fetch(browser.runtime.getURL(`/${catalogFileName(locale)}`)).then((r) =>
    r.json(),
  );
  return { locale, labels: firstPaintLabels(json) };
}

export default defineUnlistedScript(() => {
  const start = startPopup();
  (globalThis as PopupStartHolder)[POPUP_START_GLOBAL] = start;
  const labels = labelsFor();
  // In the head, before the stylesheet (a script after one waits for it): the body may not be
  // parsed yet when the answers are in.
  const parsed = new Promise<void>((resolve) =>
    document.readyState === 'loading'
      ? document.addEventListener('DOMContentLoaded', () => resolve(), { once: true })
      : resolve(),
  );
  void Promise.all([start.analysis, labels, parsed]).then(([reply, { locale, labels }]) => {
    const root = document.getElementById('app');
    // The view has rendered already (or there is no readout: the view says so): nothing to do.
    if (!reply?.ok || !root || root.dataset.view) return;
    root.dataset.view = FIRST_PAINT_VIEW;
    document.documentElement.lang = locale;
    root.replaceChildren(buildPaint(document, firstPaintTree(firstPaintModel(reply.value, labels))));
    // As the view's effects do (after the next frame): the page's facts are on screen.
    requestAnimationFrame(() =>
      setTimeout(() => {
        if (performance.getEntriesByName(POPUP_MARKS.pageFacts).length > 0) return;
        performance.mark(POPUP_MARKS.pageFacts);
        performance.mark(POPUP_MARKS.firstPaint);
      }),
    );
  });
});
