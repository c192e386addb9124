import { describe, expect, it } from 'vitest';
import { render } from 'preact';
import { Window } from 'happy-dom';
import { safeHref } from '../../lib/safe-href';
import { RelatedList } from '../../components/RelatedList';
import { ResultList } from '../../components/archive/ResultList';
import { Timeline } from '../../components/archive/Timeline';

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

  it('renders the archive page result list and timeline with hostile URLs as links that go nowhere', () => {
    const window = new Window();
    const root = window.document.createElement('div');
    const hostile = '<img src=x onerror=alert(1)>';
    const url = 'javascript:alert(1)';
    render(
      <>
        <ResultList
          items={[
            {
              id: 'r1',
              url,
              title: hostile,
              date: '2024-01-01',
              ministry: 'cn-mfa',
              savedAt: '2024-01-02T00:00:00.000Z',
              tags: [],
              note: '',
              participantKeys: [],
              entities: [],
              countries: [],
            },
          ]}
          total={1}
          onTags={() => undefined}
          onDelete={() => undefined}
        />
        <Timeline
          caption="Meetings"
          entries={[
            { id: 'r1', date: '2024-01-01', title: hostile, url },
            { id: 'r2', date: '2024-02-01', title: 'Fine', url: 'https://www.mfa.gov.cn/eng/x.html' },
          ]}
        />
      </>,
      root as unknown as Element,
    );
    const links = [...root.querySelectorAll('a')];
    expect(links.length).toBeGreaterThanOrEqual(3);
    expect(links.map((a) => a.getAttribute('href')).filter((h) => h !== null)).toEqual([
      'https://www.mfa.gov.cn/eng/x.html',
    ]);
    expect(root.querySelector('img')).toBeNull();
    window.happyDOM.close();
  });
});
