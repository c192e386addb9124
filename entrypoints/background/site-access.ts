/**
 * Sites outside the registry, enabled one by one: answers `sites/enable`, `sites/disable` and
 * `sites/status`, keeps the enabled origins in `storage.local`, and keeps the dynamic
 * content-script registrations in step with them (and with permissions the user revoked in the
 * browser's own settings).
 */
import browser from 'webextension-polyfill';
import { isSitesMessageType, parseMessage, SitesMessage } from '../../lib/messages';
import { err, ok, type Result } from '../../lib/model';
import { originOf, originToMatchPattern } from '../../lib/ministries/match-pattern';
import {
  EnabledSites,
  isBuiltIn,
  reconcile,
  registrationFor,
  siteStatus,
  withoutSite,
  withSite,
} from '../../lib/ministries/site-access';
import * as z from 'zod/mini';
import { guardedBySender } from '../../lib/background-router';
import { extensionIdentity } from './identity';

const STORAGE_KEY = 'enabledSites';
/** The content script as WXT emits it for `entrypoints/content/`. */
const CONTENT_SCRIPT_FILES = ['content-scripts/content.js'];

async function loadSites(): Promise<string[]> {
  const stored = (await browser.storage.local.get(STORAGE_KEY))[STORAGE_KEY];
  const parsed = z.safeParse(EnabledSites, stored ?? []);
  return parsed.success ? parsed.data : [];
}

/** The content-script matches this build declares (the store build has no loopback hosts). */
const manifestMatches = (): string[] =>
  (browser.runtime.getManifest().content_scripts ?? []).flatMap((script) => script.matches ?? []);

const saveSites = (sites: string[]) => browser.storage.local.set({ [STORAGE_KEY]: sites });

const hasPermission = (origin: string) => {
  const pattern = originToMatchPattern(origin);
  return pattern ? browser.permissions.contains({ origins: [pattern] }) : Promise.resolve(false);
};

/** Brings the registrations in line with the stored list, dropping origins whose permission is gone. */
async function syncRegistrations(): Promise<void> {
  const stored = await loadSites();
  const granted: string[] = [];
  for (const origin of stored) if (await hasPermission(origin)) granted.push(origin);
  if (granted.length !== stored.length) await saveSites(granted);
  const registered = (await browser.scripting.getRegisteredContentScripts()).map((s) => s.id);
  const { register, unregister } = reconcile(registered, granted);
  if (unregister.length) await browser.scripting.unregisterContentScripts({ ids: unregister });
  if (register.length) {
    await browser.scripting.registerContentScripts(
      register.map((o) => registrationFor(o, CONTENT_SCRIPT_FILES)),
    );
  }
}

async function enable(rawOrigin: string): Promise<Result<null>> {
  const origin = originOf(rawOrigin);
  if (!origin) return err(`not a web origin: ${rawOrigin}`, 'not-web-origin');
  if (isBuiltIn(`${origin}/`, manifestMatches())) return ok(null);
  if (!(await hasPermission(origin)))
    return err(`no permission for ${origin}: request it from the popup first`, 'no-permission');
  await saveSites(withSite(await loadSites(), origin));
  await syncRegistrations();
  return ok(null);
}

async function disable(rawOrigin: string): Promise<Result<null>> {
  const origin = originOf(rawOrigin);
  if (!origin) return err(`not a web origin: ${rawOrigin}`, 'not-web-origin');
  await saveSites(withoutSite(await loadSites(), origin));
  await syncRegistrations();
  const pattern = originToMatchPattern(origin);
  if (pattern && !isBuiltIn(`${origin}/`, manifestMatches()))
    await browser.permissions.remove({ origins: [pattern] });
  return ok(null);
}

async function answer(message: SitesMessage): Promise<Result<unknown>> {
  switch (message.type) {
    case 'sites/enable':
      return enable(message.origin);
    case 'sites/disable':
      return disable(message.origin);
    case 'sites/status':
      return ok(siteStatus(message.url, await loadSites(), manifestMatches()));
  }
}

function handle(raw: unknown): Promise<Result<unknown>> | undefined {
  const type = typeof raw === 'object' && raw !== null ? (raw as { type?: unknown }).type : undefined;
  if (!isSitesMessageType(type)) return undefined;
  const parsed = parseMessage(SitesMessage, raw);
  if (!parsed.ok) return Promise.resolve(err(parsed.error, 'bad-message'));
  return answer(parsed.value).catch((error: unknown) =>
    err(error instanceof Error ? error.message : String(error), 'internal'),
  );
}

export function startSiteAccessService(): void {
  // Site access is a setting: only the popup and the archive page may change or read it.
  browser.runtime.onMessage.addListener(guardedBySender(handle, extensionIdentity(), isSitesMessageType));
  // Permissions revoked in the browser's settings take their registrations with them.
  browser.permissions.onRemoved.addListener(() => void syncRegistrations().catch(() => undefined));
  void syncRegistrations().catch(() => undefined);
}
