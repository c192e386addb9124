/**
 * Family names derived from full names, for "Secretary Blinken", "Wang said", "Minister Hayashi".
 * Chinese and Korean names are written family name first in readouts (Wang Yi, Kang Kyung-wha);
 * Japanese names appear in both orders (Hayashi Yoshimasa / Yoshimasa Hayashi), so both ends
 * count unless an all-caps word marks the family name (HAYASHI Yoshimasa, MOFA's style).
 */

import { countryOf } from '../ministries/countries';

const FAMILY_FIRST = new Set(['CN', 'TW', 'HK', 'MO', 'KR', 'KP']);
/**
 * Names seen in both orders (Singapore: Teo Chee Hean, family first, beside Vivian Balakrishnan);
 * 'unknown' is a name found on the page, country not known.
 */
const EITHER_ORDER = new Set(['JP', 'SG']);
const SUFFIXES = new Set(['Jr', 'Jr.', 'Sr', 'Sr.', 'II', 'III', 'IV']);

/** The words of a Latin-script name, without initials, honorifics and suffixes. */
function nameWords(name: string): string[] {
  if (!/^[\p{Script=Latin}\s.'’-]+$/u.test(name)) return [];
  return name
    .replace(/(?<![\p{L}.])(\p{Lu}\.)(?=\p{Lu}\p{Ll})/gu, '$1 ')
    .split(/\s+/)
    .filter(
      (w) => w && !SUFFIXES.has(w) && !/^\p{L}{1,3}\.$/u.test(w) && !/^(Dr|Mr|Mrs|Ms|Sir|H\.E)\.?$/.test(w),
    );
}

/**
 * Family-name forms of an official's names: none for a one-word name (it is already its own
 * short form) or for CJK script (王毅 is not shortened in Chinese text).
 */
export function familyNames(names: readonly string[], country: string | 'unknown'): string[] {
  const found = new Set<string>();
  for (const name of names) {
    const words = nameWords(name);
    // "D.Tsogtbaatar": initials glued to one family name, which is then its short form.
    if (words.length === 1 && GLUED_INITIALS_RE.test(name.trim()) && words[0]!.length >= 3)
      found.add(words[0]!);
    if (words.length < 2) continue;
    const caps = words.filter((w) => /^\p{Lu}{2,}$/u.test(w));
    if (caps.length === 1) found.add(caps[0]!);
    else if (FAMILY_FIRST.has(country)) found.add(words[0]!);
    else if (country === 'unknown' || EITHER_ORDER.has(country)) {
      found.add(words[0]!);
      found.add(words[words.length - 1]!);
    } else found.add(words[words.length - 1]!);
  }
  // Family names compare by their title-cased form: HAYASHI and Hayashi are one name.
  return [
    ...new Set([...found].map((w) => (w === w.toUpperCase() ? w[0] + w.slice(1).toLowerCase() : w))),
  ].filter((w) => w.length >= 2);
}

/**
 * Words that end a name in running text and in Title Case headlines ("Wojciech Gerwel Hold
 * Strategic Dialogue", "Sun Weidong Meets", "Wang Yi Holds Talks With"): headline verbs, the
 * nouns that follow them, and function words, all capitalised in a headline.
 */
const NAME_STOPS = new Set(
  `Hold Holds Held Holding Meet Meets Met Meeting Meetings Talk Talks Call Calls Called Attend Attends
  Attended Address Addresses Addressed Has Have Had Receive Receives Received Visit Visits Visited
  Co-chair Co-chairs Co-Chair Co-Chairs Co-chaired Co-Chaired Chairs Chaired Sign Signs Signed Speak
  Speaks Spoke Discuss Discusses Discussed Exchange Exchanges Exchanged Pay Pays Paid Send Sends Sent
  Congratulate Congratulates Condole Condoles Extend Extends Deliver Delivers Delivered Give Gives
  Gave Host Hosts Hosted Welcome Welcomes Welcomed Join Joins Joined Launch Launches Launched Lead
  Leads Led Issue Issues Issued Make Makes Made Urge Urges Urged Say Says Said Tell Tells Told
  Stress Stresses Emphasize Emphasizes Emphasise Emphasises Express Expresses Reaffirm Reaffirms
  Underline Underlines Announce Announces Conclude Concludes Concluded Open Opens Opened Close Closes
  Travel Travels Arrive Arrives Arrived Depart Departs Return Returns Leave Leaves Will Would Can
  Should Is Are Was Were Be Been To And Or With On In At For Of By From Via During Ahead After Before
  Regarding About Over Amid Against Between Jointly Together Also Telephone Phone Video Virtual Online
  Bilateral Trilateral Joint Press Conference Statement Readout Remarks Interview Dialogue
  Consultation Consultations Summit Strategic Tour Trip Message Letter Courtesy Working Official
  State Farewell Luncheon Dinner Banquet Reception Ceremony Forum Session Round Video-Conference
  Videoconference Teleconference Inaugurates Inaugurate Witness Witnesses Witnessed Accept Accepts
  Present Presents Presented Brief Briefs Briefed Thank Thanks Thanked Honor Honors Honour Honours
  Mourn Mourns Note Notes Agree Agrees Agreed Reach Reaches Inspect Inspects Tours Sees Views
  Participate Participates Takes Take Took Convene Convenes Convened Chat Chats Commend Commends
  Appreciate Appreciates Share Shares Release Releases Starts Ends Begins Engage Engages Engaged Vow
  Vows Pledge Pledges Hail Hails Laud Lauds Praise Praises Affirm Affirms Reiterate Reiterates
  Highlight Highlights Underscore Underscores Reject Rejects Condemn Condemns Warn Warns Seek Seeks
  Explore Explores Boost Boosts Strengthen Strengthens Promote Promotes Review Reviews Celebrate
  Celebrates Slam Slams The A An This That Today Tomorrow Yesterday`.split(/\s+/),
);
/** Particles inside names: Mohammed bin Salman, Ursula von der Leyen, Luiz Inácio Lula da Silva. */
const PARTICLES = new Set(
  'bin binti bint ibn al el de da di du do dos das van von der den ter la le del della y'.split(' '),
);
/**
 * Honorifics and styles before a name, not part of it: "H.E. Dr.", "Sheikh", Myanmar's "U", a
 * military rank and its "(Rtd)" ("Maj. Gen. (Rtd)").
 */
export const HONORIFIC_RE =
  /^(?:(?:Mr|Mrs|Ms|Dr|Prof|Professor|Sir|Dame|Lord|Lady|H\.\s?E|HE|Hon|[Ss]heikh|[Ss]haikh|[Ss]heikha|[Ss]haikha|Datuk|Dato['’]?|Datin|Tan Sri|Puan Sri|Pehin|Dasho|Ambassador|Madam|Madame|Mme|Mister|U|Daw|Khun|Pak|Ibu|Bapak|Engr|Eng|Gen|General|Lt|Col|Admiral|Maj|Brig|Capt|Cdr|Air Marshal|Air Chief Marshal)\.?|\((?:Rtd|Retd|Ret|rtd|retd|retired|Retired)\.?\)|the\s+Honou?rable|(?:His|Her)\s+(?:Excellency|Majesty|Royal Highness|Highness))[ \t]+/;

/** One name word: Kang, Kyung-wha, J., L.P., HAYASHI, Jae-in, O'Brien, al-Sabah, Al-Thani. */
// A nickname in quotes inside a name ("Ferdinand “Bongbong” Marcos"), and "Ma." (Maria, the
// Philippine style) before two more name words ("Ma. Jane Doe").
// An initial glued to the family name ("D.Tsogtbaatar", Mongolian and Russian style) is one word;
// a longer word glued by a dot to the next ("St.Petersburg", "Dr.Smith") is none.
const NAME_WORD_RE =
  /(?:[“"]\p{Lu}\p{Ll}+[”"](?=[ \t]+\p{Lu})|(?<![\p{L}.])\p{Lu}\.(?:\p{Lu}\.)?\p{Lu}\p{Ll}{2,}(?:-\p{Lu}?\p{Ll}+)?|Ma\.(?=[ \t]+\p{Lu}\p{Ll}+[ \t]+\p{Lu}\p{Ll})|(?:(?:al|el|Al|El|ad|ud|Abd)-)?(?:\p{Lu}\p{Ll}+(?:-\p{L}\p{Ll}*|['’]\p{Lu}\p{Ll}+)*|(?:\p{Lu}\.)+|\p{Lu}{2,}(?![\p{L}]))(?![\p{L}\p{N}]|['’]\p{Ll}{2}|\.\p{Lu}))/uy;
const SUFFIX_WORDS = new Set(['Jr', 'Sr']);
const SUFFIX_RE = /^,?[ \t]+(?:Jr|Sr)\.?(?![\p{L}\p{N}])|^[ \t]+(?:II|III|IV)(?![\p{L}\p{N}])/u;

const OFFICE_NOUN_RE =
  /^(?:Diplomacy|Service|Services|Action|Policy|Relations|Cooperation|Protocol|Communications|Information)(?![\p{L}\p{N}])[ \t]*/u;

export interface ReadName {
  start: number;
  /** End of the name, without a suffix ("Jr."). */
  end: number;
  name: string;
  /** End of the name with its suffix, if any: where the text after the name starts. */
  after: number;
}

/**
 * The name written at `position` (after a title and its honorifics), stopping at headline
 * verbs and function words, words `isNotName` rejects (title words), or the sixth word.
 */
export function readName(
  text: string,
  position: number,
  isNotName: (word: string) => boolean,
): ReadName | undefined {
  let at = position;
  for (let h = HONORIFIC_RE.exec(text.slice(at, at + 40)); h; h = HONORIFIC_RE.exec(text.slice(at, at + 40)))
    at += h[0].length;
  // The end of an office's name that the title words did not take: "Director of Public
  // [Diplomacy] Jane Roe", "External [Action Service], Jane Roe": not part of a name.
  for (
    let o = OFFICE_NOUN_RE.exec(text.slice(at, at + 40));
    o;
    o = OFFICE_NOUN_RE.exec(text.slice(at, at + 40))
  )
    at += o[0].length;
  const words: { start: number; end: number; particle: boolean }[] = [];
  let cursor = at;
  while (words.length < 7) {
    NAME_WORD_RE.lastIndex = cursor;
    const m = NAME_WORD_RE.exec(text);
    if (m) {
      const word = m[0];
      if (NAME_STOPS.has(word) || isNotName(word) || NOT_NAME_WORDS.has(word) || SUFFIX_WORDS.has(word))
        break;
      if (!gluedInitialsName(word)) break;
      // A month before a day ("May 5") is a date, not Theresa May.
      if (MONTHS.has(word) && /^[ \t]+\d/.test(text.slice(cursor + word.length, cursor + word.length + 3)))
        break;
      words.push({ start: cursor, end: cursor + word.length, particle: false });
    } else {
      const particle = /^(\p{Ll}+)[ \t]+/u.exec(text.slice(cursor, cursor + 8));
      if (!words.length || !particle || !PARTICLES.has(particle[1]!)) break;
      words.push({ start: cursor, end: cursor + particle[1]!.length, particle: true });
    }
    const gap = /^[ \t]+/.exec(text.slice(words[words.length - 1]!.end, words[words.length - 1]!.end + 4));
    if (!gap) break;
    cursor = words[words.length - 1]!.end + gap[0].length;
  }
  while (words.length && words[words.length - 1]!.particle) words.pop();
  if (!words.length) return undefined;
  const first = words[0]!;
  const last = words[words.length - 1]!;
  const name = text.slice(first.start, last.end).replace(/[ \t]+/g, ' ');
  // A lone initial or a lone all-caps acronym ("President ROK") is not a name.
  if (words.length === 1 && (/\.$/.test(name) || /^\p{Lu}+$/u.test(name))) return undefined;
  const suffix = SUFFIX_RE.exec(text.slice(last.end, last.end + 6));
  return { start: first.start, end: last.end, name, after: last.end + (suffix ? suffix[0].length : 0) };
}

const GLUED_INITIALS_RE = /^((?:\p{Lu}\.)+)(\p{Lu}.*)$/u;

/**
 * Whether a word is no glued-initial form, or a glued one that can be a name: "D.Tsogtbaatar",
 * not "U.S.Embassy" or "U.N.Secretariat" (a country's or body's abbreviation before a word).
 */
export function gluedInitialsName(word: string): boolean {
  const glued = GLUED_INITIALS_RE.exec(word);
  if (!glued || glued[1]!.length === word.length) return true;
  const [, initials, rest] = glued;
  return (
    !countryOf(initials!) &&
    !GLUED_NOT_INITIALS.has(initials!) &&
    !countryOf(rest!) &&
    !NOT_NAME_WORDS.has(rest!)
  );
}
/** Abbreviations that end in a dot and may touch the next word: not a person's initials. */
const GLUED_NOT_INITIALS = new Set(['U.N.', 'E.U.', 'U.S.', 'U.K.', 'P.M.', 'A.M.']);

const MONTHS = new Set(
  'January February March April May June July August September October November December'.split(' '),
);
/**
 * Words of greetings and holidays ("wished the Deputy Secretary Happy Christmas", "Eid Mubarak")
 * and bare honorific abbreviations ("Minister HE sheikh …", where the style is not the person):
 * never a name, nor its first word. Shared with the participants' extractor.
 */
export const NEVER_NAME_WORDS: readonly string[] =
  "Happy Merry Greetings Congratulations Congratulation Wishes Christmas Xmas Easter Eid Mubarak Ramadan Kareem Diwali Deepavali Nowruz Navruz Hanukkah Thanksgiving Holidays Season Seasons Season’s Season's HE HH HRH HM".split(
    ' ',
  );
/** Capitalised words after a title that start a sentence or a date, not a name. */
const NOT_NAME_WORDS = new Set([
  ...'This These Those Both Each Today Monday Tuesday Wednesday Thursday Friday Saturday Sunday I We He She They It His Her Their Our Its Ministry Department Office Government Embassy Republic Kingdom'.split(
    ' ',
  ),
  ...NEVER_NAME_WORDS,
]);
