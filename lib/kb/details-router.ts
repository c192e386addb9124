/**
 * The background's answer to `kb/details`, free of `browser.*` so unit tests drive it directly.
 * Messages of other families are not ours: `handle` returns undefined.
 */
import { isKbMessageType, KbMessage, parseMessage } from '../messages';
import { err, ok, type Result } from '../model';
import type { KbDetails } from './schema';
import { detailsOf } from './split';

/** Parties that are KB entities ("wto") by their names; country codes stay codes. */
function withPartyNames(
  found: Record<string, KbDetails>,
  partyNames: Readonly<Record<string, string>>,
): Record<string, KbDetails> {
  for (const [id, details] of Object.entries(found))
    if (details.parties?.some((p) => Object.hasOwn(partyNames, p)))
      found[id] = { ...details, parties: details.parties.map((p) => partyNames[p] ?? p) };
  return found;
}

export function createKbDetailsRouter(
  details: Readonly<Record<string, KbDetails>>,
  partyNames: Readonly<Record<string, string>> = {},
) {
  return function handle(raw: unknown): Promise<Result<unknown>> | undefined {
    const type = typeof raw === 'object' && raw !== null ? (raw as { type?: unknown }).type : undefined;
    if (!isKbMessageType(type)) return undefined;
    const parsed = parseMessage(KbMessage, raw);
    if (!parsed.ok) return Promise.resolve(err(parsed.error, 'bad-message'));
    return Promise.resolve(ok(withPartyNames(detailsOf(details, parsed.value.ids), partyNames)));
  };
}
