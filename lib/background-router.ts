/**
 * The background's message handling, free of `browser.*` so unit tests drive it directly.
 */
import type { ArchiveStore } from './archive';
import { ToBackground, parseMessage } from './messages';
import { err, ok, type Result } from './model';

export function createRouter(archive: () => Promise<ArchiveStore>) {
  return async function handle(raw: unknown): Promise<Result<unknown>> {
    const parsed = parseMessage(ToBackground, raw);
    if (!parsed.ok) return err(parsed.error);
    const message = parsed.value;
    try {
      const store = await archive();
      switch (message.type) {
        case 'archive/save':
          return ok(await store.save(message.input));
        case 'archive/get':
          return ok(await store.get(message.id));
        case 'archive/list':
          return ok(await store.list());
        case 'archive/remove':
          await store.remove(message.id);
          return ok(null);
        case 'archive/related':
          return ok(await store.related(message.query));
      }
    } catch (error) {
      return err(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
    }
  };
}
