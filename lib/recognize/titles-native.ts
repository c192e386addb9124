/**
 * Officials named with their office in Japanese, Korean and Russian text:
 * - Japanese writes surname (or a foreigner's katakana name) + [country abbreviation] + office:
 *   岸田外務大臣, ビショップ豪外相, 安倍総理, ブリンケン米国務長官;
 * - Korean writes office + name or name + [country] + office: 외교부 장관 조태열, 조태열 장관,
 *   왕이 중국 외교부장;
 * - Russian writes office + [country in the genitive] + name: Министр иностранных дел России
 *   Сергей Лавров, глава МИД Китая Ван И.
 * The recognizer resolves a Japanese surname + office to the KB person who held that office.
 */
import { countryOf, leadingCountry, trailingCountry } from '../ministries/countries';
import { kindOfNativeOffice, type OfficeKind } from './offices';
import type { TitledName } from './titles';

export interface NativeTitledName extends TitledName {
  /** Japanese surname + office: the kind of office, for resolving the surname to a KB person. */
  officeKind?: OfficeKind;
  /** Whether the name is a surname or a katakana name only, not a full name. */
  partial?: boolean;
  /** Taken only if it is a KB person: read past a state's name, where a wrong cut is likely. */
  kbOnly?: boolean;
  /** A post named by its unit ("북미국장"): an official on the page, not someone who met. */
  unitPost?: boolean;
  /** "ヴェスターヴェレ前外相", "ゲンシャー元外相": a former holder of the office, not the one on the date. */
  former?: boolean;
}

// ---- Japanese ---------------------------------------------------------------------------------

// Other cabinet ministers too ("萩生田経済産業大臣", "岸防衛大臣"): named by surname + office beside
// the foreign minister.
// A minister named by "大臣" alone ("高村大臣", the page's own minister) and a special adviser (補佐官).
const JA_OFFICES =
  '経済産業大臣|経産大臣|財務大臣|防衛大臣|法務大臣|総務大臣|文部科学大臣|厚生労働大臣|農林水産大臣|国土交通大臣|環境大臣|復興大臣|経済再生担当大臣|デジタル大臣|外務報道官|報道官|外務大臣政務官|外務副大臣|外務大臣|外務次官|外相|内閣総理大臣|総理大臣|総理|首相|副首相|副大統領|大統領|国務副長官|国務長官|外交部長|外務長官|外交長官|国務委員|国防長官|国防相|官房長官|事務総長|国家主席|大使|副大臣|大臣政務官|大臣|首相補佐官|総理補佐官|大統領補佐官|補佐官';
/** One-character country abbreviations Japanese uses before an office: 豪外相, 米国務長官. */
const JA_ABBREVIATIONS: Record<string, string> = {
  日: 'JP',
  米: 'US',
  中: 'CN',
  韓: 'KR',
  朝: 'KP',
  露: 'RU',
  英: 'GB',
  仏: 'FR',
  独: 'DE',
  豪: 'AU',
  印: 'IN',
  加: 'CA',
  伊: 'IT',
  比: 'PH',
  蘭: 'NL',
  墨: 'MX',
  伯: 'BR',
  越: 'VN',
  泰: 'TH',
  星: 'SG',
  西: 'ES',
  葡: 'PT',
  波: 'PL',
  土: 'TR',
  尼: 'ID',
};
const JA_ABBREVIATION = `[${Object.keys(JA_ABBREVIATIONS).join('')}]`;
const KATAKANA_NAME = '[\\u30a1-\\u30fa\\u30fc][\\u30a1-\\u30fa\\u30fc・]{1,24}';
const KANJI_NAME = '[\\u4e00-\\u9fff々]{1,4}';
/**
 * A Chinese name whose rare last character Japanese writes in katakana: 楊潔チ (楊潔篪), 唐家セン
 * (唐家璇). Read only as a KB person's name.
 */
const KANJI_KANA_NAME = '[\\u4e00-\\u9fff]{1,3}[\\u30a1-\\u30fa]{1,3}(?=[\\u4e00-\\u9fff])';
/** A secretary of any department right after a katakana name: チャオ運輸長官, ロス商務長官. */
const JA_SECRETARY = '(?<=[\\u30a1-\\u30fa\\u30fc])[\\u4e00-\\u9fff]{1,3}長官';
/** A member of a legislature after a katakana name (メネンデス米国上院議員): never after kanji, where a party or body stands. */
const JA_LEGISLATOR = '(?<=[\\u30a1-\\u30fa\\u30fc](?:[\\u4e00-\\u9fff]国?)?)(?:上院議員|下院議員)';
const JA_NAME_OFFICE_RE = new RegExp(
  `(?<![\\u4e00-\\u9fff々\\u30a1-\\u30fa\\u30fc・=＝])(${KANJI_KANA_NAME}|${KATAKANA_NAME}|${KANJI_NAME})([前元])?(${JA_ABBREVIATION}(?:国)?)?([前元])?(${JA_OFFICES}|${JA_SECRETARY}|${JA_LEGISLATOR})(?!会談|会議|会合|級|間|協議|対話|レベル|経験者)`,
  'gu',
);
/**
 * Kanji before an office that are not a surname: 両外相, 日中外相, 同大臣, 前総理, 各国外務大臣, and
 * "外務" of "外務大臣会合" or a residence (官邸).
 */
export const NOT_SURNAME = new RegExp(
  `^(?:${JA_ABBREVIATION}|[両同各前元現新次歴代副本我外全諸初])+$|[国間連程係等側者省府庁会局部課級表官関務邸閣職該管性任人員]$`,
  'u',
);

/** Office + (の or を務める) + a katakana name with a middle dot + 氏. */
const JA_TITLE_DOTTED_NAME_RE =
  /(特使|大使|長官|大臣|大統領|副大統領|首相|外相|報道官|補佐官|代表)(?:の|を務める|である)?([\u30a1-\u30fa\u30fc]{2,}(?:・[\u30a1-\u30fa\u30fc]{2,}){1,3})氏/gu;

/** Offices longest first, to give back what a greedy name took of an office ("岸防衛" + "大臣"). */
const JA_OFFICE_LIST = JA_OFFICES.split('|').sort((a, b) => b.length - a.length);
/**
 * A portfolio or a ministry's short name before "大臣" or "補佐官" (厚労大臣, 沖縄担当大臣,
 * 安全保障担当補佐官): what the minister is for, not who.
 */
const JA_PORTFOLIO =
  /(?:担当|特命|厚労|文科|農水|国交|経産|経済|産業|財政|金融|環境|復興|防災|規制|改革|沖縄|北方|拉致|少子化|厚生|労働|農林|水産|国土|交通|文部|科学|内閣|国務|総理|首相|大統領|国家|安全|保障|広報|政策|外交|大臣|長官|首席|主席|特別|筆頭|上級|次席|代理)$/u;

function japanese(text: string): NativeTitledName[] {
  const found: NativeTitledName[] = [];
  for (const m of text.matchAll(JA_NAME_OFFICE_RE)) {
    let name = m[1]!;
    const abbreviation = m[3];
    let office = m[5]!;
    let former = !!(m[2] || m[4]);
    // "岸防衛大臣", "デジタル大臣": a greedy name took the start of a longer office ("防衛" of 防衛大臣).
    if (!abbreviation && !m[2] && !m[4]) {
      const whole = name + office;
      const longer = JA_OFFICE_LIST.find((o) => o.length > office.length && whole.endsWith(o));
      if (longer) {
        name = whole.slice(0, whole.length - longer.length);
        office = longer;
      }
    }
    const mixed = /[\u4e00-\u9fff][\u30a1-\u30fa]+$/.test(name);
    // "高村大臣", "世耕補佐官": a bare 大臣 or 補佐官 after a portfolio names no one.
    if (/^(?:副?大臣|.*補佐官)$/.test(office) && JA_PORTFOLIO.test(name)) continue;
    // "横井外務報道官": 外務 belongs to the office.
    if (/^[\u4e00-\u9fff々]{2,}外務$/.test(name) && !abbreviation) name = name.slice(0, -2);
    // "安倍元首相": a kanji run takes the 元 or 前 that belongs to the office.
    if (!former && /^[\u4e00-\u9fff々]{2,}[前元]$/.test(name) && !abbreviation) {
      name = name.slice(0, -1);
      former = true;
    }
    // "エンリケ・マナロ・フィリピン外務大臣": a country glued between the name and the office.
    let country = abbreviation ? JA_ABBREVIATIONS[abbreviation.charAt(0)] : undefined;
    const glued = country ? undefined : trailingCountry(name);
    if (glued) {
      name = glued.rest;
      country = glued.code;
    }
    const katakana = /^[\u30a1-\u30fa\u30fc・]+$/.test(name);
    if (!name || (!mixed && NOT_SURNAME.test(name)) || countryOf(name) || leadingCountry(name)) continue;
    if (katakana && name.length < 2) continue;
    // A kanji name with no country abbreviation is Japanese on a Japanese page (林外務大臣).
    if (!country && !katakana && /大臣|総理|首相|外相|官房長官/.test(office)) country = 'JP';
    const start = m.index;
    const officeKind = kindOfNativeOffice(office);
    found.push({
      start,
      end: start + name.length,
      name,
      title: office,
      ...(country ? { country } : {}),
      ...(officeKind ? { officeKind } : {}),
      ...(former ? { former } : {}),
      ...(mixed ? { kbOnly: true } : { partial: true }),
    });
  }
  // "担当特使を務めるキース・ケロッグ氏": an office, then a katakana name of two or more parts and 氏.
  for (const m of text.matchAll(JA_TITLE_DOTTED_NAME_RE)) {
    const start = m.index + m[0].length - m[2]!.length - 1;
    found.push({ start, end: start + m[2]!.length, name: m[2]!, title: m[1]! });
  }
  return found;
}

// ---- Korean -----------------------------------------------------------------------------------

const KO_OFFICES =
  '대통령 당선인|대통령 당선자|당선인|당선자|국무위원 겸 외교부장|외교부 상무부부장|외교부 부부장|상무부부장|부부장|외교부 장관|외교부장관|외교장관|외교부 차관|외교부 제1차관|외교부 제2차관|제1차관|제2차관|외교부장|국무장관|국무부 장관|외무장관|외무대신|외무상|외상|국무총리|총리|부총리|대통령|부통령|국가주석|주석|국무위원|국가안보실장|안보실장|국가안보보좌관|사무총장|대사|장관|차관|1차관|2차관';
// A second particle may follow the first: "장관과도", "차관에게는".
// "외무상까지" (up to), "장관부터" (from), "대사만" (only), "장관처럼" (like), "장관보다" (than) too.
const KO_PARTICLES =
  '(?:(?:에게서|까지|부터|조차|마저|처럼|보다|한테|이나|께서|에게|과의|와의|으로|은|는|이|가|과|와|의|을|를|도|에|로)(?:도|는|은|의)?)';
/** After an office word, also the one-syllable "께", "나", "만", which may end a name ("김영만"). */
const KO_OFFICE_PARTICLES = `(?:${KO_PARTICLES}|(?:께|나|만)(?:도|는|은|의)?)`;
const KO_NAME = '[가-힣]{2,9}';
/** Office + name: "외교부 장관 조태열은". */
const KO_OFFICE_NAME_RE = new RegExp(
  `(?<![가-힣])(${KO_OFFICES}) (${KO_NAME}?)(?=(${KO_PARTICLES})?(?![가-힣]))`,
  'gu',
);
// Heads of institutes and committees too ("국립외교원장", "외교안보연구소장", "위원장"), the chief of
// protocol (의전장) and coordinators (다자외교조정관).
const KO_POSTS =
  '국장|본부장|단장|보좌관|차관보|대변인|비서실장|실장|대사|장관|차관|외무대신|위원장|원장|소장|의전장|조정관|상원의원|하원의원';
/** What may follow an office word: "님" (honorific), a particle, or the copula of a list ("1차관입니다"). */
const KO_AFTER_OFFICE = `님?(?:${KO_OFFICE_PARTICLES}|입니다|이며|이고|이다|이었다)?(?![가-힣])`;
const KO_NOT_MEETING = '(?! ?(?:회담|회의|회동|통화|간담회|면담))';
/** A listed office after a name ("외교부 장관", "외무상"), with a particle or not. */
const KO_LISTED_OFFICE_RE = new RegExp(
  `(?<![가-힣])(?:${KO_OFFICES})(?=${KO_AFTER_OFFICE})${KO_NOT_MEETING}`,
  'gu',
);
/**
 * A post named by its unit ("북미국장", "한반도평화교섭본부장", "주한미국대사", "동아태차관보",
 * "대변인"), found by its ending: a leading character class would be tried at every syllable.
 */
const KO_POST_END_RE = new RegExp(`(?:${KO_POSTS})(?=${KO_AFTER_OFFICE})${KO_NOT_MEETING}`, 'gu');
const KO_LISTED_WORD_RE = new RegExp(`^(?:${KO_OFFICES})$`);

/** Offices after names, as [start, office, listed], left to right. */
function koreanOfficeWords(text: string): [number, string, boolean][] {
  const found: [number, string, boolean][] = [];
  for (const m of text.matchAll(KO_LISTED_OFFICE_RE)) found.push([m.index, m[0], true]);
  for (const m of text.matchAll(KO_POST_END_RE)) {
    let start = m.index;
    while (start > 0 && m.index - start < 10 && /[가-힣]/.test(text.charAt(start - 1))) start--;
    if (/[가-힣]/.test(text.charAt(start - 1))) continue;
    const word = text.slice(start, m.index + m[0].length);
    if (!KO_LISTED_WORD_RE.test(word)) found.push([start, word, false]);
  }
  return found.sort((a, b) => a[0] - b[0]);
}
/** Words that may stand between a name and its office: "신임 일본 외무대신", "미 국무부 장관". */
const KO_BETWEEN =
  /^(?:신임|전|현|前|연방|왕국|주한|외교부|국무부|외무성|외무부|국방부|미|중|일|러|영|독|불|호|인)$/;
/** Words before an office that are not names. */
const KO_NOT_NAMES =
  /^(?:양국|양측|각국|양|전|현|신임|차기|당시|역대|주한|주미|주중|주일|북한|우리|정부|외교|외교부|국무부|국방부|통일부|외무성|외교부의|정부의|이번|금번|금일|금년|금월|금주|익일|상기|귀측|이날|오늘|당국|회담|회의|그|이|해당|대한민국|이어|또|또한|한편|특히|그리고|아울러|앞서|이에|이에따라|이어서|다만|그러나|하지만|따라서|먼저|이로써|당선자|당선인|이후|지난|오는|및|등|각|최근|어제|내일|현지시간|우리측|미국측|중국측|일본측|상대측|아세안|유엔|나토|오전|오후|지난달|이달|다음달|올해|작년|내년|당일|전날|다음날|이번주|지난주|직후|직전|이전|사이|간|측|일행|부부|내외|부인|명의|대행|후보|지명자|재임|시절|취임|임기|자격|초청|주최|주재|방문|방한|일정|발언|회견|성명|담화|앞|뒤|옆|계기|날|때|후)$/;
/** "한중일", "한미": a run of one-syllable country names is a group of states, not a person. */
const KO_COUNTRY_RUN = /^[한미중일러북남영독불호인]{2,4}$/;
/**
 * A word that ends in a case particle ("한국의", "외교부는") is not part of a name. Not "와":
 * Japanese names end in it (오가와); "러시아와" is caught as a country with its particle.
 */
const KO_ENDS_IN_PARTICLE = /(?:의|은|는|을|를|과|에서|에게|으로|께서)$/;
/** Common Korean family names: a two- or three-syllable word starting with one reads as a Korean name. */
const KO_FAMILY_NAMES = new Set(
  '김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 유 전 홍 고 문 양 손 배 백 허 남 심 노 하 곽 성 차 주 우 구 민 진 나 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 소 석 선 설 마 길 연 위 표 명 기 반 왕 금 옥 육 인 맹 제 모 탁 국 어 은 편 용 예 경 봉 사 부'.split(
    ' ',
  ),
);
const koreanLooking = (word: string) => word.length <= 3 && KO_FAMILY_NAMES.has(word.charAt(0));

/** "방한한", "방문 중인": a verb's adnominal form, which ends a phrase before a name. */
const KO_ADNOMINAL = /(?:한|된|던|할|될|난|간|온|인|는|은|을)$/;
/** An office word with or without its particle ("주한미국대사와"): never part of a name. */
const KO_OFFICE_WORD_ONLY_RE = new RegExp(
  `^(?:${KO_OFFICES}|[가-힣]*(?:${KO_POSTS}))${KO_OFFICE_PARTICLES}?$`,
);
const koOfficeWord = (word: string) => KO_OFFICE_WORD_ONLY_RE.test(word);
/** Whether the word before a name (none: punctuation, a number or the start) ends a phrase. */
const startsPhrase = (word: string | undefined) =>
  word === undefined ||
  KO_ENDS_IN_PARTICLE.test(word) ||
  /[와이가도에로]$/.test(word) ||
  KO_ADNOMINAL.test(word) ||
  KO_NOT_NAMES.test(word) ||
  koOfficeWord(word);

/**
 * A verb's connective or final ending ("하고", "있는데", "밝히면서", "했다", "라며"): a clause ends
 * there, so the word is no name and no part of one ("회담을 하고 영국 외교부 장관").
 */
const KO_VERB_ENDING =
  /(?:[하되있없했됐알않])고$|(?:는|은|인|한|했|있|없)데$|면서$|지만$|니까$|(?:라|다)며$|(?:라|다)고$|니다$|(?:했|한|됐|된|였|있|없)다$|(?:하|되)(?:며|여|면)$|해서$/;

/**
 * A bound or time noun with the locative "에" ("방문 중에", "회담 후에", "그 사이에"): when, not who.
 * A name may end in 에 ("사나에"), so only these nouns are read so.
 */
const KO_WHEN_NOUN =
  /^(?:중|때|후|전|앞|뒤|사이|동안|기간|당시|이후|이전|직후|직전|가운데|도중|과정|계기|자리|끝|무렵|즈음)(?:에|에는|에도|엔)$/;
/** A noun with the locative "에" ("설명회에", "회의에서"): the noun must read as a name too. */
const KO_LOCATIVE = /(?:에|에는|에도|에서|에서는|에서도)$/;
const KO_NOUN_ENDING = /(?:부|처|청|원|실|국|회|측|단|관|당)$/;
const KO_EVENT_NOUN =
  /(?:대화|회담|회의|회동|협의|통화|면담|만찬|오찬|조찬|회견|브리핑|포럼|행사|전략|설명회|세미나)$/;

const koNameWord = (word: string): boolean =>
  !KO_NOT_NAMES.test(word) &&
  !KO_WHEN_NOUN.test(word) &&
  // "설명회에": a noun of a body or an event before the locative is no name either.
  !(
    KO_LOCATIVE.test(word) &&
    ((stem) => KO_NOUN_ENDING.test(stem) || KO_EVENT_NOUN.test(stem))(word.replace(KO_LOCATIVE, ''))
  ) &&
  !KO_VERB_ENDING.test(word) &&
  !KO_COUNTRY_RUN.test(word) &&
  !KO_ENDS_IN_PARTICLE.test(word) &&
  !countryOf(word) &&
  !(word.endsWith('와') && countryOf(word.slice(0, -1))) &&
  !KO_NOUN_ENDING.test(word) &&
  // "외교장관 전략대화를": a meeting after an office, not a person.
  !KO_EVENT_NOUN.test(word);

/** A Latin, kanji or kana form in brackets glued to a Hangul word: "(Maria Laura da Rocha)", "(上川 陽子)". */
const KO_GLOSS_RE =
  /(?<=[가-힣])\([\p{Script=Latin}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}.'’ -]{2,40}\)$/u;

/** The Hangul words before `end`, nearest first, while each is joined to the next by one space. */
function hangulWordsBefore(text: string, end: number, max: number): { word: string; start: number }[] {
  const words: { word: string; start: number }[] = [];
  let at = end;
  while (words.length < max) {
    // "「제인(Jane)」장관": a name in corner brackets may be glued to the office after it.
    const corner = words.length === 0 && /[」』]/.test(text.charAt(at - 1));
    if (!corner && text.charAt(at - 1) !== ' ') break;
    // "바트체첵(Battsetseg Batmunkh) 몽골 외교장관": the name's Latin or kanji form in brackets,
    // glued to its last word, is read past, and a closing quote after it ("(Jane Doe)’ 장관").
    const quote = !corner && /[’'”"」』]/.test(text.charAt(at - 2)) && text.charAt(at - 3) === ')' ? 1 : 0;
    const gloss =
      text.charAt(at - 2 - quote) === ')'
        ? KO_GLOSS_RE.exec(text.slice(Math.max(0, at - 50 - quote), at - 1 - quote))
        : null;
    const wordEnd = gloss ? at - 1 - quote - gloss[0].length : at - 1;
    // "마르티네스-아차": a foreign family name of two parts joined by a hyphen is one word; "한-영" (two states) is not.
    const m = /(?:[가-힣]{2,}[-‐][가-힣]{2,}|[가-힣]+)$/.exec(text.slice(Math.max(0, wordEnd - 20), wordEnd));
    if (!m) break;
    const start = wordEnd - m[0].length;
    // "11일" is a date, not a word.
    if (/[\p{L}\p{N}]/u.test(text.charAt(start - 1))) break;
    words.push({ word: m[0], start });
    at = start;
  }
  return words;
}

/**
 * Name + [between words] + office, read back from the office: "조태열 장관", "왕이 중국 외교부장",
 * "이와야 다케시 일본 외무상", "모테기 도시미쓰 신임 일본 외무대신", "김준표 북미국장". A foreign
 * name written in Hangul has several words; a Korean one (family name + one or two syllables) has
 * one, and only a Korean-looking name may hold a post named by its unit.
 */
function koreanNameBeforeOffice(text: string, officeAt: number, office: string, listed: boolean) {
  const before = hangulWordsBefore(text, officeAt, 9);
  let i = 0;
  let country: string | undefined;
  // "왕이 중국 공산당 중앙정치국 위원 겸 외교부장": an office chain joined by "겸" is read back to
  // the country before it.
  if (before[0]?.word === '겸') {
    const k = before.findIndex((w, n) => n > 1 && n < 6 && countryOf(w.word));
    if (k < 0) return undefined;
    i = k;
  }
  for (let n = 0; i < before.length && n < 3; i++, n++) {
    const word = before[i]!.word;
    const code = countryOf(word);
    if (code) country ??= code;
    else if (!KO_BETWEEN.test(word)) break;
    if (word === '미') country ??= 'US';
  }
  const last = before[i];
  // One syllable ("웡" of "페니 웡") only as the last word of a foreign name of several words.
  if (!last || !koNameWord(last.word)) return undefined;
  // "주한 아세안 대사": after "posted to" comes whose envoys they are, not a name.
  if (/^주[한미중일러]$/.test(before[i + 1]?.word ?? '')) return undefined;
  // "조태열 한국 외교부 장관" reads; "회의 계기 외교장관": only those words may stand between.
  // A foreign name's other words: the longest run that starts a phrase ("장관과 토니 블링컨",
  // "11일 이와야 다케시"), so that "내각 개편 직후 모테기" keeps only the name.
  let words = [last];
  for (let j = i + 1; j < before.length && j < i + 4; j++) {
    const word = before[j]!.word;
    if (!koNameWord(word) || KO_BETWEEN.test(word) || KO_ADNOMINAL.test(word) || koOfficeWord(word)) break;
    if (startsPhrase(before[j + 1]?.word)) words = before.slice(i, j + 1).reverse();
  }
  // A foreign family name alone before a post named by its unit ("방문 중에 후나코시 국장"): three
  // syllables or more, with a particle or a time noun closing the phrase before it.
  const foreignSurname =
    last.word.length >= 3 &&
    !/[-‐]/.test(last.word) &&
    // "말씀하신", "방문한": a verb's adnominal form (the honorific 신 too) before the post.
    !KO_ADNOMINAL.test(last.word) &&
    !/(?:신|시던|셨던)$/.test(last.word) &&
    // "청와대", "외무성": a body's or a place's name, never a foreign family name.
    !/(?:성|대|궁|청|처|소|원|부|관|국|실|측|팀|과|위|회|섬|군)$/.test(last.word) &&
    (KO_WHEN_NOUN.test(before[i + 1]?.word ?? '') ||
      KO_ENDS_IN_PARTICLE.test(before[i + 1]?.word ?? '') ||
      /[가도에]$/.test(before[i + 1]?.word ?? ''));
  if (!listed && !koreanLooking(last.word) && words.length < 2 && !foreignSurname) return undefined;
  // "대해 언급한 러시아 외무부 대변인": a verb's adnominal form ends the phrase, it is no name.
  if (/(?:한|된|던|할|될)$/.test(last.word) && !koreanLooking(last.word)) return undefined;
  // "조 장관": a Korean family name alone is a short mention; "따르면 조 장관": no name before it.
  if (
    last.word.length < 2 &&
    (words.length < 2 || KO_FAMILY_NAMES.has(last.word) || words.some((w) => /[면고며서다]$/.test(w.word)))
  )
    return undefined;
  const start = words[0]!.start;
  const end = last.start + last.word.length;
  return {
    start,
    end,
    name: text.slice(start, end),
    title: office,
    ...(country ? { country } : {}),
    ...(listed ? {} : { unitPost: true }),
  };
}

function korean(text: string): NativeTitledName[] {
  const found: NativeTitledName[] = [];
  for (const m of text.matchAll(KO_OFFICE_NAME_RE)) {
    const name = m[2]!;
    // Two syllables ("박진") are a name only with a particle after them; "대사 모임" is a gathering.
    if (!name || !koNameWord(name) || (name.length === 2 && !m[3])) continue;
    const start = m.index + m[1]!.length + 1;
    found.push({ start, end: start + name.length, name, title: m[1]! });
  }
  for (const [at, office, listed] of koreanOfficeWords(text)) {
    const person = koreanNameBeforeOffice(text, at, office, listed);
    if (person) found.push(person);
  }
  return found;
}

/** Korean office + name and name + office, as participants of a Korean readout. */
export function koreanTitledNames(text: string): NativeTitledName[] {
  return korean(text).sort((a, b) => a.start - b.start);
}

// ---- Russian ----------------------------------------------------------------------------------

const RU_TITLE =
  '(?:[Кк]оллег(?:а|и|е|у|ой|ами)(?:\\s+из)?|[Мм]инистры\\s+иностранных\\s+дел|[Гг]лав(?:а|ы|е|ой)(?=\\s+(?:Госдеп|Государственного\\s+департамента|Пентагона|Минобороны|Еврокомиссии|Евросоюза|Белого\\s+дома|Кремля))|[Оо]фициальн(?:ый|ого|ому|ым)\\s+представител(?:ь|я|ю|ем)(?:\\s+МИД)?|[Гг]лавами\\s+МИД|[Мм]инистрами\\s+иностранных\\s+дел|(?:[Пп]ерв(?:ый|ого|ому|ым)\\s+)?(?:[Зз]аместител(?:ь|я|ю|ем)\\s+|[Вв]ице-)?(?:(?:[Сс]пециальн(?:ый|ого|ому|ым)\\s+)?(?:[Пп]омощник|[Сс]оветник)(?:а|у|ом)?\\s+[Пп]резидента|[Мм]инистр(?:а|у|ом)?\\s+иностранных\\s+дел|[Гг]лав(?:а|ы|е|ой)\\s+МИД(?:а)?|[Мм]инистр(?:а|у|ом)?|[Пп]резидент(?:а|у|ом)?|[Пп]ремьер-министр(?:а|у|ом)?|[Гг]осударственн(?:ый|ого|ому|ым)\\s+секретар(?:ь|я|ю|ем)|[Гг]оссекретар(?:ь|я|ю|ем)|[Гг]енеральн(?:ый|ого|ому|ым)\\s+секретар(?:ь|я|ю|ем)|[Гг]енсек(?:а|у|ом)?|[Пп]редседател(?:ь|я|ю|ем)\\s+(?:КНР|Госсовета\\s+КНР|правительства)|[Кк]анцлер(?:а|у|ом)?|[Пп]осл(?:а|у|ом)?|[Пп]осол|[Кк]ороль|[Кк]оролев(?:а|ы)))';
const RU_NAME_WORD = '\\p{Lu}\\p{Ll}+(?:-\\p{Lu}?\\p{Ll}+)?';
const RU_TITLE_RE = new RegExp(`(?<![\\p{L}])(${RU_TITLE})\\s+`, 'gu');
/** First word, then one or two more; a Chinese given name may be one letter ("Ван И"). */
/**
 * "С.В.Лавров", "М.В.Захаровой", "М.Аль Нахайяном": the Russian MID writes initials glued to the
 * family name (an Arabic one with its "Аль", "Бен" or "Ибн" particle).
 */
const RU_INITIALS_NAME = `(?:\\p{Lu}\\.\\s?){1,2}(?:(?:Аль|Бен|Ибн|Эль)\\s+)?${RU_NAME_WORD}`;
const RU_NAME_RE = new RegExp(
  `^(${RU_INITIALS_NAME}|${RU_NAME_WORD}(?:\\s+(?:${RU_NAME_WORD}|\\p{Lu}(?![\\p{L}]))){1,2})(?![\\p{L}])`,
  'u',
);

/**
 * "официальный представитель Госдепартамента Нед Прайс", "глава Госдепа США": a body in the
 * genitive between the office and the name says whose office it is; it is never part of the name.
 */
const RU_BODY_GENITIVE =
  /^(?:Госдепартамента|Государственного\s+департамента|Госдепа|Пентагона|Кремля|Белого\s+дома|Еврокомиссии|Европейской\s+комиссии|Евросоюза|Европейского\s+союза|Минобороны|Минфина|Генштаба|Совбеза|Совета\s+[Бб]езопасности|Министерства\s+иностранных\s+дел|МИДа|внешнеполитического\s+ведомства|ведомства|[Пп]равительства|[Аа]дминистрации)\s+/u;

/** "Турецкой Республики", "Объединённых Арабских Эмиратов": capitalised words ending in a state noun. */
const RU_STATE_GENITIVE =
  /^(?:\p{Lu}\p{Ll}+\s+){0,3}(?:Республики|Федерации|Королевства|Штатов|Эмиратов|Союза|Государства|Султаната|Княжества)\s+/u;

/** "Совета Европы", "Организации Объединенных Наций", "Лиги арабских государств": a body in the genitive. */
const RU_ORGANISATION_GENITIVE =
  /^(?:Совета|Организации|Комитета|Комиссии|Лиги|Агентства|Банка|Фонда|Секретариата|Парламента|Ассамблеи)(?:\s+\p{Ll}+){0,2}\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+(?=\s+\p{Lu}\p{Ll}+\s+\p{Lu}))?\s+/u;

function russian(text: string): NativeTitledName[] {
  const found: NativeTitledName[] = [];
  for (const m of text.matchAll(RU_TITLE_RE)) {
    let at = m.index + m[0].length;
    let rest = text.slice(at, at + 120);
    // "Министром иностранных дел страны ОАЭ": "of the country" before its name.
    const land = /^страны\s+/u.exec(rest);
    if (land && leadingCountry(rest.slice(land[0].length))) {
      at += land[0].length;
      rest = rest.slice(land[0].length);
    }
    const bodyWord = RU_BODY_GENITIVE.exec(rest);
    if (bodyWord) {
      at += bodyWord[0].length;
      rest = rest.slice(bodyWord[0].length);
    }
    const country = leadingCountry(rest);
    let twoCountries = false;
    if (country) {
      const after = /^\s+/.exec(rest.slice(country.length));
      if (!after) continue;
      at += country.length + after[0].length;
      rest = text.slice(at, at + 100);
      // "главами МИД Ливана и Индонезии": a second country for a plural title.
      const second = /^и\s+/.exec(rest);
      const other = second ? leadingCountry(rest.slice(second[0].length)) : undefined;
      const gap = other ? /^\s+/.exec(rest.slice(second![0].length + other.length)) : null;
      if (other && gap) {
        twoCountries = true;
        at += second![0].length + other.length + gap[0].length;
        rest = text.slice(at, at + 100);
      }
    }
    // "президентом МККК Мирьяной Сполярич": whose office an organisation's acronym says.
    const acronym = country ? null : /^\p{Lu}{2,6}\s+(?=\p{Lu}\p{Ll})/u.exec(rest);
    if (acronym) {
      at += acronym[0].length;
      rest = rest.slice(acronym[0].length);
    }
    // "Турецкой Республики Хаканом Фиданом": a state's long name in the genitive, no country form.
    let state = country ? null : RU_STATE_GENITIVE.exec(rest);
    let stateCountry: ReturnType<typeof leadingCountry>;
    if (state) {
      at += state[0].length;
      rest = rest.slice(state[0].length);
      // "Федеративной Республики Бразилии": the state's form, then the country it names.
      stateCountry = leadingCountry(rest);
      const gap = stateCountry ? /^\s+/.exec(rest.slice(stateCountry.length)) : null;
      if (stateCountry && gap) {
        at += stateCountry.length + gap[0].length;
        rest = rest.slice(stateCountry.length + gap[0].length);
        state = null;
      } else stateCountry = undefined;
      // "Республики Южная Осетия Д.Н.Медоевым": a state's own name in the nominative, read past
      // only before a name in initials, which cannot be taken for more of the state's name.
      const own = stateCountry
        ? null
        : /^(?:\p{Lu}\p{Ll}+\s+){1,2}(?=(?:\p{Lu}\.\s?){1,2}\p{Lu}\p{Ll})/u.exec(rest);
      if (own) {
        at += own[0].length;
        rest = rest.slice(own[0].length);
        // The cut is sure: the name need not be a KB person's.
        state = null;
      }
    }
    // "генсеком Совета Европы Турбьерном Ягландом": whose office an organisation in the genitive says.
    const body = country || acronym || state ? null : RU_ORGANISATION_GENITIVE.exec(rest);
    if (body) {
      at += body[0].length;
      rest = rest.slice(body[0].length);
    }
    // "помощником Президента … по международным вопросам С.Аморимом": the portfolio of the office.
    const portfolio = /^по\s+(?:\p{Ll}+\s+){1,3}?(?:вопросам|делам)\s+/u.exec(rest);
    if (portfolio) {
      at += portfolio[0].length;
      rest = rest.slice(portfolio[0].length);
    }
    // "Посол КНР в России Чжан Ханьхуэй": "in Russia" names where, not whose.
    const where = /^в\s+\p{Lu}\p{Ll}+\s+/u.exec(rest);
    if (where) {
      at += where[0].length;
      rest = rest.slice(where[0].length);
    }
    // "Министра иностранных дел Южной Осетии Д.Н.Медоевым": capitalised words the patterns do not
    // know as a country (a region, a body), then a name in initials: the name is the initialled one.
    const beforeInitials = /^(?:\p{Lu}\p{Ll}+\s+){1,2}(?=(?:\p{Lu}\.\s?){1,2}\p{Lu}\p{Ll})/u.exec(rest);
    if (beforeInitials) {
      at += beforeInitials[0].length;
      rest = rest.slice(beforeInitials[0].length);
    }
    const name = RU_NAME_RE.exec(rest);
    // "Турецкой Республики Хаканом": an adjective or a noun in the genitive is not a first name.
    if (
      !name ||
      countryOf(name[1]!) ||
      leadingCountry(name[1]!) ||
      /^\S+(?:ской|цкой|ого|ых|ских|ики|ии)\s/u.test(name[1]!)
    )
      continue;
    const title = m[1]!.replace(/\s+/g, ' ');
    const person = (start: number, written: string): NativeTitledName => ({
      start,
      end: start + written.length,
      name: written,
      title,
      ...((country ?? stateCountry) ? { country: (country ?? stateCountry)!.code } : {}),
      ...(state ? { kbOnly: true } : {}),
    });
    found.push(person(at, name[1]!));
    // "с главами МИД … Абдаллой Бу Хабибом и Ретно Марсуди": a plural title names two people;
    // "Министры иностранных дел Узбекистана и Азербайджана NAME и NAME": a plural, or two countries.
    if (/ами\b|ами\s|^[Мм]инистры\s/.test(title) || twoCountries) {
      const and = /^\s+и\s+/.exec(rest.slice(name[1]!.length));
      const next = and ? RU_NAME_RE.exec(rest.slice(name[1]!.length + and[0].length)) : null;
      if (and && next && !countryOf(next[1]!))
        found.push(person(at + name[1]!.length + and[0].length, next[1]!));
    }
  }
  return found;
}

/**
 * "российского лидера Владимира Путина": a Cyrillic first name + surname in any case with no title
 * the patterns know. Every pair of capitalised words is a candidate, taken only if it reads back to a
 * KB person's full name (the recognizer checks), so a pair like "Белого дома" never counts.
 */
/** A capitalised Cyrillic word (a hyphenated part too): the words a bare name is made of. */
const RU_CAPITALISED_WORD_RE = /[А-ЯЁ][а-яё]+(?:-[А-ЯЁ]?[а-яё]+)?/gu;

function russianBareNames(text: string, mayBeFamilyName: (word: string) => boolean): NativeTitledName[] {
  const found: NativeTitledName[] = [];
  // One pass over capitalised words; a word that may be a KB family name is read with the word
  // before it when only spaces part them and nothing else touches the pair.
  let prevStart = -1;
  let prevEnd = -1;
  for (const m of text.matchAll(RU_CAPITALISED_WORD_RE)) {
    const start = m.index;
    const end = start + m[0].length;
    const wordStart = !/[\p{L}\p{N}-]/u.test(text.charAt(start - 1));
    const wordEnd = !/[\p{L}\p{N}]/u.test(text.charAt(end));
    const joined = prevEnd >= 0 && /^[ \t\u00a0]+$/.test(text.slice(prevEnd, start));
    if (wordStart && wordEnd && joined && mayBeFamilyName(m[0])) {
      const written = text.slice(prevStart, end);
      found.push({ start: prevStart, end, name: written.replace(/\s+/g, ' '), title: '', kbOnly: true });
    }
    [prevStart, prevEnd] = wordStart && wordEnd ? [start, end] : [-1, -1];
  }
  return found;
}

// ---- Spanish ----------------------------------------------------------------------------------

/**
 * Spanish title heads, either gender, with their "vice-" and "sub-" forms and the words that may
 * follow the head inside the title ("Secretario General", "Primer Ministro", "Enviado Especial").
 */
const ES_HEAD =
  '(?:[Vv]ice|[Ss]ub)?(?:[Mm]inistr[oa]|[Cc]anciller|[Ss]ecretari[oa]|[Pp]resident[ea]|[Ee]mbajador(?:a)?|[Pp]ortavoz|[Dd]irector(?:a)?|[Cc]omisari[oa]|[Ee]nviad[oa]|[Cc]ónsul|[Rr]ey|[Rr]eina|[Jj]ef[ea]|[Rr]epresentante)|[Pp]rimer(?:a)?\\s+[Mm]inistr[oa]|[Aa]lt[oa]\\s+[Rr]epresentante';
const ES_HEAD_WORDS =
  '(?:\\s+(?:[Gg]eneral|[Ee]special|[Pp]ermanente|[Aa]djunt[oa]|[Ee]jecutiv[oa]|[Pp]rincipal))*';
/** A capitalised Spanish word: "José", "García-Margallo", "O'Higgins". */
const ES_WORD = "\\p{Lu}\\p{Ll}+(?:[-'’]\\p{Lu}\\p{Ll}+)*";
/** A name: two to five capitalised words, "de", "del", "de la", "y" between them. */
const ES_NAME = `${ES_WORD}(?:\\s+(?:(?:de|del|de\\s+la|de\\s+los|y)\\s+)?${ES_WORD}){1,4}`;
/** The rest of a title: "de Asuntos Exteriores de España", "General de la OEA (OEA)", "del Gobierno". */
const ES_COMPLEMENT = '(?:\\s+(?:de|del|para|y)\\s+[^,.;:\\n]{1,90}?)?';
/** A lowercase word after the title that says whose it is: "ruso", "mexicana", "estadounidense". */
const ES_ADJECTIVE = '\\s+\\p{Ll}{3,}(?:o|a|os|as|és|esa|ense|í|ní)';
/** Title + complement + ", " + name, or title + adjective + name: "el canciller ruso Serguéi Lavrov". */
const ES_TITLE_NAME_RE = new RegExp(
  `(?<![\\p{L}])(${ES_HEAD})(?![\\p{L}])(${ES_HEAD_WORDS}(?:${ES_COMPLEMENT}(?:\\s+\\([A-Z]{2,8}\\))?,|${ES_ADJECTIVE}(?:,)?))\\s+(${ES_NAME})(?=\\s*[,.;:()]|\\s+\\p{Ll}|\\s*$)`,
  'gu',
);
/**
 * Name + ", " + [article] title: "Alicia Bárcena, canciller de México,". Not after a word of place
 * ("en Rio de Janeiro, el ministro…"): a city set off by a comma is no person.
 */
const ES_NAME_TITLE_RE = new RegExp(
  `(?<=^|[^\\p{L}\\s]\\s*|[\\s(](?!(?:en|desde|hacia|hasta|a|al|de|del|para|sobre)\\s)\\p{Ll}+\\s+)(${ES_NAME}),\\s+(?:(?:el|la)\\s+)?(?:actual\\s+|entonces\\s+)?(${ES_HEAD})(?![\\p{L}])${ES_HEAD_WORDS}(?=\\s+(?:de|del|para)\\s|${ES_ADJECTIVE}(?![\\p{L}]))`,
  'gmu',
);
/** Words that make a capitalised run a body, a place or a sentence's start, not a person. */
const ES_NOT_NAME = new Set(
  'El La Los Las Lo En Con Por Para Según Tras Ante Desde Durante Este Esta Estos Del Al Un Una Y A De Sin Sobre Entre Organización Estados Unidos Naciones Unidas Ministerio Gobierno República Federativa Consejo Cumbre Unión Europea Asamblea Comisión Reino Secretaría Cancillería Embajada Asuntos Exteriores Relaciones Presidencia Palacio Casa Blanca Congreso Senado Cámara General Ministro Ministra Canciller Presidente Presidenta Secretario Secretaria Embajador Embajadora Rey Reina Grupo Foro Banco Fondo Tratado Acuerdo Plan Agenda Conferencia Reunión Cooperación Desarrollo Internacional Nacional Iberoamericana Americanos Lunes Martes Miércoles Jueves Viernes Sábado Domingo Enero Febrero Marzo Abril Mayo Junio Julio Agosto Septiembre Octubre Noviembre Diciembre'.split(
    ' ',
  ),
);
const esPerson = (name: string) =>
  !name.split(/\s+/).some((w) => ES_NOT_NAME.has(w)) && !countryOf(name) && !leadingCountry(name);

/**
 * Spanish readouts name a person with the title first, the name set off by commas ("el Ministro
 * de Asuntos Exteriores de Rusia, Serguéi Lavrov, se reunió"), or after a gentilic adjective ("el
 * canciller ruso Serguéi Lavrov"), or the name first and the title after a comma ("Alicia
 * Bárcena, canciller de México,"). The name is two to five capitalised words.
 */
function spanish(text: string): NativeTitledName[] {
  const found: NativeTitledName[] = [];
  for (const m of text.matchAll(ES_TITLE_NAME_RE)) {
    const name = m[3]!;
    if (!esPerson(name)) continue;
    const start = m.index + m[0].length - name.length;
    found.push({
      start,
      end: start + name.length,
      name,
      title: (m[1]! + m[2]!).replace(/[,\s]+$/, '').replace(/\s+/g, ' '),
    });
  }
  for (const m of text.matchAll(ES_NAME_TITLE_RE)) {
    const name = m[1]!;
    if (!esPerson(name)) continue;
    found.push({ start: m.index, end: m.index + name.length, name, title: m[2]! });
  }
  return found;
}

/** Whether a Latin-script text reads as Spanish: articles and a Spanish title word. */
const SPANISH_RE =
  /(?<![\p{L}])(?:[Ee]l|[Ll]a|del)\s+(?:[Vv]ice|[Ss]ub)?(?:[Mm]inistr[oa]|[Cc]anciller|[Ss]ecretari[oa]|[Pp]resident[ea]|[Ee]mbajador)/u;

// ---- German -----------------------------------------------------------------------------------

/**
 * German titles, in any case and either gender ("Außenminister", "des Außenministers", "die
 * Bundeskanzlerin"), then the country in the genitive ("der Russischen Föderation", "des Königreichs
 * Norwegen", "Norwegens"), then the name: an initial and a family name ("S. Doe", as translations of
 * Russian releases write it) or two to four capitalised words closed by punctuation or a lowercase word.
 */
const DE_HEAD =
  '(?:Außen|Bundesaußen|Premier|Vize|Staats)?(?:[Mm]inister(?:in|s)?|Minister(?:präsident(?:in|en)?)|Präsident(?:in|en)?|Bundeskanzler(?:in|s)?|Kanzler(?:in|s)?|Botschafter(?:in|s)?|Staatssekretär(?:in|s)?|Sprecher(?:in|s)?)';
const DE_WORD = '\\p{Lu}[\\p{Ll}ßøæå]+(?:-\\p{Lu}[\\p{Ll}ßøæå]+)*';
/** "der Russischen Föderation", "des Königreichs Norwegen", "Norwegens", "der USA". */
const DE_COUNTRY = `(?:\\s+(?:des|der|von)(?:\\s+(?:${DE_WORD}|\\p{Lu}{2,5})){1,3}|\\s+${DE_WORD}s)?`;
const DE_NAME = `(?:\\p{Lu}\\.\\s?){1,2}${DE_WORD}|${DE_WORD}(?:\\s+${DE_WORD}){1,3}`;
const DE_TITLE_NAME_RE = new RegExp(
  `(?<![\\p{L}])(${DE_HEAD})(?![\\p{L}])${DE_COUNTRY}\\s+(${DE_NAME})(?=\\s*[,.;:()]|\\s+\\p{Ll}|\\s*$)`,
  'gmu',
);
const DE_NOT_NAME = new Set(
  'Der Die Das Des Dem Den Ein Eine Und Mit Von Zu Im In Am An Auf Für Bei Nach Über Unter Außenminister Außenministerin Minister Ministerin Präsident Präsidentin Bundesregierung Regierung Ministerium Föderation Republik Königreich Königreichs Vereinten Nationen Staaten Union Europäischen Auswärtigen Amt Amtes Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag'.split(
    ' ',
  ),
);

function german(text: string): NativeTitledName[] {
  const found: NativeTitledName[] = [];
  for (const m of text.matchAll(DE_TITLE_NAME_RE)) {
    const name = m[2]!;
    if (name.split(/\s+/).some((w) => DE_NOT_NAME.has(w)) || countryOf(name) || leadingCountry(name))
      continue;
    const start = m.index + m[0].length - name.length;
    found.push({ start, end: start + name.length, name, title: m[1]!, kbOnly: !/^\p{Lu}\./u.test(name) });
  }
  return found;
}

/** Whether a Latin-script text reads as German: its articles and a German title word. */
const GERMAN_RE =
  /(?<![\p{L}])(?:der|des|dem|den|die)\s+(?:Außen|Bundes)?(?:[Mm]inister|Präsident|[Kk]anzler)/u;

// ---- Bengali ----------------------------------------------------------------------------------

/** Bengali office words written before a name: "পররাষ্ট্র মন্ত্রী", "রাষ্ট্রদূত", "প্রধানমন্ত্রী". */
const BN_TITLE =
  '(?:পররাষ্ট্র\\s?মন্ত্রী|পররাষ্ট্র\\s?প্রতিমন্ত্রী|পররাষ্ট্র\\s?সচিব|প্রধানমন্ত্রী|প্রতিমন্ত্রী|উপমন্ত্রী|মন্ত্রী|রাষ্ট্রদূত|হাইকমিশনার|রাষ্ট্রপতি|প্রেসিডেন্ট|সচিব|মুখপাত্র)';
const BN_WORD = '[\\u0980-\\u09e5\\u09f0-\\u09ff]+';
/**
 * Office + two to four Bengali words closed by the sentence's end or a comma ("রাষ্ট্রদূত NAME।"),
 * or by a genitive suffix and a postposition ("মন্ত্রী NAME-র সঙ্গে", the suffix is no part of it).
 */
const BN_TITLE_NAME_RE = new RegExp(
  `(?<![\\u0980-\\u09ff])(${BN_TITLE})\\s+(${BN_WORD}(?:\\s+${BN_WORD}){1,3}?)(?:(?=\\s*[।,;:!?]|\\s*$)|(?:র|ের)(?=\\s+(?:সঙ্গে|সাথে|সহ|কাছে|প্রতি|পক্ষে)(?![\\u0980-\\u09ff])))`,
  'gmu',
);
/** Words that follow an office and are no name: the ministry, "of Bangladesh", verbs of the report. */
const BN_NOT_NAME = /মন্ত্রণালয়|মন্ত্রী|রাষ্ট্রদূত|সচিব|বাংলাদেশ|সরকার|দপ্তর|কার্যালয়|বলেন|জানান|করেন|হয়|ছিলেন/;

function bengali(text: string): NativeTitledName[] {
  const found: NativeTitledName[] = [];
  for (const m of text.matchAll(BN_TITLE_NAME_RE)) {
    // "খানের": the genitive "-ের" after a consonant; the regex leaves its vowel sign on the name.
    const suffixed = m[0].endsWith('র') && !m[2]!.endsWith('র');
    const name = suffixed ? m[2]!.replace(/ে$/, '') : m[2]!;
    if (BN_NOT_NAME.test(name) || countryOf(name) || leadingCountry(name)) continue;
    const start = m.index + m[0].indexOf(name, m[1]!.length);
    found.push({ start, end: start + name.length, name, title: m[1]! });
  }
  return found;
}

// ---- Chinese: a Japanese surname + 首相 or 外相 -------------------------------------------------

/** "高市首相", "林外相": Chinese writes a Japanese leader by surname + office, as Japanese does. */
const ZH_JA_OFFICE_RE =
  /(?<=[\u4e00-\u9fff])(?:首相|外相)(?!会谈|会談|會談|会晤|會晤|会议|會議|会议|级|級|间|間)/gu;

/**
 * Chinese text has no word breaks: the one and two characters before the office are both tried,
 * each taken only if the KB has a holder of that office whose name starts with them.
 */
function chineseSurnameOffices(text: string): NativeTitledName[] {
  const found: NativeTitledName[] = [];
  for (const m of text.matchAll(ZH_JA_OFFICE_RE)) {
    const officeKind = kindOfNativeOffice(m[0]);
    if (!officeKind) continue;
    for (const length of [2, 1]) {
      const start = m.index - length;
      const name = text.slice(start, m.index);
      if (start < 0 || !/^[\u4e00-\u9fff]+$/.test(name) || NOT_SURNAME.test(name) || countryOf(name))
        continue;
      found.push({ start, end: m.index, name, title: m[0], officeKind, partial: true, kbOnly: true });
    }
  }
  return found;
}

/**
 * Every office + name in Japanese, Korean and Russian text, left to right. With
 * `cyrillicFamilyName` (whether a word in some case may be a KB family name), also bare Russian
 * first name + surname pairs whose surname passes it.
 */
export function findNativeTitledNames(
  text: string,
  cyrillicFamilyName?: (word: string) => boolean,
): NativeTitledName[] {
  const found: NativeTitledName[] = [];
  // Each script's patterns run only where the page has that script.
  if (/[\u3041-\u30ff]/.test(text)) found.push(...japanese(text));
  if (/[가-힣]/.test(text)) found.push(...korean(text));
  if (/[А-яЁё]/.test(text)) {
    found.push(...russian(text));
    if (cyrillicFamilyName) found.push(...russianBareNames(text, cyrillicFamilyName));
  } else if (!/[\u3041-\u30ff]/.test(text) && /[\u4e00-\u9fff]/.test(text))
    found.push(...chineseSurnameOffices(text));
  if (SPANISH_RE.test(text)) found.push(...spanish(text));
  if (GERMAN_RE.test(text)) found.push(...german(text));
  if (/[\u0980-\u09ff]/.test(text)) found.push(...bengali(text));
  return found.sort((a, b) => a.start - b.start);
}
