/**
 * Russia MID: mid.ru in English and Russian. Pages carry a timestamp ("17 July 2020 18:33") and,
 * on the new site, a document number ("229-12-02-2022") that is not a paragraph of the text.
 */
import type { MinistrySite } from './types';

export const ruMid: MinistrySite = {
  id: 'ru-mid',
  name: {
    en: 'Ministry of Foreign Affairs of the Russian Federation',
    native: 'Министерство иностранных дел Российской Федерации',
  },
  country: 'RU',
  timeZone: 'Europe/Moscow',
  languages: ['ru', 'en'],
  matches: ['*://*.mid.ru/*'],
  markers: ['.announce__date', '.text.article-content'],
  textMarkers: /Additional materials\s*\/?\s*Advanced settings|en-GB1\s+ru-RU1/,
  selectors: {
    title: ['h1.page-title', '.announce__title', 'h1'],
    date: ['.announce__date', '.text-date', '.date'],
    body: ['.text.article-content', '.article-content', '.announce__text'],
    chrome: ['.announce__date', '.document-number'],
    listing: ['.announce__list', '.announce__item'],
  },
  extract: (_doc, readout) => ({
    ...readout,
    body: readout.body.filter((p) => !/^\d{2,4}-\d{2}-\d{2}-\d{4}$/.test(p)),
  }),
  testUrls: [
    'https://www.mid.ru/en_GB/foreign_policy/news/-/asset_publisher/cKNonkJE02Bw/content/id/4238866',
    'https://mid.ru/en/foreign_policy/news/1841234/',
    'https://mid.ru/ru/foreign_policy/news/1841234/',
  ],
};
