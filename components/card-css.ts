/** The card's styles, scoped by its shadow root; readable on light and dark pages. */
export const CARD_CSS = `
:host { all: initial; }
.card { font: 14px/1.45 system-ui, sans-serif; width: 360px; max-height: 60vh; overflow: auto; background: #fff; color: #1b1b1b;
  border: 1px solid #888; border-radius: 8px; box-shadow: 0 6px 24px rgba(0,0,0,.3); padding: 12px 14px; box-sizing: border-box; }
header { display: flex; justify-content: space-between; align-items: start; gap: 8px; }
h2 { font-size: 16px; margin: 0; }
h3 { font-size: 13px; margin: 10px 0 4px; text-transform: uppercase; letter-spacing: .04em; color: #555; }
.kind { color: #555; margin: 2px 0 8px; font-size: 12px; }
.close { font-size: 18px; line-height: 1; border: 0; background: transparent; cursor: pointer; color: inherit; }
.close:focus-visible, a:focus-visible { outline: 2px solid #1a73e8; outline-offset: 2px; }
p { margin: 4px 0; }
dl.dates { display: grid; grid-template-columns: auto 1fr; gap: 2px 10px; margin: 6px 0; font-size: 12px; }
dt { color: #555; }
.links a { margin-right: 10px; }
ul.related { padding-left: 18px; margin: 4px 0; }
.meta { color: #666; font-size: 12px; }
@media (prefers-color-scheme: dark) { .card { background: #202124; color: #e8eaed; border-color: #5f6368; } .kind, h3, dt, .meta { color: #bdc1c6; } a { color: #8ab4f8; } }
`;
