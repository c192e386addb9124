/** EU EEAS: eeas.europa.eu (Drupal): statements and readouts of the High Representative. */
import type { MinistrySite } from './types';

export const euEeas: MinistrySite = {
  id: 'eu-eeas',
  name: { en: 'European External Action Service', native: 'European External Action Service' },
  country: 'EU',
  timeZone: 'Europe/Brussels',
  languages: ['en', 'fr'],
  matches: ['*://*.eeas.europa.eu/*'],
  markers: ['.node--type-press-material'],
  selectors: {
    title: ['h1.node__title', '.page-header h1'],
    date: ['.node__meta time', '.field--name-field-date time', 'time'],
    body: ['.node__content .field--name-body', '.field--name-body'],
    listing: ['.view-content .views-row'],
  },
  testUrls: [
    'https://www.eeas.europa.eu/eeas/china-high-representativevice-president-josep-borrell-holds-phone-call-foreign-minister-wang-yi_en',
    'https://www.eeas.europa.eu/_en',
  ],
};
