// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { EntityCard } from '../../components/EntityCard';
import type { FoundEntity } from '../../lib/model';
import type { KbDetails } from '../../lib/kb';
import { setLocale } from '../../lib/i18n';
import { cardLinks } from '../../lib/kb/card-facts';

function mount(entity: FoundEntity, details?: KbDetails, readoutDate: string | null = '2024-05-13') {
  const root = document.createElement('div');
  document.body.append(root);
  act(() =>
    render(
      <EntityCard
        entity={entity}
        details={details}
        readoutDate={readoutDate}
        related={[
          {
            id: 'r1',
            url: 'https://www.mfa.gov.cn/a',
            title: 'Earlier talks',
            date: '2024-01-02',
            ministry: 'cn-mfa',
            score: 1,
            shared: [],
          },
        ]}
        onClose={() => undefined}
      />,
      root,
    ),
  );
  return root;
}

const official = (over: Partial<FoundEntity>): FoundEntity => ({
  key: 'x',
  kind: 'official',
  name: 'Someone',
  id: 'x',
  surfaces: [],
  mentions: 1,
  ...over,
});

const text = (root: Element, selector: string) => root.querySelector(selector)?.textContent ?? null;

afterEach(() => {
  document.body.innerHTML = '';
  setLocale('en');
});

describe('EntityCard', () => {
  it('writes the office in its own language when the UI reads it, in English otherwise', () => {
    const cho = official({
      key: 'cho-tae-yul',
      name: 'Cho Tae-yul',
      role: 'Minister of Foreign Affairs',
      roleNative: { locale: 'ko', text: '외교부 장관' },
      officeNow: { state: 'left', on: '2025-07' },
    });
    setLocale('ko');
    expect(text(mount(cho), '.role')).toBe('2024년 5월 13일: 외교부 장관');
    setLocale('ja');
    expect(text(mount(cho), '.role')).toBe('2024年5月13日: Minister of Foreign Affairs');
    const wang = official({
      key: 'wang-yi',
      name: 'Wang Yi',
      role: 'Minister of Foreign Affairs',
      roleNative: { locale: 'zh-CN', text: '外交部部长' },
      officeNow: {
        state: 'holds',
        office: 'Director of the Office of the Central Foreign Affairs Commission',
        native: { locale: 'zh-CN', text: '中央外事工作委员会办公室主任' },
        recorded: 'current',
      },
    });
    setLocale('zh-CN');
    const root = mount(wang);
    expect(text(root, '.role')).toBe('2024年5月13日： 外交部部长');
    expect(text(root, '.role-now')).toBe('现在： 中央外事工作委员会办公室主任');
    // Traditional Chinese never gets the Simplified title.
    setLocale('zh-TW');
    expect(text(mount(wang), '.role')).toBe('2024年5月13日： Minister of Foreign Affairs');
  });

  it('shows the office on the readout date and "left office on DATE" for someone who left', () => {
    const root = mount(
      official({
        name: 'Antony Blinken',
        role: 'Secretary of State',
        officeNow: { state: 'left', on: '2025-01-20' },
      }),
    );
    expect(text(root, '.role')).toBe('On 13 May 2024: Secretary of State');
    expect(text(root, '.role-now')).toBe('Now: left office on 20 January 2025');
  });

  it('never leaves "now" blank: same office, an open record, or none known', () => {
    const same = mount(
      official({
        role: 'Minister',
        officeNow: { state: 'holds', office: 'Minister', recorded: 'current' },
      }),
    );
    expect(text(same, '.role-now')).toBe('Now: the same office');
    const open = mount(
      official({ role: 'Minister', officeNow: { state: 'holds', office: 'Premier', recorded: 'open' } }),
    );
    expect(text(open, '.role-now')).toBe('Now: Premier (no end date on record)');
    const unknown = mount(official({ id: null, role: 'Vice Minister' }));
    expect(text(unknown, '.role-now')).toBe('Now: no current office known');
    expect(text(unknown, '.not-in-kb')).toBe("Not in Readout Lens's reference data yet — add a note");
  });

  it('writes the native-script name beside the romanised one, in its language', () => {
    const root = mount(official({ name: 'Cho Tae-yul', nativeName: '조태열', country: 'KR' }));
    expect(text(root, 'h2 .name')).toBe('Cho Tae-yul');
    const native = root.querySelector('h2 .native')!;
    expect([native.textContent, native.getAttribute('lang')]).toEqual(['조태열', 'ko']);
  });

  it('lists each link once, and the related readout by its ministry name', () => {
    const root = mount(official({}), {
      aliases: [],
      wikipedia: 'https://en.wikipedia.org/wiki/Wang_Yi',
      sources: [
        { url: 'https://en.wikipedia.org/wiki/Wang_Yi', title: 'Wikipedia' },
        { url: 'https://www.wikidata.org/wiki/Q701801', title: 'Wikidata' },
      ],
    });
    expect([...root.querySelectorAll('.links a')].map((a) => a.textContent)).toEqual([
      'Wikipedia',
      'Wikidata',
    ]);
    expect(text(root, 'ul.related .meta')).toBe(
      "2 January 2024 · Ministry of Foreign Affairs of the People's Republic of China",
    );
  });

  it('gives an agreement its status, key dates and parties by name', () => {
    const root = mount(
      { key: 'rcep', kind: 'agreement', name: 'RCEP', id: 'rcep', surfaces: [], mentions: 1 },
      {
        aliases: [],
        type: 'free trade agreement',
        parties: ['CN', 'KR', 'ASEAN', 'World Trade Organization'],
        dates: { signed: '2020-11-15', inForce: '2022-01-01' },
        sources: [{ url: 'https://example.org/rcep' }],
      },
    );
    const facts = [...root.querySelectorAll('dl.facts > div')].map((d) => d.textContent);
    expect(facts).toEqual([
      'StatusIn force',
      'Signed15 November 2020',
      'In force1 January 2022',
      'PartiesChina, South Korea, ASEAN, World Trade Organization',
    ]);
    expect(root.querySelector('.role-now')).toBeNull();
  });

  it('speaks the chosen language, dates and country names included', () => {
    setLocale('ko');
    const root = mount(official({ role: 'Minister', officeNow: { state: 'left', on: '2025-07' } }));
    expect(text(root, '.role-now')).toContain('2025년 7월');
  });
});

describe('cardLinks', () => {
  it('counts scheme, host case, mobile Wikipedia and a trailing slash as the same page', () => {
    expect(
      cardLinks({
        wikipedia: 'http://en.m.wikipedia.org/wiki/RCEP/',
        sources: [{ url: 'https://EN.wikipedia.org/wiki/RCEP#History', title: 'Wikipedia: RCEP' }],
      }),
    ).toEqual([{ url: 'https://EN.wikipedia.org/wiki/RCEP#History', label: 'Wikipedia: RCEP' }]);
  });
});
