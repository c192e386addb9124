/**
 * The compare feature's messages to the background (a family of their own, `meetings/`, so the
 * archive router stays as it is). Replies are `Result<T>`.
 */
import * as z from 'zod/mini';
import { FoundEntity, Readout } from '../model';

/** A page being read, as the content script analyses it. */
export const MeetingPage = z.object({
  url: z.nullable(z.string()),
  readout: Readout,
  entities: z.array(FoundEntity),
  participantKeys: z.array(z.string()),
});

export const MeetingsMessage = z.discriminatedUnion('type', [
  /** Replies `Result<MeetingReport[]>`: archived readouts of the same meeting as `page`, itself left out. */
  z.object({ type: z.literal('meetings/others'), page: MeetingPage }),
  /** Replies `Result<MeetingGroup[]>`: every meeting the archive holds two or more readouts of. */
  z.object({ type: z.literal('meetings/list') }),
  /**
   * From a card on a ministry page (which cannot open extension pages): opens the comparison of
   * archive record `a` (else the sending tab's page) with record `b`. Replies `Result<null>`.
   */
  z.object({ type: z.literal('meetings/open-compare'), a: z.string(), b: z.string() }),
]);
export type MeetingsMessage = z.infer<typeof MeetingsMessage>;

export const isMeetingsMessageType = (type: unknown): boolean =>
  typeof type === 'string' && type.startsWith('meetings/');

/** One government's (or one language version's) readout of a meeting. */
export interface MeetingReport {
  /** Archive id. */
  id: string;
  url: string;
  title: string;
  date: string | null;
  ministry: string | null;
  /** The government that reported it (the ministry's country). */
  country: string | null;
  language: string;
}

/** The comparison page's address parameters: two archive ids, or a tab standing in for `a`. */
export function compareQuery(params: { a?: string; b: string; tab?: number }): string {
  const query = new URLSearchParams();
  if (params.a) query.set('a', params.a);
  query.set('b', params.b);
  if (params.tab !== undefined) query.set('tab', String(params.tab));
  return `?${query}`;
}

export interface MeetingGroup {
  date: string | null;
  kind: string | null;
  reports: MeetingReport[];
}
