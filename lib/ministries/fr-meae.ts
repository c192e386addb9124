/** France: the Ministry for Europe and Foreign Affairs, diplomatie.gouv.fr, in French and English. */
import type { MinistrySite } from './types';

export const frMeae: MinistrySite = {
  id: 'fr-meae',
  name: {
    en: 'Ministry for Europe and Foreign Affairs',
    native: "Ministère de l'Europe et des Affaires étrangères",
  },
  country: 'FR',
  timeZone: 'Europe/Paris',
  languages: ['fr', 'en'],
  matches: ['*://*.diplomatie.gouv.fr/*'],
  markers: ['.article-header .date'],
  selectors: {
    title: ['.article-header h1', 'h1.titre'],
    date: ['.article-header .date', '.date'],
    body: ['.article-body', '.texte'],
    listing: ['.liste-articles', '.list-articles'],
  },
  testUrls: [
    'https://www.diplomatie.gouv.fr/fr/politique-etrangere-de-la-france/entretien-avec-son-homologue-japonais',
    'https://www.diplomatie.gouv.fr/en/french-foreign-policy/news/',
  ],
};
