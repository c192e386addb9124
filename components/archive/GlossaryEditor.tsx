import { useState } from 'preact/hooks';
import type { GlossaryEntry } from '../../lib/glossary/schema';
import type { GlossaryInput } from '../../lib/glossary/store';
import type { EntityKind } from '../../lib/model';
import { t } from '../../lib/i18n';
import { KIND_LABEL } from '../EntityCard';
import { ImeSafeForm } from '../ImeSafeForm';

const KINDS: EntityKind[] = ['official', 'agreement', 'organization', 'event', 'place', 'other'];

function EntryForm({
  entry,
  onSubmit,
  submitLabel,
}: {
  entry?: GlossaryEntry;
  onSubmit: (input: GlossaryInput) => void;
  submitLabel: string;
}) {
  const [name, setName] = useState(entry?.name ?? '');
  const [kind, setKind] = useState<EntityKind>(entry?.kind ?? 'other');
  const [aliases, setAliases] = useState(entry?.aliases.join(', ') ?? '');
  const [note, setNote] = useState(entry?.note ?? '');
  return (
    <ImeSafeForm
      class="glossary-form"
      onSubmit={() => {
        onSubmit({
          ...(entry ? { id: entry.id } : {}),
          ...(entry?.kbId ? { kbId: entry.kbId } : {}),
          name: name.trim(),
          kind,
          aliases: aliases
            .split(',')
            .map((a) => a.trim())
            .filter((a) => a.length >= 2),
          note,
        });
        if (!entry) {
          setName('');
          setAliases('');
          setNote('');
        }
      }}
    >
      <label>
        {t('glossary.name')}{' '}
        <input
          name="name"
          required
          minLength={2}
          maxLength={300}
          value={name}
          onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)}
        />
      </label>
      <label>
        {t('glossary.kind')}{' '}
        <select
          name="kind"
          value={kind}
          onChange={(e) => setKind((e.currentTarget as HTMLSelectElement).value as EntityKind)}
        >
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {t(KIND_LABEL[k])}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('glossary.aliases')}{' '}
        <input
          name="aliases"
          value={aliases}
          onInput={(e) => setAliases((e.currentTarget as HTMLInputElement).value)}
        />
      </label>
      <label>
        {t('glossary.note')}{' '}
        <textarea
          name="note"
          maxLength={20_000}
          value={note}
          onInput={(e) => setNote((e.currentTarget as HTMLTextAreaElement).value)}
        />
      </label>
      <button type="submit">{submitLabel}</button>
    </ImeSafeForm>
  );
}

/** The personal glossary: add, edit, delete. `editing` opens one entry's form (from a link). */
export function GlossaryEditor({
  entries,
  editing,
  onEdit,
  onPut,
  onRemove,
}: {
  entries: GlossaryEntry[];
  editing: string | null;
  onEdit: (id: string | null) => void;
  onPut: (input: GlossaryInput) => void;
  onRemove: (id: string) => void;
}) {
  return (
    <div class="glossary">
      <h3>{t('glossary.addHeading')}</h3>
      <EntryForm onSubmit={onPut} submitLabel={t('glossary.add')} />
      {entries.length ? (
        <ul class="glossary-entries">
          {entries.map((g) => (
            <li key={g.id} data-id={g.id}>
              <strong>{g.name}</strong> <span class="meta">({t(KIND_LABEL[g.kind])})</span>
              {g.aliases.length ? (
                <span class="meta"> {t('glossary.also', g.aliases.join(', '))}</span>
              ) : null}
              {g.note ? <p class="note">{g.note}</p> : null}
              {editing === g.id ? (
                <EntryForm
                  entry={g}
                  submitLabel={t('glossary.save')}
                  onSubmit={(input) => {
                    onPut(input);
                    onEdit(null);
                  }}
                />
              ) : (
                <button
                  type="button"
                  class="edit"
                  onClick={() => onEdit(g.id)}
                  aria-label={t('glossary.editNamed', g.name)}
                >
                  {t('glossary.edit')}
                </button>
              )}{' '}
              <button
                type="button"
                class="delete"
                onClick={() => onRemove(g.id)}
                aria-label={t('glossary.deleteNamed', g.name)}
              >
                {t('glossary.delete')}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="empty">{t('glossary.empty')}</p>
      )}
    </div>
  );
}
