/**
 * Both sides' readouts of one meeting, compared the way analysts do by hand (DESIGN.md, last
 * section): what each names that the other leaves out (officials, agreements, topics), who asked
 * for the call, who visited whom, the outcomes and commitments each states, the stock phrases
 * each uses, and which sentences of the two texts speak of the same thing.
 */
import type { FoundEntity } from '../model';
import { alignSentences, type AlignedPair, type Anchor } from './align';
import { anchorsOf, countriesMatcher, entityMatcher } from './anchors';
import {
  ministryCountry,
  sameMeeting,
  meetingKind,
  type ComparableReadout,
  type MeetingKind,
} from './meeting';
import { sentencesOf, type Sentence } from './sentences';
import { topicName, topicsMatcher, wordingConcept, wordingsMatcher, wordingText } from './term-lists';
import type { TermMatch } from './terms';

export type Side = 'A' | 'B';

export interface NameLists {
  officials: string[];
  agreements: string[];
  topics: string[];
}

export interface Item {
  key: string;
  name: string;
}

export interface ItemLists {
  officials: Item[];
  agreements: Item[];
  topics: Item[];
}

export interface ComparedSentence extends Sentence {
  /** Entity mentions in the sentence (offsets into `text`, keys of that side's entities). */
  entities: TermMatch[];
  /** Topic words in the sentence (keys: topic ids). */
  topics: TermMatch[];
  /** States an outcome or commitment ("agreed to", "同意", "합의"). */
  outcome: boolean;
}

export interface WordingUse {
  concept: string;
  name: string;
  gloss: string;
  /** The words the text uses, as written. */
  surfaces: string[];
}

export interface Visit {
  /** The country visited, and the side (if either) it speaks for. */
  host: string;
  hostSide: Side | null;
}

export interface SideFacts {
  ministry: string | null;
  country: string | null;
  language: string;
  title: string;
  date: string | null;
  kind: MeetingKind | null;
  sentences: ComparedSentence[];
  wording: WordingUse[];
  /** The request phrase as written, when this text names who asked for the meeting. */
  requestPhrase: string | null;
}

export interface Comparison {
  sameMeeting: boolean;
  shared: ItemLists;
  onlyA: ItemLists;
  onlyB: ItemLists;
  initiator: Side | null;
  visit: Visit | null;
  a: SideFacts;
  b: SideFacts;
  /** Stock phrases (by concept) only one side uses. */
  characteristic: { a: WordingUse[]; b: WordingUse[] };
  aligned: AlignedPair[];
}

// ---- who asked ----------------------------------------------------------------------------------

/** "at the request of X": the requester is named after the marker or before it, by language. */
const REQUEST_AFTER =
  /\bat the request of\b|\bat the initiative of\b|应约|应.{1,20}?(?:请求|要求|之约|约请)|по просьбе|по инициативе/giu;
const REQUEST_BEFORE =
  /요청으로|요청에 따라|요청에 의해|요청에 의한|要請により|要請を受け|の求めに応じ|の要請で|の申し入れ/gu;

/** "中方", "美方", "американской стороны": a side named by its country's adjective. */
const SIDE_FORMS: [RegExp, string][] = [
  [/中方|китайск/u, 'CN'],
  [/美方|американск/u, 'US'],
  [/俄方|российск/u, 'RU'],
  [/日方|японск/u, 'JP'],
  [/韩方|южнокорейск|корейск/u, 'KR'],
  [/英方|британск/u, 'GB'],
  [/法方|французск/u, 'FR'],
  [/德方|германск|немецк/u, 'DE'],
  [/印方|индийск/u, 'IN'],
  [/澳方|австралийск/u, 'AU'],
  [/欧方|евросоюз/u, 'EU'],
  [/乌方|украинск/u, 'UA'],
];

interface SideText {
  country: string | null;
  text: string;
  entities: FoundEntity[];
  mentions: TermMatch[];
}

function countryInWindow(side: SideText, from: number, to: number, last: boolean): string | null {
  const window = side.text.slice(Math.max(0, from), to);
  const offset = Math.max(0, from);
  const candidates: { at: number; country: string }[] = [];
  for (const m of side.mentions) {
    if (m.start < offset || m.end > to) continue;
    const e = side.entities.find((x) => x.key === m.key);
    if (e?.kind === 'official' && e.country) candidates.push({ at: m.start, country: e.country });
  }
  for (const m of countriesMatcher().find(window)) candidates.push({ at: offset + m.start, country: m.key });
  for (const [pattern, country] of SIDE_FORMS) {
    const m = pattern.exec(window);
    if (m) candidates.push({ at: offset + m.index, country });
  }
  if (!candidates.length) return null;
  candidates.sort((x, y) => x.at - y.at);
  return (last ? candidates[candidates.length - 1] : candidates[0])!.country;
}

/** Who asked for the meeting, by this text: a country code, or "other" for a bare 应约 (the other side asked). */
function requesterIn(side: SideText): { country: string | 'other'; phrase: string } | null {
  for (const m of side.text.matchAll(REQUEST_AFTER)) {
    const end = m.index + m[0].length;
    if (m[0] === '应约') {
      // "王毅应约同布林肯通电话": the person after 应约 asked; failing a name, the other side did.
      const named = countryInWindow(side, end, end + 30, false);
      return { country: named && named !== side.country ? named : 'other', phrase: m[0] };
    }
    const inside = m[0].startsWith('应') ? countryInWindow(side, m.index, end, false) : null;
    const country = inside ?? countryInWindow(side, end, end + 60, false);
    if (country) return { country, phrase: m[0] };
  }
  for (const m of side.text.matchAll(REQUEST_BEFORE)) {
    const country = countryInWindow(side, m.index - 40, m.index, true);
    if (country) return { country, phrase: m[0] };
  }
  return null;
}

function sideOf(country: string | 'other', reporter: Side, a: string | null, b: string | null): Side | null {
  if (country === 'other') return reporter === 'A' ? 'B' : 'A';
  if (a === b) return null; // two versions from one ministry: "our side" says nothing
  if (country === a) return 'A';
  if (country === b) return 'B';
  return null;
}

// ---- who visited ------------------------------------------------------------------------------

const VISIT_AFTER =
  /\b(?:visit(?:s|ing|ed)? to|trip to|travel(?:s|ed|led)? to|visits?)\b|访问|访华|来华|визит(?:а|е|ом)? в/giu;
const VISIT_BEFORE = /(?:을|를)? ?방문|訪問/gu;
/** "访华", "訪日": the host glued to the verb. */
const VISIT_GLUED: [RegExp, string][] = [
  [/访华|来华|訪中/u, 'CN'],
  [/访美|訪米/u, 'US'],
  [/访日|訪日/u, 'JP'],
  [/访韩|訪韓|방한/u, 'KR'],
  [/访俄|訪露/u, 'RU'],
];

function hostIn(side: SideText): string | null {
  for (const [pattern, country] of VISIT_GLUED) if (pattern.test(side.text)) return country;
  for (const m of side.text.matchAll(VISIT_AFTER)) {
    const end = m.index + m[0].length;
    const country = countriesMatcher().find(side.text.slice(end, end + 30))[0]?.key;
    if (country) return country;
  }
  for (const m of side.text.matchAll(VISIT_BEFORE)) {
    const found = countriesMatcher().find(side.text.slice(Math.max(0, m.index - 15), m.index));
    if (found.length) return found[found.length - 1]!.key;
  }
  return null;
}

// ---- outcomes and wording -------------------------------------------------------------------------

/** Sentences that state an agreement, a decision or a commitment. */
const OUTCOME =
  /\b(?:agreed|agree to|agreed to|committed|commit to|pledged|reaffirmed|signed|decided|will continue|will work|resolved to|concluded|announced)\b|同意|一致认为|达成|商定|签署|决定|承诺|愿同|将继续|合意|하기로|약속|서명|재확인|一致した|確認した|署名|約束|表明した|договорились|согласились|подписали|подтвердили|условились|решили/iu;

function wordingOf(text: string): WordingUse[] {
  const uses = new Map<string, Set<string>>();
  for (const m of wordingsMatcher().find(text)) {
    const set = uses.get(m.key) ?? new Set();
    set.add(text.slice(m.start, m.end));
    uses.set(m.key, set);
  }
  return [...uses].map(([concept, surfaces]) => {
    const c = wordingConcept(concept);
    return { concept, ...(c ? wordingText(c) : { name: concept, gloss: '' }), surfaces: [...surfaces] };
  });
}

// ---- the comparison -------------------------------------------------------------------------------

function itemsOf(r: ComparableReadout, kind: 'official' | 'agreement'): Item[] {
  return r.entities.filter((e) => e.kind === kind).map((e) => ({ key: e.key, name: e.name }));
}

function topicItems(r: ComparableReadout): Item[] {
  const text = [r.readout.title, ...r.readout.body].join('\n');
  return topicsMatcher()
    .keysIn(text)
    .map((key) => ({ key, name: topicName(key) }));
}

function split(a: Item[], b: Item[]): { shared: Item[]; onlyA: Item[]; onlyB: Item[] } {
  const inB = new Set(b.map((x) => x.key));
  const inA = new Set(a.map((x) => x.key));
  return {
    shared: a.filter((x) => inB.has(x.key)),
    onlyA: a.filter((x) => !inB.has(x.key)),
    onlyB: b.filter((x) => !inA.has(x.key)),
  };
}

function sideFacts(
  r: ComparableReadout,
  withWords: boolean,
): SideFacts & { matcherText: SideText; anchors: Anchor[][] } {
  const matcher = entityMatcher(r.entities);
  const anchors: Anchor[][] = [];
  const sentences = sentencesOf(r.readout.body).map((s): ComparedSentence => {
    const found = anchorsOf(s.text, matcher, withWords);
    anchors.push(found.anchors);
    return { ...s, entities: found.entities, topics: found.topics, outcome: OUTCOME.test(s.text) };
  });
  const text = [r.readout.title, ...r.readout.body].join('\n');
  const country = ministryCountry(r.readout.ministry);
  return {
    ministry: r.readout.ministry,
    country,
    language: r.readout.language,
    title: r.readout.title,
    date: r.readout.date,
    kind: meetingKind(r.readout),
    sentences,
    wording: wordingOf(text),
    requestPhrase: null,
    matcherText: { country, text, entities: r.entities, mentions: matcher.find(text) },
    anchors,
  };
}

export function compareReadouts(a: ComparableReadout, b: ComparableReadout): Comparison {
  const oneLanguage = a.readout.language === b.readout.language;
  const { matcherText: textA, anchors: anchorsA, ...factsA } = sideFacts(a, oneLanguage);
  const { matcherText: textB, anchors: anchorsB, ...factsB } = sideFacts(b, oneLanguage);

  const lists = {
    officials: split(itemsOf(a, 'official'), itemsOf(b, 'official')),
    agreements: split(itemsOf(a, 'agreement'), itemsOf(b, 'agreement')),
    topics: split(topicItems(a), topicItems(b)),
  };
  const pick = (which: 'shared' | 'onlyA' | 'onlyB'): ItemLists => ({
    officials: lists.officials[which],
    agreements: lists.agreements[which],
    topics: lists.topics[which],
  });

  const requestA = requesterIn(textA);
  const requestB = requesterIn(textB);
  factsA.requestPhrase = requestA?.phrase ?? null;
  factsB.requestPhrase = requestB?.phrase ?? null;
  const initiator =
    (requestA && sideOf(requestA.country, 'A', factsA.country, factsB.country)) ??
    (requestB && sideOf(requestB.country, 'B', factsA.country, factsB.country)) ??
    null;

  const host = hostIn(textA) ?? hostIn(textB);
  const visit: Visit | null = host
    ? {
        host,
        hostSide:
          factsA.country === factsB.country
            ? null
            : host === factsA.country
              ? 'A'
              : host === factsB.country
                ? 'B'
                : null,
      }
    : null;

  const conceptsB = new Set(factsB.wording.map((w) => w.concept));
  const conceptsA = new Set(factsA.wording.map((w) => w.concept));

  const aligned = alignSentences(anchorsA, anchorsB);

  return {
    sameMeeting: sameMeeting(a, b),
    shared: pick('shared'),
    onlyA: pick('onlyA'),
    onlyB: pick('onlyB'),
    initiator,
    visit,
    a: factsA,
    b: factsB,
    characteristic: {
      a: factsA.wording.filter((w) => !conceptsB.has(w.concept)),
      b: factsB.wording.filter((w) => !conceptsA.has(w.concept)),
    },
    aligned,
  };
}

/** The command's and the tests' view: names only. */
export function namesOf(lists: ItemLists): NameLists {
  return {
    officials: lists.officials.map((x) => x.name),
    agreements: lists.agreements.map((x) => x.name),
    topics: lists.topics.map((x) => x.name),
  };
}
