/**
 * The place a page's dateline gives, for readouts whose opening sentence names none: Global
 * Affairs Canada's "date - city, province - department" line and France's "Paris, le …" line, in
 * each ministry's page shape (the whole-page fixtures' DOM, with text of our own).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { htmlDocument } from '../../scripts/page-file';
import { extractReadout } from '../../lib/ministries';
import { datelinePlace } from '../../lib/ministries/dateline';

const FIXTURES = join(__dirname, '..', 'fixtures');
const opened: (() => void)[] = [];
afterAll(() => opened.forEach((close) => close()));

/** A whole-page fixture with its article body's paragraphs (and optionally its date line) replaced. */
function pageWith(fixture: string, edit: (doc: Document) => void): Document {
  const expected = JSON.parse(
    readFileSync(join(FIXTURES, fixture.replace(/\.html$/, '.expected.json')), 'utf8'),
  ) as {
    url: string;
  };
  const page = htmlDocument(readFileSync(join(FIXTURES, fixture), 'utf8'), expected.url);
  opened.push(page.close);
  edit(page.document);
  return page.document;
}

function paragraphs(doc: Document, container: string, texts: string[]) {
  const el = doc.querySelector(container)!;
  el.replaceChildren(
    ...texts.map((text) => {
      const p = doc.createElement('p');
      p.textContent = text;
      return p;
    }),
  );
}

const CA_URL =
  'https://www.canada.ca/en/global-affairs/news/2025/01/minister-joly-speaks-with-indonesias-foreign-minister-sugiono.html';

describe('datelinePlace', () => {
  it.each([
    ['January 22, 2025 - Ottawa, Ontario - Global Affairs Canada', 'Ottawa, Ontario'],
    ['March 3, 2024 – Toronto, Ontario – Global Affairs Canada', 'Toronto, Ontario'],
    ['Le 22 janvier 2025 – Ottawa (Ontario) – Affaires mondiales Canada', 'Ottawa (Ontario)'],
    ['Paris, le 3 mai 2024', 'Paris'],
    ['Paris, 20 février 2025', 'Paris'],
    ['New Delhi, May 3, 2024', 'New Delhi'],
    ['Port of Spain, 12 June 2023 - Ministry of Foreign Affairs', 'Port of Spain'],
    ['Saint-Jean-sur-Richelieu, Quebec, 4 April 2024', 'Saint-Jean-sur-Richelieu, Quebec'],
    ['PARIS, le 3 mai 2024 – Le ministre a reçu son homologue.', 'PARIS'],
  ])('%s → %s', (line, place) => {
    expect(datelinePlace(line)).toBe(place);
  });

  it.each([
    'Updated: September 12, 2024 18:30',
    'Monday, May 3, 2024',
    'Lundi, 3 mai 2024',
    'May 3, 2024',
    'January 22, 2025 - Statement - Global Affairs Canada',
    'From: Global Affairs Canada',
    'In Paris, on 3 May 2024, the ministers discussed trade and the war in Ukraine at length.',
    'The ministers met on May 3, 2024 - Ottawa was chosen as the venue.',
    'Minister Joly met Foreign Minister Sugiono, May 3, 2024 in Jakarta.',
  ])('not a dateline with a place: %s', (line) => {
    expect(datelinePlace(line)).toBeNull();
  });
});

describe('place from the dateline on a ministry page', () => {
  it('Global Affairs Canada: the dateline paragraph above the lead', () => {
    const doc = pageWith('ca-gac/page.html', (d) =>
      paragraphs(d, 'main .mwsgeneric-base-html', [
        'January 22, 2025 - Ottawa, Ontario - Global Affairs Canada',
        'Minister of Foreign Affairs Mélanie Joly spoke today with Indonesian Foreign Minister Sugiono.',
        'The two ministers talked about fisheries and about a trade agreement.',
      ]),
    );
    const readout = extractReadout(CA_URL, doc);
    expect(readout.pageKind).toBe('readout');
    expect(readout.place).toBe('Ottawa, Ontario');
  });

  it('Affaires mondiales Canada: the French dateline', () => {
    const doc = pageWith('ca-gac/page.html', (d) => {
      d.documentElement.lang = 'fr';
      paragraphs(d, 'main .mwsgeneric-base-html', [
        'Le 22 janvier 2025 – Ottawa (Ontario) – Affaires mondiales Canada',
        "La ministre des Affaires étrangères, Mélanie Joly, s'est entretenue aujourd'hui avec le ministre des Affaires étrangères de l'Indonésie, Sugiono.",
      ]);
    });
    const readout = extractReadout(
      CA_URL.replace('/en/global-affairs/news/', '/fr/affaires-mondiales/nouvelles/'),
      doc,
    );
    expect(readout.place).toBe('Ottawa (Ontario)');
  });

  it('the opening sentence’s place wins over the dateline (where they met, not where it was issued)', () => {
    const doc = pageWith('ca-gac/page.html', (d) =>
      paragraphs(d, 'main .mwsgeneric-base-html', [
        'January 22, 2025 - Ottawa, Ontario - Global Affairs Canada',
        'Minister of Foreign Affairs Mélanie Joly met today with Indonesian Foreign Minister Sugiono in Jakarta.',
      ]),
    );
    expect(extractReadout(CA_URL, doc).place).toBe('Jakarta');
  });

  it('France: "Paris, le …" in the article header’s date line', () => {
    const doc = pageWith('fr-meae/page.html', (d) => {
      d.querySelector('.article-header .date')!.textContent = 'Paris, le 3 mai 2024';
      paragraphs(d, '.article-body', [
        "Le ministre de l'Europe et des affaires étrangères, Jean-Noël Barrot, s'est entretenu par téléphone avec son homologue indonésien, Sugiono.",
      ]);
    });
    const readout = extractReadout(
      'https://www.diplomatie.gouv.fr/fr/dossiers-pays/indonesie/evenements/article/entretien-telephonique',
      doc,
    );
    expect(readout.pageKind).toBe('readout');
    expect(readout.place).toBe('Paris');
  });

  it('France: a dateline opening the body when the header has only the date', () => {
    const doc = pageWith('fr-meae/page.html', (d) => {
      d.querySelector('.article-header .date')!.textContent = '3 mai 2024';
      paragraphs(d, '.article-body', [
        'New York, le 3 mai 2024',
        "Le ministre de l'Europe et des affaires étrangères, Jean-Noël Barrot, s'est entretenu avec son homologue indonésien, Sugiono.",
      ]);
    });
    const readout = extractReadout(
      'https://www.diplomatie.gouv.fr/fr/dossiers-pays/indonesie/evenements/article/entretien',
      doc,
    );
    expect(readout.place).toBe('New York');
  });

  it('no dateline, no place named: still null', () => {
    const doc = pageWith('ca-gac/page.html', () => {});
    expect(extractReadout(CA_URL, doc).place).toBeNull();
  });
});
