/**
 * Who met whom, read off the readout's title by its patterns ("Wang Yi Holds Talks with Foreign
 * Minister Kang Kyung-wha of the ROK", "Secretary Blinken's Call with ...", "杨洁篪会见卢森堡外交大臣
 * 阿瑟伯恩") and completed from the opening paragraph (full names, titles); titles that name no one
 * ("Outcome of Korea-China Foreign Ministers' Meeting") take the people of the opening paragraph.
 * Pattern extraction only: matching against the knowledge base is the recognizer's job.
 */
import type { Participant } from '../model';
import { clean, escapeRegExp as esc } from './text';
import { countryOf, LATIN_COUNTRY_FORMS, leadingCountry, trailingCountry } from './countries';
import { koreanTitledNames, NOT_SURNAME } from '../recognize/titles-native';
import { chineseNameShape, ZH_NOT_NAME_START_RE } from '../recognize/titles';
import { NEVER_NAME_WORDS } from '../recognize/names';

// ---- English ---------------------------------------------------------------------------------

const TITLE_HEAD =
  'Undersecretary|Under-Secretary|Director-General|Minister|Secretary-General|Secretary|President|Premier|Councill?or|Chancellor|Ambassador|Envoy|Spokesperson|King|Queen|Emir|Chairman|Chairperson|Commissioner|Representative|Governor|Speaker|Advis[eo]r|Counselor|Mayor|Senator|Director|counterpart';
const TITLE_MODIFIER =
  'Vice|Deputy|Prime|Foreign|State|External|Affairs|Federal|Special|Senior|High|Under|Assistant|Defen[cs]e|National|Security|First|Executive|Permanent|Chief|Crown|General|Political|Director|Principal';
const TITLE_OBJECT =
  'State|Foreign Affairs|External Affairs|Europe and Foreign Affairs|Defen[cs]e|Trade|Commerce|Foreign and European Affairs';
const ONE_TITLE = `(?:(?:${TITLE_MODIFIER})\\s+)*(?:${TITLE_HEAD})(?:\\s+(?:of|for)\\s+(?:${TITLE_OBJECT}))?`;
const TITLE_RUN = `${ONE_TITLE}(?:,?\\s+and\\s+${ONE_TITLE})?`;
const TITLE_WORD = new RegExp(`^(?:${TITLE_HEAD}|${TITLE_MODIFIER}|Ministers?)$`);

/** Country forms; curly and straight apostrophes both, as pages use either. */
const EN_COUNTRIES = LATIN_COUNTRY_FORMS.map((f) => esc(f).replace(/'/g, "['’]")).join('|');

/** A capitalized word or an initial; never swallows a possessive "’s". */
const NAME_TOKEN = `(?:[A-Z][\\p{L}’'-]*\\p{L}(?<![’']s)|[A-Z]\\.)`;
/** Name tokens never start with a title word or a sentence word that happens to be capitalized. */
// Nor greeting words or a bare honorific ("wished the Deputy Secretary Happy Christmas", "HE").
const NOT_NAME = `(?!(?:${TITLE_HEAD}|${TITLE_MODIFIER}|The|And|Both|In|On|At|During|Republic|People|${NEVER_NAME_WORDS.map(esc).join('|')})(?![\\p{L}’'-]))`;
/** Lowercase particles inside names: "Alberto van Klaveren", "Ursula von der Leyen", "Luiz Inácio Lula da Silva". */
const NAME_PARTICLE = `(?:van|von|der|den|de|da|das|do|dos|del|della|di|du|la|le|bin|binti|al|el|Al|ter|ten)`;
const NAME = `${NOT_NAME}${NAME_TOKEN}(?:\\s+(?:${NAME_PARTICLE}\\s+){0,2}${NOT_NAME}${NAME_TOKEN}){0,3}`;
// "HE sheikh Mohammed …": the undotted style and a sheikh's, in either case, before the name.
const HONORIFIC = `(?:(?:(?:(?:Mr|Ms|Mrs|Dr|H\\.\\s?E)\\.|HE|H\\.E|[Ss]heikh|[Ss]haikh)\\s+)+|the\\s+Honou?rable\\s+)`;

/** "[country] TITLE [of country] [Dr.] NAME": the way English readouts introduce people. */
const TITLED_NAME = new RegExp(
  `(?:\\b(${EN_COUNTRIES})(?:\\s+\\([A-Z]{2,4}\\))?\\s+)?\\b(${TITLE_RUN})(?:\\s+of\\s+(?:the\\s+)?(${EN_COUNTRIES}))?\\s+${HONORIFIC}?(${NAME})(?:\\s+of\\s+(?:the\\s+)?(${EN_COUNTRIES}))?`,
  'gu',
);
/** "Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan": the Japan MOFA way. */
const NAME_THEN_TITLE = new RegExp(
  `${HONORIFIC}(${NAME}),\\s+(${TITLE_RUN})(?:\\s+of\\s+(?:the\\s+)?(${EN_COUNTRIES}))?`,
  'gu',
);

const trimName = (s: string) => clean(s).replace(/[’']s$/, '');

/**
 * "Minister of Foreign Affairs of Saudi Arabia, received": where the long country form cannot be
 * followed by a name, the pattern backs off to a shorter form ("Saudi") and reads the rest of the
 * country ("Arabia") as the name. Whether `country` + the name's first word is itself a country.
 */
const cutsCountry = (country: string | undefined, name: string) =>
  !!country && countryOf(`${country} ${name.split(/\s+/)[0]}`) !== undefined;

function person(
  name: string,
  title: string | undefined,
  ...countryForms: (string | undefined)[]
): Participant {
  const p: Participant = { name: trimName(name) };
  if (title) p.title = clean(title);
  const country = countryForms.map((c) => (c ? countryOf(c) : undefined)).find(Boolean);
  if (country) p.country = country;
  return p;
}

/** Every titled person an English text names, in order. */
export function peopleInText(text: string): Participant[] {
  const found: { at: number; p: Participant }[] = [];
  for (const m of text.matchAll(TITLED_NAME)) {
    // "President Moon Jae-in's visit": a person in the possessive is a topic, not a participant.
    if (/^[’']s\b/.test(text.slice(m.index + m[0].length))) continue;
    if (cutsCountry(m[3], m[4]!)) continue;
    found.push({ at: m.index, p: person(m[4]!, m[2], m[1], m[3], m[5]) });
  }
  for (const m of text.matchAll(NAME_THEN_TITLE)) found.push({ at: m.index, p: person(m[1]!, m[2], m[3]) });
  return found.sort((a, b) => a.at - b.at).map((f) => f.p);
}

/** One side of a title ("Foreign Minister Kang Kyung-wha of the ROK", "Secretary Blinken") as a person. */
function personFromPhrase(phrase: string): Participant | null {
  let rest = clean(phrase.replace(/\s+(?:in|at|on|during|ahead of|to discuss)\s+.*$/i, ''));
  let country: string | undefined;
  const suffix = /\s+of\s+(?:the\s+)?(.+)$/.exec(rest);
  if (suffix && countryOf(suffix[1]!)) {
    country = countryOf(suffix[1]!);
    rest = rest.slice(0, suffix.index);
  }
  const titled = new RegExp(`^${TITLED_NAME.source}$`, 'u').exec(rest);
  if (titled && !cutsCountry(titled[3], titled[4]!)) {
    const p = person(titled[4]!, titled[2], titled[1], titled[3], titled[5]);
    if (country && !p.country) p.country = country;
    return p;
  }
  const long = officeThenName(rest);
  if (long) {
    if (country && !long.country) long.country = country;
    return long;
  }
  const lead = leadingCountry(rest);
  if (lead) {
    country ??= lead.code;
    rest = rest.slice(lead.length).trim();
  }
  rest = rest.replace(new RegExp(`^${HONORIFIC}`), '');
  if (!new RegExp(`^${NAME}$`, 'u').test(rest) || rest.split(' ').some((w) => TITLE_WORD.test(w)))
    return null;
  return country ? { name: trimName(rest), country } : { name: trimName(rest) };
}

/** Words an office is made of, besides its head and modifiers ("of the Ministry of Foreign Affairs"). */
const OFFICE_WORD = new RegExp(
  `^(?:${TITLE_HEAD}|${TITLE_MODIFIER}|Ministers?|Ministry|Department|Office|Affairs|Foreign|Commission|Committee|Council|Bureau|Member|Central|Government|International|Cooperation|Development|Economic|Relations|Policy|Planning|Asian|European|Union|of|the|to|for|and|on|in|at)$`,
  'i',
);
// Ends where a word ends, punctuation too ("of Saudi Arabia," is not "Saudi" + a name "Arabia"); a
// possessive ("Indonesia’s Foreign Minister") is the leading country, read by `leadingCountry`.
const COUNTRY_IN_OFFICE = new RegExp(
  `(?:\\b(?:of|to)\\s+(?:the\\s+)?|^)(${EN_COUNTRIES})(?![\\p{L}\\p{N}’'])`,
  'gu',
);

/**
 * "Undersecretary of State of the Ministry of Foreign Affairs of Poland Wojciech Gerwel",
 * "Ambassador of Nigeria to China Zubairu Dada": an office of any length, then the name (the
 * capitalized words after the last office word and country). The country is the first one the
 * office names with "of" (or the adjective before it); "to China" names where an ambassador serves.
 */
function officeThenName(phrase: string): Participant | null {
  const words = phrase.split(/\s+/);
  const countries = [...phrase.matchAll(COUNTRY_IN_OFFICE)];
  // Where the office part ends at the latest: after its last country form, else after its last office word.
  const lastCountryEnd = countries.reduce((end, m) => Math.max(end, m.index + m[0].length), 0);
  let nameStart = words.length;
  while (nameStart > 0) {
    const word = words[nameStart - 1]!;
    const before = words.slice(0, nameStart - 1).join(' ');
    if (OFFICE_WORD.test(word) || !new RegExp(`^${NAME_TOKEN}$`, 'u').test(word)) break;
    if (before.length + (before ? 1 : 0) < lastCountryEnd) break;
    nameStart -= 1;
  }
  const name = words.slice(nameStart).join(' ');
  const office = words.slice(0, nameStart).join(' ');
  const officeShape = /^[\p{L}\s'’-]+$/u.test(office) && new RegExp(`\\b(?:${TITLE_HEAD})\\b`).test(office);
  if (!name || words.length - nameStart > 4 || !officeShape) return null;
  const ofCountry = countries.find((m) => !/^to\s/i.test(m[0]));
  const lead = leadingCountry(office);
  const code = ofCountry ? countryOf(ofCountry[1]!) : lead?.code;
  // A trailing "of Poland" is the country, not part of the office; a leading "Chinese" likewise.
  let title = office.replace(new RegExp(`\\s+of\\s+(?:the\\s+)?(?:${EN_COUNTRIES})$`, 'u'), '');
  if (lead && !ofCountry)
    title = title
      .slice(lead.length)
      .replace(/^[’']s\b/, '')
      .trim();
  const p: Participant = { name: trimName(name), title: clean(title) };
  if (code) p.country = code;
  return p;
}

/** Split "A and B" / "A, B and C" into people, keeping "State Councilor and Foreign Minister Wang Yi" whole. */
function peopleFromList(list: string): Participant[] {
  const pieces = list.split(/,\s+|\s+and\s+/);
  const people: Participant[] = [];
  let pending = '';
  for (const piece of pieces) {
    const phrase = pending ? `${pending} and ${piece}` : piece;
    const p = personFromPhrase(phrase);
    if (p) {
      people.push(p);
      pending = '';
    } else pending = phrase;
  }
  return people;
}

const MEETING_NOUN =
  '(?:(?:Trilateral|Bilateral|Introductory|Phone|Video|Virtual|Telephone|Official)\\s+)*(?:Meeting|Call|Talks|Conversation|Phone Call|Video Call|Videoconference|Video Conference|Consultations?)';
const EN_TITLE_PATTERNS: RegExp[] = [
  // "Vice Foreign Minister A and Undersecretary of State … B Hold Strategic Dialogue": both sides first.
  new RegExp(
    `^(.+?)\\s+(?:Hold|Held|Have|Had|Co-Chair|Co-chair|Co-chaired|Attend|Sign|Signed)\\s+(?:an?\\s+|the\\s+)?(?:[\\w-]+\\s+){0,4}?(?:${MEETING_NOUN}|Dialogue|Consultations?|Talks|Meeting)\\b.*$`,
    'i',
  ),
  // "Secretary Blinken's Meeting with A and B", "Foreign Minister Sergey Lavrov's telephone conversation with ..."
  new RegExp(`^(.+?)[’']s\\s+${MEETING_NOUN}\\s+with\\s+(.+)$`, 'i'),
  // "Wang Yi Holds Phone Talks at Request with ...", "X Has a Video Call with ..."
  new RegExp(
    `^(.+?)\\s+(?:Holds?|Held|Has|Had)\\s+(?:an?\\s+)?(?:[\\w-]+\\s+){0,2}?${MEETING_NOUN}(?:\\s+at\\s+Request)?\\s+with\\s+(.+)$`,
    'i',
  ),
  // "Wang Yi Meets with ...", "X Speaks by Phone with ...", "X Receives ..."
  /^(.+?)\s+(?:meets|met|meet|receives|received|speaks|spoke|talks|calls)(?:\s+(?:by\s+(?:tele)?phone|on\s+the\s+phone))?(?:\s+with)?\s+(.+)$/i,
];

function englishTitleParticipants(title: string): Participant[] {
  const core = clean(title.replace(/^(?:Press release on|Readout of|Readout:|Read-out:)\s+/i, ''));
  for (const pattern of EN_TITLE_PATTERNS) {
    const m = pattern.exec(core);
    if (!m) continue;
    if (m[2] === undefined) {
      // Both sides before the verb: "A and B Hold …".
      const both = peopleFromList(m[1]!);
      if (both.length >= 2) return both;
      continue;
    }
    const left = personFromPhrase(m[1]!);
    const right = peopleFromList(m[2]!);
    if (left && right.length) return [left, ...right];
  }
  return [];
}

// ---- Chinese, Korean, Japanese ---------------------------------------------------------------

const ZH_TITLE =
  '外交部副部长|外交部部长助理|部长助理|副外长|副部长|国务委员兼外交部长|国务委员|外交部长|外交部部长|外长|外交大臣|外务大臣|外相|副总理|总理|副总统|总统|副主席|主席|首相|国务卿|部长|大臣|大使|秘书长|议长|委员长|委员|主任|国王|特使|代表|总书记';
const ZH_TITLE_END = new RegExp(`(?:${ZH_TITLE})$`);
const ZH_VERBS =
  /^(.+?)(?:会见|会晤|接见)(.+)$|^(.+?)(?:应约)?[同与和](.+?)(?:举行)?(?:视频)?(?:会谈|通电话|会晤|通话|会面|战略对话|对话|磋商|外交磋商|政治磋商|战略磋商)/;

const ZH_MEETING_MODES = /(?:视像|视频|电话|线上|远程)$/;

function zhPerson(side: string): Participant | null {
  let rest = side.trim();
  const lead = leadingCountry(rest);
  const country = lead?.code;
  if (lead) rest = rest.slice(lead.length);
  let titleEnd = -1;
  for (const m of rest.matchAll(new RegExp(ZH_TITLE, 'g')))
    titleEnd = Math.max(titleEnd, m.index + m[0].length);
  // "中韩外长视像会晤": how they met is not who.
  const name = (titleEnd >= 0 ? rest.slice(titleEnd) : rest).replace(ZH_MEETING_MODES, '');
  // "马国总统访华成功" (the president's visit a success): a verb or time word after the title.
  if (!name || !chineseNameShape(name) || ZH_NOT_NAME_START_RE.test(name)) return null;
  const p: Participant = { name };
  if (titleEnd > 0) p.title = rest.slice(0, titleEnd);
  if (country) p.country = country;
  return p;
}

function chineseTitleParticipants(title: string): Participant[] {
  const m = ZH_VERBS.exec(title.replace(/\s+/g, ''));
  if (!m) return [];
  const [left, right] = m[1] ? [m[1], m[2]!] : [m[3]!, m[4]!];
  const people = [zhPerson(left), zhPerson(right)];
  return people.every(Boolean) ? (people as Participant[]) : [];
}

/** The title a Chinese lead gives right before a name: "…，中共中央政治局委员、中央外办主任杨洁篪在…". */
function zhTitleBefore(name: string, text: string): string | undefined {
  const at = text.indexOf(name);
  if (at <= 0) return undefined;
  let segment = text
    .slice(0, at)
    .split(/[，。；：,（(的]|会见|会谈|会晤|同|与/)
    .pop()!
    .trim();
  const country = leadingCountry(segment);
  if (country) segment = segment.slice(country.length);
  return segment && ZH_TITLE_END.test(segment) ? segment : undefined;
}

/** The first country name inside a CJK run, after its first character. */
function countryInside(text: string): { code: string; at: number; length: number } | undefined {
  for (let at = 1; at < text.length - 1; at++) {
    const found = leadingCountry(text.slice(at));
    if (!found || /[A-Za-z]/.test(text.charAt(at))) continue;
    // Inside a katakana word ("シュタインマイヤー" holds タイ) a katakana country is no country.
    const katakanaForm = /^[\p{Script=Katakana}ー]/u.test(text.charAt(at));
    const katakana = /[\p{Script=Katakana}ー]/u;
    if (katakanaForm && (katakana.test(text.charAt(at - 1)) || katakana.test(text.charAt(at + found.length))))
      continue;
    return { ...found, at };
  }
  return undefined;
}

const JA_TITLE =
  '内閣総理大臣|総理大臣|外務大臣|国務長官|国務委員兼外交部長|外交部長|外交部長官|外相|首相|大統領|総理|大臣';
// Not a meeting of such officials: "外務大臣会合", "外相会談".
const JA_NAME_TITLE = new RegExp(
  `(?<![\\p{Script=Han}\\p{Script=Katakana}ー・=＝])([\\p{Script=Han}\\p{Script=Katakana}ー・]{1,20}?)(${JA_TITLE})(?!会談|会議|会合|級|間|協議|対話)`,
  'gu',
);
/** Words that sit where a name would ("양국 외교장관", "日米外相"): never names. */
const NOT_CJK_NAME = /^(?:양국|양측|우리|한중|한미|한일|한러|[日米中韓露英独仏豪印加]+|両国)$/;

function cjkPeopleInText(text: string, language: string): Participant[] {
  // Korean: the recognizer's grammar ("이와야 다케시 일본 외무상", never "한국의" or "한중일").
  if (language === 'ko')
    return koreanTitledNames(text)
      .filter((t) => !t.unitPost)
      .map(({ name, title, country }) => (country ? { name, title, country } : { name, title }));
  const people: Participant[] = [];
  for (const m of text.matchAll(JA_NAME_TITLE)) {
    let name = m[1]!;
    let country: string | undefined;
    // "エンリケ・マナロ・フィリピン外務大臣", "ブリンケン米国務長官": a country glued between name and title.
    const glued = trailingCountry(name);
    if (glued) {
      country = glued.code;
      name = glued.rest;
    }
    // "王毅中国共産党中央政治局委員兼外交部長": a country inside starts a longer title.
    let title = clean(m[2]!);
    const inner = countryInside(name);
    if (inner) {
      country = inner.code;
      title = name.slice(inner.at) + title;
      name = name.slice(0, inner.at);
    }
    if (!name || NOT_CJK_NAME.test(name) || countryOf(name)) continue;
    // "各国外務大臣", "外務大臣": words that sit where a surname would (the recognizer's list).
    if (/^[\p{Script=Han}]+$/u.test(name) && NOT_SURNAME.test(name)) continue;
    people.push(country ? { name, title, country } : { name, title });
  }
  return people;
}

// ---- French and German ----------------------------------------------------------------------

const FR_DE_NAME = `${NAME_TOKEN}(?:[ -]${NAME_TOKEN}){0,3}`;
/** "Le ministre de l'Europe et des affaires étrangères, Jean-Noël Barrot," / "son homologue japonais, Iwaya Takeshi". */
const FR_APPOSITIVE = new RegExp(
  `\\b((?:Premier |premier )?(?:[Mm]inistre|[Pp]résident|[Pp]résidente|[Ss]ecrétaire d'État|homologue)(?: [^,.]{0,60}?)?),\\s+(${FR_DE_NAME})(?=[,.]|\\s+(?:a|s'est|et)\\b)`,
  'gu',
);
/** "Außenministerin Annalena Baerbock", "dem chinesischen Außenminister Wang Yi". */
const DE_TITLED = new RegExp(
  `(?:\\b(\\p{Ll}+(?:e|en|er))\\s+)?\\b((?:Bundes)?(?:Außenminister|Aussenminister|Minister|Ministerpräsident|Kanzler|Präsident|Staatsminister)(?:in)?)\\s+(${FR_DE_NAME})`,
  'gu',
);

function frenchOrGermanPeople(text: string, language: string): Participant[] {
  const people: Participant[] = [];
  if (language === 'fr') {
    for (const m of text.matchAll(FR_APPOSITIVE)) {
      const [title, ...rest] = m[1]!.split(' ');
      const tail = rest.join(' ');
      const country = countryOf(tail);
      // "homologue japonais": the country is the title's only content.
      people.push(person(m[2]!, country ? title : m[1], tail));
    }
  } else {
    for (const m of text.matchAll(DE_TITLED)) people.push(person(m[3]!, m[2], m[1]));
  }
  return people;
}

// ---- Putting it together -------------------------------------------------------------------

function sameName(a: string, b: string): boolean {
  const fold = (s: string) => s.toLowerCase().replace(/[’']/g, "'");
  return fold(a) === fold(b);
}

/** A fuller form of the same person in the opening paragraph: all of the short name's words appear. */
function completeFrom(p: Participant, mentions: Participant[]): Participant {
  const words = p.name.toLowerCase().split(/\s+/);
  const fuller = mentions.find((m) => {
    const mWords = m.name.toLowerCase().split(/\s+/);
    return words.every((w) => mWords.includes(w));
  });
  if (!fuller) return p;
  const out: Participant = {
    name: fuller.name.split(/\s+/).length >= p.name.split(/\s+/).length ? fuller.name : p.name,
  };
  const title =
    fuller.title && fuller.title !== 'counterpart' && (!p.title || fuller.title.length > p.title.length)
      ? fuller.title
      : p.title;
  if (title) out.title = title;
  const country = p.country ?? fuller.country;
  if (country) out.country = country;
  return out;
}

function dedupe(people: Participant[]): Participant[] {
  const out: Participant[] = [];
  for (const p of people) {
    const same = out.find(
      (o) => sameName(o.name, p.name) || o.name.toLowerCase().split(/\s+/).includes(p.name.toLowerCase()),
    );
    if (!same) out.push(p);
  }
  return out;
}

/**
 * Participants of a readout from its title and opening paragraph. `homeCountry` (the ministry's)
 * goes to the one participant left without a country when nobody else has it: a ministry's
 * readout is about its own side meeting others.
 */
export function findParticipants(
  title: string,
  lead: string,
  language: string,
  homeCountry?: string,
): Participant[] {
  let people: Participant[];
  if (language === 'zh') {
    people = chineseTitleParticipants(title).map((p) => {
      const leadTitle = zhTitleBefore(p.name, lead);
      return leadTitle && (!p.title || leadTitle.length > p.title.length) ? { ...p, title: leadTitle } : p;
    });
  } else if (language === 'fr' || language === 'de') {
    people = frenchOrGermanPeople(lead, language);
  } else if (language === 'ko' || language === 'ja') {
    people = cjkPeopleInText(title, language);
    if (people.length < 2) people = cjkPeopleInText(lead, language);
  } else {
    const mentions = peopleInText(lead);
    const fromTitle = englishTitleParticipants(title);
    people = fromTitle.length ? fromTitle.map((p) => completeFrom(p, mentions)) : mentions;
  }
  // "her Chinese counterpart Wang Yi": the counterpart holds the first person's office. Not for
  // "homologue": French titles name the ministry ("ministre de l'Europe…"), not the office.
  people = people.map((p, i) =>
    p.title === 'counterpart' && i > 0 && people[0]!.title ? { ...p, title: people[0]!.title } : p,
  );
  people = dedupe(people);
  if (homeCountry && !people.some((p) => p.country === homeCountry)) {
    const bare = people.find((p) => !p.country);
    if (bare) bare.country = homeCountry;
  }
  return people;
}
