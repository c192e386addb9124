/**
 * Dates in readouts: full dates in English, Chinese, Korean, Japanese (including the 令和, 平成
 * and 昭和 eras), Russian, German and French forms; month-day forms without a year, resolved
 * against the publication date; and "today".
 */

export interface DateHit {
  /** Offset of the match in the text. */
  index: number;
  length: number;
  /** Missing when the text gives only month and day ("On February 11"). */
  year?: number;
  /** An agency's dateline ("KUALA LUMPUR, July 11 —"): when the story was filed, not the meeting. */
  dateline?: true;
  month: number;
  day: number;
}

const EN_MONTH =
  '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const EN_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const RU_MONTHS = [
  'январ',
  'феврал',
  'март',
  'апрел',
  'ма',
  'июн',
  'июл',
  'август',
  'сентябр',
  'октябр',
  'ноябр',
  'декабр',
];
const DE_MONTHS = [
  'januar',
  'februar',
  'märz',
  'april',
  'mai',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'dezember',
];
const FR_MONTHS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];
const ES_MONTHS = [
  'enero',
  'febrero',
  'marzo',
  'abril',
  'mayo',
  'junio',
  'julio',
  'agosto',
  'se', // septiembre and setiembre alike (listMonth matches on the stem)
  'octubre',
  'noviembre',
  'diciembre',
];
/** Bengali months; ya with nukta is written precomposed (য়) or decomposed (য়). */
const YA = '(?:\u09DF|\u09AF\u09BC)';
const BN_MONTHS = [
  `জানু${YA}ার[িী]`,
  `ফেব্রু${YA}ার[িী]`,
  'মার্চ',
  'এপ্রিল',
  'মে',
  'জুন',
  'জুলাই',
  '(?:আগস্ট|অগাস্ট|আগষ্ট)',
  'সেপ্টেম্বর',
  'অক্টোবর',
  'নভেম্বর',
  'ডিসেম্বর',
];
const BN_MONTH = `(${BN_MONTHS.join('|')})(?![\u0980-\u09FF])`;
const bnMonth = (s: string) => BN_MONTHS.findIndex((m) => new RegExp(`^${m}$`).test(s)) + 1;
const ES_MONTH =
  '(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)';

/** First year of each Japanese era. */
const ERAS: Record<string, number> = { 令和: 2019, 平成: 1989, 昭和: 1926 };

const ORD = '(?:st|nd|rd|th)?';
const WEEKDAY_NAME = '(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day';
type Parser = { re: RegExp; read: (m: RegExpExecArray) => Omit<DateHit, 'index' | 'length'> | null };

const enMonth = (s: string) => EN_MONTHS.indexOf(s.slice(0, 3).toLowerCase()) + 1;
const listMonth = (list: string[]) => (s: string) => {
  const lower = s.toLowerCase();
  // Russian genitive endings vary (января, мая): match on the stem, longest stem first.
  const order = list.map((stem, i) => ({ stem, i })).sort((a, b) => b.stem.length - a.stem.length);
  const found = order.find(({ stem }) => lower.startsWith(stem));
  return found ? found.i + 1 : 0;
};

/** Full dates (with a year), tried before the month-day forms so those never split a full date. */
const FULL: Parser[] = [
  {
    re: /(令和|平成|昭和)\s*(元|\d{1,2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/g,
    read: (m) => ({
      year: ERAS[m[1]!]! + (m[2] === '元' ? 0 : Number(m[2]) - 1),
      month: Number(m[3]),
      day: Number(m[4]),
    }),
  },
  {
    re: /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/g,
    read: (m) => ({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }),
  },
  // Two days of one month with the year: "April 25th and 26th 2011", "25 and 26 April 2011" (dated by the last).
  {
    re: new RegExp(
      `\\b${EN_MONTH},?\\s+(\\d{1,2})${ORD}\\s*(?:and|&|to|-|–)\\s*(\\d{1,2})${ORD},?\\s+(\\d{4})\\b`,
      'g',
    ),
    read: (m) => ({ year: Number(m[4]), month: enMonth(m[1]!), day: Number(m[3]) }),
  },
  {
    re: new RegExp(
      `\\b(\\d{1,2})${ORD}\\s*(?:and|&|to|-|–)\\s*(\\d{1,2})${ORD}\\s+(?:of\\s+)?${EN_MONTH},?\\s+(\\d{4})\\b`,
      'g',
    ),
    read: (m) => ({ year: Number(m[4]), month: enMonth(m[3]!), day: Number(m[2]) }),
  },
  {
    re: new RegExp(`\\b${EN_MONTH}\\s+(\\d{1,2})${ORD},?\\s+(\\d{4})\\b`, 'g'),
    read: (m) => ({ year: Number(m[3]), month: enMonth(m[1]!), day: Number(m[2]) }),
  },
  {
    re: new RegExp(`\\b(\\d{1,2})${ORD}\\s+${EN_MONTH},?\\s+(\\d{4})\\b`, 'g'),
    read: (m) => ({ year: Number(m[3]), month: enMonth(m[2]!), day: Number(m[1]) }),
  },
  {
    re: /(\d{1,2})\s+(январ[яь]|феврал[яь]|марта?|апрел[яь]|ма[яй]|июн[яь]|июл[яь]|августа?|сентябр[яь]|октябр[яь]|ноябр[яь]|декабр[яь])\s+(\d{4})/gi,
    read: (m) => ({ year: Number(m[3]), month: listMonth(RU_MONTHS)(m[2]!), day: Number(m[1]) }),
  },
  {
    re: /(\d{1,2})\.?\s+(Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\s+(\d{4})/g,
    read: (m) => {
      const month = listMonth(DE_MONTHS)(m[2]!) || listMonth(FR_MONTHS)(m[2]!);
      return { year: Number(m[3]), month, day: Number(m[1]) };
    },
  },
  // Spanish: "18 de noviembre de 2025".
  {
    re: /\b(\d{1,2})\s+de\s+(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)\s+(?:de\s+|del\s+)?(\d{4})\b/gi,
    read: (m) => ({ year: Number(m[3]), month: listMonth(ES_MONTHS)(m[2]!), day: Number(m[1]) }),
  },
  // Bengali: "ফেব্রুয়ারি ৫, ২০১৫", "৫ ফেব্রুয়ারি ২০১৫" (digits made ASCII first).
  {
    re: new RegExp(`${BN_MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})(?!\\d)`, 'g'),
    read: (m) => ({ year: Number(m[3]), month: bnMonth(m[1]!), day: Number(m[2]) }),
  },
  {
    re: new RegExp(`(?<!\\d)(\\d{1,2})\\s+${BN_MONTH},?\\s+(\\d{4})(?!\\d)`, 'g'),
    read: (m) => ({ year: Number(m[3]), month: bnMonth(m[2]!), day: Number(m[1]) }),
  },
  // Dotted day, month and year, as Europe, Russia and Central Asia write them: "06.02.2020".
  {
    re: /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d.]\d|\d)/g,
    read: (m) => ({ year: Number(m[3]), month: Number(m[2]), day: Number(m[1]) }),
  },
  // Slashed day and month only when one of them cannot be a month: "05/25/2023", "25/05/2023".
  {
    re: /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\d/])/g,
    read: (m) => {
      const a = Number(m[1]);
      const b = Number(m[2]);
      if (a > 12 && b <= 12) return { year: Number(m[3]), month: b, day: a };
      if (b > 12 && a <= 12) return { year: Number(m[3]), month: a, day: b };
      return null;
    },
  },
  {
    // ISO timestamps too: "2025-01-14T12:00" has no word boundary after the day.
    re: /\b(\d{4})[-./](\d{1,2})[-./](\d{1,2})(?!\d)/g,
    read: (m) => ({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }),
  },
];

/** Month and day only: English needs "on" before it, so "the June 29 summit" is not a meeting date. */
const MONTH_DAY: Parser[] = [
  {
    re: new RegExp(`\\b[Oo]n\\s+${EN_MONTH}\\s+(\\d{1,2})${ORD}\\b`, 'g'),
    read: (m) => ({ month: enMonth(m[1]!), day: Number(m[2]) }),
  },
  {
    re: new RegExp(`\\b[Oo]n\\s+(\\d{1,2})${ORD}\\s+${EN_MONTH}(?![\\w.])`, 'g'),
    read: (m) => ({ month: enMonth(m[2]!), day: Number(m[1]) }),
  },
  // "on the 10th and 11th of September", "on Sunday 11th of September": the last day counts.
  {
    re: new RegExp(
      `\\b[Oo]n\\s+(?:${WEEKDAY_NAME},?\\s+)?(?:the\\s+)?(\\d{1,2})${ORD}(?:\\s*(?:and|&|to|-|–)\\s*(?:the\\s+)?(\\d{1,2})${ORD})?\\s+of\\s+${EN_MONTH}(?![\\w.])`,
      'g',
    ),
    read: (m) => ({ month: enMonth(m[3]!), day: Number(m[2] ?? m[1]) }),
  },
  // Russian day and month with no year: "10 марта".
  {
    re: /(?<![\d.])(\d{1,2})\s+(январ[яь]|феврал[яь]|марта?|апрел[яь]|ма[яй]|июн[яь]|июл[яь]|августа?|сентябр[яь]|октябр[яь]|ноябр[яь]|декабр[яь])(?![\p{L}])/giu,
    read: (m) => ({ month: listMonth(RU_MONTHS)(m[2]!), day: Number(m[1]) }),
  },
  {
    re: /(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/g,
    read: (m) => ({ month: Number(m[1]), day: Number(m[2]) }),
  },
  // Spanish day and month with no year: "el pasado 21 de febrero" (a year after it is a full date).
  {
    re: new RegExp(`\\b(\\d{1,2})\\s+de\\s+${ES_MONTH}(?![\\p{L}])`, 'giu'),
    read: (m) => ({ month: listMonth(ES_MONTHS)(m[2]!), day: Number(m[1]) }),
  },
  // Bengali day and month: "বৃহস্পতিবার (০৫ ফেব্রুয়ারি)".
  {
    re: new RegExp(`(?<!\\d)(\\d{1,2})\\s+${BN_MONTH}`, 'g'),
    read: (m) => ({ month: bnMonth(m[2]!), day: Number(m[1]) }),
  },
  // An agency's dateline, the place then the month and day: "KUALA LUMPUR, July 11 —", "Baku, February 6, AZERTAC".
  {
    re: new RegExp(
      `(?:^|\\n)\\p{Lu}[\\p{L}.'’ -]{1,30},\\s+${EN_MONTH}\\s+(\\d{1,2})${ORD}(?=\\s*[,(–—―-])`,
      'gu',
    ),
    read: (m) => ({ month: enMonth(m[1]!), day: Number(m[2]), dateline: true }),
  },
  // Korean press style: 11.22.(수)
  {
    re: /\b(\d{1,2})\.\s?(\d{1,2})\.?\s?\([월화수목금토일]\)/g,
    read: (m) => ({ month: Number(m[1]), day: Number(m[2]) }),
  },
];

/** "today" in the languages we read: the meeting happened on the publication date. */
const TODAY = /\btoday\b|今天|今日|本日|오늘|сегодня|aujourd'hui|\bheute\b|\bhoy\b/i;

/** Full-width (Japanese pages), Bengali, Devanagari and Arabic-Indic digits, with each script's zero. */
const NATIVE_DIGIT = /[０-９\u09E6-\u09EF\u0966-\u096F\u0660-\u0669\u06F0-\u06F9]/g;
const DIGIT_ZEROS = [0xff10, 0x09e6, 0x0966, 0x0660, 0x06f0];
/** Native digits as ASCII; one UTF-16 unit each, so offsets hold. */
const asciiDigits = (text: string) =>
  text.replace(NATIVE_DIGIT, (d) => {
    const code = d.charCodeAt(0);
    return String(code - DIGIT_ZEROS.find((zero) => code >= zero && code <= zero + 9)!);
  });

function isValid(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function collect(text: string, parsers: Parser[], taken: DateHit[]): DateHit[] {
  const hits: DateHit[] = [];
  for (const { re, read } of parsers) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const value = read(m);
      const overlaps = [...taken, ...hits].some(
        (h) => m!.index < h.index + h.length && h.index < m!.index + m![0].length,
      );
      if (!value || overlaps || !isValid(value.year ?? 2000, value.month, value.day)) continue;
      hits.push({ index: m.index, length: m[0].length, ...value });
    }
  }
  return hits;
}

/** Every date in the text, full and month-day, in text order. */
export function dateHits(text: string): DateHit[] {
  const ascii = asciiDigits(text);
  const full = collect(ascii, FULL, []);
  const partial = collect(ascii, MONTH_DAY, full);
  return [...full, ...partial].sort((a, b) => a.index - b.index);
}

const pad = (n: number) => String(n).padStart(2, '0');
export const isoDate = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`;

/** The ISO day `days` after (or, negative, before) an ISO date. */
export const shiftDay = (iso: string, days: number) =>
  new Date(Date.parse(iso) + days * 86_400_000).toISOString().slice(0, 10);

/** The first full date (with a year) in a text, as ISO. */
export function findDate(text: string): string | null {
  const hit = dateHits(text).find((h) => h.year !== undefined);
  return hit ? isoDate(hit.year!, hit.month, hit.day) : null;
}

/**
 * A month-day resolved against the publication date: same year, or the year before when that
 * would put the meeting after publication ("December 30" in a readout published January 2).
 */
export function resolveMonthDay(
  month: number,
  day: number,
  published: string | null,
  fromPublication = true,
): string | null {
  if (!published) return null;
  const year = Number(published.slice(0, 4));
  const candidate = isoDate(year, month, day);
  // A date read further down the text is no bound: the month-day takes its year.
  if (!fromPublication) return candidate;
  // Two days of slack: time zones put a readout's publication a day before the meeting's local date.
  const slack = shiftDay(published, 2);
  return candidate > slack ? isoDate(year - 1, month, day) : candidate;
}

const ABBREVIATION =
  /^(?:Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Sen|Rep|Amb|Prof|No|Jr|Sr|Hon|[ap]\.m|[A-Z](?:\.[A-Z])*)$/;

/** The first sentence of a paragraph; abbreviations ("Antony J. Blinken", "U.S.", "Dr.") do not end it. */
export function firstSentence(text: string): string {
  const end = /[。！？]|[.!?](?=\s+[A-Z0-9“"‘(\u3131-\ud79d]|\s*$)/g;
  for (let m = end.exec(text); m; m = end.exec(text)) {
    const word = /(\S*)$/.exec(text.slice(0, m.index))![1]!;
    // "1." opening a numbered paragraph is not a sentence end either.
    if (m[0] === '.' && (ABBREVIATION.test(word) || (/^\d+$/.test(word) && m.index === word.length)))
      continue;
    return text.slice(0, m.index + 1);
  }
  return text;
}

/**
 * The meeting's date as the opening sentence gives it ("On November 26, 2020 local time",
 * "当地时间2019年2月15日", "met today"), resolved against the publication date when the sentence
 * omits the year. Null when the sentence names no date.
 */
export function meetingDate(
  lead: string,
  published: string | null,
  options: MeetingDateOptions = {},
): string | null {
  const first = firstSentence(lead);
  const date = sentenceDate(first, published, options);
  if (date) return date;
  // "X met Y. The meeting took place in Jakarta on Friday.": the lead's sentence that says when
  // the meeting took place.
  let rest = lead.slice(first.length);
  for (let n = 0; n < 4 && rest.trim(); n += 1) {
    const next = firstSentence(rest.trimStart());
    if (TOOK_PLACE.test(next)) return sentenceDate(next, published, { ...options, dateline: false });
    rest = rest.trimStart().slice(next.length);
  }
  return null;
}

export interface MeetingDateOptions {
  /**
   * Whether the reference is the page's publication date (the default): a month-day after it is
   * of the year before, and "today" and "on Monday" count from it. A date read
   * further down the text only lends its year.
   */
  published?: boolean;
  /** Whether an agency's dateline may open the sentence (the first sentence only). */
  dateline?: boolean;
}

/** A sentence that says when the meeting took place. */
const TOOK_PLACE =
  /\b(?:meeting|talks|call|conversation|consultations?|discussions?|visit)\s+(?:took place|was held|were held|happened)\b/i;

/**
 * "on Monday", "last Friday", "este jueves", "金曜日", "星期五", "금요일", "в пятницу": the
 * weekday of the week up to the reference date. Each group is one language's name of the day.
 */
const WEEKDAY = new RegExp(
  [
    `\\b(?:on|last)\\s+(${WEEKDAY_NAME})\\b`,
    // Agency style drops the "on": "met Tuesday with", "held, Tuesday in Cairo" (not "next Tuesday").
    `(?<=\\b(?!next|this|coming|until|by|before|from|every|each)[a-z]{2,},?\\s)(${WEEKDAY_NAME})\\b(?!['’])`,
    '\\b(?:el|este|esta|pasado|el pasado)\\s+(domingo|lunes|martes|miércoles|jueves|viernes|sábado)(?![\\p{L}])',
    '([日月火水木金土])曜日?(?=[のにはも、]|\\s|$)',
    '(?:星期|礼拜|禮拜)([日天一二三四五六])',
    '([일월화수목금토])요일',
    '(?<![\\p{L}])[вВ]о?\\s+(воскресенье|понедельник|вторник|среду|четверг|пятницу|субботу)(?![\\p{L}])',
  ].join('|'),
  'iu',
);
/** Each group's names of the days, Sunday first. */
const WEEKDAY_NAMES = [
  ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'],
  ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'],
  ['domingo', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado'],
  ['日', '月', '火', '水', '木', '金', '土'],
  ['日', '一', '二', '三', '四', '五', '六'],
  ['일', '월', '화', '수', '목', '금', '토'],
  ['воскресенье', 'понедельник', 'вторник', 'среду', 'четверг', 'пятницу', 'субботу'],
];
/** The day of the week (0 for Sunday) a WEEKDAY match names. */
function weekdayOf(m: RegExpExecArray): number {
  const group = m.slice(1).findIndex((g) => g !== undefined);
  const name = m[group + 1]!.toLowerCase();
  if (group <= 1) return WEEKDAY_NAMES[0]!.indexOf(name.slice(0, 3));
  if (group === 4 && name === '天') return 0;
  return WEEKDAY_NAMES[group]!.indexOf(name);
}

/** "today", "on Monday" in a sentence, counted from the publication date. */
function relativeDay(
  sentence: string,
  published: string,
): { index: number; end: number; date: string } | null {
  const found: { index: number; end: number; date: string }[] = [];
  const today = TODAY.exec(sentence);
  if (today) found.push({ index: today.index, end: today.index + today[0].length, date: published });
  const weekday = WEEKDAY.exec(sentence);
  if (weekday) {
    const wanted = weekdayOf(weekday);
    const back = (new Date(Date.parse(published)).getUTCDay() - wanted + 7) % 7;
    found.push({
      index: weekday.index,
      end: weekday.index + weekday[0].length,
      date: shiftDay(published, -back),
    });
  }
  return found.sort((a, b) => a.index - b.index)[0] ?? null;
}

function sentenceDate(text: string, published: string | null, options: MeetingDateOptions): string | null {
  const fromPublication = options.published ?? true;
  const sentence = hanMonthDay(asciiDigits(text));
  const hits = dateHits(sentence);
  let hit = hits[0];
  let reference = published;
  let from = 0;
  // "中新网1月29日电 …杨洁篪28日分别会见": an agency's dateline says when the story was filed; the
  // meeting's day follows it, read against the dateline.
  if (
    hit &&
    (options.dateline ?? true) &&
    (hit.dateline || DATELINE_END.test(sentence.slice(hit.index + hit.length)))
  ) {
    reference =
      (hit.year !== undefined
        ? isoDate(hit.year, hit.month, hit.day)
        : resolveMonthDay(hit.month, hit.day, published, fromPublication)) ?? published;
    from = hit.index + hit.length;
    hit = hits[1];
  }
  // "today" or "on Monday" before any date — unless a date stands right after it
  // ("Today, 5 May 2024", "on Friday (April 13)"), which tells the day itself.
  // After a dateline, "Tuesday" counts back from the day the story was filed.
  const relative =
    from > 0 && reference
      ? relativeDay(' '.repeat(from) + sentence.slice(from), reference)
      : fromPublication && published
        ? relativeDay(sentence, published)
        : null;
  const told = hit && relative && /^[\s,(]*$/.test(sentence.slice(relative.end, hit.index));
  if (relative && (!hit || relative.index < hit.index) && !told) return relative.date;
  if (!fromPublication && !hit && TODAY.test(sentence)) return null;
  if (!hit) {
    // "王毅外相は1日", "杨洁篪28日分别会见", "조현 장관은 18일": the day alone, in the reference's month.
    const day = fromPublication ? DAY_ONLY.exec(sentence.slice(from)) : null;
    if (!day) return from > 0 ? reference : null;
    return resolveDay(Number(day[2] ?? day[1]), reference);
  }
  // "12月11日至12日": talks over two days are dated by their last.
  const range = RANGE_END.exec(sentence.slice(hit.index + hit.length));
  const last = range ? Number(range[1]) : hit.day;
  const day = range && last > hit.day && isValid(hit.year ?? 2000, hit.month, last) ? last : hit.day;
  return hit.year !== undefined
    ? isoDate(hit.year, hit.month, day)
    : resolveMonthDay(hit.month, day, published, fromPublication);
}

/**
 * What follows an agency's dateline: 电 (wire), 讯 (report) in Chinese; a wire's name between
 * slashes in English ("SINGAPORE, May 11, 2020 /PRNewswire/ --").
 */
const DATELINE_END = /^\s*(?:[电電讯訊]|\/[\p{L}][\p{L} .-]{1,30}\/\s*(?:--|[-–—]))/u;
const HAN_DIGIT = '〇一二三四五六七八九';
/**
 * A month or day in Chinese numerals: "九月二十二日", "二十三日", "五月八日" (a lone 一…九 only beside 月:
 * "一日游" is a day trip).
 */
const HAN_MONTH_DAY =
  /(?<![〇零一二三四五六七八九十百千万])(?:[一二三四五六七八九]?十[一二三四五六七八九]?(?=[月日号])|[一二三四五六七八九](?=月)|(?<=月)[一二三四五六七八九](?=[日号]))/gu;

/** Months and days in Chinese numerals as digits ("九月二十二日" is "9月22日"); the rest as written. */
export function hanMonthDay(text: string): string {
  return text.replace(HAN_MONTH_DAY, (n) => {
    const [tens, ones] = n.includes('十') ? n.split('十') : ['', n];
    const value =
      (n.includes('十') ? (tens ? HAN_DIGIT.indexOf(tens) : 1) * 10 : 0) +
      (ones ? HAN_DIGIT.indexOf(ones) : 0);
    return String(value);
  });
}

/** A day of the month alone (never the day of a "7月1日" or "9월 18일"), or a range of days. */
const DAY_ONLY =
  /(?<![\d月월年./-])(?<!월 )(\d{1,2})(?:日|일)(?:\s*(?:至|到|～|~|-|–)\s*(\d{1,2})(?:日|일))?(?![电電讯訊\d間间前后後以])(?!\s*(?:将|將|起将))/u;
/** The end of a range of days after a month-day ("11日至12日"). */
const RANGE_END = /^\s*(?:至|到|～|~|–)\s*(\d{1,2})(?:日|일)/u;

/** A day of the month in the reference date's month, or the month before when it would fall after it. */
function resolveDay(day: number, reference: string | null): string | null {
  if (!reference || day < 1 || day > 31) return null;
  const year = Number(reference.slice(0, 4));
  const month = Number(reference.slice(5, 7));
  // Two days of slack, as for a month-day.
  if (day <= Number(reference.slice(8, 10)) + 2 && isValid(year, month, day))
    return isoDate(year, month, day);
  const [y, m] = month === 1 ? [year - 1, 12] : [year, month - 1];
  return isValid(y, m, day) ? isoDate(y, m, day) : null;
}

const TIMESTAMP = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}:?\d{2})$/;

/**
 * The calendar date a timestamp with a UTC offset falls on in the publisher's time zone: a State
 * Department release stamped 03:44 UTC on February 13 is dated February 12 in Washington.
 * Anything else (a bare date, a timestamp without offset) is read as written.
 */
export function localDate(value: string, timeZone: string | undefined): string | null {
  const stamp = TIMESTAMP.exec(value.trim());
  if (!stamp || !timeZone) return findDate(value);
  const offset = stamp[3] === 'Z' ? 'Z' : stamp[3]!.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
  const instant = new Date(`${stamp[1]}T${stamp[2]}${offset}`);
  if (Number.isNaN(instant.getTime())) return findDate(value);
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);
}
