import type { MeetingGroup, MeetingReport } from '../../lib/compare/messages';
import { safeHref } from '../../lib/safe-href';
import { languageName, ministryName } from './labels';

/** The archive's meetings reported by two or more readouts: who reported each, and a comparison link. */
export function MeetingList({
  groups,
  compareHref,
}: {
  /** null while loading. */
  groups: MeetingGroup[] | null;
  compareHref: (a: MeetingReport, b: MeetingReport) => string;
}) {
  if (groups === null) return <p aria-busy="true">Loading…</p>;
  if (!groups.length) return <p class="empty">No meeting in your archive has readouts from two sides yet.</p>;
  return (
    <ul class="meetings">
      {groups.map((g) => {
        const [first, ...rest] = g.reports;
        return (
          <li key={g.reports.map((r) => r.id).join('|')} class="meeting">
            <p class="meeting-head">
              <strong>{g.date ?? 'undated'}</strong>
              {g.kind ? ` · ${g.kind}` : null} · reported by{' '}
              <span class="reporters">{g.reports.map((r) => ministryName(r.ministry)).join(', ')}</span>
            </p>
            <ul>
              {g.reports.map((r) => (
                <li key={r.id}>
                  <a href={safeHref(r.url)} target="_blank" rel="noopener noreferrer">
                    {r.title}
                  </a>{' '}
                  <span class="meta">({languageName(r.language)})</span>
                </li>
              ))}
            </ul>
            {rest.map((other) => (
              <a
                key={other.id}
                class="compare-link"
                href={compareHref(first!, other)}
                target="_blank"
                rel="noopener"
              >
                Compare {ministryName(first!.ministry)} with {ministryName(other.ministry)}
              </a>
            ))}
          </li>
        );
      })}
    </ul>
  );
}
