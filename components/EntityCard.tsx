import { useId, useState } from 'preact/hooks';
import type { FoundEntity, NativeOffice } from '../lib/model';
import type { KbDetails } from '../lib/kb/schema';
import type { RelatedReadout } from '../lib/archive/schema';
import { agreementStage, cardLinks } from '../lib/kb/card-facts';
import { countryName, formatDate, getLocale, t, type MessageKey } from '../lib/i18n/core';
import { safeHref } from '../lib/safe-href';
import { RelatedList } from './RelatedList';
import type { MeetingReport } from '../lib/compare/messages';
import { OtherSides } from './compare/OtherSides';
import { ImeSafeForm } from './ImeSafeForm';

export interface EntityCardProps {
  entity: FoundEntity;
  /** The entry's card fields, once they arrive (undefined too when the entity is not in the KB). */
  details?: KbDetails;
  /** The readout's date, for "on this date" (null: unknown). */
  readoutDate?: string | null;
  /** Prior readouts in the archive; null while loading. */
  related: RelatedReadout[] | null;
  /** Floating over the page (a dialog with a close button), or inline in the popup's list. */
  variant?: 'floating' | 'inline';
  onClose?: () => void;
  /** Saves a note to the personal glossary; resolves to an error message, or null on success. */
  onSaveNote?: (note: string) => Promise<string | null>;
  /** Compare feature: archived readouts of the same meeting by the other side (null: loading). */
  otherSides?: MeetingReport[] | null;
  onCompare?: (report: MeetingReport) => void;
}

export const KIND_LABEL: Record<FoundEntity['kind'], MessageKey> = {
  official: 'kind.official',
  agreement: 'kind.agreement',
  organization: 'kind.organization',
  event: 'kind.event',
  place: 'kind.place',
  other: 'kind.other',
};

const DATE_LABEL: Record<string, MessageKey> = {
  proposed: 'date.proposed',
  launched: 'date.launched',
  signed: 'date.signed',
  inForce: 'date.inForce',
  ended: 'date.ended',
  founded: 'date.founded',
};
/** Key dates in the order things happen. */
const DATE_ORDER = ['founded', 'proposed', 'launched', 'signed', 'inForce', 'ended'];

const STAGE_LABEL: Record<string, MessageKey> = {
  proposed: 'stage.proposed',
  launched: 'stage.launched',
  signed: 'stage.signed',
  inForce: 'stage.inForce',
  ended: 'stage.ended',
};

/** The script a native name is written in, by the entity's country (so CJK glyphs render right). */
export const NATIVE_LANG: Record<string, string> = {
  CN: 'zh-CN',
  TW: 'zh-TW',
  HK: 'zh-HK',
  KR: 'ko',
  KP: 'ko',
  JP: 'ja',
};

/** "Not in Readout Lens's reference data yet — add a note": the card's and the popup's words. */
export function NotInKb() {
  return <p class="not-in-kb">{t('notInKb')}</p>;
}

/** An office's title in the reader's language: its own-language title when the UI reads that, else English. */
export const officeTitle = (english: string, native: NativeOffice | undefined): string =>
  native?.locale === getLocale() ? native.text : english;

/** What an official held on the readout's date and where they stand now: never left blank. */
export function OfficeLines({ entity, readoutDate }: { entity: FoundEntity; readoutDate?: string | null }) {
  const now = entity.officeNow;
  let nowText: string;
  if (now?.state === 'holds') {
    const office = now.office === entity.role ? t('office.same') : officeTitle(now.office, now.native);
    nowText = now.recorded === 'open' ? t('office.noEndRecorded', office) : office;
  } else if (now?.state === 'left')
    nowText = t(now.on.length === 10 ? 'office.left' : 'office.leftIn', formatDate(now.on));
  else nowText = t('office.unknownNow');
  return (
    <>
      <p class="role">
        <strong>{readoutDate ? t('office.onDate', formatDate(readoutDate)) : t('office.inReadout')}</strong>{' '}
        {entity.role ? officeTitle(entity.role, entity.roleNative) : t('office.noneOnRecord')}
      </p>
      <p class="role-now">
        <strong>{t('office.now')}</strong> {nowText}
      </p>
    </>
  );
}

/** Key dates, an agreement's status and parties, as a definition list (nothing when none is known). */
function Facts({ entity, details }: { entity: FoundEntity; details?: KbDetails }) {
  const dates = details?.dates ?? {};
  const rows: { key: string; label: string; value: string }[] = [];
  if (entity.kind === 'agreement') {
    const stage = agreementStage(details?.dates);
    if (stage) rows.push({ key: 'status', label: t('facts.status'), value: t(STAGE_LABEL[stage]!) });
  }
  for (const k of DATE_ORDER) {
    const v = dates[k as keyof typeof dates];
    if (v) rows.push({ key: k, label: t(DATE_LABEL[k]!), value: formatDate(v) });
  }
  if (details?.parties?.length)
    rows.push({
      key: 'parties',
      label: t('facts.parties'),
      value: details.parties.map(countryName).join(', '),
    });
  if (!rows.length) return null;
  return (
    <dl class="facts">
      {rows.map((r) => (
        <div key={r.key} class={`fact-${r.key}`}>
          <dt>{r.label}</dt>
          <dd>{r.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The context card. Every string is rendered as text: Preact escapes it. */
export function EntityCard({
  entity,
  details,
  readoutDate,
  related,
  variant = 'floating',
  onClose,
  onSaveNote,
  otherSides,
  onCompare,
}: EntityCardProps) {
  const titleId = `rl-card-title-${useId()}`;
  const inline = variant === 'inline';
  const links = details ? cardLinks(details) : [];
  const nativeLang = entity.country ? NATIVE_LANG[entity.country] : undefined;
  return (
    <div
      class={inline ? 'card inline' : 'card'}
      role={inline ? 'region' : 'dialog'}
      aria-modal={inline ? undefined : 'false'}
      aria-labelledby={titleId}
      tabIndex={inline ? undefined : -1}
    >
      <header>
        <h2 id={titleId}>
          <span class="name">{entity.name}</span>
          {entity.nativeName ? (
            <>
              {' '}
              <span class="native" lang={nativeLang}>
                {entity.nativeName}
              </span>
            </>
          ) : null}
        </h2>
        {onClose && !inline ? (
          <button type="button" class="close" aria-label={t('card.close')} onClick={onClose}>
            ×
          </button>
        ) : null}
      </header>
      <p class={`kind kind-${entity.kind}`}>
        {t(KIND_LABEL[entity.kind])}
        {details?.type ? ` · ${details.type}` : null}
      </p>
      {entity.id ? null : <NotInKb />}
      {entity.kind === 'official' ? <OfficeLines entity={entity} readoutDate={readoutDate} /> : null}
      {details?.background ? <p class="background">{details.background}</p> : null}
      <Facts entity={entity} details={details} />
      {links.length ? (
        <p class="links">
          {links.map((l) => (
            <a key={l.url} href={safeHref(l.url)} target="_blank" rel="noopener noreferrer">
              {l.label}
            </a>
          ))}
        </p>
      ) : null}
      {entity.note ? (
        <section class="note" aria-label={t('card.yourNote')}>
          <h3>{t('card.yourNote')}</h3>
          <p class="note-text">{entity.note}</p>
        </section>
      ) : null}
      <section class="related-section" aria-label={t('card.priorReadouts')}>
        <h3>{t('card.priorReadouts')}</h3>
        {related === null ? <p class="loading">{t('loading')}</p> : <RelatedList items={related} />}
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
          {initial ? t('note.edit') : t('note.add')}
        </button>
      </p>
    );
  const save = async (event: Event) => {
    if (!event.isTrusted) return; // only the user's own submit saves to their glossary
    setStatus('saving');
    const error = await onSave(note);
    setStatus(error === null ? 'saved' : { error });
  };
  return (
    <ImeSafeForm class="note-form" onSubmit={(event) => void save(event)}>
      <label>
        {t('note.label')}
        <textarea
          value={note}
          maxLength={20_000}
          rows={3}
          onInput={(e) => setNote((e.currentTarget as HTMLTextAreaElement).value)}
        />
      </label>
      <button type="submit" disabled={status === 'saving'}>
        {t('note.save')}
      </button>
      <span class="note-status" role="status">
        {status === 'saved'
          ? t('note.saved')
          : status === 'saving'
            ? t('saving')
            : typeof status === 'object'
              ? t('note.notSaved', status.error)
              : ''}
      </span>
    </ImeSafeForm>
  );
}
