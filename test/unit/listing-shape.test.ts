/**
 * News lists recognised by their shape (lib/ministries/listing-shape.ts) on hosts no ministry file
 * knows and in pages whose metas name an article: nothing is listed or painted on them. Articles
 * beside big "related news" blocks stay articles, painted only in the article.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { htmlDocument } from '../../scripts/page-file';
import { measurePage } from '../../scripts/measure-pages-core';
// Readability for unknown layouts (the content script loads it on demand).
import '../../lib/ministries';
import { detectPage } from '../../lib/ministries/pages';
import { hasDate, isHeadline, looksLikeNewsList } from '../../lib/ministries/listing-shape';
import { analyzeArticle } from '../../lib/highlight/article-map';
import { buildTextMap } from '../../lib/highlight/text-map';
import { recognitionKb } from '../../lib/kb';
import { createRecognizer } from '../../lib/recognize';

const FIXTURES = join(__dirname, '..', 'fixtures');
const recognizer = createRecognizer(recognitionKb());
const opened: (() => void)[] = [];
afterAll(() => opened.forEach((close) => close()));

function page(html: string, url: string): Document {
  const { document, close } = htmlDocument(html, url);
  opened.push(close);
  return document;
}

const fixture = (path: string, url: string) => page(readFileSync(join(FIXTURES, path), 'utf8'), url);

/** A page of a site no ministry file knows: a menu, a main part, a footer. */
function sitePage(lang: string, title: string, main: string): string {
  return `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title></head><body>
  <div class="top"><ul class="menu"><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/about">About</a></li></ul></div>
  <main>${main}</main>
  <div class="bottom"><p>Copyright of a test site.</p></div></body></html>`;
}

const isListingPage = (html: string, url = 'https://www.example.org/news/') =>
  detectPage(url, page(html, url)).pageKind === 'listing';

describe('a news list on a host no ministry file knows', () => {
  it('gov.uk finder shape: a listing, nothing painted or listed, though its headlines name officials', () => {
    const url = 'https://www.gov.uk/search/news-and-communications';
    const doc = fixture('pages/unknown-news-list-govuk.html', url);
    expect(detectPage(url, doc)).toMatchObject({ ministry: null, pageKind: 'listing', article: false });
    const { readout, recognition } = analyzeArticle(doc, url, recognizer);
    expect(readout.pageKind).toBe('listing');
    expect(recognition.mentions).toEqual([]);
    expect(recognition.entities).toEqual([]);
    const whole = recognizer.recognize(buildTextMap(doc.body).text, { date: null });
    expect(whole.entities.some((e) => e.kind === 'official')).toBe(true);
  });

  it('a French ministry list of <article> cards: a listing, not its first card read as the article', () => {
    const url = 'https://www.exemple.gouv.fr/fr/actualites';
    const doc = fixture('pages/unknown-news-list-fr.html', url);
    expect(detectPage(url, doc)).toMatchObject({ ministry: null, pageKind: 'listing', article: false });
    const { readout, recognition } = analyzeArticle(doc, url, recognizer);
    expect(readout.body).toEqual([]);
    expect(recognition.mentions).toEqual([]);
    expect(recognition.entities).toEqual([]);
  });

  const languages: [string, string, string][] = [
    [
      'English',
      'en',
      `<h1>Press releases</h1><ul class="results">${[
        'Foreign Minister Meets the Foreign Minister of Ruritania in the Capital',
        'Deputy Minister Holds Consultations on Consular Matters with a Neighbour',
        'Minister Opens the Annual Conference of Ambassadors at the Ministry',
        'Statement by the Ministry on the Floods in the Southern Provinces',
        'Foreign Minister Speaks by Telephone with the Secretary of State',
        'Minister of State Receives a Delegation of the Parliament of Ruritania',
      ]
        .map((h, i) => `<li><a href="/n/${i}">${h}</a><span class="date">${10 - i} May 2024</span></li>`)
        .join('')}</ul>`,
    ],
    [
      'Chinese',
      'zh',
      `<div class="list-title">外交动态</div><ul class="list">${[
        '王毅会见鲁里塔尼亚外长安娜·贝格谈双边合作',
        '王毅同韩国外长赵兑烈通电话就地区局势交换意见',
        '外交部副部长同邻国副外长举行领事磋商会议',
        '王毅出席东亚合作系列外长会并阐述中方立场',
        '外交部发言人就南方洪灾向受灾国家表示慰问',
        '王毅会见来华访问的鲁里塔尼亚议会代表团成员',
      ]
        .map((h, i) => `<li><a href="/n/${i}.shtml">${h}</a>（2024-05-${10 + i}）</li>`)
        .join('')}</ul>`,
    ],
    [
      'Korean',
      'ko',
      `<h2>보도자료</h2><table class="board_list"><thead><tr><th>번호</th><th>제목</th><th>등록일</th></tr></thead><tbody>${[
        '조태열 장관, 루리타니아 외교장관과 회담 개최',
        '외교부 차관, 이웃 나라 차관과 영사 협의회 개최',
        '조태열 장관, 미국 국무장관과 전화 통화 실시',
        '외교부, 남부 지역 홍수 피해에 대한 위로 전달',
        '조태열 장관, 루리타니아 의회 대표단 접견',
        '제2차 한-루리타니아 전략대화 서울에서 개최',
      ]
        .map(
          (h, i) =>
            `<tr><td>${100 - i}</td><td class="tal"><a href="/view/${i}">${h}</a></td><td>2024.05.${10 + i}</td></tr>`,
        )
        .join('')}</tbody></table>`,
    ],
    [
      'Japanese',
      'ja',
      `<h1>報道発表</h1><dl class="news">${[
        '上川外務大臣とルリタニア外務大臣との会談について',
        '外務副大臣と近隣国副大臣との領事協議の開催について',
        '上川外務大臣と米国国務長官との電話会談について',
        '南部地域の洪水被害に対する緊急援助物資の供与について',
        '上川外務大臣によるルリタニア議会代表団の表敬受けについて',
        '日・ルリタニア戦略対話の東京での開催について',
      ]
        .map((h, i) => `<dt>令和6年5月${10 + i}日</dt><dd><a href="/press/${i}.html">${h}</a></dd>`)
        .join('')}</dl>`,
    ],
    [
      'Russian',
      'ru',
      `<h1>Новости</h1><div class="announce__list">${[
        'О переговорах Министра иностранных дел с Министром иностранных дел Руритании',
        'О консульских консультациях заместителя Министра с соседней страной',
        'О телефонном разговоре Министра иностранных дел с Государственным секретарём',
        'Заявление Министерства в связи с наводнением в южных провинциях',
        'О встрече Министра с делегацией парламента Руритании в Москве',
        'О стратегическом диалоге между министерствами двух стран в Москве',
      ]
        .map(
          (h, i) =>
            `<div class="announce__item"><span class="announce__date">${10 + i} мая 2024</span><a href="/ru/${i}">${h}</a></div>`,
        )
        .join('')}</div>`,
    ],
    [
      'German',
      'de',
      `<h1>Pressemitteilungen</h1><ul class="teaser-list">${[
        'Außenministerin trifft den Außenminister von Ruritanien in Berlin',
        'Staatsminister führt konsularische Konsultationen mit einem Nachbarland',
        'Außenministerin telefoniert mit dem amerikanischen Außenminister',
        'Erklärung des Auswärtigen Amts zu den Überschwemmungen im Süden',
        'Außenministerin empfängt eine Delegation des Parlaments von Ruritanien',
        'Strategischer Dialog zwischen beiden Ministerien in Berlin eröffnet',
      ]
        .map(
          (h, i) =>
            `<li><article class="teaser"><span class="teaser__date">${10 + i}. März 2024</span><h3><a href="/de/${i}">${h}</a></h3></article></li>`,
        )
        .join('')}</ul>`,
    ],
    [
      'French',
      'fr',
      `<h1>Communiqués</h1><div class="liste">${[
        'Entretien du ministre avec son homologue de Ruritanie à Paris',
        'Consultations consulaires du secrétaire général avec un pays voisin',
        'Entretien téléphonique du ministre avec le secrétaire d’État américain',
        'Déclaration du ministère sur les inondations dans les provinces du Sud',
        'Le ministre reçoit une délégation du Parlement de Ruritanie',
        'Dialogue stratégique entre les deux ministères ouvert à Paris',
      ]
        .map(
          (h, i) =>
            `<div class="item"><p class="date">${i === 0 ? '1er' : 2 + i} avril 2025</p><h2><a href="/fr/${i}">${h}</a></h2></div>`,
        )
        .join('')}</div>`,
    ],
  ];

  it.each(languages)('%s: dated headline links are a listing', (_name, lang, main) => {
    expect(isListingPage(sitePage(lang, 'News', main))).toBe(true);
  });

  it.each(languages)(
    '%s: the same list under a meeting title and an ArticleTitle meta is still a listing',
    (_n, lang, main) => {
      const html = sitePage(lang, 'Minister Meets the Foreign Minister of Ruritania', main).replace(
        '</head>',
        '<meta name="ArticleTitle" content="Minister Meets the Foreign Minister of Ruritania"></head>',
      );
      expect(isListingPage(html)).toBe(true);
    },
  );

  it('a layout of divs with a logo h1 and a footer paragraph, no main: ten entries outweigh them', () => {
    const rows = Array.from(
      { length: 10 },
      (_, i) =>
        `<div class="row"><a href="/n/${i}">Foreign Minister Meets the Foreign Minister of Ruritania, Visit ${i}</a><div class="d">${i + 1}.04.2025</div></div>`,
    ).join('');
    const html = `<html><head><title>News | Ministry</title></head><body><div class="head"><h1 class="logo">Ministry of Foreign Affairs of the Republic of Ruritania</h1></div><div class="page"><h2>News</h2>${rows}</div><div class="foot"><p>The ministry publishes on this site the news, statements and speeches of its ministers, and advice for travellers abroad.</p></div></body></html>`;
    expect(isListingPage(html)).toBe(true);
  });

  it('a page whose items carry a summary and pagination, with a short intro, is a listing', () => {
    const items = Array.from(
      { length: 6 },
      (_, i) =>
        `<div class="views-row"><h3><a href="/n/${i}">Minister Holds Talks with a Visiting Counterpart, Number ${i}</a></h3><p>The two ministers spoke about trade, transport and student exchanges and agreed to meet again next year.</p><div class="date">0${i + 1}/03/2025</div></div>`,
    ).join('');
    const main = `<h1>News</h1><p>News, statements and speeches of the ministry, newest first, with the ministers' travel and meetings abroad.</p><div class="view-content">${items}</div><ul class="pager"><li><a href="?page=1">1</a></li><li><a href="?page=2">2</a></li><li><a href="?page=3">3</a></li></ul>`;
    expect(isListingPage(sitePage('en', 'News', main))).toBe(true);
  });
});

describe('a news list found in Readability’s body', () => {
  const entries = Array.from(
    { length: 6 },
    (_, i) =>
      `<div class="entry"><h3><a href="/n/${i}">Foreign Minister Ito Taro Holds Talks with a Visiting Counterpart, Part ${i}</a></h3><p>Foreign Minister Ito Taro and Secretary of State Antony Blinken spoke about trade, transport and student exchanges and agreed to meet again next year.</p><span class="when">${i + 2} May 2024</span></div>`,
  ).join('');
  const about = `<p>${'The ministry is responsible for the foreign relations of the republic, for its embassies and consulates abroad, and for help to citizens who travel. '.repeat(3)}</p>`;
  const layout = (sideClass: string) =>
    `<html><head><title>Press room</title></head><body><div class="top"><a href="/">Home</a></div><div class="wrap"><div class="col-a"><h2>Press room</h2><div class="entries">${entries}</div></div><div class="${sideClass}">${about}</div></div></body></html>`;
  const url = 'https://www.example.org/press';

  it('a div sidebar’s prose hides the list from the cheap check; Readability’s body shows it: nothing painted', () => {
    const doc = page(layout('sidebar'), url);
    // The cheap detector counts the sidebar's prose as the page's own.
    expect(detectPage(url, doc).pageKind).not.toBe('listing');
    const { readout, recognition } = analyzeArticle(doc, url, recognizer);
    expect(readout).toMatchObject({ pageKind: 'listing', isReadout: false, participants: [], body: [] });
    expect(recognition.mentions).toEqual([]);
    expect(recognition.entities).toEqual([]);
  });

  it('when Readability keeps the prose beside the list too, the page is read as before', () => {
    const doc = page(layout('col-b'), url);
    expect(analyzeArticle(doc, url, recognizer).readout.pageKind).not.toBe('listing');
  });
});

describe('a list page whose template keeps an article’s metas', () => {
  it('cn-mfa list with an ArticleTitle naming a meeting: the listing markers win', () => {
    const url = 'https://www.mfa.gov.cn/web/wjdt_674879/wjbxw_674885/';
    const doc = fixture('cn-mfa/page-2021-zh-listing-meta.html', url);
    expect(detectPage(url, doc)).toMatchObject({ pageKind: 'listing', article: false });
    const { readout, recognition } = analyzeArticle(doc, url, recognizer);
    expect(readout.participants).toEqual([]);
    expect(recognition.mentions).toEqual([]);
  });
});

describe('articles stay articles', () => {
  it('an unknown-host article with a big dated news strip: painted only in the article', () => {
    const url = 'https://news.example.org/2025/04/22/minister-receives-ruritania';
    const doc = fixture('pages/unknown-article-related.html', url);
    expect(detectPage(url, doc)).toMatchObject({ pageKind: 'readout', article: true });
    const figures = measurePage(
      doc,
      {
        file: 'pages/unknown-article-related.html',
        url,
        isReadout: true,
        date: null,
        article: ['article.news-article'],
        participants: ['Ito Taro', 'Anna Berg'],
      },
      recognizer,
    );
    expect(figures.outsideSurfaces).toEqual([]);
    expect(figures.wholePageOutside).toBeGreaterThan(0);
    const { map, recognition } = analyzeArticle(doc, url, recognizer);
    const painted = recognition.mentions.map((m) => map.text.slice(m.start, m.end));
    expect(painted.some((t) => t.endsWith('Ito Taro'))).toBe(true);
    for (const chrome of ['Blinken', 'Wang Yi', 'Cho Tae-yul', 'Penny Wong'])
      expect(painted.some((t) => t.includes(chrome))).toBe(false);
  });

  const strip = (n: number, lang: 'en' | 'zh') =>
    `<ul class="strip">${Array.from({ length: n }, (_, i) =>
      lang === 'en'
        ? `<li><a href="/n/${i}">Foreign Minister Holds Talks with a Visiting Counterpart, Item ${i}</a> <span>${i + 1} May 2024</span></li>`
        : `<li><a href="/n/${i}">外交部长同来访的外国外长举行会谈第${i}条</a>（2024-05-${10 + i}）</li>`,
    ).join('')}</ul>`;

  it('a one-paragraph English readout above twelve unlabelled dated headlines', () => {
    const main = `<h1>Minister Meets the Foreign Minister of Ruritania</h1><div class="text"><p>Foreign Minister Ito Taro met Foreign Minister Anna Berg of Ruritania on 3 May in the capital and talked about trade, transport and students.</p></div>${strip(12, 'en')}`;
    expect(isListingPage(sitePage('en', 'Minister Meets the Foreign Minister of Ruritania', main))).toBe(
      false,
    );
  });

  it('a two-sentence Chinese readout above eight unlabelled dated headlines', () => {
    const main = `<h1>王毅会见鲁里塔尼亚外长安娜·贝格</h1><div class="text"><p>2024年5月13日，外交部长王毅在北京会见鲁里塔尼亚外长安娜·贝格。双方就双边关系和地区问题交换了意见。</p></div>${strip(8, 'zh')}`;
    expect(isListingPage(sitePage('zh', '王毅会见鲁里塔尼亚外长安娜·贝格', main))).toBe(false);
  });

  it('a short readout above a long block labelled as related news (相关新闻, Related, 関連)', () => {
    for (const label of ['相关新闻', 'Related news', '関連記事', 'Voir aussi', 'Читайте также']) {
      const main = `<h1>王毅会见鲁里塔尼亚外长</h1><p>王毅会见安娜·贝格。</p><div class="box"><h3>${label}</h3>${strip(15, 'zh')}</div>`;
      expect(isListingPage(sitePage('zh', '王毅会见鲁里塔尼亚外长', main)), label).toBe(false);
    }
  });

  it('a list of undated links (a menu, a site map) is not a news list', () => {
    const links = Array.from(
      { length: 12 },
      (_, i) =>
        `<li><a href="/s/${i}">Embassies and consulates of the ministry in region number ${i}</a></li>`,
    ).join('');
    const container = page(
      sitePage('en', 'Site map', `<h1>Site map</h1><ul>${links}</ul>`),
      'https://x.org/',
    ).body;
    expect(looksLikeNewsList(container)).toBe(false);
  });

  it('four dated headlines are too few without the site’s listing markers, enough with them', () => {
    const container = page(sitePage('en', 'News', `<h1>News</h1>${strip(4, 'en')}`), 'https://x.org/').body;
    expect(looksLikeNewsList(container)).toBe(false);
    expect(looksLikeNewsList(container, true)).toBe(true);
  });
});

describe('the parts of a list entry', () => {
  it('dates in the shapes lists print them, touching the headline or not', () => {
    for (const date of [
      '2024-05-13',
      '（2024-05-13）',
      '2024年5月13日',
      '2024. 5. 13.',
      '2024년 5월 13일',
      '令和6年5月13日',
      '13.05.2024',
      'Klaveren15.03.2025',
      '13 May 2024',
      'May 13, 2024',
      '1er avril 2025',
      '28 février 2025',
      '3. März 2024',
      '13 мая 2024',
    ])
      expect(hasDate(date), date).toBe(true);
    for (const text of ['Page 2 of 242', 'Number 12', '100 results']) expect(hasDate(text), text).toBe(false);
  });

  it('headlines are a few words or eight CJK characters, menu entries are not', () => {
    expect(isHeadline('Foreign Minister Meets the Foreign Minister of Ruritania')).toBe(true);
    expect(isHeadline('王毅会见鲁里塔尼亚外长')).toBe(true);
    expect(isHeadline('조태열 장관, 루리타니아 외교장관과 회담')).toBe(true);
    for (const menu of ['Home', 'Press releases', 'News and communications', '外交动态', '보도자료'])
      expect(isHeadline(menu), menu).toBe(false);
  });
});

describe("a site's list marker in an article's sidebar", () => {
  // fmprc.gov.cn's English article template keeps its "related" lists in `.newsLst_mod`, the same
  // class as its news indexes: a title that names an article kind is read on, not taken for a list.
  const conference = (title: string) =>
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>
    <div class="container"><div class="content_mod"><h2 class="title">${title}</h2>
    <div class="content"><p>Q: Could you tell us more about the visit of the delegation next week?</p>
    <p>A: The two sides will exchange views on cooperation. We will release information in due course.</p>
    <p>Q: A follow-up on the same subject, if I may.</p><p>A: I have nothing further to add at this moment.</p></div></div>
    <div class="side"><div class="newsLst_mod"><ul><li><a href="/a">Minister Meets Visitors</a></li></ul></div></div></div></body></html>`;
  const url = 'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/t1000000.shtml';

  it('a regular press conference is a transcript', () => {
    const doc = page(
      conference("Foreign Ministry Spokesperson's Regular Press Conference on May 2, 2019"),
      url,
    );
    expect(detectPage(url, doc).pageKind).toBe('transcript');
  });

  it('a neutral title over the same marker is still the index', () => {
    const doc = page(conference('News'), url);
    expect(detectPage(url, doc).pageKind).toBe('listing');
  });
});
