/**
 * The content script's own UI: the context card and the live region that announces the current
 * term. Each lives in a `<readout-lens-ui>` host with its own shadow root, appended to <html> and
 * removed when closed, so the page's DOM is left as it was.
 *
 * The shadow root is closed: the card shows the user's own archive (prior readouts, notes), and a
 * page script must not read it or drive its forms. Only the browser-test build (`--mode e2e`,
 * never shipped) opens it, so Playwright's locators can reach the card; test/e2e/card-safety
 * checks the closed root on the production build.
 */
import { render, type ComponentChild } from 'preact';
import { ANNOUNCER_CSS, CARD_CSS } from '../../components/card-css';
import { isOutOfView, placeCard } from '../../lib/highlight/place';

export const UI_TAG = 'readout-lens-ui';

const SHADOW_MODE: ShadowRootMode = import.meta.env.MODE === 'e2e' ? 'open' : 'closed';

function createHost(
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

export interface CardHost {
  /** Opens (or replaces) the card next to `anchor`; `focus` moves keyboard focus into it. */
  open(anchor: Range, content: ComponentChild, focus: boolean): void;
  /** Re-renders the open card's content in place. */
  update(content: ComponentChild): void;
  /** Closes the card; `restoreFocus` gives focus back to where it was before it opened. */
  close(restoreFocus: boolean): void;
  isOpen(): boolean;
  /** Whether an event came from inside the card. */
  owns(event: Event): boolean;
  /** Follows the anchor after a scroll; closes when it has scrolled out of view. */
  follow(): void;
}

export function createCardHost(doc: Document): CardHost {
  let open: { host: HTMLElement; shadow: ShadowRoot; mount: HTMLElement; anchor: Range } | null = null;
  let returnFocus: Element | null = null;
  const viewport = () => ({
    width: doc.documentElement.clientWidth,
    height: doc.documentElement.clientHeight,
  });

  // The anchor's rectangle in the top document's viewport (it may sit in a same-origin frame).
  const anchorBox = (anchor: Range) => {
    const r = anchor.getBoundingClientRect();
    let { left, top, right, bottom } = r;
    for (
      let win: Window | null | undefined = anchor.startContainer.ownerDocument?.defaultView;
      win?.frameElement;
      win = win.parent
    ) {
      const f = win.frameElement.getBoundingClientRect();
      left += f.left;
      right += f.left;
      top += f.top;
      bottom += f.top;
    }
    return { left, top, right, bottom };
  };

  const position = () => {
    if (!open) return;
    const card = open.shadow.querySelector<HTMLElement>('.card');
    const size = card ? card.getBoundingClientRect() : { width: 360, height: 240 };
    const at = placeCard(anchorBox(open.anchor), { width: size.width, height: size.height }, viewport());
    open.host.style.cssText = `position:fixed;z-index:2147483647;left:${at.left}px;top:${at.top}px;`;
  };

  const close = (restoreFocus: boolean) => {
    if (!open) return;
    const hadFocus = open.host.matches(':focus-within');
    render(null, open.mount);
    open.host.remove();
    open = null;
    if (restoreFocus && hadFocus && returnFocus instanceof HTMLElement && returnFocus.isConnected)
      returnFocus.focus();
    returnFocus = null;
  };

  return {
    open(anchor, content, focus) {
      close(false);
      returnFocus = doc.activeElement;
      const { host, shadow, mount } = createHost(doc, CARD_CSS);
      host.style.cssText = 'position:fixed;z-index:2147483647;left:0;top:0;visibility:hidden;';
      doc.documentElement.append(host);
      open = { host, shadow, mount, anchor };
      render(content, mount);
      position();
      if (focus) shadow.querySelector<HTMLElement>('[role="dialog"]')?.focus();
    },
    update(content) {
      if (!open) return;
      render(content, open.mount);
      position();
    },
    close,
    isOpen: () => open !== null,
    owns: (event) => open !== null && event.composedPath().includes(open.host),
    follow() {
      if (!open) return;
      if (isOutOfView(anchorBox(open.anchor), viewport())) close(false);
      else position();
    },
  };
}

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
