// @vitest-environment happy-dom
/**
 * Every user-visible string goes through the catalogs: each view is rendered in each non-English
 * UI language with data written in CJK, and what it shows (text, and the title, aria-label,
 * placeholder and alt attributes) may hold no English word but the proper names and technical
 * tokens listed below, and no text of the English catalog. A literal left in a component, or a
 * catalog entry copied from English, fails here.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { en, type MessageKey } from '../../lib/i18n/messages/en';
import { zhCN } from '../../lib/i18n/messages/zh-CN';
import { zhTW } from '../../lib/i18n/messages/zh-TW';
import { ko } from '../../lib/i18n/messages/ko';
import { ja } from '../../lib/i18n/messages/ja';
import { errorText, setLocale, t, type UiLocale } from '../../lib/i18n';
import { ERROR_CODES, type FoundEntity } from '../../lib/model';
import { compareReadouts } from '../../lib/compare';
import { sideLabel } from '../../lib/compare/report';
import type { MeetingReport } from '../../lib/compare/messages';
import type { KbDetails } from '../../lib/kb';
import { syncLine, type SyncState } from '../../lib/sync/state';
import type { ConnectionProblem } from '../../lib/sync/connection';
import { CompareView } from '../../components/compare/CompareView';
import { MeetingList } from '../../components/compare/MeetingList';
import { OtherSides } from '../../components/compare/OtherSides';
import { ministryName } from '../../components/compare/labels';
import { emptyForm, SyncOptionsView, verdictText } from '../../components/SyncOptionsView';
import { SyncStatusLine } from '../../components/SyncStatusLine';
import { PopupView, type PopupState } from '../../components/PopupView';
import { EntityCard } from '../../components/EntityCard';
import { HighlightLegend } from '../../components/HighlightLegend';
import { LanguageChoice } from '../../components/LanguageChoice';
import { ResultList } from '../../components/archive/ResultList';
import { SearchFilters } from '../../components/archive/SearchFilters';
import { Timeline } from '../../components/archive/Timeline';
import { GlossaryEditor } from '../../components/archive/GlossaryEditor';
import { ExportImport } from '../../components/archive/ExportImport';
import { readoutInput } from './archive-helpers';

/**
 * English words a translation may keep: the product's name, file formats, the server software
 * and its settings, a key's name, the sync examples' database names, and bodies known by their
 * English acronym.
 */
const ALLOWED_WORDS = new Set([
  'Readout',
  'Lens',
  'Markdown',
  'JSON',
  'Lines', // JSON Lines, the backup format
  'jsonl',
  'json',
  'gzip',
  'gz',
  'CSV',
  'zip',
  'Apache',
  'CouchDB',
  'CORS',
  'enable_cors',
  'true',
  'credentials',
  'basic',
  'Cookie',
  '_session',
  'http',
  'https',
  'Enter',
  'unreadable',
  'readouts',
  'asia-desk',
  'ASEAN',
  'NATO',
  'COVID',
  // The language choice names each language in itself.
  'English',
]);

const LOCALES: [UiLocale, Record<MessageKey, string>][] = [
  ['zh-CN', zhCN],
  ['zh-TW', zhTW],
  ['ko', ko],
  ['ja', ja],
];

const englishWords = (text: string) =>
  (text.replace(/\{\d\}/g, ' ').match(/[A-Za-z_][A-Za-z_-]*[A-Za-z]/g) ?? []).filter(
    (w) => !ALLOWED_WORDS.has(w),
  );

/** Pieces of the English catalog long enough to be a phrase (placeholders split them). */
const ENGLISH_PHRASES = [
  ...new Set(
    Object.values(en)
      .flatMap((text) => text.split(/\{\d\}/))
      .map((s) => s.trim())
      .filter((s) => s.length >= 6 && englishWords(s).length > 0),
  ),
];

/** Addresses and host names (a source link's label, an example server) are not words of a language. */
const withoutAddresses = (text: string) =>
  text.replace(/\bhttps?:\/\/\S+/g, ' ').replace(/\b[a-z0-9-]+(?:\.[a-z0-9-]+)+(?::\d+)?\b/gi, ' ');

/** What a reader sees or hears of a rendered view: each text node and labelling attribute, one a line. */
function shown(root: Element): string {
  const texts: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node.textContent ?? '');
  const attributes = [...root.querySelectorAll('[title],[aria-label],[placeholder],[alt]')].flatMap((el) =>
    ['title', 'aria-label', 'placeholder', 'alt'].map((a) => el.getAttribute(a) ?? ''),
  );
  return withoutAddresses([...texts, ...attributes].join('\n'));
}

function mount(view: ComponentChild): Element {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(view, root));
  return root;
}

afterEach(() => {
  document.body.innerHTML = '';
  setLocale('en');
});

describe('the catalogs', () => {
  it.each(LOCALES)('%s has every English key, none empty, and no English left in its words', (_, catalog) => {
    expect(Object.keys(catalog).sort()).toEqual(Object.keys(en).sort());
    const leftovers = Object.entries(catalog)
      .filter(([, text]) => !text.trim() || englishWords(text).length > 0)
      .map(([key, text]) => `${key}: ${text}`);
    expect(leftovers).toEqual([]);
  });

  it('words every error code and every connection problem in each language', () => {
    const problems: ConnectionProblem[] = [
      'unreachable',
      'cors',
      'not-couchdb',
      'unauthorized',
      'no-database',
      'forbidden',
      'read-only',
      'server-error',
    ];
    const input = { ...emptyForm('personal').input, url: 'https://couch.example.org', database: '资料' };
    for (const [locale] of LOCALES) {
      setLocale(locale);
      for (const code of ERROR_CODES)
        expect([code, englishWords(errorText({ error: '', code }))]).toEqual([code, []]);
      for (const problem of problems) {
        const { text } = verdictText({ ok: false, problem, message: '' }, input);
        expect([problem, englishWords(text.replace('couch.example.org', ''))]).toEqual([problem, []]);
      }
    }
  });
});

// ---- data written in CJK, so any English in a view is the view's own ----------------------------

const official = (over: Partial<FoundEntity>): FoundEntity => ({
  key: 'wang-yi',
  kind: 'official',
  name: '王毅',
  id: 'wang-yi',
  surfaces: ['王毅'],
  mentions: 2,
  role: '外交部长',
  ...over,
});

const agreement: FoundEntity = {
  key: 'rcep',
  kind: 'agreement',
  name: '区域全面经济伙伴关系协定',
  id: 'rcep',
  surfaces: ['区域全面经济伙伴关系协定'],
  mentions: 1,
};

const agreementDetails: KbDetails = {
  aliases: [],
  parties: ['CN', 'KR', 'JP', 'ASEAN'],
  type: '自由贸易协定',
  dates: { signed: '2020-11-15', inForce: '2022-01-01' },
  background: '十五国之间的自由贸易协定。',
  sources: [{ url: 'https://www.mofcom.gov.cn/rcep' }],
};

const related = [
  {
    id: 'r1',
    url: 'https://www.mfa.gov.cn/r1',
    title: '此前的会谈',
    date: '2024-01-02',
    ministry: 'cn-mfa',
    score: 1,
    shared: [],
  },
];

const reports: MeetingReport[] = [
  {
    id: 'a',
    url: 'https://www.mfa.gov.cn/a',
    title: '王毅同赵兑烈通电话',
    date: '2024-06-10',
    ministry: 'cn-mfa',
    country: 'CN',
    language: 'zh',
  },
  {
    id: 'b',
    url: 'https://www.mofa.go.kr/b',
    title: '외교장관 통화',
    date: '2024-06-10',
    ministry: 'rok-mofa',
    country: 'KR',
    language: 'ko',
  },
];

function comparisonPair() {
  const a = readoutInput({
    url: 'https://www.mfa.gov.cn/a',
    ministry: 'cn-mfa',
    date: '2024-06-10',
    title: '王毅同赵兑烈通电话',
    language: 'zh',
    participants: [['wang-yi', '王毅', 'CN']],
    body: ['王毅应约同赵兑烈通电话。', '双方就乌克兰问题坦率交换了意见，同意保持沟通。'],
  });
  const b = readoutInput({
    url: 'https://www.mofa.go.kr/b',
    ministry: 'rok-mofa',
    date: '2024-06-11',
    title: '외교장관 통화',
    language: 'ko',
    participants: [['wang-yi', '왕이', 'CN']],
    mentioned: [['cho-tae-yul', '조태열']],
    body: ['조태열 장관은 왕이 부장과 통화했다.', '양측은 한반도 문제를 논의했다.'],
  });
  return [a, b] as const;
}

const syncState: SyncState = {
  online: true,
  conflicts: 2,
  archives: [
    { name: 'personal', label: '个人', phase: 'syncing', done: 120, total: 10_000, access: 'read-write' },
    {
      name: 'team',
      label: '小组',
      phase: 'paused',
      done: 0,
      total: 0,
      reason: 'offline',
      access: 'read-only',
    },
  ],
};

/** A database in error for each reason the replication gives (the English text is for logs). */
const failingSyncStates: SyncState[] = (
  [
    ['unauthorized', ['couch.example.org', '김민수']],
    ['refused', ['asia-desk', '']],
    ['no-database', ['asia-desk', 'couch.example.org']],
    ['unreachable', ['couch.example.org']],
    ['server-error', ['couch.example.org', '500']],
  ] as const
).map(([reasonCode, reasonArgs]) => ({
  online: true,
  conflicts: 0,
  archives: [
    {
      name: 'team',
      label: '小组',
      phase: 'error',
      done: 0,
      total: 0,
      reason: 'an English reason for the logs',
      reasonCode,
      reasonArgs: [...reasonArgs],
      access: 'read-write',
    },
  ],
}));

/** Each view, as its page shows it (the ministry's English name is data where the UI is not its language). */
const VIEWS: Record<string, () => ComponentChild> = {
  compare: () => {
    const [a, b] = comparisonPair();
    const c = compareReadouts(a, b);
    const labels = { a: sideLabel(c.a, ministryName), b: sideLabel(c.b, ministryName) };
    return (
      <CompareView
        comparison={{ ...c, sameMeeting: false }}
        labels={labels}
        urls={{ a: a.url, b: b.url }}
        entities={{ a: a.entities, b: b.entities }}
        onEntity={vi.fn()}
        onExport={vi.fn()}
      />
    );
  },
  meetings: () => (
    <>
      <MeetingList groups={null} compareHref={() => '#'} />
      <MeetingList groups={[]} compareHref={() => '#'} />
      <MeetingList groups={[{ date: '2024-06-10', kind: 'call', reports }]} compareHref={() => '#'} />
    </>
  ),
  'other side': () => (
    <>
      <OtherSides reports={null} />
      <OtherSides reports={reports} onCompare={vi.fn()} heading="h3" />
      <OtherSides reports={reports} compareHref={() => '#'} />
    </>
  ),
  'sync options': () => {
    const personal = { ...emptyForm('personal'), message: { ok: true, text: t('sync.savedStarts') } };
    const team = {
      ...emptyForm('team'),
      hasPassword: true,
      input: { ...emptyForm('team').input, access: 'read-write' as const },
    };
    const errorState: SyncState = {
      online: true,
      conflicts: 0,
      archives: [
        { name: 'personal', label: '个人', phase: 'error', done: 0, total: 0, access: 'read-write' },
        { name: 'team', label: '小组', phase: 'synced', done: 0, total: 0, access: 'read-only' },
      ],
    };
    const handlers = {
      onChange: vi.fn(),
      onTest: vi.fn(),
      onSave: vi.fn(),
      onForget: vi.fn(),
      onRetry: vi.fn(),
      onChoose: vi.fn(),
    };
    return (
      <>
        <SyncOptionsView forms={{ personal, team }} state={null} conflicts={[]} {...handlers} />
        <SyncOptionsView
          forms={{ personal, team }}
          state={errorState}
          conflicts={[
            {
              id: 'r1',
              kind: 'readout',
              title: '会谈',
              rev: '2-a',
              others: [
                {
                  rev: '2-b',
                  differences: [
                    { field: 'note', current: '', other: undefined },
                    { field: 'readout', current: '甲', other: '乙' },
                  ],
                },
              ],
            },
          ]}
          {...handlers}
        />
        <SyncOptionsView forms={{ personal, team }} state={syncState} conflicts={[]} {...handlers} />
        {failingSyncStates.map((state) => (
          <SyncOptionsView forms={{ personal, team }} state={state} conflicts={[]} {...handlers} />
        ))}
      </>
    );
  },
  'popup sync line': () => (
    <>
      {failingSyncStates.map((state) => (
        <SyncStatusLine line={syncLine(state)} />
      ))}
      <SyncStatusLine line={syncLine(syncState)} optionsUrl="chrome-extension://x/options.html" />
      <SyncStatusLine line={syncLine({ ...syncState, online: false, conflicts: 1 })} />
      <SyncStatusLine
        line={syncLine({
          online: true,
          conflicts: 0,
          archives: [{ ...syncState.archives[0]!, phase: 'synced' }],
        })}
      />
    </>
  ),
  popup: () => {
    const input = readoutInput({
      url: 'https://www.mfa.gov.cn/a',
      ministry: 'cn-mfa',
      date: '2024-05-13',
      title: '王毅会见赵兑烈',
      language: 'zh',
      participants: [['wang-yi', '王毅', 'CN']],
      agreements: [['rcep', '区域全面经济伙伴关系协定']],
    });
    input.readout.place = '北京';
    input.entities.push({
      key: 'pattern:x',
      kind: 'event',
      name: '论坛',
      id: null,
      surfaces: ['论坛'],
      mentions: 1,
    });
    const states: PopupState[] = [
      { status: 'loading' },
      { status: 'no-readout', origin: 'https://news.example', site: null, siteMessage: t('popup.enabled') },
      {
        status: 'ready',
        analysis: { ...input, published: '2024-05-14' },
        highlightsOn: true,
        related,
        saved: 'no',
        error: errorText({ error: 'QuotaExceededError', code: 'quota' }),
        cards: { 'wang-yi': { related: null }, rcep: { related, details: agreementDetails } },
        otherSides: reports,
      },
    ];
    return (
      <>
        {states.map((state) => (
          <PopupView
            state={state}
            onSave={vi.fn()}
            onHighlights={vi.fn()}
            onEnableSite={vi.fn()}
            archiveUrl="chrome-extension://x/archive.html"
            compareHref={() => '#'}
            sync={{ line: syncLine(syncState), optionsUrl: 'chrome-extension://x/options.html' }}
          />
        ))}
      </>
    );
  },
  cards: () => (
    <>
      <EntityCard
        entity={official({ officeNow: { state: 'left', on: '2025-01-20' } })}
        readoutDate="2024-05-13"
        related={related}
        onClose={vi.fn()}
        otherSides={reports}
        onCompare={vi.fn()}
      />
      <EntityCard
        entity={official({ officeNow: { state: 'holds', office: '外交部长', recorded: 'open' } })}
        readoutDate={null}
        related={null}
        onClose={vi.fn()}
        otherSides={null}
      />
      <EntityCard
        entity={official({ role: undefined, officeNow: { state: 'unknown' } })}
        readoutDate="2024-05"
        related={[]}
        onClose={vi.fn()}
      />
      <EntityCard
        entity={agreement}
        details={agreementDetails}
        readoutDate="2024-05-13"
        related={[]}
        onClose={vi.fn()}
      />
      <EntityCard
        entity={{ ...agreement, key: 'pattern:plan', id: null, name: '港口计划' }}
        readoutDate="2024-05-13"
        related={[]}
        onClose={vi.fn()}
        onSaveNote={vi.fn(() => Promise.resolve(null))}
      />
    </>
  ),
  archive: () => (
    <>
      <ResultList
        items={[
          {
            ...related[0]!,
            savedAt: '2024-05-14T00:00:00Z',
            tags: ['标签'],
            note: '笔记',
            participantKeys: ['wang-yi'],
            entities: [],
            countries: ['CN', 'KR'],
          },
        ]}
        total={3}
        onTags={vi.fn()}
        onDelete={vi.fn()}
      />
      <ResultList items={[]} total={0} onTags={vi.fn()} onDelete={vi.fn()} />
      <SearchFilters
        filter={{}}
        facets={{
          officials: [{ value: 'wang-yi', label: '王毅', count: 2 }],
          agreements: [],
          countries: [{ value: 'KR', label: '', count: 1 }],
          ministries: [{ value: 'cn-mfa', label: '', count: 1 }],
          tags: [],
        }}
        onChange={vi.fn()}
      />
      <Timeline
        entries={[{ id: 'r1', date: '2024-01-02', title: '会谈', url: 'https://www.mfa.gov.cn/r1' }]}
        caption="王毅"
      />
      <Timeline entries={[]} caption="王毅" />
      <GlossaryEditor
        entries={[
          {
            id: 'glossary:x',
            kind: 'agreement',
            name: '港口计划',
            aliases: ['港计划'],
            note: '笔记',
            createdAt: '2024-01-01',
            updatedAt: '2024-01-01',
          },
        ]}
        editing="glossary:x"
        onEdit={vi.fn()}
        onPut={vi.fn()}
        onRemove={vi.fn()}
      />
      <GlossaryEditor entries={[]} editing={null} onEdit={vi.fn()} onPut={vi.fn()} onRemove={vi.fn()} />
      <ExportImport
        job={{ kind: 'import', done: 1, total: 4 }}
        pendingImport={null}
        onExport={vi.fn()}
        onImport={vi.fn()}
        onResolveImport={vi.fn()}
      />
      <ExportImport
        job={null}
        pendingImport={{ phase: 'interrupted', linesDone: 3, total: 9 }}
        onExport={vi.fn()}
        onImport={vi.fn()}
        onResolveImport={vi.fn()}
      />
      <ExportImport
        job={null}
        pendingImport={{ phase: 'rollback-failed', linesDone: 3, total: 9 }}
        onExport={vi.fn()}
        onImport={vi.fn()}
        onResolveImport={vi.fn()}
      />
    </>
  ),
  'legend and options': () => (
    <>
      <HighlightLegend />
      <LanguageChoice value="auto" browserLanguages={['ko-KR']} onChange={vi.fn()} />
    </>
  ),
};

describe.each(LOCALES)('in %s', (locale) => {
  it.each(Object.keys(VIEWS))('the %s view shows no English of its own', (name) => {
    setLocale(locale);
    const root = mount(VIEWS[name]!());
    // Ministry names are data: the registry's English name where the UI is not its language.
    let text = shown(root);
    for (const id of ['cn-mfa', 'rok-mofa']) text = text.split(ministryName(id)).join(' ');
    expect(text.length).toBeGreaterThan(20);
    expect(englishWords(text)).toEqual([]);
    expect(ENGLISH_PHRASES.filter((phrase) => text.includes(phrase))).toEqual([]);
  });
});

describe('the check itself', () => {
  it('finds an English literal and an English catalog phrase in a view', () => {
    setLocale('ko');
    const root = mount(
      <p title="Close">
        {t('card.close')} {en['otherSide.looking']}
      </p>,
    );
    expect(englishWords(shown(root))).toEqual(['Looking', 'in', 'your', 'archive', 'Close']);
    expect(ENGLISH_PHRASES.filter((phrase) => shown(root).includes(phrase))).toContain(
      'Looking in your archive…',
    );
  });
});
