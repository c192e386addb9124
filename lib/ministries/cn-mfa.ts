/**
 * China MFA: fmprc.gov.cn and mfa.gov.cn in Chinese and English — the 2015–2021 templates
 * (`#News_Body_*`, `.content_mod`), the 2021+ Chinese one (`.news-title`, `.news-main`) and the
 * 2024+ English one (`.news_header_title`, `.xltime`, `.content_text`) — and the embassy and
 * consulate mirrors that republish its readouts.
 */
import type { MinistrySite } from './types';

const MIRROR_CHROME = /^(?:<?Suggest To A Friend>?|Suggest to a friend:?|Print|Close)$/i;

export const cnMfa: MinistrySite = {
  id: 'cn-mfa',
  name: {
    en: "Ministry of Foreign Affairs of the People's Republic of China",
    native: '中华人民共和国外交部',
  },
  country: 'CN',
  timeZone: 'Asia/Shanghai',
  languages: ['zh', 'en'],
  matches: [
    '*://*.fmprc.gov.cn/*',
    '*://*.mfa.gov.cn/*',
    '*://*.china-embassy.gov.cn/*',
    '*://*.chineseembassy.org/*',
    '*://*.china-embassy.org/*',
    '*://*.china-consulate.org/*',
    '*://*.chineseconsulate.org/*',
  ],
  markers: ['#News_Body_Title', '#News_Body_Txt_A', '.news_header_title', '.content_mod h2.title'],
  // Mirror pages: "Home > China News" above, "Suggest To A Friend" below.
  textMarkers: /Home\s*>\s*(?:China News|Chinese Diplomatic News)|<?Suggest To A Friend>?/i,
  selectors: {
    title: [
      '#News_Body_Title',
      '.news_header_title',
      '.news-title h1',
      '.content_mod h2.title',
      'meta[name="ArticleTitle"]',
    ],
    date: ['#News_Body_Time', '.xltime', '.news-title .time', '.news-title p', 'meta[name="PubDate"]'],
    body: ['#News_Body_Txt_A', '.content_text', '.news_content', '.news-main', '.content_mod .content'],
    chrome: ['#appendix_list', '#relnews_list', '#id_RelNewsList', '.info', '.print'],
    listing: ['.rebox_news', '.newsLst_mod', '.newsBd', '.news_list'],
  },
  // The mirrors' chrome lines are not part of the readout.
  extract: (_doc, readout) => ({ ...readout, body: readout.body.filter((p) => !MIRROR_CHROME.test(p)) }),
  testUrls: [
    'https://www.fmprc.gov.cn/web/zyxw/t1638430.shtml',
    'https://www.fmprc.gov.cn/mfa_eng/zxxx_662805/t1835905.shtml',
    'https://www.mfa.gov.cn/wjbzhd/202111/t20211126_10453832.shtml',
    'https://www.mfa.gov.cn/eng/xw/zyxw/202405/t20240520_11307310.html',
    'https://www.mfa.gov.cn/ce/cekor/kor/zgyw/t1817133.htm',
    'http://au.china-embassy.org/eng/xw/t1513644.htm',
    'http://kr.china-embassy.gov.cn/chn/zgyw/202011/t20201126_1234.htm',
    'http://bb.chineseembassy.org/eng/zgyw/t1348082.htm',
    'http://cebu.china-consulate.org/eng/zgwj/t1702614.htm',
    'http://losangeles.chineseconsulate.org/eng/zgyw/t1000.htm',
  ],
};
