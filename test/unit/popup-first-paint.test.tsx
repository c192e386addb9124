// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { PopupView, type PopupState } from '../../components/PopupView';
import { readoutInput } from './archive-helpers';
import { setLocale } from '../../lib/i18n';
import { en } from '../../lib/i18n/messages/en';
import { catalogFiles } from '../../lib/i18n/catalog-file-data';
import { catalogFileName, resolveLocale } from '../../lib/i18n/locale';
import {
  buildPaint,
  FIRST_PAINT_EN,
  firstPaintLabels,
  firstPaintModel,
  firstPaintTree,
  type FirstPaintLabels,
} from '../../lib/popup-first-paint';
import type { PageAnalysis } from '../../lib/page-analysis';
import type { FoundEntity } from '../../lib/model';

function analysisOf(): PageAnalysis {
  const input = readoutInput({
    url: 'https://mfa.example/a',
    title: 'Talks <img src=x onerror=alert(1)> & more',
    participants: [
      ['p-1', 'Ana Example', 'PT'],
      ['p-2', 'Bo Example'],
    ],
    agreements: [['ag-1', 'Example Accord']],
  });
  const native: FoundEntity = {
    key: 'o-1',
    kind: 'organization',
    name: 'Example Office',
    nativeName: '例办公室',
    id: null,
    surfaces: ['Example Office'],
    mentions: 1,
  };
  return {
    url: input.url,
    readout: input.readout,
    entities: [...input.entities, native],
    participantKeys: input.participantKeys,
  } as PageAnalysis;
}

/** The view's ready state before the archive answers, rendered by Preact. */
function viewOf(analysis: PageAnalysis): HTMLElement {
  const state: PopupState = {
    status: 'ready',
    analysis,
    highlightsOn: true,
    related: null,
    saved: 'no',
  };
  const root = document.createElement('div');
  document.body.append(root);
  act(() =>
    render(
      <PopupView
        state={state}
        onSave={() => {}}
        onHighlights={() => {}}
        onEnableSite={() => {}}
        archiveUrl="x"
      />,
      root,
    ),
  );
  return root;
}

function paintOf(analysis: PageAnalysis, labels: FirstPaintLabels = FIRST_PAINT_EN): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  root.append(buildPaint(document, firstPaintTree(firstPaintModel(analysis, labels))));
  return root;
}

/** What a reader sees of the page's facts, by the selectors both the paint and the view use. */
const seen = (root: HTMLElement) => ({
  title: root.querySelector('h1.title')?.textContent,
  kind: [
    root.querySelector('dd.page-kind')?.previousElementSibling?.textContent,
    root.querySelector('dd.page-kind')?.textContent,
  ],
  groups: [...root.querySelectorAll('section.entities')].map((s) => ({
    class: s.className,
    label: s.getAttribute('aria-label'),
    heading: s.querySelector('h2')?.textContent,
    entities: [...s.querySelectorAll('li[data-entity-key]')].map((li) => [
      li.getAttribute('data-entity-key'),
      li.querySelector('summary strong.name')?.textContent,
      li.querySelector('summary .native')?.textContent ?? null,
    ]),
  })),
  related: [
    root.querySelector('section.related-section h2')?.textContent,
    root.querySelector('section.related-section [aria-busy]')?.textContent,
  ],
});

afterEach(() => {
  document.body.innerHTML = '';
  setLocale('en');
});

describe('popup first paint', () => {
  it('carries the English catalog’s own words for every label it shows', () => {
    for (const [key, text] of Object.entries(FIRST_PAINT_EN)) expect(text).toBe(en[key as keyof typeof en]);
  });

  it('shows what the view shows of the page (title, kind, entities by kind, related heading)', () => {
    const analysis = analysisOf();
    const painted = seen(paintOf(analysis));
    expect(painted.groups.map((g) => g.class)).toEqual([
      'entities official',
      'entities agreement',
      'entities organization',
    ]);
    expect(painted).toEqual(seen(viewOf(analysis)));
  });

  it('shows the same words as the view in another UI language, from its packaged catalog file', () => {
    const file = catalogFiles().find((f) => f.path === catalogFileName('ja'))!;
    const labels = firstPaintLabels(JSON.parse(file.contents));
    expect(labels['popup.officials']).not.toBe(FIRST_PAINT_EN['popup.officials']);
    const analysis = analysisOf();
    const painted = seen(paintOf(analysis, labels));
    setLocale('ja');
    expect(painted).toEqual(seen(viewOf(analysis)));
  });

  it('keeps page text as text: markup in a title is never parsed', () => {
    const root = paintOf(analysisOf());
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('h1.title')?.textContent).toBe('Talks <img src=x onerror=alert(1)> & more');
  });

  it('falls back to English for labels a catalog file lacks or gets wrong', () => {
    expect(firstPaintLabels({ 'popup.kind': '種類', loading: 3 })).toEqual({
      ...FIRST_PAINT_EN,
      'popup.kind': '種類',
    });
    expect(firstPaintLabels(['x'])).toEqual(FIRST_PAINT_EN);
  });

  it('resolves the stored choice over the browser languages, as the view does', () => {
    expect(resolveLocale('auto', ['zh-HK', 'en'])).toBe('zh-TW');
    expect(resolveLocale('ko', ['ja'])).toBe('ko');
  });
});
