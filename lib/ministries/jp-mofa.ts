/**
 * Japan MOFA: mofa.go.jp in English and Japanese. Pages open with a section label, the title,
 * and a date line ("February 11, 2022", "令和4年2月11日"); their numbered points are list items.
 */
import type { MinistrySite } from './types';

export const jpMofa: MinistrySite = {
  id: 'jp-mofa',
  name: { en: 'Ministry of Foreign Affairs of Japan', native: '外務省' },
  country: 'JP',
  timeZone: 'Asia/Tokyo',
  languages: ['ja', 'en'],
  matches: ['*://*.mofa.go.jp/*'],
  markers: ['#maincontents .title2', '#maincontents .rightalign'],
  selectors: {
    title: ['#maincontents h1', '.main-title h1', '.title2 h1'],
    date: ['#maincontents .rightalign', '.date', 'p.rightalign'],
    body: ['#maincontents .main-section', '#maincontents .text', '#maincontents'],
    chrome: ['.rightalign', '.title2', '.photo', '.related-links', '.pagetop'],
    listing: ['.list-press', 'ul.link_list', '.press-list'],
  },
  testUrls: [
    'https://www.mofa.go.jp/na/na1/us/page6e_000271.html',
    'https://www.mofa.go.jp/mofaj/na/na1/us/page1_001234.html',
    'https://www.mofa.go.jp/press/release/202202_index.html',
  ],
};
