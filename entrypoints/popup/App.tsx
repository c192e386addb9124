/**
 * The popup: the page's readout summary, its entities by kind, related prior readouts, Save,
 * highlights on/off, and "enable on this site" for sites outside the registry.
 */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { err, type Result } from '../../lib/model';
import type { PageAnalysis } from '../../lib/page-analysis';
import type { RelatedReadout } from '../../lib/archive/schema';
import type { FoundEntity } from '../../lib/model';
import type { KbDetails } from '../../lib/kb/schema';
import { errorText, t } from '../../lib/i18n';
import { PopupView, type CardData, type PopupState, type SiteStatus } from '../../components/PopupView';
import { compareQuery, type MeetingReport } from '../../lib/compare/messages';
import { readoutIdFor } from '../../lib/archive/schema';
import { useSyncLine } from './use-sync-line';
import { POPUP_MARKS } from '../../lib/perf-marks';
import { ask, type PopupStart } from './start';

const originOf = (url: string | null): string | null => {
  try {
    return url && /^https?:/.test(url) ? new URL(url).origin : null;
  } catch {
    return null;
  }
};

/** Compare feature: this page (its archive record if saved, else the tab's analysis) beside `report`. */
function compareHref(state: PopupState, tabId: number | null, report: MeetingReport): string {
  const query = compareQuery({
    a: state.status === 'ready' ? readoutIdFor(state.analysis.url) : undefined,
    b: report.id,
    tab: tabId ?? undefined,
  });
  return browser.runtime.getURL('/compare.html') + query;
}

/** Effects run after the frame is painted, so a mark set in one means "on screen". */
function markOnce(name: string) {
  if (performance.getEntriesByName(name).length === 0) performance.mark(name);
}

/** The page's facts with nothing from the archive yet: the popup's first useful render. */
const readyState = (analysis: PageAnalysis & { highlightsOn: boolean }): PopupState => ({
  status: 'ready',
  analysis,
  highlightsOn: analysis.highlightsOn,
  related: null,
  saved: 'no',
  otherSides: null,
});

export function App({ start }: { start: PopupStart }) {
  // The tab's analysis has usually arrived while this module loaded: then it is the first render.
  const [state, setState] = useState<PopupState>(() =>
    start.known.analysis?.ok ? readyState(start.known.analysis.value) : { status: 'loading' },
  );
  const [tabId, setTabId] = useState<number | null>(() => start.known.tab?.id ?? null);
  const syncLine = useSyncLine(); // sync (issue 12)

  const ready = state.status === 'ready';
  const relatedShown = state.status === 'ready' && state.related !== null;
  useEffect(() => {
    if (ready) markOnce(POPUP_MARKS.pageFacts);
  }, [ready]);
  useEffect(() => {
    if (relatedShown) markOnce(POPUP_MARKS.related);
  }, [relatedShown]);

  useEffect(() => {
    void (async () => {
      const tab = await start.tab;
      if (!tab) return setState({ status: 'no-readout', origin: null, site: null });
      setTabId(tab.id);
      const reply = await start.analysis;
      if (!reply?.ok) {
        const origin = originOf(tab.url);
        const site = origin ? await ask<SiteStatus>({ type: 'sites/status', url: tab.url }) : null;
        return setState({ status: 'no-readout', origin, site: site?.ok ? site.value : null });
      }
      const analysis = reply.value;
      setState((s) => (s.status === 'ready' ? s : readyState(analysis)));
      // Asked as soon as the analysis came in (start.ts), while this view was loading.
      const answers = await start.archive;
      const saved = answers?.saved ?? err('no readout on this page', 'no-readout');
      const related = answers?.related ?? err('no readout on this page', 'no-readout');
      // Compare feature: the other side's readout of this meeting, if the archive has it.
      void ask<MeetingReport[]>({
        type: 'meetings/others',
        page: {
          url: analysis.url,
          readout: analysis.readout,
          entities: analysis.entities,
          participantKeys: analysis.participantKeys,
        },
      }).then((others) =>
        setState((s) => (s.status === 'ready' ? { ...s, otherSides: others.ok ? others.value : [] } : s)),
      );
      setState((s) =>
        s.status === 'ready'
          ? {
              ...s,
              saved: saved.ok && saved.value ? 'yes' : s.saved,
              related: related.ok ? related.value : [],
              ...(related.ok ? {} : { error: errorText(related) }),
            }
          : s,
      );
    })();
  }, []);

  const save = async () => {
    if (state.status !== 'ready' || tabId === null) return;
    setState({ ...state, saved: 'saving', error: undefined });
    const reply = await ask<unknown>({ type: 'archive/save-tab', tabId });
    setState((s) =>
      s.status === 'ready'
        ? { ...s, saved: reply.ok ? 'yes' : 'no', error: reply.ok ? undefined : errorText(reply) }
        : s,
    );
  };

  const setHighlights = async (on: boolean) => {
    if (tabId === null) return;
    const reply = (await browser.tabs
      .sendMessage(tabId, { type: 'content/set-highlights', on })
      .catch((e: unknown) => err(String(e), 'no-answer'))) as Result<boolean>;
    setState((s) =>
      s.status === 'ready'
        ? {
            ...s,
            highlightsOn: reply.ok ? reply.value : s.highlightsOn,
            error: reply.ok ? undefined : errorText(reply),
          }
        : s,
    );
  };

  // No await before permissions.request: the browser grants it only inside the click's user gesture.
  const enableSite = (origin: string) => {
    void browser.permissions.request({ origins: [`${origin}/*`] }).then(async (granted) => {
      const message = granted
        ? await ask<unknown>({ type: 'sites/enable', origin }).then((r) =>
            r.ok ? t('popup.enabled') : t('popup.enableFailed', errorText(r)),
          )
        : t('popup.permissionDenied');
      setState((s) => (s.status === 'no-readout' ? { ...s, siteMessage: message } : s));
    });
  };

  const setCard = (key: string, patch: Partial<CardData>) =>
    setState((s) =>
      s.status === 'ready'
        ? {
            ...s,
            cards: { ...s.cards, [key]: { related: null, ...s.cards?.[key], ...patch } },
          }
        : s,
    );

  /** An entity opened to its card: its KB details and prior readouts, asked for once. */
  const expand = (entity: FoundEntity) => {
    if (state.status !== 'ready' || state.cards?.[entity.key]) return;
    const { analysis } = state;
    setCard(entity.key, {});
    if (entity.id) {
      const id = entity.id;
      void ask<Record<string, KbDetails>>({ type: 'kb/details', ids: [id] }).then((reply) => {
        if (reply.ok && reply.value[id]) setCard(entity.key, { details: reply.value[id] });
      });
    }
    void ask<RelatedReadout[]>({
      type: 'archive/related',
      query: {
        url: analysis.url,
        entityKeys: [entity.key],
        participantKeys: [],
        date: analysis.readout.date,
        limit: 10,
      },
    }).then((reply) => setCard(entity.key, { related: reply.ok ? reply.value : [] }));
  };

  return (
    <PopupView
      state={state}
      onExpand={expand}
      onSave={() => void save()}
      onHighlights={(on) => void setHighlights(on)}
      onEnableSite={enableSite}
      archiveUrl={browser.runtime.getURL('/archive.html')}
      compareHref={(report) => compareHref(state, tabId, report)}
      sync={{ line: syncLine, optionsUrl: browser.runtime.getURL('/options.html') }}
    />
  );
}
