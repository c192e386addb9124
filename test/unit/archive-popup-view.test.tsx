// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { PopupView, type PopupActions, type PopupState } from '../../components/PopupView';
import { readoutInput } from './archive-helpers';

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
});
