import type { ArchiveFacets, ArchiveFilter, Facet } from '../../lib/archive';
import { countryName, t, type MessageKey } from '../../lib/i18n';
import { ministryName } from '../ministry-name';
import { ImeSafeForm } from '../ImeSafeForm';

type FilterKey = 'official' | 'country' | 'ministry' | 'agreement' | 'tag';

const SELECTS: { key: FilterKey; label: MessageKey; facet: keyof ArchiveFacets }[] = [
  { key: 'official', label: 'filter.official', facet: 'officials' },
  { key: 'country', label: 'filter.country', facet: 'countries' },
  { key: 'ministry', label: 'filter.ministry', facet: 'ministries' },
  { key: 'agreement', label: 'filter.agreement', facet: 'agreements' },
  { key: 'tag', label: 'filter.tag', facet: 'tags' },
];

/** Countries and ministries by their names in the UI language; other facets as the archive labels them. */
function facetLabel(key: FilterKey, f: Facet): string {
  if (key === 'country') return countryName(f.value);
  if (key === 'ministry') return ministryName(f.value);
  return f.label;
}

/** Search box and filters; every change is reported at once (the page debounces the text). */
export function SearchFilters({
  filter,
  facets,
  onChange,
}: {
  filter: ArchiveFilter;
  facets: ArchiveFacets | null;
  onChange: (filter: ArchiveFilter) => void;
}) {
  const set = (key: keyof ArchiveFilter, value: string) => {
    const next: ArchiveFilter = { ...filter, offset: 0 };
    if (value) (next as Record<string, unknown>)[key] = value;
    else delete next[key];
    onChange(next);
  };
  return (
    <ImeSafeForm class="filters" role="search" onSubmit={() => undefined}>
      <label>
        {t('filter.search')}{' '}
        <input
          type="search"
          name="text"
          value={filter.text ?? ''}
          placeholder={t('filter.placeholder')}
          onInput={(e) => set('text', (e.currentTarget as HTMLInputElement).value)}
        />
      </label>
      {SELECTS.map(({ key, label, facet }) => (
        <label key={key}>
          {t(label)}{' '}
          <select
            name={key}
            value={filter[key] ?? ''}
            onChange={(e) => set(key, (e.currentTarget as HTMLSelectElement).value)}
          >
            <option value="">{t('filter.any')}</option>
            {(facets?.[facet] ?? []).map((f: Facet) => (
              <option key={f.value} value={f.value}>
                {facetLabel(key, f)} ({f.count})
              </option>
            ))}
          </select>
        </label>
      ))}
      {(['from', 'to'] as const).map((key) => (
        <label key={key}>
          {key === 'from' ? t('filter.from') : t('filter.to')}{' '}
          <input
            type="date"
            name={key}
            value={filter[key] ?? ''}
            onChange={(e) => set(key, (e.currentTarget as HTMLInputElement).value)}
          />
        </label>
      ))}
    </ImeSafeForm>
  );
}
