/**
 * The look shared by the card (in its shadow root on the page) and the popup (which includes
 * it): colours as custom properties for light and dark, buttons, links, the four highlight
 * kinds' marks. `:host` is the card's shadow root, `:root` the popup's document.
 */
export const THEME_CSS = `
:host, :root {
  --rl-bg: #fff; --rl-fg: #1b1b1b; --rl-muted: #555; --rl-border: #8a8a8a; --rl-link: #1a5fb4;
  --rl-focus: #1a73e8; --rl-button-bg: #f1f3f4; --rl-button-hover: #e2e5e8; --rl-button-fg: #1b1b1b;
  --rl-primary-bg: #1a5fb4; --rl-primary-fg: #fff; --rl-error: #b00020;
  --rl-official: rgb(214, 140, 0); --rl-agreement: rgb(40, 120, 230);
  --rl-organization: rgb(0, 140, 110); --rl-event: rgb(150, 80, 200);
}
@media (prefers-color-scheme: dark) {
  :host, :root {
    --rl-bg: #202124; --rl-fg: #e8eaed; --rl-muted: #bdc1c6; --rl-border: #5f6368; --rl-link: #8ab4f8;
    --rl-focus: #8ab4f8; --rl-button-bg: #303134; --rl-button-hover: #3c4043; --rl-button-fg: #e8eaed;
    --rl-primary-bg: #8ab4f8; --rl-primary-fg: #202124; --rl-error: #f28b82;
  }
}
button { font: inherit; font-size: 13px; line-height: 1.3; padding: 4px 12px; border-radius: 4px; cursor: pointer;
  color: var(--rl-button-fg); background: var(--rl-button-bg); border: 1px solid var(--rl-border); }
button:hover:not(:disabled) { background: var(--rl-button-hover); }
button:disabled { cursor: default; opacity: .65; }
button.primary, button[type="submit"] { background: var(--rl-primary-bg); color: var(--rl-primary-fg); border-color: var(--rl-primary-bg); }
button.primary:hover:not(:disabled), button[type="submit"]:hover:not(:disabled) { filter: brightness(1.1); background: var(--rl-primary-bg); }
button:focus-visible, a:focus-visible, textarea:focus-visible, input:focus-visible, select:focus-visible, summary:focus-visible {
  outline: 2px solid var(--rl-focus); outline-offset: 2px; }
a { color: var(--rl-link); }
.not-in-kb { color: var(--rl-muted); font-style: italic; }
`;

/** The card's styles, scoped by its shadow root; readable on light and dark pages. */
export const CARD_CSS = `
:host { all: initial; }
${THEME_CSS}
.card { font: 14px/1.45 system-ui, sans-serif; width: 360px; max-width: calc(100vw - 16px); max-height: min(60vh, 520px); overflow: auto;
  background: var(--rl-bg); color: var(--rl-fg); border: 1px solid var(--rl-border); border-radius: 8px; box-shadow: 0 6px 24px rgba(0,0,0,.3);
  padding: 12px 14px; box-sizing: border-box; }
.card.inline { width: auto; max-width: none; max-height: none; overflow: visible; box-shadow: none; border-radius: 6px; margin: 4px 0 8px; }
.card:focus { outline: none; }
.card:focus-visible { outline: 2px solid var(--rl-focus); }
.card header { display: flex; justify-content: space-between; align-items: start; gap: 8px; }
.card h2 { font-size: 16px; margin: 0; overflow-wrap: anywhere; text-transform: none; letter-spacing: normal; color: inherit; }
.card .native { font-weight: normal; margin-left: 4px; color: var(--rl-muted); }
.card h3 { font-size: 12px; margin: 10px 0 4px; text-transform: uppercase; letter-spacing: .04em; color: var(--rl-muted); }
.kind { color: var(--rl-muted); margin: 2px 0 8px; font-size: 12px; padding-left: 8px; border-left: 4px solid var(--rl-border); }
.kind-official { border-left: 4px solid var(--rl-official); }
.kind-agreement { border-left: 4px dashed var(--rl-agreement); }
.kind-organization { border-left: 4px dotted var(--rl-organization); }
.kind-event { border-left: 4px double var(--rl-event); }
.card .close { font-size: 18px; line-height: 1; border: 0; background: transparent; color: inherit; padding: 2px 6px; }
.card p { margin: 4px 0; overflow-wrap: anywhere; }
.card dl.facts { display: grid; grid-template-columns: auto 1fr; gap: 2px 10px; margin: 6px 0; font-size: 12px; }
.card dl.facts > div { display: contents; }
.card dt { color: var(--rl-muted); }
.card dd { margin: 0; }
.links a { margin-right: 10px; }
ul.related { padding-left: 18px; margin: 4px 0; }
ul.related li { overflow-wrap: anywhere; }
.meta { color: var(--rl-muted); font-size: 12px; }
.note-text { white-space: pre-wrap; }
.note-form label { display: block; font-size: 12px; color: var(--rl-muted); }
.note-form textarea { display: block; width: 100%; box-sizing: border-box; margin: 4px 0; font: inherit; color: inherit; background: transparent; border: 1px solid var(--rl-border); border-radius: 4px; }
.note-status { margin-left: 8px; font-size: 12px; }
`;
