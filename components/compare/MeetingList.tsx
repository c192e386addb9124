import type { MeetingGroup, MeetingReport } from '../../lib/compare/messages';
import { safeHref } from '../../lib/safe-href';
import { formatDate, t, type MessageKey } from '../../lib/i18n';
import { languageName, ministryName } from './labels';

const KIND_WORD: Record<string, MessageKey | undefined> = {
  call: 'meetingKind.call',
  trilateral: 'meetingKind.trilateral',
  talks: 'meetingKind.talks',
  visit: 'meetingKind.visit',
  meeting: 'meetingKind.meeting',
};

const kindWord = (kind: string) => {
  const key = KIND_WORD[kind];
  return key ? t(key) : kind;
};

/** The archive's meetings reported by two or more readouts: who reported each, and a comparison link. */
export function MeetingList({
  groups,
  compareHref,
}: {
  /** null while loading. */
  groups: MeetingGroup[] | null;
  compareHref: (a: MeetingReport, b: MeetingReport) => string;
}) {
  if (groups === null) return <p aria-busy="true">{t('loading')}</p>;
  if (!groups.length) return <p class="empty">{t('meetings.none')}</p>;
  return (
    <ul class="meetings">
      {groups.map((g) => {
        const [first, ...rest] = g.reports;
        return (
          <li key={g.reports.map((r) => r.id).join('|')} class="meeting">
            <p class="meeting-head">
              <strong>{g.date ? formatDate(g.date) : t('compare.undated')}</strong>
              {g.kind ? ` · ${kindWord(g.kind)}` : null} ·{' '}
              <span class="reporters">
                {t('meetings.reportedBy', g.reports.map((r) => ministryName(r.ministry)).join(', '))}
              </span>
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
                {t('meetings.compare', ministryName(first!.ministry), ministryName(other.ministry))}
              </a>
            ))}
          </li>
        );
      })}
    </ul>
  );
}
