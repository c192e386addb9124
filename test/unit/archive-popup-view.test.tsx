// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { PopupView, type PopupActions, type PopupState } from '../../components/PopupView';
import { readoutInput } from './archive-helpers';
import type { FoundEntity } from '../../lib/model';
import { setLocale } from '../../lib/i18n';

const actions = (): PopupActions => ({
  onSave: vi.fn(),
  onHighlights: vi.fn(),
  onEnableSite: vi.fn(),
  archiveUrl: 'chrome-extension://x/archive.html',
});

function mount(state: PopupState, handlers: PopupActions) {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(<PopupView state={state} {...handlers} />, root));
  return root;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('PopupView', () => {
  it('offers "enable on this site" only for a site outside the registry, and reports the origin', () => {
    const handlers = actions();
    const root = mount(
      {
        status: 'no-readout',
        origin: 'https://news.example',
        site: { ministry: null, builtIn: false, enabled: false },
      },
      handlers,
    );
    const button = root.querySelector<HTMLButtonElement>('button.enable-site')!;
    expect(button.textContent).toBe('Enable Readout Lens on news.example');
    button.click();
    expect(handlers.onEnableSite).toHaveBeenCalledWith('https://news.example');

    const builtIn = mount(
      {
        status: 'no-readout',
        origin: 'https://www.mofa.go.kr',
        site: { ministry: 'rok-mofa', builtIn: true, enabled: true },
      },
      actions(),
    );
    expect(builtIn.querySelector('button.enable-site')).toBeNull();
  });

  it('groups entities by kind, shows Saved as a disabled button, and reports the highlights switch', () => {
    const handlers = actions();
    const input = readoutInput({
      url: 'https://mfa.example/a',
      participants: [['wang-yi', 'Wang Yi', 'CN']],
      agreements: [['rcep', '<b>RCEP</b>']],
    });
    const root = mount(
      { status: 'ready', analysis: input, highlightsOn: true, related: [], saved: 'yes' },
      handlers,
    );
    expect([...root.querySelectorAll('section.entities h2')].map((h) => h.textContent)).toEqual([
      'Officials',
      'Agreements and initiatives',
    ]);
    expect(root.querySelector('dd.page-kind')!.textContent).toBe('Readout');
    // The ministry by name, not by registry id.
    expect(root.querySelector('dd.ministry')!.textContent).toBe(
      "Ministry of Foreign Affairs of the People's Republic of China",
    );
    // Data is text, never markup.
    expect(root.querySelector('section.entities.agreement strong')!.textContent).toBe('<b>RCEP</b>');
    const save = root.querySelector<HTMLButtonElement>('button.save')!;
    expect([save.textContent, save.disabled]).toEqual(['Saved', true]);
    const toggle = root.querySelector<HTMLInputElement>('input[role="switch"]')!;
    toggle.click();
    expect(handlers.onHighlights).toHaveBeenCalledWith(false);
  });

  it('names the kind of page, and lists participants only for a readout', () => {
    const input = readoutInput({
      url: 'https://mfa.example/b',
      participants: [['mao-ning', 'Mao Ning', 'CN']],
    });
    const transcript = {
      ...input,
      readout: { ...input.readout, isReadout: false, pageKind: 'transcript' as const, participants: [] },
    };
    const root = mount(
      { status: 'ready', analysis: transcript, highlightsOn: true, related: [], saved: 'no' },
      actions(),
    );
    expect(root.querySelector('dd.page-kind')!.textContent).toBe('Press conference or briefing transcript');
    expect(root.querySelector('dd.participants')).toBeNull();
    expect(root.querySelector('section.entities.official strong')!.textContent).toBe('Mao Ning');
  });

  const ministryOrg: FoundEntity = {
    key: 'prc-ministry-of-foreign-affairs',
    kind: 'organization',
    name: "Ministry of Foreign Affairs of the People's Republic of China",
    id: 'prc-ministry-of-foreign-affairs',
    surfaces: ['Ministry of Foreign Affairs'],
    mentions: 1,
    country: 'CN',
  };
  const asean: FoundEntity = {
    key: 'asean',
    kind: 'organization',
    name: 'ASEAN',
    id: 'asean',
    surfaces: ['ASEAN'],
    mentions: 1,
  };
  const unknownPlan: FoundEntity = {
    key: 'pattern:plan',
    kind: 'agreement',
    name: 'Harbour Plan',
    id: null,
    surfaces: ['Harbour Plan'],
    mentions: 1,
  };

  function readyPage() {
    const input = readoutInput({
      url: 'https://mfa.example/b',
      date: '2024-05-13',
      participants: [['wang-yi', 'Wang Yi', 'CN']],
    });
    input.readout.place = 'Beijing';
    input.entities.push(ministryOrg, asean, unknownPlan);
    return { ...input, published: '2024-05-14' };
  }

  it('gives the place, which date is which, and the ministry once', () => {
    const root = mount(
      { status: 'ready', analysis: readyPage(), highlightsOn: true, related: [], saved: 'no' },
      actions(),
    );
    expect(root.querySelector('dd.place')!.textContent).toBe('Beijing');
    expect(root.querySelector('dd.date')!.textContent).toBe('published 14 May, meeting 13 May 2024');
    // The ministry is the Ministry line (openable to its card), not a second time under Organizations.
    expect(root.querySelector('dd.ministry summary')!.textContent).toBe(
      "Ministry of Foreign Affairs of the People's Republic of China",
    );
    expect(
      [...root.querySelectorAll('section.organization summary .name')].map((n) => n.textContent),
    ).toEqual(['ASEAN']);
  });

  it('opens an entity to its card (the page card component) and asks for its data once opened', () => {
    const handlers = { ...actions(), onExpand: vi.fn() };
    const analysis = readyPage();
    const closed = mount(
      { status: 'ready', analysis, highlightsOn: true, related: [], saved: 'no' },
      handlers,
    );
    const row = closed.querySelector<HTMLDetailsElement>('li[data-entity-key="wang-yi"] details')!;
    expect(row.querySelector('.card')).toBeNull();
    row.open = true;
    act(() => {
      row.dispatchEvent(new Event('toggle'));
    });
    expect(handlers.onExpand).toHaveBeenCalledWith(expect.objectContaining({ key: 'wang-yi' }));

    const opened = mount(
      {
        status: 'ready',
        analysis,
        highlightsOn: true,
        related: [],
        saved: 'no',
        cards: {
          'wang-yi': {
            details: {
              aliases: [],
              sources: [{ url: 'https://www.wikidata.org/wiki/Q701801', title: 'Wikidata' }],
            },
            related: [],
          },
          'pattern:plan': { related: [] },
        },
      },
      actions(),
    );
    const card = opened.querySelector('li[data-entity-key="wang-yi"] .card.inline')!;
    expect(card.querySelector('h2 .name')!.textContent).toBe('Wang Yi');
    expect(card.querySelector('.role')!.textContent).toMatch(/^On 13 May 2024:/);
    expect(card.querySelector('.links a')!.textContent).toBe('Wikidata');
    // Outside the KB: the same words in the list and in the card.
    const plan = opened.querySelector('li[data-entity-key="pattern:plan"]')!;
    const words = [...plan.querySelectorAll('.not-in-kb')].map((p) => p.textContent);
    expect(words).toEqual([
      "Not in Readout Lens's reference data yet — add a note",
      "Not in Readout Lens's reference data yet — add a note",
    ]);
  });

  it("explains the four highlight styles with the page's own style definitions", () => {
    const root = mount(
      { status: 'ready', analysis: readyPage(), highlightsOn: true, related: [], saved: 'no' },
      actions(),
    );
    const items = [...root.querySelectorAll('section.legend li')];
    expect(items.map((li) => li.className)).toEqual([
      'legend-official',
      'legend-agreement',
      'legend-organization',
      'legend-event',
    ]);
    const decorations = items.map((li) => li.querySelector<HTMLElement>('.sample')!.style.textDecoration);
    expect(decorations.map((d) => /solid|dashed|dotted|double/.exec(d)?.[0])).toEqual([
      'solid',
      'dashed',
      'dotted',
      'double',
    ]);
  });

  it("lists an official's office in its own language when the UI reads it, as the card does", () => {
    const page = readyPage();
    const wang = page.entities.find((e) => e.key === 'wang-yi')!;
    wang.role = 'Minister of Foreign Affairs';
    wang.roleNative = { locale: 'zh-CN', text: '外交部部长' };
    const listed = (locale: 'zh-CN' | 'ko') => {
      setLocale(locale);
      const root = mount(
        { status: 'ready', analysis: page, highlightsOn: true, related: [], saved: 'no' },
        actions(),
      );
      return root.querySelector('li[data-entity-key="wang-yi"] summary .role')!.textContent;
    };
    try {
      expect(listed('zh-CN')).toBe(' — 外交部部长');
      expect(listed('ko')).toBe(' — Minister of Foreign Affairs');
    } finally {
      setLocale('en');
    }
  });
});
