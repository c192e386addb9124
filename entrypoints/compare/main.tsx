/**
 * The comparison page: two readouts of one meeting side by side. `?a=ID&b=ID` names two archive
 * records; `?tab=N` stands in for `a` when that page is not saved (its content script's analysis
 * is read instead). Cards open in a shadow root, as on a ministry page.
 */
import { render, type ComponentChild } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { ArchivedReadout, RelatedReadout } from '../../lib/archive';
import { compareReadouts, type Comparison, type ComparableReadout } from '../../lib/compare';
import { comparisonMarkdown, sideLabel, type SideLabels } from '../../lib/compare/report';
import type { KbDetails } from '../../lib/kb';
import type { FoundEntity, Result } from '../../lib/model';
import { askThrough } from '../../lib/ask';
import type { PageAnalysis } from '../../lib/page-analysis';
import { CompareView } from '../../components/compare/CompareView';
import { ministryName } from '../../components/compare/labels';
import { EntityCard } from '../../components/EntityCard';
import { CARD_CSS } from '../../components/card-css';
import { applyStoredLocale, t } from '../../lib/i18n';
import './style.css';

const ask = askThrough((message) => browser.runtime.sendMessage(message));

async function record(id: string | null): Promise<ComparableReadout | null> {
  if (!id) return null;
  const reply = await ask<ArchivedReadout | null>({ type: 'archive/get', id });
  return reply.ok ? reply.value : null;
}

async function fromTab(tab: string | null): Promise<ComparableReadout | null> {
  const tabId = Number(tab);
  if (!tab || !Number.isInteger(tabId)) return null;
  const reply = (await browser.tabs
    .sendMessage(tabId, { type: 'content/get-analysis' })
    .catch(() => null)) as Result<PageAnalysis> | null;
  return reply?.ok ? reply.value : null;
}

type State =
  | { status: 'loading' }
  | { status: 'error'; missing: 'first' | 'second' }
  | {
      status: 'ready';
      a: ComparableReadout;
      b: ComparableReadout;
      comparison: Comparison;
      labels: SideLabels;
    };

/** The card, in a shadow root of its own so the page's styles and the card's never meet. */
function createCardHost() {
  const host = document.createElement('readout-lens-card');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = CARD_CSS;
  const mount = document.createElement('div');
  shadow.append(style, mount);
  let returnFocus: HTMLElement | null = null;
  const close = () => {
    render(null, mount);
    host.remove();
    returnFocus?.focus();
    returnFocus = null;
  };
  return {
    open(anchor: HTMLElement, content: (close: () => void) => ComponentChild) {
      returnFocus = anchor;
      const box = anchor.getBoundingClientRect();
      const left = Math.max(8, Math.min(box.left, innerWidth - 376));
      const top = box.bottom + 6 + 260 < innerHeight ? box.bottom + 6 : Math.max(8, box.top - 266);
      host.style.cssText = `position:fixed;z-index:10;left:${left}px;top:${top}px;`;
      document.body.append(host);
      render(content(close), mount);
      shadow.querySelector<HTMLElement>('[role="dialog"]')?.focus();
    },
    update(content: (close: () => void) => ComponentChild) {
      if (host.isConnected) render(content(close), mount);
    },
    close,
    isOpen: () => host.isConnected,
    owns: (event: Event) => event.composedPath().includes(host),
  };
}

const card = createCardHost();

function openCard(entity: FoundEntity, anchor: HTMLElement, readout: ComparableReadout) {
  let related: RelatedReadout[] | null = null;
  let details: KbDetails | undefined;
  const content = (close: () => void) => (
    <EntityCard
      entity={entity}
      details={details}
      readoutDate={readout.readout.date}
      related={related}
      onClose={close}
    />
  );
  card.open(anchor, content);
  void ask<RelatedReadout[]>({
    type: 'archive/related',
    query: {
      url: readout.url,
      entityKeys: [entity.key],
      participantKeys: [],
      date: readout.readout.date,
      limit: 10,
    },
  }).then((r) => {
    related = r.ok ? r.value : [];
    card.update(content);
  });
  if (entity.id)
    void ask<Record<string, KbDetails>>({ type: 'kb/details', ids: [entity.id] }).then((r) => {
      details = r.ok ? r.value[entity.id!] : undefined;
      card.update(content);
    });
}

document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape' && card.isOpen()) card.close();
});
document.addEventListener('mousedown', (e) => {
  if (card.isOpen() && !card.owns(e)) card.close();
});

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/markdown' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function ComparePage() {
  const [state, setState] = useState<State>({ status: 'loading' });
  useEffect(() => {
    void (async () => {
      const params = new URLSearchParams(location.search);
      const [a, b] = await Promise.all([
        record(params.get('a')).then((r) => r ?? fromTab(params.get('tab'))),
        record(params.get('b')),
      ]);
      if (!a || !b) return setState({ status: 'error', missing: !a ? 'first' : 'second' });
      const comparison = compareReadouts(a, b);
      const labels = { a: sideLabel(comparison.a, ministryName), b: sideLabel(comparison.b, ministryName) };
      document.title = t('compare.windowTitle', comparison.a.title, comparison.b.title);
      setState({ status: 'ready', a, b, comparison, labels });
    })();
  }, []);

  if (state.status === 'loading') return <main aria-busy="true">{t('compare.reading')}</main>;
  if (state.status === 'error')
    return (
      <main>
        <p role="alert" class="error">
          {t(state.missing === 'first' ? 'compare.missingFirst' : 'compare.missingSecond')}
        </p>
      </main>
    );
  const { a, b, comparison, labels } = state;
  return (
    <CompareView
      comparison={comparison}
      labels={labels}
      urls={{ a: a.url, b: b.url }}
      entities={{ a: a.entities, b: b.entities }}
      onEntity={(side, entity, anchor) => openCard(entity, anchor, side === 'A' ? a : b)}
      onExport={() =>
        download(`comparison-${comparison.a.date ?? 'undated'}.md`, comparisonMarkdown(comparison, labels))
      }
    />
  );
}

void applyStoredLocale(browser.storage.local, [browser.i18n.getUILanguage(), ...navigator.languages]).then(
  (locale) => {
    document.documentElement.lang = locale;
    document.title = t('compare.pageTitle');
    render(<ComparePage />, document.getElementById('app')!);
  },
);
