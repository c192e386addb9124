/** The whole-page fixtures, readouts and listings per ministry template (test/fixtures/page-templates.json). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface PageTemplate {
  fixture: string;
  template: string;
  /** Selectors of the article's parts: title, dateline, body. */
  article: string[];
  /** Names that must be painted in the article. */
  participants: string[];
}

/** A news list in a ministry template's chrome: nothing painted, nothing listed. */
export interface ListingTemplate {
  fixture: string;
  template: string;
}

const parsed = JSON.parse(readFileSync(join(__dirname, 'fixtures', 'page-templates.json'), 'utf8')) as {
  pages: PageTemplate[];
  listings: ListingTemplate[];
};

export const PAGE_TEMPLATES: PageTemplate[] = parsed.pages;
export const LISTING_TEMPLATES: ListingTemplate[] = parsed.listings;
