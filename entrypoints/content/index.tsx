/**
 * The content script: detect → extract → recognize → paint; click or keyboard → context card.
 * Its UI lives in a shadow root; highlights are CSS Custom Highlights, so the page's own DOM is
 * never changed.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import browser from 'webextension-polyfill';
import { render } from 'preact';
import { extractReadout } from '../../lib/ministries';
import { bundledKb } from '../../lib/kb';
import { createRecognizer } from '../../lib/recognize';
import { buildTextMap } from '../../lib/highlight/text-map';
import {
  HIGHLIGHT_CSS,
  paint,
  supportsCustomHighlights,
  type Painting,
  type PaintedMention,
} from '../../lib/highlight/paint';
import { participantKeysOf, type PageAnalysis } from '../../lib/page-analysis';
import { ToContent, parseMessage } from '../../lib/messages';
import { ok, err, type Result } from '../../lib/model';
import type { RelatedReadout } from '../../lib/archive/schema';
import { EntityCard } from '../../components/EntityCard';
import { CARD_CSS } from '../../components/card-css';
import { CONTENT_MATCHES } from '../../lib/ministries/matches';

export default defineContentScript({
  matches: CONTENT_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    const kb = bundledKb();
    const recognizer = createRecognizer(kb);
    const url = location.href;
    const readout = extractReadout(url, document);
    if (!readout.isReadout) return;

    const map = buildTextMap(document.body);
    const recognition = recognizer.recognize(map.text, { date: readout.date, language: readout.language });
    const entityByKey = new Map(recognition.entities.map((e) => [e.key, e]));
    const titleAt = map.text.indexOf(readout.title);
    const firstPara = readout.body[0] ? map.text.indexOf(readout.body[0]) : -1;
    const analysis: PageAnalysis = {
      url,
      readout,
      entities: recognition.entities,
      participantKeys: participantKeysOf(
        recognition,
        titleAt >= 0 ? titleAt + readout.title.length : 0,
        firstPara >= 0 ? firstPara + (readout.body[0]?.length ?? 0) : 0,
      ),
    };

    let painting: Painting | null = null;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(HIGHLIGHT_CSS);
    const paintAll = () => {
      if (!supportsCustomHighlights(window)) return;
      if (!document.adoptedStyleSheets.includes(sheet))
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      painting = paint(window, map, recognition.mentions, (key) => entityByKey.get(key)?.kind ?? 'other');
    };
    const clearAll = () => {
      painting?.clear();
      painting = null;
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
      closeCard();
    };
    paintAll();

    // The card: one host element, open shadow root, Preact inside.
    let host: HTMLElement | null = null;
    let returnFocus: HTMLElement | null = null;
    function closeCard() {
      if (!host) return;
      render(null, host.shadowRoot!);
      host.remove();
      host = null;
      returnFocus?.focus?.();
    }
    async function openCard(mention: PaintedMention) {
      closeCard();
      const entity = entityByKey.get(mention.key);
      if (!entity) return;
      returnFocus = document.activeElement as HTMLElement | null;
      host = document.createElement('readout-lens-ui');
      const shadow = host.attachShadow({ mode: 'open' });
      const style = document.createElement('style');
      style.textContent = CARD_CSS;
      shadow.append(style);
      const mount = document.createElement('div');
      shadow.append(mount);
      const rect = mention.range.getBoundingClientRect();
      host.style.cssText = `position:fixed;z-index:2147483647;left:${Math.max(8, Math.min(rect.left, innerWidth - 380))}px;top:${rect.bottom + 6 > innerHeight - 200 ? Math.max(8, rect.top - 260) : rect.bottom + 6}px;`;
      document.documentElement.append(host);
      const draw = (related: RelatedReadout[] | null) =>
        render(
          <EntityCard
            entity={entity}
            kb={entity.id ? kb.get(entity.id) : undefined}
            related={related}
            onClose={closeCard}
          />,
          mount,
        );
      draw(null);
      shadow.querySelector<HTMLElement>('button.close')?.focus();
      const reply = (await browser.runtime
        .sendMessage({
          type: 'archive/related',
          query: { url, entityKeys: [entity.key], participantKeys: [], limit: 10 },
        })
        .catch((e: unknown) => err(String(e)))) as Result<RelatedReadout[]>;
      if (host && ctx.isValid) draw(reply.ok ? reply.value : []);
    }

    ctx.addEventListener(document, 'click', (event) => {
      if (!painting || (event.target instanceof Node && host?.contains(event.target))) return;
      const pos = caretAt(event.clientX, event.clientY);
      const mention = pos ? painting.mentionAt(pos.node, pos.offset) : null;
      if (mention) void openCard(mention);
      else closeCard();
    });
    ctx.addEventListener(document, 'keydown', (event) => {
      if (event.key === 'Escape' && host) closeCard();
    });

    browser.runtime.onMessage.addListener((raw: unknown): Promise<Result<unknown>> | undefined => {
      if (!ctx.isValid) return undefined;
      const parsed = parseMessage(ToContent, raw);
      if (!parsed.ok) return undefined; // not ours: another listener may answer
      switch (parsed.value.type) {
        case 'content/get-analysis':
          return Promise.resolve(ok({ ...analysis, highlightsOn: painting !== null }));
        case 'content/set-highlights':
          if (parsed.value.on) paintAll();
          else clearAll();
          return Promise.resolve(ok(painting !== null));
        default:
          return Promise.resolve(err(`unsupported: ${parsed.value.type}`));
      }
    });
    ctx.onInvalidated(clearAll);
  },
});

function caretAt(x: number, y: number): { node: Node; offset: number } | null {
  const doc = document as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  };
  if (doc.caretPositionFromPoint) {
    const p = doc.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r = document.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}
