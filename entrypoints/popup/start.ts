/**
 * What the popup asks before anything is on screen, in a module of its own: the entry module
 * sends these questions before the view's modules are loaded and evaluated.
 */
import browser from 'webextension-polyfill';
import type { Result } from '../../lib/model';
import type { PageAnalysis } from '../../lib/page-analysis';

export type AnalysisReply = Result<PageAnalysis & { highlightsOn: boolean }> | null;

export interface PopupStart {
  tab: Promise<{ id: number; url: string | null } | undefined>;
  analysis: Promise<AnalysisReply>;
}

/** The tab this popup is about: `?tabId=` (tests open the popup as a tab), else the active tab. */
async function targetTab(): Promise<{ id: number; url: string | null } | undefined> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tabId'));
  const tab = fromQuery
    ? await browser.tabs.get(fromQuery)
    : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  return tab?.id === undefined ? undefined : { id: tab.id, url: tab.url ?? null };
}

export function startPopup(): PopupStart {
  const tab = targetTab();
  const analysis = tab.then((t) =>
    t
      ? (browser.tabs
          .sendMessage(t.id, { type: 'content/get-analysis' })
          .catch(() => null) as Promise<AnalysisReply>)
      : null,
  );
  return { tab, analysis };
}
