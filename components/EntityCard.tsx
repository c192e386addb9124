import type { FoundEntity } from '../lib/model';
import type { KbEntity } from '../lib/kb';
import type { RelatedReadout } from '../lib/archive/schema';
import { RelatedList } from './RelatedList';

export interface EntityCardProps {
  entity: FoundEntity;
  /** The knowledge-base entry, when the entity is in the KB. */
  kb?: KbEntity;
  related: RelatedReadout[] | null;
  onClose: () => void;
}

const KIND_LABEL: Record<string, string> = {
  official: 'Official',
  agreement: 'Agreement / initiative',
  organization: 'Organization',
  event: 'Event',
  place: 'Place',
  other: 'Other',
};

/** The context card. Every string is rendered as text: Preact escapes it. */
export function EntityCard({ entity, kb, related, onClose }: EntityCardProps) {
  const dates = kb?.dates ? Object.entries(kb.dates).filter(([, v]) => v) : [];
  return (
    <div class="card" role="dialog" aria-modal="false" aria-labelledby="rl-card-title">
      <header>
        <h2 id="rl-card-title">{entity.name}</h2>
        <button type="button" class="close" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </header>
      <p class="kind">
        {KIND_LABEL[entity.kind] ?? entity.kind}
        {entity.id ? null : <span class="not-in-kb"> · not in the knowledge base</span>}
      </p>
      {entity.role ? (
        <p class="role">
          <strong>On this date:</strong> {entity.role}
        </p>
      ) : null}
      {entity.roleNow && entity.roleNow !== entity.role ? (
        <p class="role-now">
          <strong>Now:</strong> {entity.roleNow}
        </p>
      ) : null}
      {kb?.background ? <p class="background">{kb.background}</p> : null}
      {dates.length ? (
        <dl class="dates">
          {dates.map(([k, v]) => (
            <>
              <dt>{k}</dt>
              <dd>{v}</dd>
            </>
          ))}
        </dl>
      ) : null}
      {kb ? (
        <p class="links">
          {kb.sources.map((s) => (
            <a href={s.url} target="_blank" rel="noopener noreferrer">
              {s.title ?? 'Source'}
            </a>
          ))}
          {kb.wikipedia ? (
            <a href={kb.wikipedia} target="_blank" rel="noopener noreferrer">
              Wikipedia
            </a>
          ) : null}
        </p>
      ) : null}
      <section aria-label="Prior readouts">
        <h3>Prior readouts</h3>
        {related === null ? <p>Loading…</p> : <RelatedList items={related} />}
      </section>
    </div>
  );
}
