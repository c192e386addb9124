import { describe, expect, it } from 'vitest';
import { render } from 'preact';
import { Window } from 'happy-dom';
import { safeHref } from '../../lib/safe-href';
import { RelatedList } from '../../components/RelatedList';

describe('links from stored data', () => {
  it('keeps web links and drops script and data URLs', () => {
    expect(safeHref('https://www.mofa.go.kr/eng/brd/view.do?seq=1')).toBe(
      'https://www.mofa.go.kr/eng/brd/view.do?seq=1',
    );
    expect(safeHref('javascript:alert(1)')).toBeUndefined();
    expect(safeHref(' JavaScript:alert(1)')).toBeUndefined();
    expect(safeHref('data:text/html,<script>x</script>')).toBeUndefined();
    expect(safeHref('not a url')).toBeUndefined();
  });

  it('renders a related readout with a hostile URL and title as inert text', () => {
    const window = new Window();
    const root = window.document.createElement('div');
    const hostile = '<img src=x onerror=alert(1)>';
    render(
      <RelatedList
        items={[
          {
            id: 'r1',
            url: 'javascript:alert(1)',
            title: hostile,
            date: '2024-01-01',
            ministry: 'cn-mfa',
            score: 1,
            shared: [],
          },
        ]}
      />,
      root as unknown as Element,
    );
    const link = root.querySelector('a')!;
    expect(link.hasAttribute('href')).toBe(false);
    expect(link.textContent).toBe(hostile);
    expect(root.querySelector('img')).toBeNull();
    window.happyDOM.close();
  });
});
