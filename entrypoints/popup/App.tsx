/**
 * The popup: the page's readout summary, its entities by kind, related prior readouts, Save.
 */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { PageAnalysis } from '../../lib/page-analysis';
import type { Result } from '../../lib/model';
import type { RelatedReadout } from '../../lib/archive/schema';
import { PopupView, type PopupState } from '../../components/PopupView';

/** The tab this popup is about: `?tabId=` (tests open the popup as a tab), else the active tab. */
async function targetTabId(): Promise<number | undefined> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tabId'));
  if (fromQuery) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

export function App() {
  const [state, setState] = useState<PopupState>({ status: 'loading' });

  useEffect(() => {
    void (async () => {
      const tabId = await targetTabId();
      if (tabId === undefined) return setState({ status: 'no-readout' });
      const reply = (await browser.tabs.sendMessage(tabId, { type: 'content/get-analysis' }).catch(() => null)) as Result<PageAnalysis> | null;
      if (!reply?.ok) return setState({ status: 'no-readout' });
      const analysis = reply.value;
      setState({ status: 'ready', analysis, related: null, saved: 'no' });
      const related = (await browser.runtime.sendMessage({
        type: 'archive/related',
        query: { url: analysis.url, entityKeys: analysis.entities.map((e) => e.key), participantKeys: analysis.participantKeys, limit: 20 },
      })) as Result<RelatedReadout[]>;
      setState((s) => (s.status === 'ready' ? { ...s, related: related.ok ? related.value : [] } : s));
    })();
  }, []);

  const save = async () => {
    if (state.status !== 'ready') return;
    setState({ ...state, saved: 'saving' });
    const { analysis } = state;
    const reply = (await browser.runtime.sendMessage({
      type: 'archive/save',
      input: { url: analysis.url, readout: analysis.readout, entities: analysis.entities, participantKeys: analysis.participantKeys },
    })) as Result<unknown>;
    setState((s) => (s.status === 'ready' ? { ...s, saved: reply.ok ? 'yes' : 'no', error: reply.ok ? undefined : reply.error } : s));
  };

  return <PopupView state={state} onSave={save} />;
}
