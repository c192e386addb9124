/**
 * The background's answers to `meetings/...`, free of `browser.*` so unit tests drive it with a
 * real archive store. Messages of other families are not ours: `handle` returns undefined.
 */
import type { ArchiveStore, ArchivedReadout } from '../archive';
import { normalizeUrl } from '../archive/schema';
import { shiftDay } from '../ministries/dates';
import { parseMessage } from '../messages';
import { err, ok, type Result } from '../model';
import {
  groupMeetings,
  meetingDay,
  meetingKind,
  ministryCountry,
  sameMeeting,
  type ComparableReadout,
} from './meeting';
import {
  compareQuery,
  isMeetingsMessageType,
  MeetingsMessage,
  type MeetingGroup,
  type MeetingReport,
} from './messages';

export function reportOf(r: ArchivedReadout): MeetingReport {
  return {
    id: r.id,
    url: r.url,
    title: r.readout.title,
    date: r.readout.date,
    ministry: r.readout.ministry,
    country: ministryCountry(r.readout.ministry),
    language: r.readout.language,
  };
}

/** The archived readouts that could report the page's meeting: those of adjacent days, when the page has a full date. */
async function candidates(store: ArchiveStore, page: ComparableReadout): Promise<ArchivedReadout[]> {
  const day = meetingDay(page.readout);
  if (!day?.iso) return store.list();
  const found = await store.search({ from: shiftDay(day.iso, -1), to: shiftDay(day.iso, 1), limit: 1000 });
  const records = await Promise.all(found.items.map((s) => store.get(s.id)));
  return records.filter((r): r is ArchivedReadout => r !== null);
}

export async function otherReports(store: ArchiveStore, page: ComparableReadout): Promise<MeetingReport[]> {
  const self = page.url ? normalizeUrl(page.url) : null;
  return (await candidates(store, page))
    .filter((r) => normalizeUrl(r.url) !== self && sameMeeting(page, r))
    .map(reportOf);
}

export async function meetingGroups(store: ArchiveStore): Promise<MeetingGroup[]> {
  const all = await store.list();
  return groupMeetings(all)
    .map((group) => {
      const members = group.map((i) => all[i]!);
      return {
        date: members.map((m) => m.readout.date).find(Boolean) ?? null,
        kind: members.map((m) => meetingKind(m.readout)).find(Boolean) ?? null,
        reports: members.map(reportOf),
      };
    })
    .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
}

export interface MeetingsRouterDeps {
  archive: () => Promise<ArchiveStore>;
  /** Opens the comparison page at this query (`compareQuery`). */
  openCompare: (query: string) => Promise<void>;
}

/** `tabId`: the sender's tab, which stands in for an unsaved page in `meetings/open-compare`. */
export function createMeetingsRouter(deps: MeetingsRouterDeps) {
  return function handle(raw: unknown, tabId?: number): Promise<Result<unknown>> | undefined {
    const type = typeof raw === 'object' && raw !== null ? (raw as { type?: unknown }).type : undefined;
    if (!isMeetingsMessageType(type)) return undefined;
    const parsed = parseMessage(MeetingsMessage, raw);
    if (!parsed.ok) return Promise.resolve(err(parsed.error, 'bad-message'));
    const message = parsed.value;
    return (async (): Promise<Result<unknown>> => {
      if (message.type === 'meetings/open-compare') {
        await deps.openCompare(compareQuery({ a: message.a, b: message.b, tab: tabId }));
        return ok(null);
      }
      const store = await deps.archive();
      return message.type === 'meetings/others'
        ? ok(await otherReports(store, message.page))
        : ok(await meetingGroups(store));
    })().catch((e: unknown) => err(e instanceof Error ? `${e.name}: ${e.message}` : String(e), 'internal'));
  };
}
