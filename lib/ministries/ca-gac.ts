/**
 * Canada: Global Affairs Canada. Its news lives on canada.ca under the department's own paths
 * (English and French), so the matches name those paths rather than all of canada.ca.
 */
import type { MinistrySite } from './types';

export const caGac: MinistrySite = {
  id: 'ca-gac',
  name: { en: 'Global Affairs Canada', native: 'Affaires mondiales Canada' },
  country: 'CA',
  timeZone: 'America/Toronto',
  languages: ['en', 'fr'],
  matches: [
    '*://*.international.gc.ca/*',
    '*://www.canada.ca/en/global-affairs/*',
    '*://www.canada.ca/fr/affaires-mondiales/*',
  ],
  markers: ['meta[name="dcterms.creator"][content*="Global Affairs Canada"]'],
  selectors: {
    title: ['h1#wb-cont', 'h1'],
    date: ['meta[name="dcterms.issued"]', 'time'],
    // A served news page splits its text over several .mwsgeneric-base-html blocks, the first of
    // them only the "From: Global Affairs Canada" byline: the body is the page's main part.
    body: ['main[property="mainContentOfPage"]', 'main .mwsgeneric-base-html', 'main .mwsbodytext', 'main'],
    chrome: ['#wb-dtmd', '.pagedetails', '.gc-prtts', '.gc-byline'],
    listing: ['.mwsfeeds', '.gc-nws-lst'],
  },
  testUrls: [
    'https://www.canada.ca/en/global-affairs/news/2023/07/minister-joly-meets-chinas-foreign-minister.html',
    'https://www.canada.ca/fr/affaires-mondiales/nouvelles/2023/07/la-ministre-joly-rencontre.html',
    'https://www.international.gc.ca/world-monde/index.aspx?lang=eng',
  ],
};
