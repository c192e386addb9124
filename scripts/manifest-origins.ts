/**
 * Which origins the built manifest asks for (host permissions and content-script matches): the
 * ministry sites over https, plain http only for the older embassy and consulate domains that
 * still serve pages that way, and the loopback hosts of the sample pages and browser tests only
 * in builds that never ship (`wxt` dev mode and the `e2e` test build).
 */

/** Build modes that serve pages from this machine: the dev server and the browser-test build. */
export const LOOPBACK_MODES: ReadonlySet<string> = new Set(['development', 'e2e']);

/** Registrable domains whose pages are still served over plain http (Chinese missions abroad). */
const HTTP_DOMAINS = [
  'chineseembassy.org',
  'china-embassy.org',
  'china-consulate.org',
  'chineseconsulate.org',
];

const LOOPBACK = /^https?:\/\/(127\.0\.0\.1|localhost)\//;

export const isLoopbackPattern = (pattern: string): boolean => LOOPBACK.test(pattern);

function hostOf(pattern: string): string {
  return /^[^:]+:\/\/([^/]*)/.exec(pattern)?.[1] ?? '';
}

/** `*://host/path` → `https://host/path`, unless the host is one of the http-only domains. */
export function httpsWhereServed(pattern: string): string {
  if (!pattern.startsWith('*://')) return pattern;
  const host = hostOf(pattern).replace(/^\*\./, '');
  const httpStillServed = HTTP_DOMAINS.some((d) => host === d || host.endsWith(`.${d}`));
  return httpStillServed ? pattern : `https://${pattern.slice('*://'.length)}`;
}

/** The patterns a build of `mode` declares. */
export function manifestOrigins(patterns: readonly string[], mode: string): string[] {
  const loopback = LOOPBACK_MODES.has(mode);
  return [
    ...new Set(
      patterns
        .filter((p) => loopback || !isLoopbackPattern(p))
        .map((p) => (isLoopbackPattern(p) ? p : httpsWhereServed(p))),
    ),
  ];
}

/**
 * The origins that may load the content script's web-accessible files (the KB recognition
 * file): every origin the content script runs on, as `scheme://host/*`. The user can enable the
 * content script on any https site at run time, so that is all of https, plus the http-only
 * ministry domains among `contentMatches` (and loopback, where the build declares it).
 */
export function webAccessibleOrigins(contentMatches: readonly string[]): string[] {
  const httpOrigins = contentMatches
    .filter((p) => p.startsWith('http://') || p.startsWith('*://'))
    .map((p) => `http://${hostOf(p)}/*`);
  return [...new Set(['https://*/*', ...httpOrigins])];
}
