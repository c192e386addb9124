/**
 * The context card over the page, in the card part (entrypoints/part-card.tsx): loaded when the
 * user's pointer rests on a term, the keyboard walk moves, or a trusted click or key opens a card,
 * so a readout page starts without Preact and the card's components. Its host is a closed shadow
 * root (ui-host.ts).
 */
import { render } from 'preact';
import { CARD_CSS } from '../../components/card-css';
import { EntityCard, type EntityCardProps } from '../../components/EntityCard';
import { adoptLanguage, type UiLanguage } from '../../lib/i18n/core';
import { isOutOfView, placeCard } from '../../lib/highlight/place';
import { createHost } from './ui-host';

export interface CardHost {
  /** Opens (or replaces) the card next to `anchor`; `focus` moves keyboard focus into it. */
  open(anchor: Range, card: EntityCardProps, focus: boolean): void;
  /** Re-renders the open card in place. */
  update(card: EntityCardProps): void;
  /** Closes the card; `restoreFocus` gives focus back to where it was before it opened. */
  close(restoreFocus: boolean): void;
  isOpen(): boolean;
  /** Whether an event came from inside the card. */
  owns(event: Event): boolean;
  /** Follows the anchor after a scroll; closes when it has scrolled out of view. */
  follow(): void;
}

/**
 * The card's host in `doc`; `language` is the content script's UI language at each opening (this
 * part has its own copy of lib/i18n/core, so it is handed over rather than shared).
 */
export function createCardHost(doc: Document, language: () => UiLanguage): CardHost {
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
    open(anchor, card, focus) {
      close(false);
      adoptLanguage(language());
      returnFocus = doc.activeElement;
      const { host, shadow, mount } = createHost(doc, CARD_CSS);
      host.style.cssText = 'position:fixed;z-index:2147483647;left:0;top:0;visibility:hidden;';
      doc.documentElement.append(host);
      open = { host, shadow, mount, anchor };
      render(<EntityCard {...card} />, mount);
      position();
      if (focus) shadow.querySelector<HTMLElement>('[role="dialog"]')?.focus();
    },
    update(card) {
      if (!open) return;
      render(<EntityCard {...card} />, open.mount);
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
