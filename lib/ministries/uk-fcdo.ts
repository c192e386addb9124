/**
 * UK FCDO on gov.uk. gov.uk is shared by every department, so the matches are limited to the
 * paths where FCDO publishes readouts and speeches (`/government/news/*`,
 * `/government/speeches/*`) and its organisation page, and a page counts only when its metadata names FCDO as publisher.
 */
import type { MinistrySite } from './types';

const FCDO_LINK = 'a[href*="/government/organisations/foreign-commonwealth-development-office"]';

export const ukFcdo: MinistrySite = {
  id: 'uk-fcdo',
  name: {
    en: 'Foreign, Commonwealth & Development Office',
    native: 'Foreign, Commonwealth & Development Office',
  },
  country: 'GB',
  timeZone: 'Europe/London',
  languages: ['en'],
  matches: [
    '*://www.gov.uk/government/news/*',
    '*://www.gov.uk/government/speeches/*',
    '*://www.gov.uk/government/organisations/foreign-commonwealth-development-office*',
  ],
  markers: [`.gem-c-metadata ${FCDO_LINK}`],
  selectors: {
    title: ['h1.gem-c-title__text', '.gem-c-title h1'],
    date: ['meta[name="govuk:first-published-at"]', '.gem-c-metadata'],
    body: ['.gem-c-govspeak', '.govuk-govspeak'],
    lead: ['.gem-c-lead-paragraph', '.govuk-lead-paragraph'],
    listing: ['.gem-c-document-list'],
  },
  detect: (doc, _url, generic) =>
    generic !== 'listing' && !doc.querySelector(FCDO_LINK) ? 'other' : undefined,
  testUrls: [
    'https://www.gov.uk/government/news/foreign-secretary-meets-the-foreign-minister-of-japan',
    'https://www.gov.uk/government/speeches/foreign-secretary-speech-at-the-un-security-council',
  ],
};
