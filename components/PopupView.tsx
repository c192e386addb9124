/**
 * The popup's view. Each part is a small component so other features can add theirs beside it:
 * the readout's facts, the actions, the entities (each expandable to its card), related prior
 * readouts, the highlight legend, the footer.
 */
import type { ComponentChildren } from 'preact';
import type { PageAnalysis } from '../lib/page-analysis';
import type { RelatedReadout } from '../lib/archive/schema';
import type { FoundEntity, PageKind } from '../lib/model';
import type { MeetingReport } from '../lib/compare/messages';
import { OtherSides } from './compare/OtherSides';
import { SyncStatusLine } from './SyncStatusLine';
import type { KbDetails } from '../lib/kb/schema';
import type { MinistrySite } from '../lib/ministries/types';
import { countryName, formatDate, t, type MessageKey } from '../lib/i18n';
import { EntityCard, NATIVE_LANG, NotInKb, officeTitle } from './EntityCard';
import { HighlightLegend } from './HighlightLegend';
import { RelatedList } from './RelatedList';
import { ministryName, ministryOf } from './ministry-name';
import { ENTITY_GROUPS } from '../lib/popup-first-paint';

/** What the popup calls each kind of page. */
const KIND_LABEL: Record<PageKind, MessageKey> = {
  readout: 'pageKind.readout',
  transcript: 'pageKind.transcript',
  statement: 'pageKind.statement',
  announcement: 'pageKind.announcement',
  speech: 'pageKind.speech',
  listing: 'pageKind.listing',
  other: 'pageKind.other',
};

/** What the sites service says about the page's origin (null: not answered). */
export interface SiteStatus {
  ministry: string | null;
  builtIn: boolean;
  enabled: boolean;
}

export type SaveState = 'no' | 'saving' | 'yes';

/** An expanded entity's card data, as it arrives from the background. */
export interface CardData {
  details?: KbDetails;
  /** Prior readouts mentioning it; null while loading. */
  related: RelatedReadout[] | null;
}

export type PopupState =
  | { status: 'loading' }
  | { status: 'no-readout'; origin: string | null; site: SiteStatus | null; siteMessage?: string }
  | {
      status: 'ready';
      analysis: PageAnalysis;
      highlightsOn: boolean;
      related: RelatedReadout[] | null;
      saved: SaveState;
      error?: string;
      /** Card data of the entities opened so far, by entity key. */
      cards?: Readonly<Record<string, CardData>>;
      /** Compare feature: archived readouts of the same meeting by others (null: loading). */
      otherSides?: MeetingReport[] | null;
    };

export interface PopupActions {
  onSave: () => void;
  onHighlights: (on: boolean) => void;
  /** Must run inside the click handler: it asks for a host permission. */
  onEnableSite: (origin: string) => void;
  /** An entity was expanded: fetch its card data (once). */
  onExpand?: (entity: FoundEntity) => void;
  archiveUrl: string;
  /** Compare feature: the comparison page of this readout and another one. */
  compareHref?: (report: MeetingReport) => string;
  /** Sync's one line (issue 12); absent or null when sync is off. */
  sync?: { line: string | null; optionsUrl: string };
}

/** A foreign ministry's name in the languages of the registry's sites. */
const FOREIGN_MINISTRY =
  /\b(?:ministry|minister|department) (?:of|for) (?:foreign|external) affairs\b|\bdepartment of state\b|\bforeign,? commonwealth\b|\bforeign office\b|\bglobal affairs\b|\bauswärtiges amt\b|\baffaires étrangères\b|外交部|외교부|外務省|министерство иностранных дел|\bМИД\b/i;

const fold = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

/** Whether an organization found on the page is the ministry that published it (shown once, as the ministry). */
export function isPublishingMinistry(entity: FoundEntity, site: MinistrySite | undefined): boolean {
  if (!site || entity.kind !== 'organization') return false;
  const names = new Set([site.name.en, site.name.native].map(fold));
  if ([entity.name, entity.nativeName, ...entity.surfaces].some((n) => n && names.has(fold(n)))) return true;
  return entity.country === site.country && FOREIGN_MINISTRY.test(entity.name);
}

function ArchiveLink({ archiveUrl }: { archiveUrl: string }) {
  return (
    <p class="archive-link">
      <a href={archiveUrl} target="_blank" rel="noopener">
        {t('popup.openArchive')}
      </a>
    </p>
  );
}

/** "published 14 May, meeting 13 May 2024" when the two differ, else the one date known. */
export function readoutDateText(meeting: string | null, published: string | null | undefined): string {
  if (meeting && published && published.slice(0, 10) !== meeting.slice(0, 10)) {
    const sameYear = published.slice(0, 4) === meeting.slice(0, 4);
    return t('popup.publishedMeeting', formatDate(published, { withYear: !sameYear }), formatDate(meeting));
  }
  const one = meeting ?? published;
  return one ? formatDate(one) : t('popup.unknown');
}

/** A label and its value, in the readout's facts. */
function Fact({
  label,
  class: cls,
  children,
}: {
  label: string;
  class: string;
  children: ComponentChildren;
}) {
  return (
    <>
      <dt>{label}</dt>
      <dd class={cls}>{children}</dd>
    </>
  );
}

/** Title, ministry (expandable to its card when the page names it), place, dates, participants. */
export function ReadoutFacts({
  analysis,
  ministryEntity,
  card,
  onExpand,
}: {
  analysis: PageAnalysis;
  ministryEntity?: FoundEntity;
  card: (entity: FoundEntity) => ComponentChildren;
  onExpand?: (entity: FoundEntity) => void;
}) {
  const { readout } = analysis;
  // "Jan Kowalski (Undersecretary of State …, Poland)": the office and country the page gives.
  const participants = readout.participants
    .map((p) => {
      const about = [p.title, p.country && countryName(p.country)].filter(Boolean).join(', ');
      return about ? `${p.name} (${about})` : p.name;
    })
    .join('; ');
  const ministry = readout.ministry ? ministryName(readout.ministry) : t('popup.unknown');
  return (
    <header class="readout">
      <h1 class="title">{readout.title}</h1>
      <dl class="facts">
        <Fact label={t('popup.kind')} class="page-kind">
          {t(KIND_LABEL[readout.pageKind])}
        </Fact>
        <Fact label={t('popup.ministry')} class="ministry">
          {ministryEntity ? (
            <Expandable entity={ministryEntity} summary={ministry} card={card} onExpand={onExpand} />
          ) : (
            ministry
          )}
        </Fact>
        {readout.place ? (
          <Fact label={t('popup.place')} class="place">
            {readout.place}
          </Fact>
        ) : null}
        <Fact label={t('popup.date')} class="date">
          {readoutDateText(readout.date, analysis.published)}
        </Fact>
        {participants ? (
          <Fact label={t('popup.participants')} class="participants">
            {participants}
          </Fact>
        ) : null}
      </dl>
    </header>
  );
}

export function ActionsBar({
  saved,
  highlightsOn,
  onSave,
  onHighlights,
}: {
  saved: SaveState;
  highlightsOn: boolean;
  onSave: () => void;
  onHighlights: (on: boolean) => void;
}) {
  return (
    <div class="actions">
      <button
        type="button"
        class="save primary"
        onClick={onSave}
        disabled={saved !== 'no'}
        aria-live="polite"
      >
        {saved === 'yes' ? t('popup.saved') : saved === 'saving' ? t('saving') : t('popup.save')}
      </button>
      <label class="highlights">
        <input
          type="checkbox"
          role="switch"
          checked={highlightsOn}
          onChange={(e) => onHighlights((e.currentTarget as HTMLInputElement).checked)}
        />{' '}
        {t('popup.highlights')}
      </label>
    </div>
  );
}

/** A row that opens to the entity's card; the card's data is asked for on first opening. */
function Expandable({
  entity,
  summary,
  card,
  onExpand,
}: {
  entity: FoundEntity;
  summary: ComponentChildren;
  card: (entity: FoundEntity) => ComponentChildren;
  onExpand?: (entity: FoundEntity) => void;
}) {
  return (
    <details
      class="entity"
      data-entity-key={entity.key}
      onToggle={(e) => {
        if ((e.currentTarget as HTMLDetailsElement).open) onExpand?.(entity);
      }}
    >
      <summary>{summary}</summary>
      {card(entity)}
    </details>
  );
}

function EntitySummary({ entity }: { entity: FoundEntity }) {
  return (
    <>
      <strong class="name">{entity.name}</strong>
      {entity.nativeName ? (
        <>
          {' '}
          <span class="native" lang={entity.country ? NATIVE_LANG[entity.country] : undefined}>
            {entity.nativeName}
          </span>
        </>
      ) : null}
      {entity.role ? <span class="role"> — {officeTitle(entity.role, entity.roleNative)}</span> : null}
      {entity.id ? null : <NotInKb />}
    </>
  );
}

export function EntitySections({
  entities,
  card,
  onExpand,
}: {
  entities: FoundEntity[];
  card: (entity: FoundEntity) => ComponentChildren;
  onExpand?: (entity: FoundEntity) => void;
}) {
  return (
    <>
      {ENTITY_GROUPS.map(({ kind, label }) => {
        const group = entities.filter((e) => e.kind === kind);
        if (!group.length) return null;
        return (
          <section aria-label={t(label)} class={`entities ${kind}`} key={kind}>
            <h2>{t(label)}</h2>
            <ul>
              {group.map((e) => (
                <li key={e.key} data-entity-key={e.key}>
                  <Expandable
                    entity={e}
                    summary={<EntitySummary entity={e} />}
                    card={card}
                    onExpand={onExpand}
                  />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}

export function RelatedSection({ related }: { related: RelatedReadout[] | null }) {
  return (
    <section aria-label={t('popup.related')} class="related-section">
      <h2>{t('popup.related')}</h2>
      {related === null ? <p aria-busy="true">{t('loading')}</p> : <RelatedList items={related} />}
    </section>
  );
}

function NoReadout({
  state,
  onEnableSite,
  archiveUrl,
}: {
  state: Extract<PopupState, { status: 'no-readout' }>;
  onEnableSite: (origin: string) => void;
  archiveUrl: string;
}) {
  const canEnable =
    state.origin !== null && state.site !== null && !state.site.builtIn && !state.site.enabled;
  return (
    <main>
      <p>{t('popup.notReadout')}</p>
      {canEnable ? (
        <button type="button" class="enable-site primary" onClick={() => onEnableSite(state.origin!)}>
          {t('popup.enableOn', new URL(state.origin!).host)}
        </button>
      ) : null}
      {state.siteMessage ? (
        <p role="status" class="site-message">
          {state.siteMessage}
        </p>
      ) : null}
      <ArchiveLink archiveUrl={archiveUrl} />
    </main>
  );
}

export function PopupView({
  state,
  onSave,
  onHighlights,
  onEnableSite,
  onExpand,
  archiveUrl,
  compareHref,
  sync,
}: { state: PopupState } & PopupActions) {
  if (state.status === 'loading')
    return (
      <main aria-busy="true">
        <p class="loading">{t('popup.reading')}</p>
      </main>
    );
  if (state.status === 'no-readout')
    return <NoReadout state={state} onEnableSite={onEnableSite} archiveUrl={archiveUrl} />;
  const { analysis } = state;
  const site = ministryOf(analysis.readout.ministry);
  const ministryEntity = analysis.entities.find((e) => isPublishingMinistry(e, site));
  // A card is built once its row has been opened (its data asked for), not for every row.
  const card = (entity: FoundEntity) => {
    const data = state.cards?.[entity.key];
    if (!data) return null;
    return (
      <EntityCard
        entity={entity}
        details={data.details}
        readoutDate={analysis.readout.date}
        related={data.related}
        variant="inline"
      />
    );
  };
  return (
    <main>
      <ReadoutFacts analysis={analysis} ministryEntity={ministryEntity} card={card} onExpand={onExpand} />
      <ActionsBar
        saved={state.saved}
        highlightsOn={state.highlightsOn}
        onSave={onSave}
        onHighlights={onHighlights}
      />
      {state.error ? (
        <p role="alert" class="error">
          {state.error}
        </p>
      ) : null}
      {/* Compare feature: the other governments' readouts of this meeting. */}
      {compareHref && state.otherSides !== undefined ? (
        <OtherSides reports={state.otherSides} compareHref={compareHref} />
      ) : null}
      <EntitySections
        entities={analysis.entities.filter((e) => e !== ministryEntity)}
        card={card}
        onExpand={onExpand}
      />
      <RelatedSection related={state.related} />
      <HighlightLegend />
      <ArchiveLink archiveUrl={archiveUrl} />
      <SyncStatusLine line={sync?.line} optionsUrl={sync?.optionsUrl} />
    </main>
  );
}
