import { safeHref } from '../../lib/safe-href';
import { useState } from 'preact/hooks';
import type { ReadoutSummary } from '../../lib/archive';
import { countryName, formatDate, t } from '../../lib/i18n';
import { ministryName } from '../ministry-name';
import { ImeSafeForm } from '../ImeSafeForm';

export interface ResultActions {
  onTags: (id: string, tags: string[]) => void;
  onDelete: (id: string) => void;
}

function TagEditor({ summary, onTags }: { summary: ReadoutSummary; onTags: ResultActions['onTags'] }) {
  const [text, setText] = useState(summary.tags.join(', '));
  return (
    <ImeSafeForm
      class="tags"
      onSubmit={() => {
        onTags(
          summary.id,
          text
            .split(',')
            .map((tag) => tag.trim())
            .filter(Boolean),
        );
      }}
    >
      <label>
        {t('results.tags')}{' '}
        <input
          name="tags"
          value={text}
          onInput={(e) => setText((e.currentTarget as HTMLInputElement).value)}
        />
      </label>{' '}
      <button type="submit">{t('results.saveTags')}</button>
    </ImeSafeForm>
  );
}

export function ResultList({
  items,
  total,
  onTags,
  onDelete,
}: { items: ReadoutSummary[]; total: number } & ResultActions) {
  if (!items.length) return <p class="empty">{t('results.none')}</p>;
  return (
    <>
      <p class="count" role="status">
        {total === 1 ? t('results.countOne') : t('results.count', total)}
        {total > items.length ? t('results.showing', items.length) : ''}
      </p>
      <ol class="results">
        {items.map((s) => (
          <li key={s.id} data-id={s.id}>
            <a href={safeHref(s.url)} target="_blank" rel="noopener noreferrer" class="open">
              {s.title || s.url}
            </a>
            <span class="meta">
              {' '}
              {[
                s.date ? formatDate(s.date) : null,
                s.ministry ? ministryName(s.ministry) : null,
                s.countries.map(countryName).join('–'),
              ]
                .filter(Boolean)
                .join(' · ')}
            </span>
            <div class="row-actions">
              <TagEditor key={s.tags.join(',')} summary={s} onTags={onTags} />
              <button
                type="button"
                class="delete"
                onClick={() => onDelete(s.id)}
                aria-label={t('results.deleteNamed', s.title)}
              >
                {t('glossary.delete')}
              </button>
            </div>
          </li>
        ))}
      </ol>
    </>
  );
}
