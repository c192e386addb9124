/**
 * WebExtension match patterns (`*://*.state.gov/*`) as regular expressions, and the patterns
 * that cover one origin — the manifest and the URL detectors share one source.
 */

import { escapeRegExp as escapeRe } from './text';

/** A match pattern as a RegExp over full URLs, with the semantics browsers give it. */
export function matchPatternToRegExp(pattern: string): RegExp {
  const m = /^(\*|https?|file|ftp):\/\/([^/]*)(\/.*)$/.exec(pattern);
  if (!m) throw new Error(`not a match pattern: ${pattern}`);
  const [, scheme, host, path] = m as unknown as [string, string, string, string];
  const schemeRe = scheme === '*' ? 'https?' : escapeRe(scheme);
  let hostRe: string;
  if (host === '*') hostRe = '[^/:]+';
  else if (host.startsWith('*.')) hostRe = `(?:[^/:]+\\.)?${escapeRe(host.slice(2))}`;
  else hostRe = escapeRe(host);
  const pathRe = path.split('*').map(escapeRe).join('.*');
  return new RegExp(`^${schemeRe}://${hostRe}(?::\\d+)?${pathRe}$`, 'i');
}

/** Whether a URL falls under any of the patterns. */
export function urlMatches(url: string, patterns: readonly string[]): boolean {
  return patterns.some((p) => matchPatternToRegExp(p).test(url));
}

/**
 * The match pattern for one origin (`https://example.org` → `https://example.org/*`); null for
 * what is not a web origin. Ports are dropped: match patterns cannot name one.
 */
export function originToMatchPattern(origin: string): string | null {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (!url.hostname) return null;
  return `${url.protocol}//${url.hostname}/*`;
}

/** The origin of a URL (`https://example.org`), or null for non-web URLs. */
export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.origin : null;
  } catch {
    return null;
  }
}
