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
}

// ---- Japanese ---------------------------------------------------------------------------------

const JA_OFFICES =
  '外務大臣政務官|外務副大臣|外務大臣|外務次官|外相|内閣総理大臣|総理大臣|総理|首相|副首相|副大統領|大統領|国務副長官|国務長官|外交部長|外務長官|外交長官|国務委員|国防長官|国防相|官房長官|事務総長|国家主席|大使';
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
const JA_NAME_OFFICE_RE = new RegExp(
  `(?<![\\u4e00-\\u9fff々\\u30a1-\\u30fa\\u30fc・])(${KATAKANA_NAME}|${KANJI_NAME})(${JA_ABBREVIATION}(?:国)?)?(${JA_OFFICES})(?!会談|会議|会合|級|間|協議|対話|レベル|経験者)`,
  'gu',
);
/** Kanji before an office that are not a surname: 両外相, 日中外相, 同大臣, 前総理. */
const NOT_SURNAME = new RegExp(
  `^(?:${JA_ABBREVIATION}|[両同各前元現新次歴代副本我外])+$|[国間連程係等側者省府庁会局部課級表官関]$`,
  'u',
);

function japanese(text: string): NativeTitledName[] {
  const found: NativeTitledName[] = [];
  for (const m of text.matchAll(JA_NAME_OFFICE_RE)) {
    let name = m[1]!;
    const abbreviation = m[2];
    const office = m[3]!;
    // "エンリケ・マナロ・フィリピン外務大臣": a country glued between the name and the office.
    let country = abbreviation ? JA_ABBREVIATIONS[abbreviation.charAt(0)] : undefined;
    const glued = country ? undefined : trailingCountry(name);
    if (glued) {
      name = glued.rest;
      country = glued.code;
    }
    const katakana = /^[\u30a1-\u30fa\u30fc・]+$/.test(name);
    if (!name || NOT_SURNAME.test(name) || countryOf(name) || leadingCountry(name)) continue;
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
      partial: true,
    });
  }
  return found;
}

// ---- Korean -----------------------------------------------------------------------------------

const KO_OFFICES =
  '외교부 장관|외교부장관|외교장관|외교부 차관|외교부 제1차관|외교부 제2차관|제1차관|제2차관|외교부장|국무장관|국무부 장관|외무장관|외무상|외상|국무총리|총리|부총리|대통령|부통령|국가주석|주석|국무위원|국가안보실장|안보실장|국가안보보좌관|사무총장|대사|장관|차관';
const KO_PARTICLES = '(?:께서|에게|과의|와의|으로|은|는|이|가|과|와|의|을|를|도|에|로)';
const KO_NAME = '[가-힣]{2,9}';
/** Office + name: "외교부 장관 조태열은". */
const KO_OFFICE_NAME_RE = new RegExp(
  `(?<![가-힣])(${KO_OFFICES}) (${KO_NAME}?)(?=(${KO_PARTICLES})?(?![가-힣]))`,
  'gu',
);
/** Name + [country] + office: "조태열 장관", "왕이 중국 외교부장". */
const KO_NAME_OFFICE_RE = new RegExp(
  `(?<![가-힣])(${KO_NAME}) (?:([가-힣]{1,12}) )?(${KO_OFFICES})(?=${KO_PARTICLES}?(?![가-힣]))(?! ?(?:회담|회의|회동|통화|간담회|면담))`,
  'gu',
);
/** Words before an office that are not names. */
const KO_NOT_NAMES =
  /^(?:양국|양측|각국|양|전|현|신임|차기|당시|역대|주한|주미|주중|주일|한미|한중|한일|한러|북한|우리|정부|외교|외교부|국무부|국방부|통일부|외무성|외교부의|정부의|이번|이날|오늘|당국|회담|회의|그|이|해당|대한민국)$/;

function korean(text: string): NativeTitledName[] {
  const found: NativeTitledName[] = [];
  const accept = (name: string) =>
    !KO_NOT_NAMES.test(name) && !countryOf(name) && !/(?:부|처|청|원|실|국|회|측|단)$/.test(name);
  for (const m of text.matchAll(KO_OFFICE_NAME_RE)) {
    const name = m[2]!;
    // Two syllables ("박진") are a name only with a particle after them; "대사 모임" is a gathering.
    if (!name || !accept(name) || (name.length === 2 && !m[3])) continue;
    const start = m.index + m[1]!.length + 1;
    found.push({ start, end: start + name.length, name, title: m[1]! });
  }
  for (const m of text.matchAll(KO_NAME_OFFICE_RE)) {
    const name = m[1]!;
    if (!accept(name)) continue;
    const between = m[2];
    const country = between ? countryOf(between) : undefined;
    // "조태열 한국 외교부 장관": only a country may stand between the name and the office.
    if (between && !country && !/^(?:외교부|국무부|외무성)$/.test(between)) continue;
    found.push({
      start: m.index,
      end: m.index + name.length,
      name,
      title: m[3]!,
      ...(country ? { country } : {}),
    });
  }
  return found;
}

// ---- Russian ----------------------------------------------------------------------------------

const RU_TITLE =
  '(?:[Пп]ерв(?:ый|ого|ому|ым)\\s+)?(?:[Зз]аместител(?:ь|я|ю|ем)\\s+|[Вв]ице-)?(?:[Мм]инистр(?:а|у|ом)?\\s+иностранных\\s+дел|[Гг]лав(?:а|ы|е|ой)\\s+МИД(?:а)?|[Мм]инистр(?:а|у|ом)?|[Пп]резидент(?:а|у|ом)?|[Пп]ремьер-министр(?:а|у|ом)?|[Гг]осударственн(?:ый|ого|ому|ым)\\s+секретар(?:ь|я|ю|ем)|[Гг]оссекретар(?:ь|я|ю|ем)|[Гг]енеральн(?:ый|ого|ому|ым)\\s+секретар(?:ь|я|ю|ем)|[Пп]редседател(?:ь|я|ю|ем)\\s+(?:КНР|Госсовета\\s+КНР|правительства)|[Кк]анцлер(?:а|у|ом)?|[Пп]осл(?:а|у|ом)?|[Пп]осол|[Кк]ороль|[Кк]оролев(?:а|ы))';
const RU_NAME_WORD = '\\p{Lu}\\p{Ll}+(?:-\\p{Lu}?\\p{Ll}+)?';
const RU_TITLE_RE = new RegExp(`(?<![\\p{L}])(${RU_TITLE})\\s+`, 'gu');
/** First word, then one or two more; a Chinese given name may be one letter ("Ван И"). */
const RU_NAME_RE = new RegExp(
  `^(${RU_NAME_WORD}(?:\\s+(?:${RU_NAME_WORD}|\\p{Lu}(?![\\p{L}]))){1,2})(?![\\p{L}])`,
  'u',
);

/** "Турецкой Республики", "Объединённых Арабских Эмиратов": capitalised words ending in a state noun. */
const RU_STATE_GENITIVE =
  /^(?:\p{Lu}\p{Ll}+\s+){0,3}(?:Республики|Федерации|Королевства|Штатов|Эмиратов|Союза|Государства|Султаната|Княжества)\s+/u;

function russian(text: string): NativeTitledName[] {
  const found: NativeTitledName[] = [];
  for (const m of text.matchAll(RU_TITLE_RE)) {
    let at = m.index + m[0].length;
    let rest = text.slice(at, at + 120);
    const country = leadingCountry(rest);
    if (country) {
      const after = /^\s+/.exec(rest.slice(country.length));
      if (!after) continue;
      at += country.length + after[0].length;
      rest = text.slice(at, at + 100);
    }
    // "Турецкой Республики Хаканом Фиданом": a state's long name in the genitive, no country form.
    const state = country ? null : RU_STATE_GENITIVE.exec(rest);
    if (state) {
      at += state[0].length;
      rest = rest.slice(state[0].length);
    }
    // "Посол КНР в России Чжан Ханьхуэй": "in Russia" names where, not whose.
    const where = /^в\s+\p{Lu}\p{Ll}+\s+/u.exec(rest);
    if (where) {
      at += where[0].length;
      rest = rest.slice(where[0].length);
    }
    const name = RU_NAME_RE.exec(rest);
    // "Турецкой Республики Хаканом": an adjective or a noun in the genitive is not a first name.
    if (
      !name ||
      countryOf(name[1]!) ||
      leadingCountry(name[1]!) ||
      /^\S+(?:ой|ого|ых|ских|ики|ии)\s/u.test(name[1]!)
    )
      continue;
    found.push({
      start: at,
      end: at + name[1]!.length,
      name: name[1]!,
      title: m[1]!.replace(/\s+/g, ' '),
      ...(country ? { country: country.code } : {}),
      ...(state ? { kbOnly: true } : {}),
    });
  }
  return found;
}

/** Every office + name in Japanese, Korean and Russian text, left to right. */
export function findNativeTitledNames(text: string): NativeTitledName[] {
  const found: NativeTitledName[] = [];
  // Each script's patterns run only where the page has that script.
  if (/[\u3041-\u30ff]/.test(text)) found.push(...japanese(text));
  if (/[가-힣]/.test(text)) found.push(...korean(text));
  if (/[А-яЁё]/.test(text)) found.push(...russian(text));
  return found.sort((a, b) => a.start - b.start);
}
