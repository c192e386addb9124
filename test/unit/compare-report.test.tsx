// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { compareReadouts, type ComparableReadout } from '../../lib/compare';
import { comparisonMarkdown, escapeMarkdown, rowsOf } from '../../lib/compare/report';
import { CompareView } from '../../components/compare/CompareView';
import { readoutInput } from './archive-helpers';

/** Two readouts of one call whose text carries markup, as a hostile or careless page might. */
function pair(): [ComparableReadout, ComparableReadout] {
  const a = readoutInput({
    url: 'https://www.state.gov/a/',
    ministry: 'us-state',
    date: '2024-06-10',
    title: "Secretary's Call with <b>Director</b> Wang",
    participants: [
      ['antony-blinken', 'Antony Blinken', 'US'],
      ['wang-yi', 'Wang Yi', 'CN'],
    ],
    mentioned: [['matthew-miller', 'Matthew Miller']],
    body: [
      'Antony Blinken spoke with Wang Yi about Ukraine.',
      'Matthew Miller said: <img src=x onerror=alert(1)> | [link](javascript:alert(1)) *bold*.',
      'Both sides agreed to meet again within 30 days.',
    ],
  });
  const b = readoutInput({
    url: 'https://www.mfa.gov.cn/b/',
    ministry: 'cn-mfa',
    date: '2024-06-11',
    title: 'Wang Yi Speaks with Antony Blinken on the Phone',
    participants: [
      ['wang-yi', 'Wang Yi', 'CN'],
      ['antony-blinken', 'Antony Blinken', 'US'],
    ],
    body: ['Wang Yi spoke on the phone with Antony Blinken.', 'The two sides agreed to meet within 30 days.'],
  });
  return [a, b];
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the comparison as rows and as Markdown', () => {
  it('puts every sentence of both texts on a row once, in order, aligned ones side by side', () => {
    const c = compareReadouts(...pair());
    const rows = rowsOf(c);
    expect(rows.filter((r) => r.a !== null).map((r) => r.a)).toEqual([0, 1, 2]);
    expect(rows.filter((r) => r.b !== null).map((r) => r.b)).toEqual([0, 1]);
    expect(rows).toContainEqual({ a: 2, b: 1, score: expect.any(Number) });
  });

  it('escapes page text: no HTML, no links, no emphasis, no table breaks survive', () => {
    expect(escapeMarkdown('<b>x</b> | *y* [z](javascript:1) a&amp;b')).toBe(
      '\\<b\\>x\\</b\\> \\| \\*y\\* \\[z\\](javascript:1) a\\&amp;b',
    );
    const markdown = comparisonMarkdown(compareReadouts(...pair()), { a: 'US', b: 'China' });
    expect(markdown).not.toMatch(/(?<!\\)<[a-z/]/i);
    expect(markdown).not.toMatch(/(?<!\\)\[link/);
    expect(markdown).toContain('\\<img src=x onerror=alert(1)\\>');
    expect(markdown).toMatch(/\| Officials only this side names \| Matthew Miller \| \*not mentioned\* \|/);
    expect(markdown).toMatch(/\| Topics only this side raises \| Ukraine \| \*not mentioned\* \|/);
    // Each table row keeps three cells: a page's "|" never splits one.
    for (const line of markdown.split('\n').filter((l) => l.startsWith('| ')))
      expect(line.replace(/\\\|/g, '').split('|').length).toBe(5);
  });
});

describe('CompareView', () => {
  it('renders page text as text, marks each side’s own entities, and reports activations', () => {
    const [a, b] = pair();
    const c = compareReadouts(a, b);
    const onEntity = vi.fn();
    const root = document.createElement('div');
    document.body.append(root);
    act(() =>
      render(
        <CompareView
          comparison={c}
          labels={{ a: 'US', b: 'China' }}
          urls={{ a: a.url, b: 'javascript:alert(1)' }}
          entities={{ a: a.entities, b: b.entities }}
          onEntity={onEntity}
          onExport={() => undefined}
        />,
        root,
      ),
    );
    expect(root.querySelector('img')).toBeNull();
    expect(root.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(root.querySelector('a[href^="javascript"]')).toBeNull();
    const unique = [...root.querySelectorAll('td.side-a button.entity.unique')].map((e) =>
      e.getAttribute('data-entity-key'),
    );
    expect(unique).toEqual(['matthew-miller']);
    expect(root.querySelectorAll('button.entity.unique[data-entity-key="wang-yi"]')).toHaveLength(0);
    expect(root.querySelector('td.side-a mark.topic[data-topic="ukraine"]')?.textContent).toBe('Ukraine');
    act(() => (root.querySelector('button.entity[data-entity-key="matthew-miller"]') as HTMLElement).click());
    expect(onEntity).toHaveBeenCalledWith(
      'A',
      expect.objectContaining({ key: 'matthew-miller' }),
      expect.anything(),
    );
  });
});
