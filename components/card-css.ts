/** The card's styles, scoped by its shadow root; readable on light and dark pages. */
export const CARD_CSS = `
:host { all: initial; }
.card { font: 14px/1.45 system-ui, sans-serif; width: 360px; max-width: calc(100vw - 16px); max-height: min(60vh, 520px); overflow: auto;
  background: #fff; color: #1b1b1b; border: 1px solid #888; border-radius: 8px; box-shadow: 0 6px 24px rgba(0,0,0,.3);
  padding: 12px 14px; box-sizing: border-box; }
.card:focus { outline: none; }
.card:focus-visible { outline: 2px solid #1a73e8; }
header { display: flex; justify-content: space-between; align-items: start; gap: 8px; }
h2 { font-size: 16px; margin: 0; overflow-wrap: anywhere; }
h3 { font-size: 12px; margin: 10px 0 4px; text-transform: uppercase; letter-spacing: .04em; color: #555; }
.kind { color: #555; margin: 2px 0 8px; font-size: 12px; padding-left: 8px; border-left: 4px solid #999; }
.kind-official { border-left: 4px solid rgb(214, 140, 0); }
.kind-agreement { border-left: 4px dashed rgb(40, 120, 230); }
.close { font-size: 18px; line-height: 1; border: 0; background: transparent; cursor: pointer; color: inherit; padding: 2px 6px; }
button:focus-visible, a:focus-visible, textarea:focus-visible { outline: 2px solid #1a73e8; outline-offset: 2px; }
p { margin: 4px 0; overflow-wrap: anywhere; }
dl.dates { display: grid; grid-template-columns: auto 1fr; gap: 2px 10px; margin: 6px 0; font-size: 12px; }
dl.dates > div { display: contents; }
dt { color: #555; }
dd { margin: 0; }
.links a { margin-right: 10px; }
a { color: #1a5fb4; }
ul.related { padding-left: 18px; margin: 4px 0; }
ul.related li { overflow-wrap: anywhere; }
.meta { color: #666; font-size: 12px; }
.note-text { white-space: pre-wrap; }
.note-form label { display: block; font-size: 12px; color: #555; }
.note-form textarea { display: block; width: 100%; box-sizing: border-box; margin: 4px 0; font: inherit; color: inherit; background: transparent; border: 1px solid #888; border-radius: 4px; }
.note-form button, .add-note { font: inherit; font-size: 13px; padding: 3px 10px; cursor: pointer; }
.note-status { margin-left: 8px; font-size: 12px; }
@media (prefers-color-scheme: dark) {
  .card { background: #202124; color: #e8eaed; border-color: #5f6368; }
  .kind, h3, dt, .meta, .note-form label { color: #bdc1c6; }
  a { color: #8ab4f8; }
}
`;

/** Visually hidden but read by screen readers (the live region that announces the current term). */
export const ANNOUNCER_CSS = `
:host { all: initial; }
.sr-only { position: fixed; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
`;
