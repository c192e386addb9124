/** Germany: the Federal Foreign Office, auswaertiges-amt.de, in German and English. */
import type { MinistrySite } from './types';

export const deAa: MinistrySite = {
  id: 'de-aa',
  name: { en: 'Federal Foreign Office', native: 'Auswärtiges Amt' },
  country: 'DE',
  timeZone: 'Europe/Berlin',
  languages: ['de', 'en'],
  matches: ['*://*.auswaertiges-amt.de/*'],
  markers: ['.heading__title', '.rte__content'],
  selectors: {
    title: ['h1 .heading__title', '.heading__title'],
    date: ['.heading__meta', 'time'],
    body: ['.rte__content', '.c-rte--default'],
    listing: ['.c-teaser-list', '.teaserlist'],
  },
  testUrls: [
    'https://www.auswaertiges-amt.de/de/newsroom/baerbock-wang-yi-2601234',
    'https://www.auswaertiges-amt.de/en/newsroom/news/2601234',
  ],
};
