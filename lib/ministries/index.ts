/**
 * Detect which ministry a page belongs to and whether it is a readout; extract its structure.
 * Uses only the standard DOM API, so happy-dom in Node serves the same code as the page.
 *
 * Placeholder generic rules until the per-ministry registry lands (issue 3).
 */
import type { PageKind, Participant, Readout } from '../model';

export interface MinistryInfo {
  id: string;
  name: string;
  country: string;
  hosts: RegExp;
}

const MINISTRIES: MinistryInfo[] = [
  { id: 'cn-mfa', name: 'Ministry of Foreign Affairs of the PRC', country: 'CN', hosts: /(^|\.)(fmprc|mfa)\.gov\.cn$|china-embassy|chineseembassy|china-consulate|chineseconsulate/ },
  { id: 'rok-mofa', name: 'Ministry of Foreign Affairs, Republic of Korea', country: 'KR', hosts: /(^|\.)mofa\.go\.kr$/ },
  { id: 'jp-mofa', name: 'Ministry of Foreign Affairs of Japan', country: 'JP', hosts: /(^|\.)mofa\.go\.jp$/ },
  { id: 'us-state', name: 'U.S. Department of State', country: 'US', hosts: /(^|\.)state\.gov$/ },
  { id: 'ru-mid', name: 'Ministry of Foreign Affairs of the Russian Federation', country: 'RU', hosts: /(^|\.)mid\.ru$/ },
];

export function ministryForUrl(url: string | null): MinistryInfo | null {
  if (!url) return null;
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return null;
  }
  return MINISTRIES.find((m) => m.hosts.test(host)) ?? null;
}

const READOUT_TITLE = /\b(meets?|meeting|talks?|calls?|phone|telephone|conversation|visits?|holds?)\b|会见|会谈|通电话|会晤|회담|통화|면담|会談|電話会談/i;

function clean(s: string | null | undefined): string {
  return (s ?? '').replace(/\s+/g, ' ').trim();
}

function pageTitle(doc: Document): string {
  const candidates = [
    doc.querySelector('[data-readout-title], #News_Body_Title, .news-title h1, .news_header_title, .content_mod h2.title, h1'),
    doc.querySelector('meta[property="og:title"]'),
  ];
  for (const el of candidates) {
    const text = el?.tagName === 'META' ? el.getAttribute('content') : el?.textContent;
    if (clean(text)) return clean(text);
  }
  return clean(doc.title);
}

function bodyParagraphs(doc: Document): string[] {
  const container =
    doc.querySelector('#News_Body_Txt_A, .news-main, .content_text, .entry-content, .bo_con, article, main') ?? doc.body;
  if (!container) return [];
  const paras = [...container.querySelectorAll('p')].map((p) => clean(p.textContent)).filter(Boolean);
  return paras.length ? paras : clean(container.textContent) ? [clean(container.textContent)] : [];
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const pad = (n: number) => String(n).padStart(2, '0');

/** The first full date in a text, in English, CJK or numeric form, as ISO. */
export function findDate(text: string): string | null {
  const en = /\b(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{1,2}),?\s+(\d{4})/i.exec(text);
  const cjk = /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/.exec(text);
  const iso = /\b(\d{4})[-./](\d{1,2})[-./](\d{1,2})\b/.exec(text);
  const hits: { at: number; iso: string }[] = [];
  if (en) hits.push({ at: en.index, iso: `${en[3]}-${pad(MONTHS.indexOf(en[1]!.toLowerCase()) + 1)}-${pad(Number(en[2]))}` });
  if (cjk) hits.push({ at: cjk.index, iso: `${cjk[1]}-${pad(Number(cjk[2]))}-${pad(Number(cjk[3]))}` });
  if (iso) hits.push({ at: iso.index, iso: `${iso[1]}-${pad(Number(iso[2]))}-${pad(Number(iso[3]))}` });
  hits.sort((a, b) => a.at - b.at);
  return hits[0]?.iso ?? null;
}

export function detectLanguage(text: string): string {
  if (/[\uac00-\ud7af]/.test(text)) return 'ko';
  if (/[\u3040-\u30ff]/.test(text)) return 'ja';
  if (/[\u4e00-\u9fff]/.test(text)) return 'zh';
  if (/[\u0400-\u04ff]/.test(text)) return 'ru';
  return 'en';
}

export function detectPage(url: string | null, doc: Document): { ministry: MinistryInfo | null; pageKind: PageKind } {
  const ministry = ministryForUrl(url);
  const title = pageTitle(doc);
  const pageKind: PageKind = READOUT_TITLE.test(title) && bodyParagraphs(doc).length > 0 ? 'readout' : 'other';
  return { ministry, pageKind };
}

export function extractReadout(url: string | null, doc: Document): Readout {
  const { ministry, pageKind } = detectPage(url, doc);
  const title = pageTitle(doc);
  const body = bodyParagraphs(doc);
  const participants: Participant[] = [];
  return {
    isReadout: pageKind === 'readout',
    pageKind,
    ministry: ministry?.id ?? null,
    title,
    date: findDate(body.slice(0, 2).join(' ')) ?? findDate(clean(doc.body?.textContent)),
    place: null,
    language: detectLanguage(title + body.join(' ')),
    participants,
    body,
  };
}
