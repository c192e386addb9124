import type { RelatedReadout } from '../lib/archive/schema';
import { formatDate, t } from '../lib/i18n/core';
import { safeHref } from '../lib/safe-href';
import { ministryName } from './ministry-name';

export function RelatedList({ items }: { items: RelatedReadout[] }) {
  if (!items.length) return <p class="empty">{t('related.none')}</p>;
  return (
    <ul class="related">
      {items.map((r) => (
        <li key={r.id}>
          <a href={safeHref(r.url)} target="_blank" rel="noopener noreferrer">
            {r.title}
          </a>{' '}
          <span class="meta">
            {[r.date ? formatDate(r.date) : null, r.ministry ? ministryName(r.ministry) : null]
              .filter(Boolean)
              .join(' · ')}
          </span>
          {r.archive ? <span class="archive-origin"> · {r.archive}</span> : null}
        </li>
      ))}
    </ul>
  );
}
