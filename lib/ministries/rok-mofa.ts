/** ROK MOFA: mofa.go.kr in English (`/eng/brd/...`) and Korean (`/www/brd/...`), board layout. */
import type { MinistrySite } from './types';

export const rokMofa: MinistrySite = {
  id: 'rok-mofa',
  name: { en: 'Ministry of Foreign Affairs, Republic of Korea', native: '대한민국 외교부' },
  country: 'KR',
  timeZone: 'Asia/Seoul',
  languages: ['ko', 'en'],
  matches: ['*://*.mofa.go.kr/*'],
  markers: ['.board_detail .bo_head', '.bo_head h2'],
  // Korean skip links open every page, whatever its language.
  textMarkers: /본문 바로가기|주메뉴 바로가기/,
  selectors: {
    title: ['.board_detail .bo_head h2', '.bo_head h2', '.board_view_tit', '.view_tit'],
    date: ['.bo_head .date', '.bo_head .bo_info', '.bo_head'],
    body: ['.board_detail .bo_con', '.bo_con', '.board_view_cont'],
    chrome: ['.bo_head', '.board_navi', '.view_file', '.sns'],
    listing: ['.board_list', 'td.tal'],
  },
  testUrls: [
    'https://www.mofa.go.kr/eng/brd/m_5674/view.do?seq=319427',
    'https://www.mofa.go.kr/www/brd/m_4080/view.do?seq=370000',
    'https://www.mofa.go.kr/eng/brd/m_5676/list.do',
    'https://overseas.mofa.go.kr/us-en/brd/m_4500/view.do?seq=1',
  ],
};
