/**
 * Named agreements the knowledge base lacks, found by their shape: a capitalised phrase ending
 * in a head word ("Indo-Pacific Economic Framework", "UN Security Council Resolution 2270",
 * "Joint Plan for China-ROK Economic and Trade Cooperation (2021-2025)"), "the X-Y free trade
 * agreement", and in Chinese a quoted or 《》 name with 倡议/协定/宣言... Lowercase descriptions
 * ("the agreement", "strategic partnership") never qualify.
 */

export interface PhraseFind {
  start: number;
  end: number;
  /** Canonical name: the phrase, or for "A and B policies" each member with a singular head. */
  name: string;
}

const HEADS = new Set(
  'Agreement Agreements Treaty Treaties Initiative Partnership Plan Policy Strategy Framework Declaration Communique Communiqué Communiques Communiqués Alliance Area Accord Accords Convention Protocol Charter Pact Resolution Programme Program Roadmap Compact FTA'.split(
    ' ',
  ),
);
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

const TOKEN_RE = /[\p{L}\p{N}]+(?:[.'’+&-]+[\p{L}\p{N}]+)*\.?/gu;

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
  j++;
  let sawCap = false;
  while (tokens[j]!.joined && tokens[j + 1]) {
    const t = tokens[j + 1]!;
    if (isCap(t) || /^\p{Lu}/u.test(t.text)) {
      sawCap = true;
      end = t.end;
    } else if (!CONNECTORS.has(t.text) || t.text === 'to') break;
    j++;
    if (t.possessive) break;
  }
  return sawCap ? yearSpan(text, end) : tokens[head]!.end;
}

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
  if (c === 0xa0 || c === 0x2019) return false;
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
      const first = phraseStart(tokens, i);
      const caps = capitalisedBefore(tokens, first, i);
      const numbered = head.text === 'Resolution' && next && /^\d+$/.test(next.text);
      if (caps === 0 && !numbered) continue;
      const start = tokens[first]!.start;
      const end = complementEnd(text, tokens, i);
      found.push({ start, end, name: text.slice(start, end) });
    } else if (LOWER_HEADS.has(head.text)) {
      const first = phraseStart(tokens, i);
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

const ZH_HEADS = '倡议|协定|协议|条约|公约|宣言|公报|声明|战略|计划|规划|构想|伙伴关系|自由贸易区|自贸区';
const ZH_QUOTED_RE = new RegExp(
  `[“"「『]([^”"」』\\n]{2,30})[”"」』](${ZH_HEADS})|《([^》\\n]{2,60}(?:${ZH_HEADS}))》`,
  'g',
);

function chinesePhrases(text: string): PhraseFind[] {
  const found: PhraseFind[] = [];
  for (const m of text.matchAll(ZH_QUOTED_RE)) {
    if (m[3]) found.push({ start: m.index + 1, end: m.index + 1 + m[3].length, name: m[3] });
    else found.push({ start: m.index, end: m.index + m[0].length, name: m[0] });
  }
  return found;
}

/**
 * `skipHead`: head words the caller will discard finds around anyway (inside a known agreement),
 * so that a page full of known agreements is not tokenized for nothing.
 */
export function findAgreementPhrases(
  text: string,
  skipHead?: (start: number, end: number) => boolean,
): PhraseFind[] {
  const titleCase = new TitleCaseLines(text);
  const english = englishPhrases(text, skipHead).filter((find) => !titleCase.has(find.start));
  return [...english, ...chinesePhrases(text)].sort((a, b) => a.start - b.start || b.end - a.end);
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
