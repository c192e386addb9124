/**
 * The content script's own UI hosts: each a `<readout-lens-ui>` element with its own shadow root,
 * appended to <html> and removed when closed, so the page's DOM is left as it was. Used by the
 * live region here and by the card (card-ui.tsx, in the card part).
 *
 * The shadow root is closed: the card shows the user's own archive (prior readouts, notes), and a
 * page script must not read it or drive its forms. Only the browser-test build (`--mode e2e`,
 * never shipped) opens it, so Playwright's locators can reach the card; test/e2e/card-safety
 * checks the closed root on the production build.
 */
export const UI_TAG = 'readout-lens-ui';

const SHADOW_MODE: ShadowRootMode = import.meta.env.MODE === 'e2e' ? 'open' : 'closed';

export function createHost(
  doc: Document,
  css: string,
): { host: HTMLElement; shadow: ShadowRoot; mount: HTMLElement } {
  const host = doc.createElement(UI_TAG);
  const shadow = host.attachShadow({ mode: SHADOW_MODE });
  const style = doc.createElement('style');
  style.textContent = css;
  const mount = doc.createElement('div');
  shadow.append(style, mount);
  return { host, shadow, mount };
}

/**
 * Visually hidden but read by screen readers (the live region). Here rather than with the card's
 * styles (components/card-css.ts), which a readout page's start does not need.
 */
const ANNOUNCER_CSS = `
:host { all: initial; }
.sr-only { position: fixed; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
`;

export interface Announcer {
  say(message: string): void;
  remove(): void;
}

/** A polite live region, created on first use: screen readers hear the term the walk is on. */
export function createAnnouncer(doc: Document): Announcer {
  let region: { host: HTMLElement; live: HTMLElement } | null = null;
  return {
    say(message) {
      if (!region) {
        const { host, mount } = createHost(doc, ANNOUNCER_CSS);
        mount.className = 'sr-only';
        mount.setAttribute('role', 'status');
        mount.setAttribute('aria-live', 'polite');
        doc.documentElement.append(host);
        region = { host, live: mount };
      }
      region.live.textContent = message;
    },
    remove() {
      region?.host.remove();
      region = null;
    },
  };
}
