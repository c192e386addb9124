/**
 * First-person readouts on the Australian foreign minister's site ("Today I met Foreign Minister
 * …") name only the other side: the author joins them as a participant, resolved in the KB by
 * the office held on the page's date (by name when the URL or byline gives one).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { htmlDocument } from '../../scripts/page-file';
// Readability for unknown layouts (the content script loads it on demand).
import '../../lib/ministries';
import { analyzeArticle } from '../../lib/highlight/article-map';
import { analyzeDocument } from '../../lib/analyze';
import {
  nameFromByline,
  nameFromMinisterPath,
  writtenInFirstPerson,
} from '../../lib/ministries/first-person';
import { recognitionKb } from '../../lib/kb';
import { createRecognizer } from '../../lib/recognize';

const FIXTURE = join(__dirname, '..', 'fixtures', 'au-dfat', 'page.html');
const WONG_URL =
  'https://www.foreignminister.gov.au/minister/penny-wong/media-release/meeting-foreign-minister-viet-nam';
const recognizer = createRecognizer(recognitionKb());
const opened: (() => void)[] = [];
afterAll(() => opened.forEach((close) => close()));

/** The minister's whole-page fixture, edited: its date, its banner, its opening paragraph. */
function page(url: string, edit: { date?: string; banner?: string | null; lead?: string } = {}): Document {
  const { document: doc, close } = htmlDocument(readFileSync(FIXTURE, 'utf8'), url);
  opened.push(close);
  if (edit.date) {
    const time = doc.querySelector('.field--name-field-release-date time')!;
    time.setAttribute('datetime', `${edit.date}T12:00:00Z`);
    time.textContent = edit.date;
  }
  if (edit.banner === null) doc.querySelector('.site-name')?.remove();
  else if (edit.banner) doc.querySelector('.site-name')!.textContent = edit.banner;
  if (edit.lead) doc.querySelector('.field--name-body p')!.textContent = edit.lead;
  return doc;
}

describe('first person', () => {
  it.each([
    'Today I met Foreign Minister Bui Thanh Son of Viet Nam in Melbourne.',
    'I spoke with Foreign Minister Sugiono of Indonesia this evening.',
    'This morning, I welcomed Foreign Minister Ito to Canberra.',
    'I was pleased to meet Minister Ito in Tokyo today.',
    'We met in Jakarta. I also held talks with the Vice President.',
  ])('writes in the first person: %s', (lead) => expect(writtenInFirstPerson(lead)).toBe(true));

  it.each([
    'Foreign Minister Penny Wong met Indonesian Foreign Minister Sugiono in Canberra today.',
    '“I welcome this step,” the Minister said after meeting Foreign Minister Sugiono.',
    'The Prime Minister said I would travel to Jakarta.',
    'Minister Wong met the members of the Youth Initiative (I) programme.',
  ])('does not: %s', (lead) => expect(writtenInFirstPerson(lead)).toBe(false));

  it('reads the minister from the URL path and from a byline', () => {
    expect(nameFromMinisterPath(WONG_URL)).toBe('Penny Wong');
    expect(nameFromMinisterPath('https://www.foreignminister.gov.au/minister/marise-payne/speech/x')).toBe(
      'Marise Payne',
    );
    expect(nameFromMinisterPath('https://www.dfat.gov.au/news/media-release/meeting')).toBeUndefined();
    expect(nameFromByline('Senator the Hon Penny Wong, Minister for Foreign Affairs')).toEqual({
      name: 'Penny Wong',
      title: 'Minister for Foreign Affairs',
    });
    expect(nameFromByline('The Hon Julie Bishop MP')).toEqual({ name: 'Julie Bishop' });
  });
});

describe('the author as the other participant', () => {
  it('Penny Wong (from the URL) joins Bui Thanh Son, resolved to her KB entry', () => {
    const { readout, recognition, authorKey } = analyzeArticle(page(WONG_URL), WONG_URL, recognizer);
    expect(readout.participants.map((p) => p.name)).toEqual(['Penny Wong', 'Bui Thanh Son']);
    expect(readout.participants[0]).toEqual({
      name: 'Penny Wong',
      title: 'Minister for Foreign Affairs',
      country: 'AU',
    });
    expect(authorKey).toBe('penny-wong');
    const wong = recognition.entities.find((e) => e.key === 'penny-wong');
    expect(wong).toMatchObject({
      id: 'penny-wong',
      kind: 'official',
      mentions: 0,
      role: 'Minister for Foreign Affairs',
    });
    // Her name is not in the article: nothing is painted for her.
    expect(recognition.mentions.some((m) => m.key === 'penny-wong')).toBe(false);
  });

  it('no name on the page: the KB names whoever held the office on the date (2016: Julie Bishop)', () => {
    const url = 'https://www.dfat.gov.au/news/media-release/meeting-foreign-minister-viet-nam';
    const doc = page(url, { date: '2016-03-06', banner: null });
    const { readout, authorKey } = analyzeArticle(doc, url, recognizer);
    expect(readout.date).toBe('2016-03-06');
    expect(readout.participants[0]).toMatchObject({ name: 'Julie Bishop', country: 'AU' });
    expect(authorKey).toBe('julie-bishop');
  });

  it('the same page dated 2020 names Marise Payne', () => {
    const url = 'https://www.dfat.gov.au/news/media-release/meeting-foreign-minister-viet-nam';
    const { readout } = analyzeArticle(page(url, { date: '2020-03-06', banner: null }), url, recognizer);
    expect(readout.participants[0]?.name).toBe('Marise Payne');
  });

  it('the byline names the author when the URL does not', () => {
    const url = 'https://www.dfat.gov.au/news/media-release/meeting-foreign-minister-viet-nam';
    const doc = page(url, {
      date: '2020-03-06',
      banner: 'Senator the Hon Marise Payne, Minister for Foreign Affairs',
    });
    const { readout } = analyzeArticle(doc, url, recognizer);
    expect(readout.participants[0]?.name).toBe('Marise Payne');
  });

  it('a minister the KB does not know keeps the page’s name and office', () => {
    const url = 'https://www.foreignminister.gov.au/minister/jane-doe-smith/media-release/meeting';
    const { readout, authorKey } = analyzeArticle(page(url), url, recognizer);
    expect(readout.participants[0]).toEqual({
      name: 'Jane Doe Smith',
      title: 'Minister for Foreign Affairs',
      country: 'AU',
    });
    expect(authorKey).toBe('pattern:jane doe smith');
  });

  it('a third-person readout names both sides itself: no author is added', () => {
    const lead =
      'Foreign Minister Penny Wong met Foreign Minister Bui Thanh Son of Viet Nam in Melbourne today.';
    const { readout, authorKey } = analyzeArticle(page(WONG_URL, { lead }), WONG_URL, recognizer);
    expect(readout.participants.map((p) => p.name)).toEqual(['Penny Wong', 'Bui Thanh Son']);
    expect(authorKey).toBeNull();
  });

  it('the analyze command lists the author too', () => {
    const { readout, entities } = analyzeDocument(page(WONG_URL), WONG_URL, recognizer);
    expect(readout.participants[0]?.name).toBe('Penny Wong');
    expect(entities.some((e) => e.id === 'penny-wong')).toBe(true);
  });
});
