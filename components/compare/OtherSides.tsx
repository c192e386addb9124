import type { MeetingReport } from '../../lib/compare/messages';
import { safeHref } from '../../lib/safe-href';
import { t } from '../../lib/i18n/core';
import { languageName, ministryName } from './labels';

/**
 * "The other side's readout": archived readouts of the same meeting, each with a way to compare:
 * a link on extension pages, a button on the card (a web page cannot open an extension page
 * itself; the background does it).
 */
export function OtherSides({
  reports,
  compareHref,
  onCompare,
  heading = 'h2',
}: {
  /** null while loading. */
  reports: MeetingReport[] | null;
  compareHref?: (report: MeetingReport) => string;
  onCompare?: (report: MeetingReport) => void;
  heading?: 'h2' | 'h3';
}) {
  if (reports !== null && !reports.length) return null;
  const Heading = heading;
  return (
    <section aria-label={t('otherSide.heading')} class="other-sides">
      <Heading>{t('otherSide.heading')}</Heading>
      {reports === null ? (
        <p aria-busy="true">{t('otherSide.looking')}</p>
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
              {compareHref ? (
                <a class="compare-link" href={compareHref(r)} target="_blank" rel="noopener">
                  {t('otherSide.compare')}
                </a>
              ) : onCompare ? (
                <button type="button" class="compare-link" onClick={() => onCompare(r)}>
                  {t('otherSide.compare')}
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
