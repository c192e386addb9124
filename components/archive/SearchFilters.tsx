import type { ArchiveFacets, ArchiveFilter, Facet } from '../../lib/archive';

type FilterKey = 'official' | 'country' | 'ministry' | 'agreement' | 'tag';

const SELECTS: { key: FilterKey; label: string; facet: keyof ArchiveFacets }[] = [
  { key: 'official', label: 'Official', facet: 'officials' },
  { key: 'country', label: 'Country', facet: 'countries' },
  { key: 'ministry', label: 'Ministry', facet: 'ministries' },
  { key: 'agreement', label: 'Agreement', facet: 'agreements' },
  { key: 'tag', label: 'Tag', facet: 'tags' },
];

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
    <form class="filters" role="search" onSubmit={(e) => e.preventDefault()}>
      <label>
        Search{' '}
        <input
          type="search"
          name="text"
          value={filter.text ?? ''}
          placeholder="words, 半导体, 공급망, 輸出管理…"
          onInput={(e) => set('text', (e.currentTarget as HTMLInputElement).value)}
        />
      </label>
      {SELECTS.map(({ key, label, facet }) => (
        <label key={key}>
          {label}{' '}
          <select
            name={key}
            value={filter[key] ?? ''}
            onChange={(e) => set(key, (e.currentTarget as HTMLSelectElement).value)}
          >
            <option value="">any</option>
            {(facets?.[facet] ?? []).map((f: Facet) => (
              <option key={f.value} value={f.value}>
                {f.label} ({f.count})
              </option>
            ))}
          </select>
        </label>
      ))}
      {(['from', 'to'] as const).map((key) => (
        <label key={key}>
          {key === 'from' ? 'From' : 'To'}{' '}
          <input
            type="date"
            name={key}
            value={filter[key] ?? ''}
            onChange={(e) => set(key, (e.currentTarget as HTMLInputElement).value)}
          />
        </label>
      ))}
    </form>
  );
}
