import type { PageAnalysis } from '../lib/page-analysis';
import type { RelatedReadout } from '../lib/archive/schema';
import type { FoundEntity } from '../lib/model';
import { RelatedList } from './RelatedList';

export type PopupState =
  | { status: 'loading' }
  | { status: 'no-readout' }
  | { status: 'ready'; analysis: PageAnalysis; related: RelatedReadout[] | null; saved: 'no' | 'saving' | 'yes'; error?: string };

const GROUPS: { kind: FoundEntity['kind']; label: string }[] = [
  { kind: 'official', label: 'Officials' },
  { kind: 'agreement', label: 'Agreements and initiatives' },
  { kind: 'organization', label: 'Organizations' },
  { kind: 'event', label: 'Events' },
];

export function PopupView({ state, onSave }: { state: PopupState; onSave: () => void }) {
  if (state.status === 'loading') return <main aria-busy="true">Reading the page…</main>;
  if (state.status === 'no-readout') return <main><p>This page is not a readout Readout Lens recognises.</p></main>;
  const { readout, entities } = state.analysis;
  return (
    <main>
      <h1 class="title">{readout.title}</h1>
      <p class="meta">{[readout.ministry, readout.date, readout.place].filter(Boolean).join(' · ')}</p>
      <button type="button" class="save" onClick={onSave} disabled={state.saved !== 'no'}>
        {state.saved === 'yes' ? 'Saved' : state.saved === 'saving' ? 'Saving…' : 'Save to archive'}
      </button>
      {state.error ? <p role="alert" class="error">{state.error}</p> : null}
      {GROUPS.map(({ kind, label }) => {
        const group = entities.filter((e) => e.kind === kind);
        if (!group.length) return null;
        return (
          <section aria-label={label} class={`entities ${kind}`}>
            <h2>{label}</h2>
            <ul>
              {group.map((e) => (
                <li key={e.key} data-entity-key={e.key}>
                  <strong>{e.name}</strong>
                  {e.role ? <span class="role"> — {e.role}</span> : null}
                  {e.id ? null : <span class="not-in-kb"> (not in KB)</span>}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      <section aria-label="Related prior readouts" class="related-section">
        <h2>Related prior readouts</h2>
        {state.related === null ? <p>Loading…</p> : <RelatedList items={state.related} />}
      </section>
    </main>
  );
}
