/**
 * The content script's page reading without Readability (lib/ministries/pages): a known body
 * container needs none; a layout no site file knows asks for it (ReadabilityNotLoaded) until it
 * is provided, then gets Readability's body.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Readability } from '@mozilla/readability';
import { htmlDocument } from '../../scripts/page-file';
import { extractReadout } from '../../lib/ministries/pages';
import { provideReadability, ReadabilityNotLoaded, hasReadability } from '../../lib/ministries/readability';

const fixture = (name: string) => readFileSync(join(__dirname, '..', 'fixtures', 'pages', name), 'utf8');

describe('Readability provided on demand', () => {
  it('reads a known container without it, and asks for it on an unknown layout until provided', () => {
    expect(hasReadability()).toBe(false);
    const known = htmlDocument(fixture('dynamic.html'), 'http://127.0.0.1/pages/dynamic.html');
    expect(extractReadout('http://127.0.0.1/pages/dynamic.html', known.document).body[0]).toMatch(
      /^On June 2, 2024/,
    );
    known.close();

    const url = 'http://127.0.0.1/pages/unknown-layout.html';
    const unknown = htmlDocument(fixture('unknown-layout.html'), url);
    expect(() => extractReadout(url, unknown.document)).toThrow(ReadabilityNotLoaded);
    provideReadability(Readability);
    const body = extractReadout(url, unknown.document).body;
    expect(body[0]).toMatch(/^On May 13, 2024, Foreign Minister Wang Yi/);
    expect(body.join(' ')).not.toContain('Mao Ning');
    unknown.close();
  });
});
