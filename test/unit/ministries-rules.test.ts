/** The pure rules under the ministry extractors: dates, participants, language, match patterns, site access. */
import { describe, expect, it } from 'vitest';
import {
  dateHits,
  findDate,
  firstSentence,
  localDate,
  meetingDate,
  resolveMonthDay,
} from '../../lib/ministries/dates';
import { findParticipants } from '../../lib/ministries/participants';
import { detectLanguage } from '../../lib/ministries/text';
import { titleSaysReadout } from '../../lib/ministries/kind';
import {
  matchPatternToRegExp,
  originOf,
  originToMatchPattern,
  urlMatches,
} from '../../lib/ministries/match-pattern';
import {
  isBuiltIn,
  originOfScriptId,
  reconcile,
  registrationFor,
  scriptIdFor,
  siteStatus,
  withSite,
  withoutSite,
} from '../../lib/ministries/site-access';
import { CONTENT_MATCHES } from '../../lib/ministries/matches';
import { manifestOrigins } from '../../scripts/manifest-origins';

/** The content-script matches of the store build and of the browser-test build. */
const STORE_MATCHES = manifestOrigins(CONTENT_MATCHES, 'production');
const E2E_MATCHES = manifestOrigins(CONTENT_MATCHES, 'e2e');

describe('dates', () => {
  it.each([
    ['On November 26, 2020 local time, the ministers met.', '2020-11-26'],
    ['On 14 January 2025, the two sides met.', '2025-01-14'],
    ['当地时间2019年2月15日，双方会见。', '2019-02-15'],
    ['2020년 11월 26일 회담을 가졌다.', '2020-11-26'],
    ['작성일 2020.11.26', '2020-11-26'],
    ['令和2年11月26日', '2020-11-26'],
    ['令和元年5月1日', '2019-05-01'],
    ['平成31年4月30日', '2019-04-30'],
    ['令和５年３月３日', '2023-03-03'],
    ['12 марта 2024 года', '2024-03-12'],
    ['Artikel 14. April 2023', '2023-04-14'],
    ['le 20 février 2025', '2025-02-20'],
    ['2025-01-14T12:00:00.000+00:00', '2025-01-14'],
    ['Sun, 13 Feb 2022 03:44:25 +0000', '2022-02-13'],
  ])('findDate(%j) = %s', (text, iso) => {
    expect(findDate(text)).toBe(iso);
  });

  it('rejects impossible dates and text without one', () => {
    expect(findDate('February 30, 2021')).toBeNull();
    expect(findDate('2021-13-01')).toBeNull();
    expect(findDate('The ministers met in the afternoon.')).toBeNull();
  });

  it('keeps a month-day inside a full date from counting twice', () => {
    const hits = dateHits('2019年2月15日，会见。');
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ year: 2019, month: 2, day: 15 });
  });

  it('the first sentence does not end at initials, U.S. or a numbered point', () => {
    expect(firstSentence('Secretary Antony J. Blinken met the U.S. delegation today. Then more.')).toBe(
      'Secretary Antony J. Blinken met the U.S. delegation today.',
    );
    expect(firstSentence('1. Minister Park met Minister Hayashi. 2. They agreed.')).toBe(
      '1. Minister Park met Minister Hayashi.',
    );
    expect(firstSentence('王毅会见朴振。双方表示。')).toBe('王毅会见朴振。');
  });

  it('resolves a month-day against the publication year, and across new year', () => {
    expect(resolveMonthDay(2, 11, '2022-02-12')).toBe('2022-02-11');
    expect(resolveMonthDay(12, 30, '2023-01-02')).toBe('2022-12-30');
    // A day ahead of publication is a time zone, not last year.
    expect(resolveMonthDay(3, 13, '2024-03-12')).toBe('2024-03-13');
    expect(resolveMonthDay(2, 11, null)).toBeNull();
  });

  it('reads a publication timestamp in the publisher’s time zone', () => {
    expect(localDate('2022-02-13T03:44:25+00:00', 'America/New_York')).toBe('2022-02-12');
    expect(localDate('2022-02-13T03:44:25Z', 'Asia/Seoul')).toBe('2022-02-13');
    expect(localDate('2019-02-16T23:30:00+0800', 'Asia/Shanghai')).toBe('2019-02-16');
    // Without an offset or a zone the date is read as written.
    expect(localDate('2022-02-13T03:44', 'America/New_York')).toBe('2022-02-13');
    expect(localDate('2022-02-13T03:44:25+00:00', undefined)).toBe('2022-02-13');
  });

  it('takes the meeting date from the opening sentence, else the publication date', () => {
    expect(
      meetingDate(
        'On February 11, Secretary Blinken met Foreign Minister Hayashi in Melbourne.',
        '2022-02-12',
      ),
    ).toBe('2022-02-11');
    expect(
      meetingDate('Minister Kang met Wang Yi in Beijing on November 22 and discussed ties.', '2017-11-23'),
    ).toBe('2017-11-22');
    expect(
      meetingDate(
        'The Secretary met today with the Foreign Minister. They recalled the June 29 summit.',
        '2022-07-08',
      ),
    ).toBe('2022-07-08');
    // A date later in the paragraph is not the meeting's.
    expect(
      meetingDate(
        'The Secretary spoke with the Minister. They recalled the meeting on June 29, 2021.',
        '2022-07-08',
      ),
    ).toBeNull();
    expect(meetingDate('3月3日、林外務大臣は電話会談を行いました。', '2023-03-03')).toBe('2023-03-03');
    expect(meetingDate('박진 장관은 11.22.(수) 회담을 가졌다.', '2022-11-23')).toBe('2022-11-22');
    // "the June 29 meeting" has no "on": not read as a date.
    expect(meetingDate('They welcomed the June 29 meeting of leaders.', '2022-07-08')).toBeNull();
  });
});

describe('participants', () => {
  it('reads both sides of a China MFA title and completes titles from the lead', () => {
    expect(
      findParticipants(
        'Wang Yi Meets with Foreign Minister Kang Kyung-wha of the ROK',
        'On December 3, State Councilor and Foreign Minister Wang Yi held talks with Foreign Minister Kang Kyung-wha in Beijing.',
        'en',
        'CN',
      ),
    ).toEqual([
      { name: 'Wang Yi', title: 'State Councilor and Foreign Minister', country: 'CN' },
      { name: 'Kang Kyung-wha', title: 'Foreign Minister', country: 'KR' },
    ]);
  });

  it('reads a State Department title and takes full names from the lead', () => {
    expect(
      findParticipants(
        'Secretary Blinken’s Meeting with Japanese Foreign Minister Kamikawa',
        'Secretary of State Antony J. Blinken met with Japanese Foreign Minister Kamikawa Yoko in Tokyo.',
        'en',
        'US',
      ),
    ).toEqual([
      { name: 'Antony J. Blinken', title: 'Secretary of State', country: 'US' },
      { name: 'Kamikawa Yoko', title: 'Foreign Minister', country: 'JP' },
    ]);
  });

  it('splits a trilateral and keeps "State Councilor and Foreign Minister" whole', () => {
    const people = findParticipants(
      'Secretary Blinken’s Trilateral Meeting with PRC State Councilor and Foreign Minister Wang Yi and Russian Foreign Minister Lavrov',
      '',
      'en',
      'US',
    );
    expect(people.map((p) => [p.name, p.title, p.country])).toEqual([
      ['Blinken', 'Secretary', 'US'],
      ['Wang Yi', 'State Councilor and Foreign Minister', 'CN'],
      ['Lavrov', 'Foreign Minister', 'RU'],
    ]);
  });

  it('reads phone and video calls', () => {
    expect(
      findParticipants(
        'Wang Yi Holds Video Call with German Foreign Minister Annalena Baerbock',
        '',
        'en',
        'CN',
      ).map((p) => p.name),
    ).toEqual(['Wang Yi', 'Annalena Baerbock']);
    expect(
      findParticipants(
        'Foreign Minister Sergey Lavrov’s telephone conversation with Foreign Minister of India Subrahmanyam Jaishankar',
        '',
        'en',
        'RU',
      ),
    ).toEqual([
      { name: 'Sergey Lavrov', title: 'Foreign Minister', country: 'RU' },
      { name: 'Subrahmanyam Jaishankar', title: 'Foreign Minister', country: 'IN' },
    ]);
  });

  it('takes how two ministers met, or what they discussed, for no one', () => {
    expect(findParticipants('中韓外長視像會晤 就雙邊關係與朝鮮交換意見', '', 'zh', 'CN')).toEqual([]);
    expect(findParticipants('中韩外长视频会晤', '', 'zh', 'CN')).toEqual([]);
  });

  it('reads Chinese titles with the verb between the sides', () => {
    expect(findParticipants('王毅会见卢森堡外交大臣阿瑟伯恩', '', 'zh', 'CN')).toEqual([
      { name: '王毅', country: 'CN' },
      { name: '阿瑟伯恩', title: '外交大臣', country: 'LU' },
    ]);
    expect(
      findParticipants(
        '王毅同美国国务卿布林肯通电话',
        '2021年2月6日，中共中央政治局委员王毅应约同美国国务卿布林肯通电话。',
        'zh',
        'CN',
      ),
    ).toEqual([
      { name: '王毅', title: '中共中央政治局委员', country: 'CN' },
      { name: '布林肯', title: '国务卿', country: 'US' },
    ]);
  });

  it('takes the people of the opening paragraph when the title names none, not those in the possessive', () => {
    expect(
      findParticipants(
        'Outcome of Korea-China Foreign Ministers’ Meeting',
        'Foreign Minister Chung Eui-yong met his Chinese counterpart Wang Yi in Xiamen on April 3 and discussed President Moon Jae-in’s proposals.',
        'en',
        'KR',
      ),
    ).toEqual([
      { name: 'Chung Eui-yong', title: 'Foreign Minister', country: 'KR' },
      { name: 'Wang Yi', title: 'Foreign Minister', country: 'CN' },
    ]);
  });

  it('reads Japanese and Korean name-then-title forms', () => {
    expect(
      findParticipants('日米外相会談', '林外務大臣は、ブリンケン米国務長官と会談を行いました。', 'ja', 'JP'),
    ).toEqual([
      { name: '林', title: '外務大臣', country: 'JP' },
      { name: 'ブリンケン', title: '国務長官', country: 'US' },
    ]);
    expect(
      findParticipants(
        '한미 외교장관 회담 결과',
        '정의용 외교부 장관은 블링컨 미국 국무장관과 회담을 가졌다.',
        'ko',
        'KR',
      ),
    ).toEqual([
      { name: '정의용', title: '외교부 장관', country: 'KR' },
      { name: '블링컨', title: '국무장관', country: 'US' },
    ]);
  });
});

describe('participants from title grammar (every side with its office and country)', () => {
  it.each([
    [
      'Vice Foreign Minister Ma Zhaoxu and Undersecretary of State of the Ministry of Foreign Affairs of Poland Jan Kowalski Hold Strategic Dialogue',
      [
        { name: 'Ma Zhaoxu', title: 'Vice Foreign Minister', country: 'CN' },
        {
          name: 'Jan Kowalski',
          title: 'Undersecretary of State of the Ministry of Foreign Affairs',
          country: 'PL',
        },
      ],
    ],
    [
      'Assistant Foreign Minister Hua Chunying Meets with Ambassador of Nigeria to China Musa Bello',
      [
        { name: 'Hua Chunying', title: 'Assistant Foreign Minister', country: 'CN' },
        { name: 'Musa Bello', title: 'Ambassador of Nigeria to China', country: 'NG' },
      ],
    ],
    [
      'Vice Foreign Minister Sun Weidong Meets Deputy Minister of Foreign Affairs of Viet Nam Tran Van Minh',
      [
        { name: 'Sun Weidong', title: 'Vice Foreign Minister', country: 'CN' },
        { name: 'Tran Van Minh', title: 'Deputy Minister of Foreign Affairs', country: 'VN' },
      ],
    ],
    [
      'Wang Yi Has a Phone Call with French Foreign Minister Paul Martin',
      [
        { name: 'Wang Yi', country: 'CN' },
        { name: 'Paul Martin', title: 'Foreign Minister', country: 'FR' },
      ],
    ],
    [
      'Wang Yi and Antony Blinken Hold Talks',
      [{ name: 'Wang Yi', country: 'CN' }, { name: 'Antony Blinken' }],
    ],
    [
      '外交部副部长孙卫东同越南外交部副部长陈文明举行外交磋商',
      [
        { name: '孙卫东', title: '外交部副部长', country: 'CN' },
        { name: '陈文明', title: '外交部副部长', country: 'VN' },
      ],
    ],
    [
      '副外长马朝旭与波兰外交部副部长科瓦尔斯基举行战略对话',
      [
        { name: '马朝旭', title: '副外长', country: 'CN' },
        { name: '科瓦尔斯基', title: '外交部副部长', country: 'PL' },
      ],
    ],
  ])('%s', (title, expected) => {
    const language = /[\u4e00-\u9fff]/.test(title) ? 'zh' : 'en';
    expect(findParticipants(title, '', language, 'CN')).toEqual(expected);
  });
});

describe('participants in French and German', () => {
  it('reads French appositions and German titled names', () => {
    expect(
      findParticipants(
        '',
        "La ministre, Catherine Colonna, s'est entretenue avec son homologue chinois, Wang Yi.",
        'fr',
        'FR',
      ),
    ).toEqual([
      { name: 'Catherine Colonna', title: 'ministre', country: 'FR' },
      { name: 'Wang Yi', title: 'homologue', country: 'CN' },
    ]);
    expect(
      findParticipants(
        '',
        'Außenministerin Annalena Baerbock traf den indischen Außenminister Subrahmanyam Jaishankar.',
        'de',
        'DE',
      ),
    ).toEqual([
      { name: 'Annalena Baerbock', title: 'Außenministerin', country: 'DE' },
      { name: 'Subrahmanyam Jaishankar', title: 'Außenminister', country: 'IN' },
    ]);
  });
});

describe('language and title rules', () => {
  it.each([
    ['王毅会见朴振', 'zh'],
    ['박진 장관 회담', 'ko'],
    ['日・フィリピン外相電話会談', 'ja'],
    ['Лавров провёл переговоры', 'ru'],
    ['Die Ministerin und der Minister sprachen über die Lage in der Region mit den Partnern', 'de'],
    ["Le ministre s'est entretenu avec son homologue pour la coopération et les échanges", 'fr'],
    ['The Secretary met the Foreign Minister in Tokyo to discuss the alliance', 'en'],
  ])('detectLanguage(%j) = %s', (text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it('uses the declared lang only when the words do not decide', () => {
    expect(detectLanguage('Salle de presse', 'fr-FR')).toBe('fr');
    expect(
      detectLanguage('The minister met with the ambassador and the delegation in the capital', 'zh'),
    ).toBe('en');
  });

  it('tells readout titles from briefings and notices', () => {
    expect(titleSaysReadout('Secretary Blinken’s Call with Australian Foreign Minister Wong')).toBe(true);
    expect(titleSaysReadout('日米外相会談')).toBe(true);
    expect(
      titleSaysReadout('Foreign Ministry Spokesperson’s Regular Press Conference on March 7, 2023'),
    ).toBe(false);
    expect(titleSaysReadout('外交部发言人毛宁主持例行记者会')).toBe(false);
    expect(titleSaysReadout('Notice on visa applications after the meeting season')).toBe(false);
  });
});

describe('match patterns', () => {
  it('follow the browser semantics for schemes, subdomains and paths', () => {
    const re = matchPatternToRegExp('*://*.state.gov/*');
    expect(re.test('https://www.state.gov/x/')).toBe(true);
    expect(re.test('http://state.gov/')).toBe(true);
    expect(re.test('https://state.gov.evil.example/')).toBe(false);
    expect(re.test('ftp://www.state.gov/')).toBe(false);
    const path = matchPatternToRegExp('*://www.gov.uk/government/news/*');
    expect(path.test('https://www.gov.uk/government/news/a-b')).toBe(true);
    expect(path.test('https://www.gov.uk/browse/tax')).toBe(false);
    expect(() => matchPatternToRegExp('state.gov')).toThrow();
  });

  it('cover one origin, without its port', () => {
    expect(originToMatchPattern('https://news.example.org')).toBe('https://news.example.org/*');
    expect(originToMatchPattern('http://127.0.0.1:8080')).toBe('http://127.0.0.1/*');
    expect(originToMatchPattern('chrome://extensions')).toBeNull();
    expect(originToMatchPattern('nonsense')).toBeNull();
    expect(originOf('https://news.example.org/a/b?c')).toBe('https://news.example.org');
    expect(urlMatches('https://news.example.org/a', ['https://news.example.org/*'])).toBe(true);
  });
});

describe('site access', () => {
  it('keeps a sorted list of normalized origins without duplicates', () => {
    let list = withSite([], 'https://b.example.org/some/page');
    list = withSite(list, 'https://a.example.org');
    list = withSite(list, 'https://b.example.org');
    expect(list).toEqual(['https://a.example.org', 'https://b.example.org']);
    expect(withSite(list, 'about:blank')).toEqual(list);
    expect(withoutSite(list, 'https://a.example.org/x')).toEqual(['https://b.example.org']);
  });

  it('reports the status of built-in, enabled and other sites', () => {
    expect(siteStatus('https://www.mofa.go.kr/eng/brd/m_5674/view.do?seq=1', [], STORE_MATCHES)).toEqual({
      ministry: 'rok-mofa',
      builtIn: true,
      enabled: true,
    });
    expect(
      siteStatus('https://news.example.org/readout', ['https://news.example.org'], STORE_MATCHES),
    ).toEqual({
      ministry: null,
      builtIn: false,
      enabled: true,
    });
    expect(siteStatus('https://other.example.org/', ['https://news.example.org'], STORE_MATCHES)).toEqual({
      ministry: null,
      builtIn: false,
      enabled: false,
    });
    // Loopback serves the samples and tests: built in for the e2e build, a site like any other in the store build.
    expect(isBuiltIn('http://127.0.0.1:5173/sample.html', E2E_MATCHES)).toBe(true);
    expect(isBuiltIn('http://127.0.0.1:5173/sample.html', STORE_MATCHES)).toBe(false);
    expect(siteStatus('http://localhost:8080/x', [], STORE_MATCHES)).toMatchObject({
      builtIn: false,
      enabled: false,
    });
  });

  it('plans registrations from the stored list, leaving others’ scripts alone', () => {
    expect(scriptIdFor('https://a.example.org')).toBe('readout-lens-site:https://a.example.org');
    expect(originOfScriptId('someone-else')).toBeNull();
    expect(
      reconcile(
        [
          'readout-lens-site:https://a.example.org',
          'readout-lens-site:https://old.example.org',
          'someone-else',
        ],
        ['https://a.example.org', 'https://new.example.org'],
      ),
    ).toEqual({
      register: ['https://new.example.org'],
      unregister: ['readout-lens-site:https://old.example.org'],
    });
    expect(registrationFor('https://a.example.org', ['content-scripts/content.js'])).toMatchObject({
      id: 'readout-lens-site:https://a.example.org',
      matches: ['https://a.example.org/*'],
      js: ['content-scripts/content.js'],
    });
    expect(() => registrationFor('file:///etc', [])).toThrow();
  });
});
