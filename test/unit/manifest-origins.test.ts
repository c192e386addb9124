import { describe, expect, it } from 'vitest';
import { httpsWhereServed, manifestOrigins, webAccessibleOrigins } from '../../scripts/manifest-origins';

const PATTERNS = [
  '*://*.mfa.gov.cn/*',
  '*://*.china-embassy.org/*',
  '*://www.gov.uk/government/news/*',
  'http://127.0.0.1/*',
  'http://localhost/*',
];

describe('the origins a build declares', () => {
  it('keeps loopback hosts out of the store build and in the dev and test builds', () => {
    const shipped = manifestOrigins(PATTERNS, 'production');
    expect(shipped.some((p) => /127\.0\.0\.1|localhost/.test(p))).toBe(false);
    for (const mode of ['development', 'e2e'])
      expect(manifestOrigins(PATTERNS, mode)).toEqual(
        expect.arrayContaining(['http://127.0.0.1/*', 'http://localhost/*']),
      );
  });

  it('asks for https, except on the embassy domains that still serve plain http', () => {
    expect(manifestOrigins(PATTERNS, 'production')).toEqual([
      'https://*.mfa.gov.cn/*',
      '*://*.china-embassy.org/*',
      'https://www.gov.uk/government/news/*',
    ]);
    expect(httpsWhereServed('*://kr.china-embassy.org/*')).toBe('*://kr.china-embassy.org/*');
    expect(httpsWhereServed('*://china-embassy.org.evil.example/*')).toBe(
      'https://china-embassy.org.evil.example/*',
    );
    expect(httpsWhereServed('https://www.state.gov/*')).toBe('https://www.state.gov/*');
  });

  it('lets the content script’s sites load its files: all of https, and only the http sites it runs on', () => {
    expect(webAccessibleOrigins(manifestOrigins(PATTERNS, 'production'))).toEqual([
      'https://*/*',
      'http://*.china-embassy.org/*',
    ]);
    expect(webAccessibleOrigins(manifestOrigins(PATTERNS, 'e2e'))).toEqual([
      'https://*/*',
      'http://*.china-embassy.org/*',
      'http://127.0.0.1/*',
      'http://localhost/*',
    ]);
  });
});
