import type { MeetingReport } from '../../lib/compare/messages';
import { safeHref } from '../../lib/safe-href';
import { languageName, ministryName } from './labels';

/** "The other side's readout": archived readouts of the same meeting, each with a link to compare. */
export function OtherSides({
  reports,
  compareHref,
}: {
  /** null while loading. */
  reports: MeetingReport[] | null;
  compareHref: (report: MeetingReport) => string;
}) {
  if (reports !== null && !reports.length) return null;
  return (
    <section aria-label="The other side’s readout" class="other-sides">
      <h2>The other side’s readout</h2>
      {reports === null ? (
        <p aria-busy="true">Looking in your archive…</p>
      ) : (
        <ul>
          {reports.map((r) => (
            <li key={r.id} data-report-id={r.id}>
              <span class="reporter">
                {ministryName(r.ministry)} ({languageName(r.language)})
              </span>
              {': '}
              <a href={safeHref(r.url)} target="_blank" rel="noopener noreferrer">
                {r.title}
              </a>{' '}
              <a class="compare-link" href={compareHref(r)} target="_blank" rel="noopener">
                Compare side by side
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
