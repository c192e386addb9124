/**
 * The background's answer to `kb/details`, free of `browser.*` so unit tests drive it directly.
 * Messages of other families are not ours: `handle` returns undefined.
 *
 * The details of the world KB are over a megabyte of JSON: the build writes them to a packaged
 * file (KB_DETAILS_FILE, not web-accessible, so pages cannot probe it) and the background reads
 * it at the first card, instead of parsing it in every service-worker start.
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

/** The packaged file the build writes the card details to, relative to the extension's root. */
export const KB_DETAILS_FILE = 'kb-details.json';

/** What KB_DETAILS_FILE holds. */
export interface KbDetailsFile {
  details: Readonly<Record<string, KbDetails>>;
  /** Names of the KB entities that are an agreement's party ("wto"). */
  partyNames: Readonly<Record<string, string>>;
}

/** `load` is called once, at the first request; a failed load is retried at the next one. */
export function createKbDetailsRouter(load: () => Promise<KbDetailsFile>) {
  let loading: Promise<KbDetailsFile> | undefined;
  const loaded = () => {
    loading ??= load().catch((e: unknown) => {
      loading = undefined;
      throw e;
    });
    return loading;
  };
  async function answer(message: KbMessage): Promise<Result<unknown>> {
    try {
      const { details, partyNames } = await loaded();
      return ok(withPartyNames(detailsOf(details, message.ids), partyNames));
    } catch (e) {
      return err(`the knowledge base's card details could not be read: ${String(e)}`);
    }
  }
  return function handle(raw: unknown): Promise<Result<unknown>> | undefined {
    const type = typeof raw === 'object' && raw !== null ? (raw as { type?: unknown }).type : undefined;
    if (!isKbMessageType(type)) return undefined;
    const parsed = parseMessage(KbMessage, raw);
    return parsed.ok ? answer(parsed.value) : Promise.resolve(err(parsed.error, 'bad-message'));
  };
}
