/**
 * The background's answers to `sync/...` messages, free of `browser.*`. Only the extension's
 * own pages may ask: a content script (or any web page) gets a refusal, so a page can never
 * read the server address, test credentials or change where the archive syncs.
 */
import { isSyncMessageType, parseMessage, SyncMessage, type SyncTargetInput } from '../messages';
import { err, ok, type Result } from '../model';
import { testConnection, type ConnectionVerdict } from './connection';
import type { FetchLike } from './http';
import type { SyncService } from './service';
import { publicSettings, SyncTarget, type ArchiveName, type SyncSettings } from './settings';

export interface SyncRouterDeps {
  service: SyncService;
  loadSettings: () => Promise<SyncSettings>;
  storeSettings: (settings: SyncSettings) => Promise<void>;
  fetch: FetchLike;
  /** The extension's own origin + "/", e.g. chrome-extension://<id>/. */
  extensionBase: string;
}

export interface MessageSender {
  id?: string;
  url?: string;
}

/** True only for the extension's own pages (options, popup, archive), not content scripts. */
export function isExtensionPage(sender: MessageSender, extensionBase: string): boolean {
  return typeof sender.url === 'string' && sender.url.startsWith(extensionBase);
}

/** The stored target with the page's input; an empty password keeps the stored one. */
export function targetFromInput(input: SyncTargetInput, stored: SyncTarget | undefined) {
  const password = input.credentials.password || stored?.credentials.password || '';
  return SyncTarget.safeParse({ ...input, credentials: { ...input.credentials, password } });
}

export function createSyncRouter(deps: SyncRouterDeps) {
  return function handle(raw: unknown, sender: MessageSender): Promise<Result<unknown>> | undefined {
    const type = typeof raw === 'object' && raw !== null ? (raw as { type?: unknown }).type : undefined;
    if (!isSyncMessageType(type)) return undefined;
    if (!isExtensionPage(sender, deps.extensionBase))
      return Promise.resolve(
        err('Sync settings can be read and changed only from the extension’s own pages.', 'refused'),
      );
    const parsed = parseMessage(SyncMessage, raw);
    if (!parsed.ok) return Promise.resolve(err(parsed.error, 'bad-message'));
    return answer(parsed.value).catch((error: unknown) =>
      err(error instanceof Error ? error.message : String(error)),
    );
  };

  async function answer(message: SyncMessage): Promise<Result<unknown>> {
    switch (message.type) {
      case 'sync/get-settings':
        return ok(publicSettings(await deps.loadSettings()));
      case 'sync/save-settings': {
        const settings = await deps.loadSettings();
        const next: SyncSettings = { ...settings };
        if (message.target === null) delete next[message.name];
        else {
          const target = targetFromInput(message.target, settings[message.name]);
          if (!target.success) return err(firstIssue(target.error.issues), 'invalid-settings');
          next[message.name] = withPersonalRules(message.name, target.data);
        }
        await deps.storeSettings(next);
        deps.service.configure(next);
        return ok(publicSettings(next));
      }
      case 'sync/test': {
        const settings = await deps.loadSettings();
        const target = targetFromInput(message.target, settings[message.name]);
        if (!target.success) return err(firstIssue(target.error.issues), 'invalid-settings');
        const verdict: ConnectionVerdict = await testConnection(
          withPersonalRules(message.name, target.data),
          {
            fetch: deps.fetch,
          },
        );
        return ok(verdict);
      }
      case 'sync/state':
        return ok(deps.service.state());
      case 'sync/retry':
        deps.service.kick();
        return ok(deps.service.state());
      case 'sync/conflicts':
        return ok(await deps.service.conflicts());
      case 'sync/choose':
        await deps.service.choose(message.id, message.rev);
        return ok(null);
    }
  }
}

/** The personal database is always read-write and gets every readout. */
function withPersonalRules(name: ArchiveName, target: SyncTarget): SyncTarget {
  return name === 'personal' ? { ...target, access: 'read-write', shareOwn: true } : target;
}

function firstIssue(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  const issue = issues[0];
  return issue ? issue.message : 'These settings are not valid.';
}
