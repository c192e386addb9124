/**
 * What a card shows beyond the raw entry: its links once each, and an agreement's status from
 * its key dates. Types only from the KB, so the popup can use it without bundling the KB.
 */
import type { KbDetails } from './schema';

export interface CardLink {
  url: string;
  /** The source's own title, else "Wikipedia" for the Wikipedia field, else the host. */
  label: string;
}

/** One form per page: scheme, host case, mobile Wikipedia, trailing slash and fragment do not count. */
export function linkIdentity(url: string): string {
  try {
    const u = new URL(url);
    const host = u.hostname
      .toLowerCase()
      .replace(/^www\./, '')
      .replace('.m.wikipedia.org', '.wikipedia.org');
    return `${host}${decodeURI(u.pathname).replace(/\/+$/, '')}${u.search}`;
  } catch {
    return url;
  }
}

const hostOf = (url: string) => {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
};

/** The entry's sources and its Wikipedia article, each page once, sources first. */
export function cardLinks(details: Pick<KbDetails, 'sources' | 'wikipedia'>): CardLink[] {
  const seen = new Set<string>();
  const links: CardLink[] = [];
  const add = (url: string, label: string) => {
    const id = linkIdentity(url);
    if (seen.has(id)) return;
    seen.add(id);
    links.push({ url, label });
  };
  for (const s of details.sources) add(s.url, s.title ?? hostOf(s.url));
  if (details.wikipedia) add(details.wikipedia, 'Wikipedia');
  return links;
}

export type AgreementStage = 'proposed' | 'launched' | 'signed' | 'inForce' | 'ended';
const STAGES: AgreementStage[] = ['ended', 'inForce', 'signed', 'launched', 'proposed'];

/** The furthest stage the key dates record (ended > in force > signed > launched > proposed). */
export function agreementStage(dates: KbDetails['dates']): AgreementStage | undefined {
  return dates ? STAGES.find((s) => dates[s]) : undefined;
}
