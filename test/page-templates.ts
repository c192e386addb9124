/** The whole-page fixtures, readouts, listings and transcripts per ministry template (test/fixtures/page-templates.json). */
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

/** A press conference or briefing in a ministry template's chrome: painted only in the article. */
export interface TranscriptTemplate {
  fixture: string;
  template: string;
  /** Selectors of the article's parts: title, dateline, body. */
  article: string[];
  /** Names that must be painted in the article. */
  painted: string[];
}

const parsed = JSON.parse(readFileSync(join(__dirname, 'fixtures', 'page-templates.json'), 'utf8')) as {
  pages: PageTemplate[];
  listings: ListingTemplate[];
  transcripts: TranscriptTemplate[];
};

export const PAGE_TEMPLATES: PageTemplate[] = parsed.pages;
export const LISTING_TEMPLATES: ListingTemplate[] = parsed.listings;
export const TRANSCRIPT_TEMPLATES: TranscriptTemplate[] = parsed.transcripts;
