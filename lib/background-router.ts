/**
 * The background's archive and glossary message handling, free of `browser.*` so unit tests
 * drive it directly. Messages of other families (`sites/...`, `content/...`) are not ours:
 * `handle` returns undefined so another listener can answer them.
 */
import type { ArchiveStore } from './archive';
import { ArchiveError } from './archive';
import type { SaveInput } from './archive/schema';
import {
  ArchiveMessage,
  isArchiveMessageType,
  parseMessage,
  refusalFor,
  type ExtensionIdentity,
  type MessageSender,
} from './messages';
import { err, ok, type ErrorCode, type Result } from './model';
import type { PageAnalysis } from './page-analysis';

export interface RouterDeps {
  archive: () => Promise<ArchiveStore>;
  /** Asks the content script of a tab for its page analysis. */
  analysisOfTab: (tabId: number) => Promise<Result<PageAnalysis>>;
}

export function saveInputOf(analysis: PageAnalysis): SaveInput {
  return {
    url: analysis.url,
    readout: analysis.readout,
    entities: analysis.entities,
    participantKeys: analysis.participantKeys,
  };
}

export function createRouter(deps: RouterDeps) {
  return function handle(raw: unknown): Promise<Result<unknown>> | undefined {
    const type = typeof raw === 'object' && raw !== null ? (raw as { type?: unknown }).type : undefined;
    if (!isArchiveMessageType(type)) return undefined;
    const parsed = parseMessage(ArchiveMessage, raw);
    if (!parsed.ok) return Promise.resolve(err(parsed.error, 'bad-message'));
    return answer(parsed.value).catch((error: unknown) => err(describeError(error), errorCodeOf(error)));
  };

  async function answer(message: ArchiveMessage): Promise<Result<unknown>> {
    const store = await deps.archive();
    switch (message.type) {
      case 'archive/save':
        return ok(await store.save(message.input));
      case 'archive/save-tab': {
        const analysis = await deps.analysisOfTab(message.tabId);
        if (!analysis.ok) return err(`This tab has no readout to save (${analysis.error}).`, 'no-readout');
        return ok(await store.save(saveInputOf(analysis.value)));
      }
      case 'archive/get':
        return ok(await store.get(message.id));
      case 'archive/list':
        return ok(await store.list());
      case 'archive/is-saved':
        return ok(await store.isSaved(message.url));
      case 'archive/remove':
        return ok(await store.remove(message.id));
      case 'archive/restore':
        await store.restore(message.record);
        return ok(null);
      case 'archive/update':
        return ok(
          await store.update(message.id, {
            ...(message.tags ? { tags: message.tags } : {}),
            ...(message.note !== undefined ? { note: message.note } : {}),
          }),
        );
      case 'archive/related':
        return ok(await store.related(message.query));
      case 'archive/search':
        return ok(await store.search(message.filter));
      case 'archive/timeline':
        return ok(await store.timeline(message.by));
      case 'archive/facets':
        return ok(await store.facets());
      case 'archive/resolve-import':
        await store.resolveImport(message.choice);
        return ok(null);
      case 'archive/status':
        return ok(store.status());
      case 'archive/rebuild-index':
        await store.rebuildIndexes();
        return ok(null);
      case 'glossary/list':
        return ok(await store.glossary.list());
      case 'glossary/put':
        return ok(await store.glossary.put(message.entry));
      case 'glossary/remove':
        return ok(await store.glossary.remove(message.id));
    }
  }
}

/**
 * A `runtime.onMessage` listener around one service's `handle`: messages of the service's own
 * family (`owns`) that the sender may not send get an error reply (see `refusalFor`), the rest of
 * its family go to `handle`, and other families are left to their own listeners (a refusal from a
 * listener that does not own the message would win the race against the one that does). Every
 * listener of the background is wrapped, so no family is open to content scripts by being
 * forgotten. The background's own calls (context menu, keyboard command) call `handle` directly.
 */
export function guardedBySender(
  handle: (raw: unknown) => Promise<Result<unknown>> | undefined,
  extension: ExtensionIdentity,
  owns: (type: unknown) => boolean,
) {
  return (raw: unknown, sender: MessageSender): Promise<Result<unknown>> | undefined => {
    const type = typeof raw === 'object' && raw !== null ? (raw as { type?: unknown }).type : undefined;
    if (!owns(type)) return undefined;
    const refusal = refusalFor(raw, sender, extension);
    return refusal === null ? handle(raw) : Promise.resolve(err(refusal, 'refused'));
  };
}

/** The stable code of an error: an ArchiveError's own, anything else is unexpected. */
export function errorCodeOf(error: unknown): ErrorCode {
  return error instanceof ArchiveError ? error.code : 'internal';
}

/** The English text for logs: an ArchiveError's own message, otherwise the error's name and message. */
export function describeError(error: unknown): string {
  if (error instanceof ArchiveError) return error.message;
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}
