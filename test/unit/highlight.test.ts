// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildRegionMap, buildTextMap, rangeFor } from '../../lib/highlight/text-map';
import { mentionContaining, readingOrder, type KindedMention } from '../../lib/highlight/paint';
import { MARK_TAG, paintWrapped } from '../../lib/highlight/wrap';
import { isOutOfView, placeCard } from '../../lib/highlight/place';

function page(html: string): HTMLElement {
  document.body.replaceChildren();
  const root = document.createElement('div');
  root.innerHTML = html; // fixture markup written here, not page data
  document.body.append(root);
  return root;
}

/** Mentions of each needle in the map's text, as recognition would report them. */
function mentionsOf(text: string, needles: Record<string, string>): KindedMention[] {
  const out: KindedMention[] = [];
  for (const [needle, kind] of Object.entries(needles))
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length))
      out.push({ start: at, end: at + needle.length, key: needle, surface: needle, kind });
  return out;
}

describe('text map', () => {
  it('reads only the given parts, in order, and jumps over chrome inside them', () => {
    const root = page(`
      <nav id="menu">Foreign Minister Wang Yi</nav>
      <h1 id="t">Cho Tae-yul meets Wang Yi</h1>
      <div id="b"><p>They talked.</p><div class="share">Share: Wang Yi</div><p>RCEP was named.</p></div>
      <aside>Related: Wang Yi</aside>`);
    const [title, body] = [root.querySelector('#t')!, root.querySelector('#b')!];
    const map = buildRegionMap([title, body], (el) => el.matches('.share'));
    expect(map.text).toBe('Cho Tae-yul meets Wang Yi\n\nThey talked.\nRCEP was named.');
    // Offsets still lead back to the right text nodes.
    const at = map.text.indexOf('RCEP');
    expect(rangeFor(map, at, at + 4)?.toString()).toBe('RCEP');
  });

  it('reads page text but never code, styles, form fields, editors or forms', () => {
    const root = page(`
      <h1>Wang Yi meets Cho</h1>
      <script>var x = "Wang Yi";</script><style>.a{}</style>
      <p>Talks on <b>RCEP</b> went well.</p>
      <textarea>Wang Yi in a textarea</textarea><input value="Wang Yi">
      <div contenteditable="true">Wang Yi editable</div>
      <div contenteditable="false">read-only text</div>
      <p><code>WangYi()</code> and <pre>Wang Yi pre</pre></p>
      <form><label>Wang Yi label</label></form>
      <readout-lens-ui>our own card</readout-lens-ui>`);
    const map = buildTextMap(root);
    expect(map.text).toContain('Wang Yi meets Cho');
    expect(map.text).toContain('Talks on RCEP went well.');
    expect(map.text).toContain('read-only text');
    for (const hidden of [
      'var x',
      '.a{}',
      'textarea',
      'editable',
      'WangYi()',
      'Wang Yi pre',
      'label',
      'our own card',
    ])
      expect(map.text).not.toContain(hidden);
    // Exactly one "Wang Yi": the heading's.
    expect(map.text.split('Wang Yi').length - 1).toBe(1);
  });

  it('reads a form that wraps the whole page (ASP.NET pages), but never its controls', () => {
    const map = buildTextMap(
      page(`
      <form id="aspnetForm" action="./view.aspx" method="post">
        <h1>Wang Yi meets Cho</h1>
        <p>Talks on RCEP went well.</p>
        <label for="q">Search Wang Yi</label><input id="q" value="Wang Yi"><button>Go Wang Yi</button>
      </form>
      <form class="search"><p>Wang Yi in a search form</p></form>`),
    );
    expect(map.text).toContain('Wang Yi meets Cho');
    expect(map.text).toContain('Talks on RCEP went well.');
    for (const hidden of ['Search', 'Go Wang', 'search form']) expect(map.text).not.toContain(hidden);
  });

  it('skips elements hidden from assistive technology and editors, whatever the case of the value', () => {
    const map = buildTextMap(
      page(
        '<p>shown</p><div aria-hidden="true">hidden</div><div contenteditable="TRUE">edited</div>' +
          '<div contenteditable="FALSE">read-only</div>',
      ),
    );
    expect(map.text).toBe('shown\nread-only');
  });

  it('separates blocks with a newline so names do not run across paragraphs', () => {
    const map = buildTextMap(page('<div><p>Wang</p>Yi</div><p>a<br>b</p><span>c</span><span>d</span>'));
    expect(map.text).toBe('Wang\nYi\na\nb\ncd');
  });

  it('maps text offsets to DOM ranges and back, across inline elements', () => {
    const root = page(
      '<p>Foreign Minister <a href="#">Wang</a> Yi and the <i>Belt and</i> Road Initiative</p>',
    );
    const map = buildTextMap(root);
    for (const needle of ['Wang Yi', 'Belt and Road Initiative', 'Minister Wang']) {
      const start = map.text.indexOf(needle);
      const range = rangeFor(map, start, start + needle.length)!;
      expect(range.toString()).toBe(needle);
      const node = map.nodes.indexOf(range.startContainer as Text);
      expect(map.starts[node]! + range.startOffset).toBe(start);
    }
  });
});

describe('mention order and lookup', () => {
  it('keeps mentions in reading order without overlaps, and finds the one at an offset', () => {
    const m = (start: number, end: number, key: string) => ({ start, end, key, surface: key });
    const ordered = readingOrder([m(20, 25, 'c'), m(0, 10, 'a'), m(5, 8, 'overlap'), m(12, 15, 'b')]);
    expect(ordered.map((x) => x.key)).toEqual(['a', 'b', 'c']);
    expect(mentionContaining(ordered, 0)?.key).toBe('a');
    expect(mentionContaining(ordered, 9)?.key).toBe('a');
    expect(mentionContaining(ordered, 10)).toBeNull();
    expect(mentionContaining(ordered, 14)?.key).toBe('b');
    expect(mentionContaining(ordered, 25)).toBeNull();
  });
});

describe('wrapping fallback', () => {
  const html =
    '<h2>Wang Yi talks</h2><p>Wang Yi said <em>the Belt</em> and Road Initiative and RCEP, Wang Yi.</p><p>RCEP</p>';

  it('wraps each mention in a mark element, and clearing restores the DOM exactly', () => {
    const root = page(html);
    const before = root.innerHTML;
    const originalNodes = buildTextMap(root).nodes;
    const map = buildTextMap(root);
    const painting = paintWrapped(
      map,
      mentionsOf(map.text, {
        'Wang Yi': 'official',
        'Belt and Road Initiative': 'agreement',
        RCEP: 'agreement',
      }),
    );
    const marks = [...root.querySelectorAll(MARK_TAG)];
    expect(marks.map((el) => el.textContent)).toEqual([
      'Wang Yi',
      'Wang Yi',
      'the Belt'.slice(4),
      ' and Road Initiative',
      'RCEP',
      'Wang Yi',
      'RCEP',
    ]);
    expect(painting.mentions.map((m) => m.range.toString())).toEqual([
      'Wang Yi',
      'Wang Yi',
      'Belt and Road Initiative',
      'RCEP',
      'Wang Yi',
      'RCEP',
    ]);
    expect(marks[3]!.getAttribute('style')).toContain('dashed');
    expect(marks[0]!.getAttribute('style')).toContain('solid');

    painting.clear();
    expect(root.innerHTML).toBe(before);
    expect(root.querySelector(MARK_TAG)).toBeNull();
    // The page's own text nodes are the same objects again (a framework holding them keeps working).
    expect(buildTextMap(root).nodes).toEqual(originalNodes);
    buildTextMap(root).nodes.forEach((node, i) => expect(node).toBe(originalNodes[i]));
  });

  it('hit-tests a click on a mark and marks the current term', () => {
    const root = page(html);
    const map = buildTextMap(root);
    const painting = paintWrapped(map, mentionsOf(map.text, { RCEP: 'agreement' }));
    const mark = root.querySelector(MARK_TAG)!;
    let hit: unknown = null;
    root.addEventListener('click', (event) => (hit = painting.hitTest(event)));
    mark.firstChild!.parentElement!.click();
    expect(hit).toBe(painting.mentions[0]);
    root.querySelector('h2')!.click();
    expect(hit).toBeNull();
    painting.setCurrent(painting.mentions[1]!);
    expect(root.querySelectorAll(MARK_TAG)[1]!.getAttribute('style')).toContain('wavy');
    painting.setCurrent(null);
    expect(root.querySelectorAll(MARK_TAG)[1]!.getAttribute('style')).not.toContain('wavy');
  });
});

describe('card placement', () => {
  it('stays inside the viewport wherever the term is', () => {
    const viewport = { width: 1024, height: 700 };
    const card = { width: 360, height: 300 };
    fc.assert(
      fc.property(fc.integer({ min: -50, max: 1100 }), fc.integer({ min: -50, max: 760 }), (x, y) => {
        const anchor = { left: x, top: y, right: x + 80, bottom: y + 18 };
        const at = placeCard(anchor, card, viewport);
        return (
          at.left >= 8 &&
          at.left + card.width <= viewport.width - 8 &&
          at.top >= 8 &&
          at.top + card.height <= viewport.height - 8
        );
      }),
    );
  });

  it('prefers below the term, goes above near the bottom edge', () => {
    const viewport = { width: 1024, height: 700 };
    const card = { width: 360, height: 200 };
    expect(placeCard({ left: 100, top: 100, right: 180, bottom: 118 }, card, viewport).top).toBe(124);
    expect(placeCard({ left: 100, top: 600, right: 180, bottom: 618 }, card, viewport).top).toBe(394);
    expect(isOutOfView({ left: 10, top: -40, right: 50, bottom: -20 }, viewport)).toBe(true);
    expect(isOutOfView({ left: 10, top: 40, right: 50, bottom: 60 }, viewport)).toBe(false);
  });
});
