/** India MEA: mea.gov.in, in English and Hindi. Its date line reads "Page last updated on: DD/MM/YYYY". */
import type { MinistrySite } from './types';
import { isoDate } from './dates';

export const inMea: MinistrySite = {
  id: 'in-mea',
  name: { en: 'Ministry of External Affairs, India', native: 'विदेश मंत्रालय' },
  country: 'IN',
  timeZone: 'Asia/Kolkata',
  languages: ['en', 'hi'],
  matches: ['*://*.mea.gov.in/*'],
  markers: ['#innerContent .mea-title'],
  selectors: {
    title: ['.innerHead h2', '.mea-title', 'h1'],
    date: ['.date', '.innerHead .date'],
    body: ['#innerContent', '.innerContent'],
    chrome: ['.date', '.mea-title', '.socialShare'],
    listing: ['.listing-section', '.mea-list'],
  },
  // Indian pages write day before month: 26/11/2020.
  extract: (doc, readout) => {
    if (readout.date) return readout;
    const m = /(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(doc.querySelector('.date')?.textContent ?? '');
    return m ? { ...readout, date: isoDate(Number(m[3]), Number(m[2]), Number(m[1])) } : readout;
  },
  testUrls: [
    'https://www.mea.gov.in/press-releases.htm?dtl/33245/External_Affairs_Ministers_meeting_with_Foreign_Minister_of_Japan',
    'https://mea.gov.in/bilateral-documents.htm?dtl/1234/',
  ],
};
