/**
 * The background's answer to `kb/details`, free of `browser.*` so unit tests drive it directly.
 * Messages of other families are not ours: `handle` returns undefined.
 */
import { isKbMessageType, KbMessage, parseMessage } from '../messages';
import { err, ok, type Result } from '../model';
import type { KbDetails } from './schema';
import { detailsOf } from './split';

export function createKbDetailsRouter(details: Readonly<Record<string, KbDetails>>) {
  return function handle(raw: unknown): Promise<Result<unknown>> | undefined {
    const type = typeof raw === 'object' && raw !== null ? (raw as { type?: unknown }).type : undefined;
    if (!isKbMessageType(type)) return undefined;
    const parsed = parseMessage(KbMessage, raw);
    if (!parsed.ok) return Promise.resolve(err(parsed.error));
    return Promise.resolve(ok(detailsOf(details, parsed.value.ids)));
  };
}
