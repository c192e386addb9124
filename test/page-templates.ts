/** The whole-page fixtures, one per ministry template (test/fixtures/page-templates.json). */
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

export const PAGE_TEMPLATES: PageTemplate[] = (
  JSON.parse(readFileSync(join(__dirname, 'fixtures', 'page-templates.json'), 'utf8')) as {
    pages: PageTemplate[];
  }
).pages;
