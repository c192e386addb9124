import { safeHref } from '../../lib/safe-href';
import { useState } from 'preact/hooks';
import type { ReadoutSummary } from '../../lib/archive';

export interface ResultActions {
  onTags: (id: string, tags: string[]) => void;
  onDelete: (id: string) => void;
}

function TagEditor({ summary, onTags }: { summary: ReadoutSummary; onTags: ResultActions['onTags'] }) {
  const [text, setText] = useState(summary.tags.join(', '));
  return (
    <form
      class="tags"
      onSubmit={(e) => {
        e.preventDefault();
        onTags(
          summary.id,
          text
            .split(',')
            .map((t) => t.trim())
            .filter(Boolean),
        );
      }}
    >
      <label>
        Tags{' '}
        <input
          name="tags"
          value={text}
          onInput={(e) => setText((e.currentTarget as HTMLInputElement).value)}
        />
      </label>{' '}
      <button type="submit">Save tags</button>
    </form>
  );
}

export function ResultList({
  items,
  total,
  onTags,
  onDelete,
}: { items: ReadoutSummary[]; total: number } & ResultActions) {
  if (!items.length) return <p class="empty">No readouts match.</p>;
  return (
    <>
      <p class="count" role="status">
        {total} readout{total === 1 ? '' : 's'}
        {total > items.length ? ` (showing ${items.length})` : ''}
      </p>
      <ol class="results">
        {items.map((s) => (
          <li key={s.id} data-id={s.id}>
            <a href={safeHref(s.url)} target="_blank" rel="noopener noreferrer" class="open">
              {s.title || s.url}
            </a>
            <span class="meta">
              {' '}
              {[s.date, s.ministry, s.countries.join('–')].filter(Boolean).join(' · ')}
            </span>
            <div class="row-actions">
              <TagEditor key={s.tags.join(',')} summary={s} onTags={onTags} />
              <button
                type="button"
                class="delete"
                onClick={() => onDelete(s.id)}
                aria-label={`Delete “${s.title}”`}
              >
                Delete
              </button>
            </div>
          </li>
        ))}
      </ol>
    </>
  );
}
