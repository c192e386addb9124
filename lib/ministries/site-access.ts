/**
 * The pure half of "enable this site": which origins the user turned on, the content-script
 * registrations they need, and a URL's status. The background (`entrypoints/background/
 * site-access.ts`) applies the result with `browser.scripting` and `browser.permissions`.
 */
import * as z from 'zod/mini';
import { ministryForUrl } from './url-rules';
import { originOf, originToMatchPattern, urlMatches } from './match-pattern';

/** The stored list: origins such as `https://example.org`, sorted, no duplicates. */
export const EnabledSites = z.array(z.string());
export type EnabledSites = z.infer<typeof EnabledSites>;

export interface SiteStatus {
  /** Registry id of the ministry serving the URL, or null. */
  ministry: string | null;
  /** Covered by the manifest's own matches: nothing to enable. */
  builtIn: boolean;
  /** Whether the content script runs there (built in, or enabled by the user). */
  enabled: boolean;
}

/** Prefix of our dynamic content-script ids, so we never touch another registration. */
export const SCRIPT_ID_PREFIX = 'readout-lens-site:';

export const scriptIdFor = (origin: string) => `${SCRIPT_ID_PREFIX}${origin}`;
export const originOfScriptId = (id: string): string | null =>
  id.startsWith(SCRIPT_ID_PREFIX) ? id.slice(SCRIPT_ID_PREFIX.length) : null;

/**
 * Whether the manifest already covers the URL. The caller passes the built manifest's own content-script
 * matches: the store build has no loopback matches, so a loopback page there is a site like any other
 * (enabled by the user), while the dev and e2e builds cover it.
 */
export function isBuiltIn(url: string, manifestMatches: readonly string[]): boolean {
  return urlMatches(url, manifestMatches);
}

/** The list with the origin added (normalized to `scheme://host`); unchanged for non-web origins. */
export function withSite(list: readonly string[], origin: string): string[] {
  const normalized = originOf(origin);
  return normalized ? [...new Set([...list, normalized])].sort() : [...list];
}

export function withoutSite(list: readonly string[], origin: string): string[] {
  const normalized = originOf(origin);
  return list.filter((o) => o !== normalized);
}

export function siteStatus(
  url: string,
  enabledOrigins: readonly string[],
  manifestMatches: readonly string[],
): SiteStatus {
  const builtIn = isBuiltIn(url, manifestMatches);
  const origin = originOf(url);
  return {
    ministry: ministryForUrl(url)?.id ?? null,
    builtIn,
    enabled: builtIn || (origin !== null && enabledOrigins.includes(origin)),
  };
}

/** A dynamic content-script registration for one origin, in `scripting.registerContentScripts` form. */
export function registrationFor(origin: string, js: string[]) {
  const pattern = originToMatchPattern(origin);
  if (!pattern) throw new Error(`not a web origin: ${origin}`);
  return {
    id: scriptIdFor(origin),
    matches: [pattern],
    js,
    runAt: 'document_idle' as const,
    persistAcrossSessions: true,
  };
}

/** What to register and unregister so the registrations match the wanted origins. */
export function reconcile(
  registeredIds: readonly string[],
  wantedOrigins: readonly string[],
): { register: string[]; unregister: string[] } {
  const registered = new Set(registeredIds.map(originOfScriptId).filter((o): o is string => o !== null));
  return {
    register: wantedOrigins.filter((o) => !registered.has(o)),
    unregister: [...registered].filter((o) => !wantedOrigins.includes(o)).map(scriptIdFor),
  };
}
