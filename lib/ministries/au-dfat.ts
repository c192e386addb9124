/**
 * Australia: the Department of Foreign Affairs and Trade (dfat.gov.au) and the Foreign Minister's
 * own site (foreignminister.gov.au), where the ministerial readouts and media releases appear.
 */
import type { MinistrySite } from './types';
import { foreignMinisterAuthor } from './first-person';
import { leadParagraph } from './generic';
import { clean } from './text';

/** Where the minister's pages name the minister: the author meta tag, the site's name banner. */
const BYLINE = ['meta[name="author"]', '.field--name-field-minister', '.site-name'];

function byline(doc: Document): string {
  for (const selector of BYLINE) {
    const el = doc.querySelector(selector);
    const text = clean(el?.tagName === 'META' ? el.getAttribute('content') : el?.textContent);
    if (text) return text;
  }
  return '';
}

export const auDfat: MinistrySite = {
  id: 'au-dfat',
  name: { en: 'Department of Foreign Affairs and Trade', native: 'Department of Foreign Affairs and Trade' },
  country: 'AU',
  timeZone: 'Australia/Sydney',
  languages: ['en'],
  matches: ['*://*.dfat.gov.au/*', '*://*.foreignminister.gov.au/*'],
  markers: ['.field--name-field-release-date'],
  selectors: {
    title: ['h1.page-title', 'h1'],
    date: ['.field--name-field-release-date', '.date-display-single', 'time'],
    body: ['.field--name-body', '.node__content'],
    listing: ['.view-media-releases', '.views-row'],
  },
  // "Today I met Foreign Minister …": the readout names only the other side; the author is the minister.
  firstPersonAuthor: (doc, url, readout) =>
    readout.isReadout && !readout.participants.some((p) => p.country === 'AU')
      ? foreignMinisterAuthor(leadParagraph(readout.body), url, byline(doc), 'AU')
      : null,
  testUrls: [
    'https://www.foreignminister.gov.au/minister/penny-wong/media-release/meeting-foreign-minister-wang-yi',
    'https://www.dfat.gov.au/news/media-release/australia-japan-foreign-ministers-meeting',
  ],
};
