import { useState } from 'preact/hooks';
import type { FoundEntity } from '../lib/model';
import type { KbDetails } from '../lib/kb';
import type { RelatedReadout } from '../lib/archive/schema';
import { safeHref } from '../lib/safe-href';
import { RelatedList } from './RelatedList';
import type { MeetingReport } from '../lib/compare/messages';
import { OtherSides } from './compare/OtherSides';

export interface EntityCardProps {
  entity: FoundEntity;
  /** The entry's card fields, once they arrive (undefined too when the entity is not in the KB). */
  details?: KbDetails;
  /** The readout's date, for "on this date" (null: unknown). */
  readoutDate?: string | null;
  /** Prior readouts in the archive; null while loading. */
  related: RelatedReadout[] | null;
  onClose: () => void;
  /** Saves a note to the personal glossary; resolves to an error message, or null on success. */
  onSaveNote?: (note: string) => Promise<string | null>;
  /** Compare feature: archived readouts of the same meeting by the other side (null: loading). */
  otherSides?: MeetingReport[] | null;
  onCompare?: (report: MeetingReport) => void;
}

const KIND_LABEL: Record<string, string> = {
  official: 'Official',
  agreement: 'Agreement / initiative',
  organization: 'Organization',
  event: 'Event',
  place: 'Place',
  other: 'Other',
};

const DATE_LABEL: Record<string, string> = {
  proposed: 'Proposed',
  launched: 'Launched',
  signed: 'Signed',
  inForce: 'In force',
  ended: 'Ended',
  founded: 'Founded',
};

/** The context card. Every string is rendered as text: Preact escapes it. */
export function EntityCard({
  entity,
  details,
  readoutDate,
  related,
  onClose,
  onSaveNote,
  otherSides,
  onCompare,
}: EntityCardProps) {
  const dates = details?.dates ? Object.entries(details.dates).filter(([, v]) => v) : [];
  const titleId = 'rl-card-title';
  return (
    <div class="card" role="dialog" aria-modal="false" aria-labelledby={titleId} tabIndex={-1}>
      <header>
        <h2 id={titleId}>{entity.name}</h2>
        <button type="button" class="close" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </header>
      <p class={`kind kind-${entity.kind}`}>
        {KIND_LABEL[entity.kind] ?? entity.kind}
        {details?.type ? ` · ${details.type}` : null}
        {entity.id ? null : <span class="not-in-kb"> · not in the knowledge base</span>}
      </p>
      {entity.role ? (
        <p class="role">
          <strong>{readoutDate ? `On ${readoutDate}:` : 'In this readout:'}</strong> {entity.role}
        </p>
      ) : null}
      {entity.roleNow && entity.roleNow !== entity.role ? (
        <p class="role-now">
          <strong>Now:</strong> {entity.roleNow}
        </p>
      ) : null}
      {details?.background ? <p class="background">{details.background}</p> : null}
      {dates.length ? (
        <dl class="dates">
          {dates.map(([k, v]) => (
            <div key={k}>
              <dt>{DATE_LABEL[k] ?? k}</dt>
              <dd>{v}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      {details ? (
        <p class="links">
          {details.sources.map((s) => (
            <a key={s.url} href={safeHref(s.url)} target="_blank" rel="noopener noreferrer">
              {s.title ?? 'Source'}
            </a>
          ))}
          {details.wikipedia ? (
            <a href={safeHref(details.wikipedia)} target="_blank" rel="noopener noreferrer">
              Wikipedia
            </a>
          ) : null}
        </p>
      ) : null}
      {entity.note ? (
        <section class="note" aria-label="Your note">
          <h3>Your note</h3>
          <p class="note-text">{entity.note}</p>
        </section>
      ) : null}
      <section class="related-section" aria-label="Prior readouts">
        <h3>Prior readouts</h3>
        {related === null ? <p class="loading">Loading…</p> : <RelatedList items={related} />}
      </section>
      {/* Compare feature. */}
      {otherSides !== undefined ? (
        <OtherSides reports={otherSides} onCompare={onCompare} heading="h3" />
      ) : null}
      {onSaveNote ? <NoteForm initial={entity.note ?? ''} onSave={onSaveNote} /> : null}
    </div>
  );
}

function NoteForm({
  initial,
  onSave,
}: {
  initial: string;
  onSave: (note: string) => Promise<string | null>;
}) {
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState(initial);
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved' | { error: string }>('idle');
  if (!open)
    return (
      <p class="note-actions">
        <button type="button" class="add-note" onClick={() => setOpen(true)}>
          {initial ? 'Edit your note' : 'Add a note'}
        </button>
      </p>
    );
  const save = async (event: Event) => {
    event.preventDefault();
    if (!event.isTrusted) return; // only the user's own submit saves to their glossary
    setStatus('saving');
    const error = await onSave(note);
    setStatus(error === null ? 'saved' : { error });
  };
  return (
    <form class="note-form" onSubmit={save}>
      <label>
        Note for your glossary
        <textarea
          value={note}
          maxLength={20_000}
          rows={3}
          onInput={(e) => setNote((e.currentTarget as HTMLTextAreaElement).value)}
        />
      </label>
      <button type="submit" disabled={status === 'saving'}>
        Save note
      </button>
      <span class="note-status" role="status">
        {status === 'saved'
          ? 'Saved to your glossary.'
          : status === 'saving'
            ? 'Saving…'
            : typeof status === 'object'
              ? `Not saved: ${status.error}`
              : ''}
      </span>
    </form>
  );
}
