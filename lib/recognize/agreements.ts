/**
 * Named agreements the knowledge base lacks, found by their shape: a capitalised phrase ending
 * in a head word ("Indo-Pacific Economic Framework", "UN Security Council Resolution 2270",
 * "Joint Plan for China-ROK Economic and Trade Cooperation (2021-2025)"), "the X-Y free trade
 * agreement", "Treaty of ...", "Memorandum of Understanding on ...", "Japan-Australia RAA", a
 * quoted name before plan/initiative/strategy; in Chinese, Japanese and Korean a quoted or 《》
 * name with 倡议/協定/협정..., or one that starts with the parties' abbreviations (中俄…条约,
 * 日豪…協定, 한미…협정); in Russian Договор/Соглашение/Меморандум о … . Lowercase descriptions
 * ("the agreement", "strategic partnership") never qualify.
 */
import { countryOf } from '../ministries/countries';

export interface PhraseFind {
  start: number;
  end: number;
  /** Canonical name: the phrase, or for "A and B policies" each member with a singular head. */
  name: string;
}

const HEADS = new Set(
  'Agreement Agreements Treaty Treaties Initiative Partnership Plan Policy Strategy Framework Declaration Communique Communiqué Communiques Communiqués Alliance Area Accord Accords Convention Protocol Charter Pact Resolution Programme Program Roadmap Compact FTA Memorandum Statute Covenant Corridor Spirit Vision Statement'.split(
    ' ',
  ),
);
/**
 * Heads that name an instrument by what follows them ("Treaty of Good-Neighbourliness, Friendship
 * and Cooperation", "Charter of the United Nations"): they count with no capitalised word before.
 */
const COMPLEMENT_HEADS = new Set(
  'Agreement Treaty Convention Protocol Charter Accord Declaration Memorandum Statute Covenant Pact Spirit'.split(
    ' ',
  ),
);
/** Heads that need a complement: "the Spirit" or "a Memorandum" alone names nothing. */
const NEEDS_COMPLEMENT = new Set(['Spirit', 'Memorandum']);
/** Heads that need two capitalised words or a hyphenated pair before them ("Wakhan Corridor" is a place). */
const NEEDS_TWO = new Set(['Corridor']);
/** Lowercase heads allowed after at least two capitalised words ("Belt and Road initiative"). */
const LOWER_HEADS = new Set(['initiative']);
/** Plural heads that distribute over "A and B" ("New Southern and New Northern policies"). */
const PLURAL_HEADS: Record<string, string> = {
  policies: 'Policy',
  Policies: 'Policy',
  initiatives: 'Initiative',
  Initiatives: 'Initiative',
  strategies: 'Strategy',
  Strategies: 'Strategy',
};
const CONNECTORS = new Set(['and', 'of', 'for', 'on', 'between', 'the', 'to', 'in']);
const DETERMINERS = new Set(
  'The This That These Those A An Our Their Its His Her Both Each Such Any Every No'.split(' '),
);
/** Capitalised words that start sentences but not names ("Welcoming ...", "Under ..."). */
const NOT_NAME_START = new Set(
  'And But Under Within With Without Through During After Before Following Welcoming Regarding As If When While Since'.split(
    ' ',
  ),
);

interface Token {
  start: number;
  end: number;
  text: string;
  /** Whether only spaces separate it from the next token (same phrase). */
  joined: boolean;
  possessive: boolean;
}

// An en dash inside a word too: "Multi–Sectoral".
const TOKEN_RE = /[\p{L}\p{N}]+(?:[.'’+&\-–]+[\p{L}\p{N}]+)*\.?/gu;

/** Whether text[from, to) is one or more spaces, tabs or no-break spaces (no slice per token). */
function onlySpaces(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) if (!isSpaceCode(text.charCodeAt(i))) return false;
  return true;
}

/** The tokens of `text` that start in [from, to). */
function tokenize(text: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  TOKEN_RE.lastIndex = from;
  for (let m = TOKEN_RE.exec(text); m && m.index < to; m = TOKEN_RE.exec(text)) {
    let word = m[0];
    // A sentence's closing period is not part of the word; "U.S." and "J." keep theirs.
    if (word.endsWith('.') && !/^(?:\p{L}\.)+$/u.test(word)) word = word.slice(0, -1);
    let possessive = false;
    const apostrophe = word.charCodeAt(word.length - 2);
    if (word.length > 2 && word.endsWith('s') && (apostrophe === 39 || apostrophe === 0x2019)) {
      word = word.slice(0, -2);
      possessive = true;
    }
    tokens.push({ start: m.index, end: m.index + word.length, text: word, joined: false, possessive });
  }
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    t.joined = !t.possessive && onlySpaces(text, t.end, tokens[i + 1]!.start);
  }
  return tokens;
}

const isCap = (t: Token) => /^[\p{Lu}\p{N}]/u.test(t.text) && !DETERMINERS.has(t.text);
const isHyphenCompound = (t: Token) => /^\p{Lu}[\p{L}.]*(?:-\p{Lu}[\p{L}.]*)+$/u.test(t.text);

/** Extends backwards from the head at `i` over capitalised words and inner connectors. */
function phraseStart(tokens: Token[], i: number): number {
  let first = i;
  for (let j = i - 1; j >= 0; j--) {
    const t = tokens[j]!;
    if (!t.joined) break;
    if (isCap(t)) {
      if (NOT_NAME_START.has(t.text) && (j === 0 || !tokens[j - 1]!.joined)) break;
      first = j;
    } else if (!CONNECTORS.has(t.text) || t.text === 'to' || t.text === 'in' || t.text === 'between') break;
    // "the" joins only after of/for/on ("Charter of the United Nations"), not "Japan and the".
    else if (t.text === 'the' && !['of', 'for', 'on'].includes(tokens[j - 1]?.text ?? '')) break;
  }
  return first;
}

/** Events named after an instrument or a body: "Ministerial Meeting of the … Framework Agreement". */
const EVENT_NOUNS = new Set(
  'Meeting Meetings Summit Conference Session Sessions Forum Round Anniversary Ceremony Signing'.split(' '),
);

/**
 * A meeting named after an agreement is not the agreement ("5th Ministerial Meeting of the
 * Representatives and Guarantors of the Framework Agreement for …"): past an event noun, the phrase
 * starts after its last "of the" ("of" right after the event noun when there is none).
 */
function pastEventOf(tokens: Token[], first: number, head: number): number {
  let event = -1;
  for (let j = first; j < head; j++) if (EVENT_NOUNS.has(tokens[j]!.text)) event = j;
  if (event < 0) return first;
  let cut = -1;
  for (let j = event + 1; j + 1 < head; j++)
    if (tokens[j]!.text === 'of' && tokens[j + 1]!.text === 'the') cut = j + 2;
  if (cut < 0 && tokens[event + 1]?.text === 'of') cut = event + 2;
  return cut > 0 && cut <= head && isCap(tokens[cut]!) ? cut : first;
}

function capitalisedBefore(tokens: Token[], from: number, head: number): number {
  let n = 0;
  for (let j = from; j < head; j++) if (isCap(tokens[j]!)) n++;
  return n;
}

/** After "Plan for ..." or "Charter of the ...": the capitalised complement, and a year span. */
function complementEnd(text: string, tokens: Token[], head: number): number {
  let end = tokens[head]!.end;
  let j = head;
  const next = tokens[j + 1];
  if (tokens[j]!.text === 'Resolution' && next && tokens[j]!.joined && /^\d+$/.test(next.text))
    return next.end;
  if (!tokens[j]!.joined || !next || !['of', 'for', 'on', 'between'].includes(next.text))
    return yearSpan(text, end);
  // "Minsk Protocol of September 19, 2014": the date is part of the mention.
  const dated =
    next.text === 'of' ? DATE_AFTER_OF_RE.exec(text.slice(tokens[j]!.end, tokens[j]!.end + 40)) : null;
  if (dated) return tokens[j]!.end + dated[0].length;
  j++;
  let sawCap = false;
  /** The end before the first comma of a list, in case the list never reaches its "and". */
  let beforeList = -1;
  let listClosed = true;
  for (;;) {
    const t = tokens[j + 1];
    if (!t) break;
    const comma = !tokens[j]!.joined && sawCap && isCap(t) && text.slice(tokens[j]!.end, t.start) === ', ';
    if (!tokens[j]!.joined && !comma) break;
    // "Treaty of Amity, Japan and Peru agreed": a country after the comma starts the clause.
    if (comma && countryOf(t.text)) break;
    if (comma) {
      if (beforeList < 0) beforeList = end;
      listClosed = false;
    }
    if (/^\p{Lu}/u.test(t.text)) {
      sawCap = true;
      end = t.end;
    } else if (!CONNECTORS.has(t.text) || t.text === 'to') break;
    else if (t.text === 'and' && !listClosed) listClosed = true;
    j++;
    if (t.possessive) break;
  }
  // "Good-Neighbourliness, Friendship and Cooperation" is one list; "Amity, Japan said" is not.
  if (!listClosed && beforeList >= 0) end = beforeList;
  return sawCap ? yearSpan(text, end) : tokens[head]!.end;
}

/** Words that make a kind of instrument, not a name, when nothing else stands before the head. */
const GENERIC_WORDS = new Set(
  'Foreign Trade Economic Security Defense Defence Domestic National Public Energy Climate Monetary Fiscal Industrial Development Strategic Joint Action Comprehensive Free Bilateral Multilateral Global Regional Cooperation Cooperative Partnership Peace New Future Mutual General Basic Framework Long-term Medium-term Overall'.split(
    ' ',
  ),
);

function allGeneric(tokens: Token[], first: number, head: number): boolean {
  for (let j = first; j < head; j++) {
    const t = tokens[j]!;
    if (isCap(t) && !GENERIC_WORDS.has(t.text)) return false;
  }
  return true;
}

const COORDINATED_MEMBER_RE =
  /^\s+and\s+(?:\p{Lu}[\p{L}-]*\s+)+(?:policies|initiatives|strategies|Policies|Initiatives|Strategies)\b/u;

/**
 * "Memorandum of Understanding on digital economy cooperation": a lowercase subject counts up to
 * its "cooperation" (or similar) noun, within eight words; otherwise the capitalised complement.
 */
function memorandumEnd(text: string, end: number): number {
  const m =
    /^\s+(?:on|for|concerning|regarding)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,7}(?:cooperation|partnership|exchanges?|trade|investment|development)(?![\p{L}])/u.exec(
      text.slice(end, end + 120),
    );
  return m ? end + m[0].length : end;
}

/**
 * "Agreement on the settlement of the Ukraine crisis", "Convention on the protection of the Danube
 * river basin": a lowercase subject after a capitalised head counts when it names a place or a
 * party and ends, right after that name, in a noun of what instruments settle.
 */
function subjectEnd(text: string, end: number): number {
  const m = SUBJECT_RE.exec(text.slice(end, end + 160));
  if (!m || m[1]!.split(/[ \t]+/).some((w) => DETERMINERS.has(w) || NOT_NAME_START.has(w))) return end;
  return end + m[0].length;
}

/** Up to four lowercase words, the capitalised name, at most one more lowercase word, the noun. */
const SUBJECT_RE =
  /^[ \t]+(?:on|for|concerning|regarding|between)[ \t]+(?:the[ \t]+)?(?:\p{Ll}[\p{L}-]*[ \t]+){0,4}?(\p{Lu}[\p{L}-]*(?:[ \t]+\p{Lu}[\p{L}-]*){0,2})[ \t]+(?:\p{Ll}[\p{L}-]*[ \t]+)?(?:crisis|conflict|question|issue|settlement|dispute|border|boundary|cooperation|partnership|exchanges?|trade|investment|development|protection|status|ceasefire|cease-fire|withdrawal|reconciliation|normali[sz]ation|relations|basin|programme|program)(?![\p{L}])/u;

/** The name an agreement is listed under: without the date a page may add ("of September 19, 2014"). */
function nameWithoutDate(phrase: string): string {
  return phrase.replace(DATE_AFTER_OF_RE_END, '');
}

const DATE_AFTER_OF_RE =
  /^\s+of\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December),?\s+\d{4})(?!\d)/;

function yearSpan(text: string, end: number): number {
  const m = /^\s*\(\d{4}(?:\s*[-–—]\s*\d{4})?\)/.exec(text.slice(end, end + 20));
  return m ? end + m[0].length : end;
}

/**
 * Words that can end a phrase; each English find has one. A superset of the head tokens: the
 * token rules below decide.
 */
const TRIGGER_RE = new RegExp(
  `\\b(?:${[...HEADS, ...LOWER_HEADS, ...Object.keys(PLURAL_HEADS), 'free'].join('|')})(?![A-Za-z0-9])`,
  'g',
);
const DATE_AFTER_OF_RE_END = new RegExp(`${DATE_AFTER_OF_RE.source.slice(1)}$`);

/** How far a window reaches either side of a head; a longer unbroken run of words is cut there. */
const WINDOW_REACH = 300;

/** A character no phrase crosses: not part of a word and not the spaces inside a phrase. */
function isPhraseBreak(c: number): boolean {
  if (c < 0x80) {
    const letterOrDigit = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    return (
      !letterOrDigit && !(c === 32 || c === 9 || c === 46 || c === 39 || c === 43 || c === 38 || c === 45)
    );
  }
  if (c === 0xa0 || c === 0x2019 || c === 0x2013) return false;
  return !/[\p{L}\p{N}]/u.test(String.fromCharCode(c));
}

const isSpaceCode = (c: number) => c === 32 || c === 9 || c === 0xa0;

/** Where the phrase around `at` can start: just after a break, or after a space at the reach. */
function windowStart(text: string, at: number): number {
  const limit = Math.max(0, at - WINDOW_REACH);
  for (let i = at - 1; i >= limit; i--) if (isPhraseBreak(text.charCodeAt(i))) return i + 1;
  if (limit === 0) return 0;
  for (let i = limit; i < at; i++) if (isSpaceCode(text.charCodeAt(i))) return i + 1;
  return at;
}

/** Where the phrase from `at` must end: the next break, plus one token past it (a "2270"). */
function windowEnd(text: string, at: number): number {
  const limit = Math.min(text.length, at + WINDOW_REACH);
  for (let i = at; i < limit; i++) {
    if (!isPhraseBreak(text.charCodeAt(i))) continue;
    // A list inside a name goes on: "Treaty of Good-Neighbourliness, Friendship and Cooperation".
    if (text.charCodeAt(i) === 44 && text.charCodeAt(i + 1) === 32 && /\p{Lu}/u.test(text.charAt(i + 2)))
      continue;
    TOKEN_RE.lastIndex = i;
    const next = TOKEN_RE.exec(text);
    return next && next.index < i + WINDOW_REACH ? next.index + next[0].length : i;
  }
  if (limit === text.length) return limit;
  for (let i = limit; i > at; i--) if (isSpaceCode(text.charCodeAt(i))) return i;
  return limit;
}

/**
 * The stretches of text worth tokenizing: around each possible head, merged where they touch,
 * so a page is tokenized only near its heads and never twice.
 */
function headWindows(text: string, skipHead?: (start: number, end: number) => boolean): [number, number][] {
  const windows: [number, number][] = [];
  for (const m of text.matchAll(TRIGGER_RE)) {
    // A plural head's first members end before it ("New Southern" in "New Southern and New
    // Northern policies"), so those finds need not touch the head: never skip one.
    if (!PLURAL_HEADS[m[0]] && skipHead?.(m.index, m.index + m[0].length)) continue;
    const from = windowStart(text, m.index);
    const to = windowEnd(text, m.index + m[0].length);
    const last = windows[windows.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else windows.push([from, to]);
  }
  return windows;
}

export function englishPhrases(
  text: string,
  skipHead?: (start: number, end: number) => boolean,
): PhraseFind[] {
  return headWindows(text, skipHead).flatMap(([from, to]) => englishPhrasesBetween(text, from, to));
}

/** Words a Title-Case headline leaves in lower case. */
const HEADLINE_LOWER = new Set('a an the and or but of for on in at to with by from as vs via'.split(' '));
/** Longer lines are body text, however they are cased. */
const HEADLINE_MAX = 200;

/**
 * Lines written in Title Case ("China and Ruritania Sign Free Trade Agreement"): every word is
 * capitalised there, so a capitalised phrase is no sign of a name and gives no agreement.
 */
class TitleCaseLines {
  private readonly known = new Map<number, boolean>();
  constructor(private readonly text: string) {}

  has(position: number): boolean {
    const text = this.text;
    // Both searches stop after a headline's length: a page with no line breaks stays linear.
    let from = position;
    while (from > 0 && text.charCodeAt(from - 1) !== 10 && position - from <= HEADLINE_MAX) from--;
    if (position - from > HEADLINE_MAX) return false;
    let answer = this.known.get(from);
    if (answer === undefined) {
      let to = position;
      while (to < text.length && text.charCodeAt(to) !== 10 && to - from <= HEADLINE_MAX) to++;
      const words =
        to - from <= HEADLINE_MAX ? (text.slice(from, to).match(/\p{L}[\p{L}'’.-]*/gu) ?? []) : [];
      answer = words.length >= 4 && words.every((w) => /^\p{Lu}/u.test(w) || HEADLINE_LOWER.has(w));
      this.known.set(from, answer);
    }
    return answer;
  }
}

/** Words that make a phrase an office's title: no agreement holds one before its head. */
const OFFICE_WORDS = new Set(
  'Representative Minister Secretary Commissioner Envoy Ambassador Director Coordinator Adviser Advisor Spokesperson'.split(
    ' ',
  ),
);

/** The English finds among the tokens in [from, to); the whole text gives the reference result. */
export function englishPhrasesBetween(text: string, from: number, to: number): PhraseFind[] {
  const tokens = tokenize(text, from, to);
  const found: PhraseFind[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const head = tokens[i]!;
    const next = tokens[i + 1];
    // A head in the middle of a longer name ("Economic Policy Consultative Committee") is not one.
    const continues =
      head.joined && next && isCap(next) && !(head.text === 'Resolution' && /^\d+$/.test(next.text));
    if (HEADS.has(head.text) && !continues) {
      // Only a joint statement is an instrument; a press or opening statement is not.
      if (head.text === 'Statement' && !(tokens[i - 1]?.text === 'Joint' && tokens[i - 1]!.joined)) continue;
      const first = pastEventOf(tokens, phraseStart(tokens, i), i);
      const caps = capitalisedBefore(tokens, first, i);
      const numbered = head.text === 'Resolution' && next && /^\d+$/.test(next.text);
      let end = complementEnd(text, tokens, i);
      // "Agreement on the settlement of the Ukraine crisis": a lowercase subject naming a place.
      if (end === head.end && COMPLEMENT_HEADS.has(head.text) && !NEEDS_COMPLEMENT.has(head.text))
        end = subjectEnd(text, end);
      const complemented = end > head.end && !/^\s*\(/.test(text.slice(head.end, end));
      if (caps === 0 && !numbered && !(COMPLEMENT_HEADS.has(head.text) && complemented)) continue;
      if (NEEDS_COMPLEMENT.has(head.text) && !complemented) continue;
      // "Foreign Policy", "Strategic Partnership", "Free Trade Agreement": a kind, not a name
      // (four such words, "Regional Comprehensive Economic Partnership", do make one).
      if (!complemented && !numbered && caps > 0 && caps <= 2 && allGeneric(tokens, first, i)) continue;
      if (NEEDS_TWO.has(head.text) && caps < 2 && !isHyphenCompound(tokens[first]!)) continue;
      // "Green Corridor and Blue Harbor strategies": a member of a coordinated plural, found below.
      if (COORDINATED_MEMBER_RE.test(text.slice(head.end, head.end + 80))) continue;
      // "High Representative for Foreign Affairs and Security Policy": an office's title, not a document.
      if (tokens.slice(first, i).some((t) => OFFICE_WORDS.has(t.text))) continue;
      if (head.text === 'Memorandum') {
        end = memorandumEnd(text, end);
        if (/^Memorandum of Understanding$/i.test(text.slice(tokens[first]!.start, end))) continue;
      }
      const start = tokens[first]!.start;
      found.push({ start, end, name: nameWithoutDate(text.slice(start, end)) });
    } else if (LOWER_HEADS.has(head.text)) {
      const first = pastEventOf(tokens, phraseStart(tokens, i), i);
      if (capitalisedBefore(tokens, first, i) < 2) continue;
      found.push({
        start: tokens[first]!.start,
        end: head.end,
        name: text.slice(tokens[first]!.start, head.end),
      });
    } else if (PLURAL_HEADS[head.text]) {
      found.push(...coordinated(text, tokens, i, PLURAL_HEADS[head.text]!));
    } else if (head.text === 'free' && isHyphenCompound(tokens[i - 1] ?? head) && tokens[i - 1]!.joined) {
      const m = /^free\s+trade\s+(?:agreement|area|zone)s?\b/i.exec(text.slice(head.start, head.start + 40));
      if (m)
        found.push({
          start: tokens[i - 1]!.start,
          end: head.start + m[0].length,
          name: text.slice(tokens[i - 1]!.start, head.start + m[0].length),
        });
    }
  }
  return found;
}

/** "New Southern and New Northern policies" → New Southern Policy, New Northern Policy. */
function coordinated(text: string, tokens: Token[], head: number, singular: string): PhraseFind[] {
  const first = phraseStart(tokens, head);
  const members: Token[][] = [[]];
  for (let j = first; j < head; j++) {
    const t = tokens[j]!;
    if (t.text === 'and') members.push([]);
    else if (isCap(t)) members[members.length - 1]!.push(t);
    else return [];
  }
  if (members.length < 2 || members.some((m) => m.length === 0)) return [];
  return members.map((m, k) => {
    const start = m[0]!.start;
    const end = k === members.length - 1 ? tokens[head]!.end : m[m.length - 1]!.end;
    return { start, end, name: `${text.slice(start, m[m.length - 1]!.end)} ${singular}` };
  });
}

const ZH_HEADS =
  '换文|换函|谅解备忘录|倡议|协定|协议|条约|公约|宣言|公报|声明|战略|计划|规划|构想|愿景|共识|伙伴关系|自由贸易区|自贸区|备忘录|议定书|宪章|框架|方案|路线图|纲要';
const JA_HEADS =
  '交換公文|取極|取決め|協定|条約|構想|宣言|声明|戦略|計画|プラン|コンセンサス|イニシアティブ|覚書|議定書|憲章|パートナーシップ|ビジョン';
const KO_HEADS =
  '교환각서|교환공문|각서|협약|약정|합의서|합의문|협정|조약|이니셔티브|구상|선언|공동성명|전략|의정서|양해각서|헌장|비전|정책';
const CJK_QUOTED_RE = new RegExp(
  `[“"「『‘'<〈]([^”"」』’'>〉\\n]{2,30})[”"」』’'>〉][ ]?(${ZH_HEADS}|${JA_HEADS}|${KO_HEADS})|[《『‘'“"「<〈]([^》』’'”"」>〉\\n]{1,60}(?:${ZH_HEADS}|${JA_HEADS}|${KO_HEADS}))[》』’'”"」>〉]`,
  'g',
);
/**
 * Unquoted names that start with the parties' one-character abbreviations: 中俄睦邻友好合作条约,
 * 日豪円滑化協定, 日EU経済連携協定, 한미 자유무역협정, 한미상호방위조약.
 */
const ZH_PARTY = '中|美|日|韩|朝|俄|澳|英|法|德|印|巴|欧盟|东盟';
const JA_PARTY = '日|米|中|韓|豪|英|仏|独|露|印|加|伊|比|EU|ＥＵ|ASEAN';
const KO_PARTY = '한|미|중|일|북|러|호|인|영|프|독|아세안|ASEAN|EU';
const PARTY_NAMED_RE = new RegExp(
  [
    // After a verb or particle too ("加快中美投资协定谈判"), never inside a word ("集中美…").
    `(?:(?<![\\u4e00-\\u9fff])|(?<=[的对与和就将把了及同于快进动签启署订行到]))(?:${ZH_PARTY})(?:${ZH_PARTY})+[\\u4e00-\\u9fff]{0,12}?(?:条约|协定|联合声明|联合公报|宣言|议定书)`,
    // A strategy named by its region: "美国的亚太再平衡战略", "印太战略".
    `(?:(?<![\\u4e00-\\u9fff])|(?<=的))(?:亚太|印太|欧亚|东北亚|东南亚|中亚|北极)[\\u4e00-\\u9fff]{0,4}?(?:战略|构想)(?![\\u4e00-\\u9fff]{0,2}(?:对话|会议|研讨|论坛))`,
    `(?<![\\u4e00-\\u9fff\\u30a0-\\u30ff])(?:${JA_PARTY})(?:・?(?:${JA_PARTY}))+[\\u4e00-\\u9fff\\u30a0-\\u30ff]{0,12}?(?:協定|条約|宣言|議定書|覚書)`,
    // "한미 간 방위비 분담금 협정": "between" after the parties.
    `(?<![가-힣])(?:${KO_PARTY})(?:[·-]?(?:${KO_PARTY}))+(?: 간)? ?(?:[가-힣]+ ){0,2}[가-힣]*?(?:협정|조약|의정서|양해각서|교환각서|협약|공동성명|공동선언|FTA)`,
    // An alliance named by its parties: 한미동맹, 한·미 동맹, 한미 전략동맹 (not 동맹국, allies).
    `(?<![가-힣])(?:${KO_PARTY})(?:[·-]?(?:${KO_PARTY}))+ ?(?:전략 ?|포괄적 ?전략 ?)?동맹(?!국)`,
  ].join('|'),
  'gu',
);
/**
 * Agreements known by a number or a stage: 第一阶段经贸协议, 五点共识, 「5つのコンセンサス」 (quoted,
 * above), "Phase One trade agreement", "five-point consensus". A count or stage with a bare
 * "agreement" elsewhere ("the second agreement") names nothing.
 */
const NUMBERED_RE = new RegExp(
  [
    '第[一二三四五六七八九十\\d]{1,3}阶段(?:经贸|贸易)?(?:协议|协定)',
    '[一二三四五六七八九十\\d]{1,3}点共识',
    '\\b[Pp]hase[ \\t]+(?:One|Two|Three|one|two|three|1|2|3)[ \\t]+(?:(?:economic[ \\t]+and[ \\t]+)?[Tt]rade[ \\t]+)?(?:[Aa]greement|[Dd]eal)\\b',
    '\\b(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|\\d{1,2})-[Pp]oint[ \\t]+[Cc]onsensus\\b',
    // An accord named by its place with a lowercase head: "the Geneva accord", "the Oslo accords",
    // "the Minsk agreements" (not "the Ministers accord priority", "the Chinese agreement", "the May agreement").
    '(?<=\\b[Tt]he )(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Same|Whole|New|Old|Final|First|Last|Latest|Current|Previous|Recent|Draft)\\b)[A-Z][a-z]{2,}(?<!ers|ies|ents|ors|ans|ese|ish|ian|ean|ic) (?:accords?|agreements?)\\b(?![ \\t]+(?:to|priority|the|a|an|it|them|with)\\b)',
    // A Security Council resolution by its number: 안보리 결의 1874호, 安理会第1874号决议, 安保理決議第1874号.
    '(?:유엔 ?)?안보리 ?결의(?:안)? ?(?:제 ?)?\\d{2,4} ?호',
    '(?:联合国)?安理会(?:第)?\\d{2,4}号决议',
    '(?:国連)?安保理(?:決議)?(?:第)?\\d{2,4}号(?:決議)?',
  ].join('|'),
  'gu',
);

function numberedPhrases(text: string): PhraseFind[] {
  return [...text.matchAll(NUMBERED_RE)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    name: m[0],
  }));
}
/** Russian: Договор о добрососедстве, дружбе и сотрудничестве; Минские соглашения; «Пояс и путь». */
const RU_HEAD_RE =
  /(?:Договор|Соглашение|Соглашения|соглашения|Меморандум|Конвенция|Протокол|Хартия|Декларация|Устав|Пакт)(?:\s+(?:о|об|между|по)\s+(?:[\p{Ll}-]+,?\s+){0,7}?[\p{Ll}-]+(?=[.;:()\n«»]|,\s+(?!\p{Ll}+\s+и\s)|\s+(?:от|в|на|с|со|и\s+[\p{Ll}]+(?:ом|ым))\s|$))?/gu;
/** An adjective before the head: "Минские соглашения", "Российско-китайский Договор". */
const RU_ADJECTIVE_BEFORE_RE = /(?<![\p{L}])\p{Lu}[\p{Ll}-]+(?:ие|ий|ая|ое|ые|ский|ские)\s+$/u;
const RU_QUOTED_RE =
  /(?<![\p{L}])(?:инициатив\p{Ll}*|стратеги\p{Ll}*|концепци\p{Ll}*|программ\p{Ll}*|проект\p{Ll}*|план\p{Ll}*|договор\p{Ll}*|соглашени\p{Ll}*)\s+«([^»\n]{2,60})»/gu;

/**
 * A quoted name with no head word, docked to a named initiative: "推进“一带一路”倡议同蒙“草原之路”
 * 对接", "全球发展倡议与“X”相衔接". The head before 同/与 (and the parties' abbreviation) says an
 * initiative is paired with one, and a docking verb must close the sentence's clause.
 */
const ZH_DOCKED_RE =
  /(?:倡议|战略|构想|政策|计划|规划|愿景)(?:同|与)[\u4e00-\u9fff]{0,4}?[“"]([^”"\n、，,。；;：:！？!?\s]{2,12})[”"](?=[^。；;！？!?\n]{0,60}?(?:对接|衔接|相结合))/gu;

/**
 * An unquoted document named after a signing verb: "双方签署X口岸铁路接轨方案备忘录". The name starts
 * after the verb (and 了, 关于), holds only Han characters, and ends at the first head word; words
 * that describe any such document (两国, 合作, 经贸...) do not make one: at least three other
 * characters must be left, so "签署了合作协议" and "签署备忘录" name nothing. A verb followed by a
 * time word tells when, not what: "签署后公开协议文本" names nothing.
 */
const ZH_SIGNED_RE =
  /(?:签署|签订|签约|缔结)(?![后时前完过之以中])(?:了)?(?:关于)?([\u4e00-\u9fff]{3,24}?(?:谅解备忘录|备忘录|协定|协议|条约|公约|宣言|联合声明))/gu;
const ZH_SIGNED_GENERIC_RE =
  /两国|双方|各方|政府|之间|间|经贸|经济|贸易|投资|合作|双边|多边|领域|方面|相关|有关|框架|战略|伙伴关系|谅解|全面|技术|文化|教育|人文|交流|互利|共同|中长期|长期|发展|促进|保护|相互|关于|文件|协议|协定|的|和|与|及|等|新|项|份|系列|多|一|两|若干|各/gu;
const ZH_SIGNED_HEAD_RE = /(?:谅解备忘录|备忘录|协定|协议|条约|公约|宣言|联合声明)$/u;

function cjkPhrases(text: string): PhraseFind[] {
  const found: PhraseFind[] = [];
  for (const m of text.matchAll(CJK_QUOTED_RE)) {
    // A straight quote glued to a word closes a quotation, and one after a space opens the next:
    // '예정"이라면서 "전략' runs from a closing quote to an opening one, across no name.
    const straight = m[0].charAt(0) === '"' || m[0].charAt(0) === "'";
    if (straight && /[\p{L}\p{N}]/u.test(text.charAt(m.index - 1))) continue;
    if (straight && m[1] && /\s$/.test(m[1])) continue;
    if (m[3]) found.push({ start: m.index + 1, end: m.index + 1 + m[3].length, name: m[3] });
    else found.push({ start: m.index, end: m.index + m[0].length, name: m[0] });
  }
  for (const m of text.matchAll(PARTY_NAMED_RE))
    found.push({ start: m.index, end: m.index + m[0].length, name: m[0] });
  for (const m of text.matchAll(ZH_DOCKED_RE)) {
    const start = m.index + m[0].length - m[1]!.length - 1;
    found.push({ start, end: start + m[1]!.length, name: m[1]! });
  }
  for (const m of text.matchAll(ZH_SIGNED_RE)) {
    const name = m[1]!;
    // "关于…的协定" describes a document's subject; a name has no 的.
    if (name.includes('的')) continue;
    if (name.replace(ZH_SIGNED_HEAD_RE, '').replace(ZH_SIGNED_GENERIC_RE, '').length < 3) continue;
    const start = m.index + m[0].length - name.length;
    found.push({ start, end: start + name.length, name });
  }
  return found;
}

function russianPhrases(text: string): PhraseFind[] {
  const found: PhraseFind[] = [];
  for (const m of text.matchAll(RU_HEAD_RE)) {
    if (/[\p{L}]/u.test(text.charAt(m.index - 1))) continue;
    const adjective = RU_ADJECTIVE_BEFORE_RE.exec(text.slice(Math.max(0, m.index - 40), m.index));
    const start = adjective ? m.index - adjective[0].length : m.index;
    const end = m.index + m[0].length;
    // A bare head word ("Соглашение было подписано") names nothing; a lowercase one needs its adjective.
    if (start === m.index && (!/\s/.test(m[0]) || /^\p{Ll}/u.test(m[0]))) continue;
    found.push({ start, end, name: text.slice(start, end) });
  }
  for (const m of text.matchAll(RU_QUOTED_RE)) {
    const start = m.index + m[0].indexOf('«') + 1;
    found.push({ start, end: start + m[1]!.length, name: m[1]! });
  }
  return found;
}

/** Latin-script shapes without a head word: "Japan-Australia RAA", the "Two Corridors and One Ring" plan. */
// Starts at the hyphen, a literal: tried at every position, a letter class would cost more.
// An acronym that runs on into a capitalised name ("Korea-Japan FIFA World Cup") is part of an
// event's or a body's name, not an agreement's.
const PAIR_ACRONYM_RE = /-\p{Lu}[\p{L}.]*[ \t]+(\p{Lu}{2,7})(?![\p{L}\p{N}])(?![ \t]+\p{Lu}\p{Ll})/gu;
/** Acronyms after a pair of countries that are not agreements ("Japan-U.S. FM meeting"). */
const NOT_AGREEMENT_ACRONYMS = new Set(['FM', 'FMs', 'PM', 'MFA', 'MOFA', 'CEO', 'JV', 'FTA', 'FTAS', 'MOU']);
const QUOTED_PLAN_RE =
  /["“]([\p{Lu}\p{N}][^"”\n]{2,60}?)["”][ \t]+(?:plan|initiative|strategy|vision|concept|framework|policy|programme|program|doctrine|agenda|project|Plan|Initiative|Strategy|Vision|Concept|Framework|Policy|Programme|Program|Doctrine|Agenda|Project)(?![\p{L}\p{N}])/gu;

/**
 * The named outcome document of a numbered meeting: "Chairman's Statement of the 36th ASEAN
 * Summit", "Joint Communique of the 53rd ASEAN Foreign Ministers' Meeting". The ordinal and a
 * meeting noun at the end are required: "a joint statement of the ministers" names nothing.
 */
const MEETING_DOCUMENT_RE = new RegExp(
  `(?<![\\p{L}])(?:(?:Chairman|Chairperson|Chair)(?:['’]s)?|Joint)[ \\t]+(?:Statement|Communiqu[eé]|Declaration|Press[ \\t]+Statement)[ \\t]+of[ \\t]+the[ \\t]+\\d{1,3}(?:st|nd|rd|th)[ \\t]+(?:(?:\\p{Lu}[\\p{L}-]*(?:['’]s?)?|and|of|the|on)[ \\t]+){1,8}?(?:Summit|Meeting|Conference|Session)(?![\\p{L}])`,
  'gu',
);

/**
 * "the Final Act of the Conference on Security and Cooperation in Europe", "the Helsinki Final
 * Act": a conference's concluding act is an agreement by its shape, named by its conference or
 * its city.
 */
const FINAL_ACT_RE =
  /(?<![\p{L}])(?:(?:(?!The[ \t])\p{Lu}\p{Ll}+[ \t]+)?Final[ \t]+Act[ \t]+of[ \t]+the[ \t]+(?:(?:\p{Lu}[\p{L}'’-]*|and|of|on|for|in|the)[ \t]+){0,10}?(?:Conference|Congress|Meeting|Summit|Negotiations|Round)(?:[ \t]+(?:on|of|in|for)(?:[ \t]+(?:the[ \t]+)?\p{Lu}[\p{L}'’-]*(?:[ \t]+(?:and|of|in|for)[ \t]+\p{Lu}[\p{L}'’-]*)*)+)?|(?!The[ \t])\p{Lu}\p{Ll}+[ \t]+Final[ \t]+Act)(?![\p{L}])/gu;

function latinShapes(text: string, notAgreement?: (acronym: string) => boolean): PhraseFind[] {
  const found: PhraseFind[] = [];
  for (const m of text.matchAll(MEETING_DOCUMENT_RE))
    found.push({ start: m.index, end: m.index + m[0].length, name: m[0] });
  for (const m of text.matchAll(FINAL_ACT_RE))
    found.push({ start: m.index, end: m.index + m[0].length, name: m[0] });
  for (const m of text.matchAll(PAIR_ACRONYM_RE)) {
    if (NOT_AGREEMENT_ACRONYMS.has(m[1]!) || !/[\p{L}.]/u.test(text.charAt(m.index - 1))) continue;
    // "the Japan-China APEC …": a known organisation's or event's acronym names no agreement.
    if (notAgreement?.(m[1]!)) continue;
    // Back to the start of the hyphenated pair; every member must be a party (a country or bloc).
    let start = m.index;
    while (start > 0 && /[\p{L}.-]/u.test(text[start - 1]!)) start--;
    const end = m.index + m[0].length;
    const pair = text.slice(start, end - m[1]!.length).trim();
    if (!pair.split('-').every((part) => countryOf(part) || BLOCS.has(part))) continue;
    found.push({ start, end, name: text.slice(start, end) });
  }
  for (const m of text.matchAll(QUOTED_PLAN_RE))
    found.push({ start: m.index, end: m.index + m[0].length, name: m[0] });
  return found;
}
const BLOCS = new Set(['ASEAN', 'EU', 'AU', 'GCC', 'CELAC', 'Africa', 'Pacific', 'Arab', 'Central Asia']);

/**
 * `skipHead`: head words the caller will discard finds around anyway (inside a known agreement),
 * so that a page full of known agreements is not tokenized for nothing. `notAgreement`: acronyms
 * the caller knows as organisations or events (the KB's), which a country pair before them does
 * not make an agreement.
 */
export function findAgreementPhrases(
  text: string,
  skipHead?: (start: number, end: number) => boolean,
  notAgreement?: (acronym: string) => boolean,
): PhraseFind[] {
  const titleCase = new TitleCaseLines(text);
  const english = [...englishPhrases(text, skipHead), ...latinShapes(text, notAgreement)].filter(
    (find) => !titleCase.has(find.start),
  );
  // Each script's patterns run only where the page has that script.
  const cjk = /[\u3041-\u30ff\u4e00-\u9fff가-힣]/.test(text) ? cjkPhrases(text) : [];
  const russian = /[А-яЁё]/.test(text) ? russianPhrases(text) : [];
  return [...english, ...cjk, ...russian, ...numberedPhrases(text), ...resolutionLists(text)].sort(
    (a, b) => a.start - b.start || b.end - a.end,
  );
}

/**
 * The key that merges two forms of one pattern-found agreement on a page: "Free Trade Area" and
 * "Free Trade Agreement", "Joint Plan for" and "Joint Plan of", with or without its years.
 */
export function agreementMergeKey(folded: string): string {
  return folded
    .replace(/^the /, '')
    .replace(/\s*\(\d{4}(?:\s*-\s*\d{4})?\)$/, '')
    .replace(/\bfree trade (?:agreement|area|zone)s?\b|\bftas?\b/g, 'fta')
    .replace(/\b(?:of|for) /g, '')
    .replace(/s\b/g, '');
}

/**
 * Resolutions known by number, several at once: "UN Security Council resolutions no. 2720 and 2728",
 * "Security Council resolutions 242 and 338", "UNGA resolution 377": one agreement per number,
 * named as a reader would look it up. A body must be named (UN, Security Council, General Assembly):
 * "resolutions 2 and 3" of a party congress is not one of these.
 */
const RESOLUTION_LIST_RE =
  /\b(?:(UN|U\.N\.|United Nations)[ \t]+)?(?:(Security(?:[ \t]+Council)?|UNSC|General[ \t]+Assembly|UNGA)[ \t]+)?(?:[Rr]esolutions?)[ \t]+(?:(?:[Nn]os?\.|[Nn]umbers?|[Nn]o)[ \t]*)?(\d{2,4}(?:\/\d{1,4})?)((?:[ \t]*(?:,|and|&|,[ \t]*and)[ \t]*(?:\d{2,4}(?:\/\d{1,4})?))*)/g;

function resolutionLists(text: string): PhraseFind[] {
  const found: PhraseFind[] = [];
  for (const m of text.matchAll(RESOLUTION_LIST_RE)) {
    const un = m[1];
    const body = m[2];
    if (!un && !body) continue;
    // "Resolution 2231" with a capital after a body is the phrase finder's; lists and lowercase are here.
    const list = !!m[4]?.trim();
    if (!list && /Resolution/.test(m[0]) && !/[Nn]o/.test(m[0])) continue;
    const organ = !body
      ? 'UN Security Council'
      : /General|UNGA/.test(body)
        ? 'UN General Assembly'
        : 'UN Security Council';
    // Only the number list holds digits.
    const first = m.index + m[0].indexOf(m[3]!);
    found.push({ start: m.index, end: first + m[3]!.length, name: `${organ} Resolution ${m[3]}` });
    if (!list) continue;
    const restAt = first + m[3]!.length;
    for (const n of m[4]!.matchAll(/\d{2,4}(?:\/\d{1,4})?/g)) {
      const start = restAt + n.index;
      found.push({ start, end: start + n[0].length, name: `${organ} Resolution ${n[0]}` });
    }
  }
  return found;
}
