import type { PageAnalysis } from '../lib/page-analysis';
import type { RelatedReadout } from '../lib/archive/schema';
import type { FoundEntity, PageKind } from '../lib/model';
import type { MeetingReport } from '../lib/compare/messages';
import { RelatedList } from './RelatedList';
import { ministryName } from './compare/labels';
import { OtherSides } from './compare/OtherSides';
import { SyncStatusLine } from './SyncStatusLine';

/** What the popup calls each kind of page. */
const KIND_LABEL: Record<PageKind, string> = {
  readout: 'Readout',
  transcript: 'Press conference or briefing transcript',
  statement: 'Statement',
  announcement: 'Announcement',
  speech: 'Speech',
  listing: 'List of articles',
  other: 'Article',
};

/** What the sites service says about the page's origin (null: not answered). */
export interface SiteStatus {
  ministry: string | null;
  builtIn: boolean;
  enabled: boolean;
}

export type SaveState = 'no' | 'saving' | 'yes';

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
      /** Compare feature: archived readouts of the same meeting by others (null: loading). */
      otherSides?: MeetingReport[] | null;
    };

export interface PopupActions {
  onSave: () => void;
  onHighlights: (on: boolean) => void;
  /** Must run inside the click handler: it asks for a host permission. */
  onEnableSite: (origin: string) => void;
  archiveUrl: string;
  /** Compare feature: the comparison page of this readout and another one. */
  compareHref?: (report: MeetingReport) => string;
  /** Sync's one line (issue 12); absent or null when sync is off. */
  sync?: { line: string | null; optionsUrl: string };
}

const GROUPS: { kind: FoundEntity['kind']; label: string }[] = [
  { kind: 'official', label: 'Officials' },
  { kind: 'agreement', label: 'Agreements and initiatives' },
  { kind: 'organization', label: 'Organizations' },
  { kind: 'event', label: 'Events' },
  { kind: 'place', label: 'Places' },
  { kind: 'other', label: 'Other' },
];

export function PopupView({
  state,
  onSave,
  onHighlights,
  onEnableSite,
  archiveUrl,
  compareHref,
  sync,
}: { state: PopupState } & PopupActions) {
  const archiveLink = (
    <>
      <p class="archive-link">
        <a href={archiveUrl} target="_blank" rel="noopener">
          Open your archive
        </a>
      </p>
      <SyncStatusLine line={sync?.line} optionsUrl={sync?.optionsUrl} />
    </>
  );
  if (state.status === 'loading') return <main aria-busy="true">Reading the page…</main>;
  if (state.status === 'no-readout') {
    const canEnable =
      state.origin !== null && state.site !== null && !state.site.builtIn && !state.site.enabled;
    return (
      <main>
        <p>
          This page is not an article Readout Lens reads: not a readout, transcript, statement, announcement
          or speech.
        </p>
        {canEnable ? (
          <button type="button" class="enable-site" onClick={() => onEnableSite(state.origin!)}>
            Enable Readout Lens on {new URL(state.origin!).host}
          </button>
        ) : null}
        {state.siteMessage ? (
          <p role="status" class="site-message">
            {state.siteMessage}
          </p>
        ) : null}
        {archiveLink}
      </main>
    );
  }
  const { readout, entities } = state.analysis;
  // "Jan Kowalski (Undersecretary of State …, PL)": the office and country the page gives.
  const participants = readout.participants
    .map((p) => {
      const about = [p.title, p.country].filter(Boolean).join(', ');
      return about ? `${p.name} (${about})` : p.name;
    })
    .join('; ');
  return (
    <main>
      <h1 class="title">{readout.title}</h1>
      <dl class="facts">
        <dt>Kind</dt>
        <dd class="page-kind">{KIND_LABEL[readout.pageKind]}</dd>
        <dt>Ministry</dt>
        <dd class="ministry">{ministryName(readout.ministry)}</dd>
        <dt>Date</dt>
        <dd class="date">{readout.date ?? 'unknown'}</dd>
        {participants ? (
          <>
            <dt>Participants</dt>
            <dd class="participants">{participants}</dd>
          </>
        ) : null}
      </dl>
      <div class="actions">
        <button
          type="button"
          class="save"
          onClick={onSave}
          disabled={state.saved !== 'no'}
          aria-live="polite"
        >
          {state.saved === 'yes' ? 'Saved' : state.saved === 'saving' ? 'Saving…' : 'Save to archive'}
        </button>
        <label class="highlights">
          <input
            type="checkbox"
            role="switch"
            checked={state.highlightsOn}
            onChange={(e) => onHighlights((e.currentTarget as HTMLInputElement).checked)}
          />{' '}
          Highlights
        </label>
      </div>
      {state.error ? (
        <p role="alert" class="error">
          {state.error}
        </p>
      ) : null}
      {/* Compare feature: the other governments' readouts of this meeting. */}
      {compareHref && state.otherSides !== undefined ? (
        <OtherSides reports={state.otherSides} compareHref={compareHref} />
      ) : null}
      {GROUPS.map(({ kind, label }) => {
        const group = entities.filter((e) => e.kind === kind);
        if (!group.length) return null;
        return (
          <section aria-label={label} class={`entities ${kind}`} key={kind}>
            <h2>{label}</h2>
            <ul>
              {group.map((e) => (
                <li key={e.key} data-entity-key={e.key}>
                  <strong>{e.name}</strong>
                  {e.role ? <span class="role"> — {e.role}</span> : null}
                  {e.roleNow && e.roleNow !== e.role ? (
                    <span class="role-now"> (now: {e.roleNow})</span>
                  ) : null}
                  {e.id ? null : <span class="not-in-kb"> (not in KB)</span>}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      <section aria-label="Related prior readouts" class="related-section">
        <h2>Related prior readouts</h2>
        {state.related === null ? <p aria-busy="true">Loading…</p> : <RelatedList items={state.related} />}
      </section>
      {archiveLink}
    </main>
  );
}
