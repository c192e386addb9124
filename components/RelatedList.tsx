import type { RelatedReadout } from '../lib/archive/schema';
import { safeHref } from '../lib/safe-href';

export function RelatedList({ items }: { items: RelatedReadout[] }) {
  if (!items.length) return <p class="empty">None in your archive yet.</p>;
  return (
    <ul class="related">
      {items.map((r) => (
        <li key={r.id}>
          <a href={safeHref(r.url)} target="_blank" rel="noopener noreferrer">
            {r.title}
          </a>{' '}
          <span class="meta">{[r.date, r.ministry].filter(Boolean).join(' · ')}</span>
          {r.archive ? <span class="archive-origin"> · {r.archive}</span> : null}
        </li>
      ))}
    </ul>
  );
}
