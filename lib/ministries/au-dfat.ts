/**
 * Australia: the Department of Foreign Affairs and Trade (dfat.gov.au) and the Foreign Minister's
 * own site (foreignminister.gov.au), where the ministerial readouts and media releases appear.
 */
import type { MinistrySite } from './types';

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
  testUrls: [
    'https://www.foreignminister.gov.au/minister/penny-wong/media-release/meeting-foreign-minister-wang-yi',
    'https://www.dfat.gov.au/news/media-release/australia-japan-foreign-ministers-meeting',
  ],
};
