/**
 * Which ministry serves a URL, by the registry's match patterns. Kept apart from the extractors
 * so the background (site status) does not bundle them.
 */
import type { MinistrySite } from './types';
import { MINISTRIES } from './registry';
import { matchPatternToRegExp } from './match-pattern';

const URL_RULES: { site: MinistrySite; patterns: RegExp[] }[] = MINISTRIES.map((site) => ({
  site,
  patterns: site.matches.map(matchPatternToRegExp),
}));

/** The ministry whose site serves this URL, by the registry's match patterns. */
export function ministryForUrl(url: string | null): MinistrySite | null {
  if (!url) return null;
  return URL_RULES.find(({ patterns }) => patterns.some((p) => p.test(url)))?.site ?? null;
}
