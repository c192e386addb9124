/**
 * Country names as readouts write them (English names and adjectives, Chinese, Korean and
 * Japanese names), mapped to ISO 3166 alpha-2 (or `EU`, `UN`). Enough to label the participants
 * of a readout; the knowledge base is the place for anything richer.
 */
import cldrNames from './country-names.generated.json';

const COUNTRY_FORMS: Record<string, string[]> = {
  CN: [
    "People's Republic of China (PRC)",
    "People's Republic of China",
    'PRC',
    'China',
    'Chinese',
    '中国',
    '중국',
    '中華人民共和国',
  ],
  KR: [
    'Republic of Korea (ROK)',
    'Republic of Korea',
    'ROK',
    'South Korea',
    'Korea',
    'Korean',
    'South Korean',
    '韩国',
    '한국',
    '大韓民国',
    '韓国',
  ],
  KP: [
    "Democratic People's Republic of Korea",
    'DPRK',
    'North Korea',
    'North Korean',
    '朝鲜',
    '북한',
    '北朝鮮',
  ],
  JP: ['Japan', 'Japanese', '日本', '일본'],
  US: [
    'United States of America',
    'United States',
    'U.S.',
    'US',
    'USA',
    'American',
    '美国',
    '미국',
    '米国',
    '米',
  ],
  RU: ['Russian Federation', 'Russia', 'Russian', '俄罗斯', '러시아', 'ロシア'],
  IN: ['India', 'Indian', '印度', '인도', 'インド'],
  GB: [
    'United Kingdom of Great Britain and Northern Ireland',
    'United Kingdom',
    'UK',
    'U.K.',
    'Britain',
    'British',
    '英国',
    '영국',
  ],
  DE: ['Germany', 'German', '德国', '독일', 'ドイツ'],
  FR: ['France', 'French', '法国', '프랑스', 'フランス'],
  AU: ['Australia', 'Australian', '澳大利亚', '호주', 'オーストラリア', '豪州'],
  CA: ['Canada', 'Canadian', '加拿大', '캐나다', 'カナダ'],
  LU: ['Luxembourg', '卢森堡', '룩셈부르크', 'ルクセンブルク'],
  IT: ['Italy', 'Italian', '意大利', '이탈리아', 'イタリア'],
  ES: ['Spain', 'Spanish', '西班牙', '스페인', 'スペイン'],
  NL: ['Netherlands', 'Dutch', '荷兰', '네덜란드', 'オランダ'],
  BR: ['Brazil', 'Brazilian', '巴西', '브라질', 'ブラジル'],
  MX: ['Mexico', 'Mexican', '墨西哥', '멕시코', 'メキシコ'],
  ID: ['Indonesia', 'Indonesian', '印度尼西亚', '인도네시아', 'インドネシア'],
  VN: ['Viet Nam', 'Vietnam', 'Vietnamese', '越南', '베트남', 'ベトナム'],
  PH: [
    'Republic of the Philippines',
    'Philippines',
    'Philippine',
    'Filipino',
    '菲律宾',
    '필리핀',
    'フィリピン',
  ],
  SG: ['Singapore', 'Singaporean', '新加坡', '싱가포르', 'シンガポール'],
  PK: ['Pakistan', 'Pakistani', '巴基斯坦', '파키스탄', 'パキスタン'],
  UA: ['Ukraine', 'Ukrainian', '乌克兰', '우크라이나', 'ウクライナ'],
  TR: ['Türkiye', 'Turkey', 'Turkish', '土耳其', '튀르키예', 'トルコ'],
  IR: ['Iran', 'Iranian', '伊朗', '이란', 'イラン'],
  SA: ['Saudi Arabia', 'Saudi', '沙特阿拉伯', '沙特', '사우디아라비아', 'サウジアラビア'],
  EG: ['Egypt', 'Egyptian', '埃及', '이집트', 'エジプト'],
  ZA: ['South Africa', 'South African', '南非', '남아프리카공화국', '南アフリカ'],
  NZ: ['New Zealand', '新西兰', '뉴질랜드', 'ニュージーランド'],
  MN: ['Mongolia', 'Mongolian', '蒙古国', '몽골', 'モンゴル'],
  TH: ['Thailand', 'Thai', '泰国', '태국', 'タイ'],
  MY: ['Malaysia', 'Malaysian', '马来西亚', '말레이시아', 'マレーシア'],
  PL: ['Poland', 'Polish', '波兰', '폴란드', 'ポーランド'],
  IL: ['Israel', 'Israeli', '以色列', '이스라엘', 'イスラエル'],
  LA: ["Lao People's Democratic Republic", 'Lao PDR', 'Laos', 'Lao', '老挝', '라오스', 'ラオス'],
  RS: ['Serbia', 'Serbian', '塞尔维亚', '세르비아', 'セルビア'],
  KH: ['Cambodia', 'Cambodian', '柬埔寨', '캄보디아', 'カンボジア'],
  MM: ['Myanmar', '缅甸', '미얀마', 'ミャンマー'],
  BD: ['Bangladesh', 'Bangladeshi', '孟加拉国', '방글라데시', 'バングラデシュ'],
  LK: ['Sri Lanka', 'Sri Lankan', '斯里兰卡', '스리랑카', 'スリランカ'],
  NP: ['Nepal', 'Nepali', 'Nepalese', '尼泊尔', '네팔', 'ネパール'],
  AF: ['Afghanistan', 'Afghan', '阿富汗', '아프가니스탄', 'アフガニスタン'],
  KZ: ['Kazakhstan', 'Kazakh', '哈萨克斯坦', '카자흐스탄', 'カザフスタン'],
  UZ: ['Uzbekistan', 'Uzbek', '乌兹别克斯坦', '우즈베키스탄', 'ウズベキスタン'],
  AE: ['United Arab Emirates', 'UAE', 'Emirati', '阿联酋', '아랍에미리트', 'アラブ首長国連邦'],
  QA: ['Qatar', 'Qatari', '卡塔尔', '카타르', 'カタール'],
  IQ: ['Iraq', 'Iraqi', '伊拉克', '이라크', 'イラク'],
  SY: ['Syria', 'Syrian', '叙利亚', '시리아', 'シリア'],
  JO: ['Jordan', 'Jordanian', '约旦', '요르단', 'ヨルダン'],
  PS: ['Palestine', 'Palestinian', '巴勒斯坦', '팔레스타인', 'パレスチナ'],
  NG: ['Nigeria', 'Nigerian', '尼日利亚', '나이지리아', 'ナイジェリア'],
  KE: ['Kenya', 'Kenyan', '肯尼亚', '케냐', 'ケニア'],
  ET: ['Ethiopia', 'Ethiopian', '埃塞俄比亚', '에티오피아', 'エチオピア'],
  AR: ['Argentina', 'Argentine', 'Argentinian', '阿根廷', '아르헨티나', 'アルゼンチン'],
  CL: ['Chile', 'Chilean', '智利', '칠레', 'チリ'],
  PE: ['Peru', 'Peruvian', '秘鲁', '페루', 'ペルー'],
  CO: ['Colombia', 'Colombian', '哥伦比亚', '콜롬비아', 'コロンビア'],
  VE: ['Venezuela', 'Venezuelan', '委内瑞拉', '베네수엘라', 'ベネズエラ'],
  CU: ['Cuba', 'Cuban', '古巴', '쿠바', 'キューバ'],
  SE: ['Sweden', 'Swedish', '瑞典', '스웨덴', 'スウェーデン'],
  NO: ['Norway', 'Norwegian', '挪威', '노르웨이', 'ノルウェー'],
  FI: ['Finland', 'Finnish', '芬兰', '핀란드', 'フィンランド'],
  DK: ['Denmark', 'Danish', '丹麦', '덴마크', 'デンマーク'],
  BE: ['Belgium', 'Belgian', '比利时', '벨기에', 'ベルギー'],
  AT: ['Austria', 'Austrian', '奥地利', '오스트리아', 'オーストリア'],
  CH: ['Switzerland', 'Swiss', '瑞士', '스위스', 'スイス'],
  PT: ['Portugal', 'Portuguese', '葡萄牙', '포르투갈', 'ポルトガル'],
  GR: ['Greece', 'Greek', '希腊', '그리스', 'ギリシャ'],
  HU: ['Hungary', 'Hungarian', '匈牙利', '헝가리', 'ハンガリー'],
  CZ: ['Czech Republic', 'Czechia', 'Czech', '捷克', '체코', 'チェコ'],
  RO: ['Romania', 'Romanian', '罗马尼亚', '루마니아', 'ルーマニア'],
  IE: ['Ireland', 'Irish', '爱尔兰', '아일랜드', 'アイルランド'],
  BY: ['Belarus', 'Belarusian', '白俄罗斯', '벨라루스', 'ベラルーシ'],
  GE: ['Georgia', 'Georgian', '格鲁吉亚', '조지아', 'ジョージア'],
  AM: ['Armenia', 'Armenian', '亚美尼亚', '아르메니아', 'アルメニア'],
  AZ: ['Azerbaijan', 'Azerbaijani', '阿塞拜疆', '아제르바이잔', 'アゼルバイジャン'],
  BN: ['Brunei Darussalam', 'Brunei', '文莱', '브루나이', 'ブルネイ'],
  TL: ['Timor-Leste', '东帝汶', '동티모르', '東ティモール'],
  FJ: ['Fiji', 'Fijian', '斐济', '피지', 'フィジー'],
  PG: ['Papua New Guinea', '巴布亚新几内亚', '파푸아뉴기니', 'パプアニューギニア'],
  DZ: ['Algeria', 'Algerian', '阿尔及利亚', '알제리', 'アルジェリア'],
  MA: ['Morocco', 'Moroccan', '摩洛哥', '모로코', 'モロッコ'],
  EU: ['European Union', 'EU', '欧盟', '유럽연합', 'ＥＵ'],
  UN: ['United Nations', 'UN', '联合国', '유엔', '国連'],
};

/** French and German adjectives, as readouts of the Quai d'Orsay and the Auswärtiges Amt write them. */
const FR_DE_FORMS: Record<string, string[]> = {
  ID: ['indonésien', 'indonésienne', 'indonesische', 'indonesischen', 'indonesischer'],
  VN: ['vietnamien', 'vietnamienne', 'vietnamesische', 'vietnamesischen', 'vietnamesischer'],
  CL: ['chilien', 'chilienne', 'chilenische', 'chilenischen', 'chilenischer'],
  CN: ['chinois', 'chinoise', 'chinesische', 'chinesischen', 'chinesischer'],
  JP: ['japonais', 'japonaise', 'japanische', 'japanischen', 'japanischer'],
  US: ['américain', 'américaine', 'amerikanische', 'amerikanischen', 'amerikanischer'],
  KR: ['coréen', 'coréenne', 'südkoreanische', 'südkoreanischen', 'koreanische', 'koreanischen'],
  RU: ['russe', 'russische', 'russischen', 'russischer'],
  IN: ['indien', 'indienne', 'indische', 'indischen', 'indischer'],
  GB: ['britannique', 'britische', 'britischen', 'britischer'],
  DE: ['allemand', 'allemande', 'deutsche', 'deutschen', 'deutscher'],
  FR: ['français', 'française', 'französische', 'französischen', 'französischer'],
  AU: ['australien', 'australienne', 'australische', 'australischen'],
  CA: ['canadien', 'canadienne', 'kanadische', 'kanadischen'],
  UA: ['ukrainien', 'ukrainienne', 'ukrainische', 'ukrainischen'],
};
for (const [code, forms] of Object.entries(FR_DE_FORMS))
  COUNTRY_FORMS[code] = [...(COUNTRY_FORMS[code] ?? []), ...forms];

/**
 * Every UN member state and observer (and Taiwan, Kosovo, Hong Kong, Macao): the adjective or
 * demonym readouts put before a title ("Romanian counterpart", "Myanmar Union Minister"), and
 * the forms the country's name takes where it is not simply its name. Names in English, Chinese,
 * Japanese, Korean and Russian are in country-names.generated.json, derived by
 * scripts/gen-country-names.ts from the CLDR-based i18n-iso-countries package (MIT).
 */
const ADJECTIVES = `AF Afghan
AL Albanian
DZ Algerian
AD Andorran
AO Angolan
AG Antiguan|Antigua and Barbuda
AR Argentine|Argentinian
AM Armenian
AU Australian
AT Austrian
AZ Azerbaijani
BS Bahamian
BH Bahraini
BD Bangladeshi
BB Barbadian
BY Belarusian
BE Belgian
BZ Belizean
BJ Beninese
BT Bhutanese
BO Bolivian
BA Bosnian|Bosnia and Herzegovina
BW Botswanan
BR Brazilian
BN Bruneian
BG Bulgarian
BF Burkinabe
BI Burundian
CV Cabo Verdean|Cape Verdean|Cabo Verde
KH Cambodian
CM Cameroonian
CA Canadian
CF Central African|Central African Republic
TD Chadian
CL Chilean
CN Chinese
CO Colombian
KM Comorian
CG Republic of the Congo|Congo-Brazzaville
CD Democratic Republic of the Congo|DR Congo|DRC
CR Costa Rican
CI Ivorian
HR Croatian
CU Cuban
CY Cypriot
CZ Czech
DK Danish
DJ Djiboutian
DM Dominica
DO Dominican|Dominican Republic
EC Ecuadorian
EG Egyptian
SV Salvadoran|El Salvador
GQ Equatorial Guinean|Equatorial Guinea
ER Eritrean
EE Estonian
SZ Swazi|Eswatini
ET Ethiopian
FJ Fijian
FI Finnish
FR French
GA Gabonese
GM Gambian
GE Georgian
DE German
GH Ghanaian
GR Greek
GD Grenadian
GT Guatemalan
GN Guinean
GW Bissau-Guinean|Guinea-Bissau
GY Guyanese
HT Haitian
HN Honduran
HU Hungarian
IS Icelandic
IN Indian
ID Indonesian
IR Iranian
IQ Iraqi
IE Irish
IL Israeli
IT Italian
JM Jamaican
JP Japanese
JO Jordanian
KZ Kazakh|Kazakhstani
KE Kenyan
KI Kiribati
KW Kuwaiti
KG Kyrgyz|Kyrgyzstani
LA Lao|Laotian
LV Latvian
LB Lebanese
LS Lesotho
LR Liberian
LY Libyan
LI Liechtenstein
LT Lithuanian
LU Luxembourgish|Luxembourger
MG Malagasy
MW Malawian
MY Malaysian
MV Maldivian
ML Malian
MT Maltese
MH Marshallese|Marshall Islands
MR Mauritanian
MU Mauritian
MX Mexican
FM Micronesian
MD Moldovan
MC Monegasque
MN Mongolian
ME Montenegrin
MA Moroccan
MZ Mozambican
MM Myanmar|Burmese
NA Namibian
NR Nauruan
NP Nepali|Nepalese
NL Dutch
NZ New Zealand
NI Nicaraguan
NE Nigerien
NG Nigerian
KP North Korean
MK North Macedonian|Macedonian
NO Norwegian
OM Omani
PK Pakistani
PW Palauan
PA Panamanian
PG Papua New Guinean
PY Paraguayan
PE Peruvian
PH Philippine|Filipino
PL Polish
PT Portuguese
QA Qatari
KR South Korean|Korean
RO Romanian
RU Russian
RW Rwandan
KN Saint Kitts and Nevis
LC Saint Lucian
VC Saint Vincent and the Grenadines
WS Samoan
SM Sammarinese|San Marino
ST Sao Tome and Principe
SA Saudi
SN Senegalese
RS Serbian
SC Seychellois
SL Sierra Leonean
SG Singaporean
SK Slovak
SI Slovenian|Slovene
SB Solomon Islands
SO Somali
ZA South African
SS South Sudanese
ES Spanish
LK Sri Lankan
SD Sudanese
SR Surinamese
SE Swedish
CH Swiss
SY Syrian
TJ Tajik|Tajikistani
TZ Tanzanian
TH Thai
TL Timorese|East Timor
TG Togolese
TO Tongan
TT Trinidadian|Trinidad and Tobago
TN Tunisian
TR Turkish
TM Turkmen
TV Tuvaluan
UG Ugandan
UA Ukrainian
AE Emirati
GB British
US American
UY Uruguayan
UZ Uzbek
VU Vanuatuan
VE Venezuelan
VN Vietnamese
YE Yemeni
ZM Zambian
ZW Zimbabwean
PS Palestinian
VA Vatican|Holy See
TW Taiwanese
XK Kosovar
HK Hong Kong
MO Macao|Macau`;

/** Russian genitives of the countries readouts name most ("Министр иностранных дел России"). */
const RU_GENITIVES: Record<string, string[]> = {
  RU: ['России', 'Российской Федерации'],
  CN: ['Китая', 'КНР', 'Китайской Народной Республики'],
  US: ['США', 'Соединённых Штатов', 'Соединенных Штатов'],
  JP: ['Японии'],
  KR: ['Республики Корея', 'Южной Кореи'],
  KP: ['КНДР'],
  IN: ['Индии'],
  GB: ['Великобритании', 'Соединённого Королевства'],
  DE: ['Германии', 'ФРГ'],
  FR: ['Франции'],
  UA: ['Украины'],
  BY: ['Белоруссии', 'Беларуси', 'Республики Беларусь'],
  KZ: ['Казахстана'],
  TR: ['Турции'],
  IR: ['Ирана'],
  EU: ['ЕС', 'Евросоюза'],
  UN: ['ООН'],
};

/** The countries this table covers, for scripts/gen-country-names.ts. */
export const UN_MEMBERS_AND_OBSERVERS = ADJECTIVES.split('\n').map((line) => line.slice(0, 2));
for (const line of ADJECTIVES.split('\n'))
  COUNTRY_FORMS[line.slice(0, 2)] = [...(COUNTRY_FORMS[line.slice(0, 2)] ?? []), ...line.slice(3).split('|')];
for (const [code, forms] of Object.entries(RU_GENITIVES))
  COUNTRY_FORMS[code] = [...(COUNTRY_FORMS[code] ?? []), ...forms];

/**
 * The genitive of a Russian country name in CLDR's nominative, by the regular declensions
 * ("Венгрия" → "Венгрии", "Вьетнам" → "Вьетнама", "Новая Зеландия" → "Новой Зеландии"): what
 * "Министр иностранных дел Венгрии" needs. Indeclinable names and abbreviations stay as they are;
 * plurals and names with "и" are left out (their genitives are irregular).
 */
export function russianGenitive(name: string): string | undefined {
  if (/\sи\s|—|ы$/.test(name) || !/^[А-ЯЁа-яё\s-]+$/.test(name)) return undefined;
  const words = name.split(' ');
  const noun = words.pop()!;
  // "Республика Корея": a noun first declines differently.
  if (words.some((w) => !/(?:ая|ый|ий|ой)$/.test(w))) return undefined;
  const adjectives = words.map((w) =>
    w.endsWith('ая') ? `${w.slice(0, -2)}ой` : /[ыи]й$/.test(w) ? `${w.slice(0, -2)}ого` : w,
  );
  let genitive: string;
  if (/^[А-ЯЁ]+$/.test(noun) || /[оеиуюэ]$/.test(noun)) genitive = noun;
  else if (/[иеь]я$/.test(noun)) genitive = `${noun.slice(0, -1)}и`;
  else if (/[гкхжшчщ]а$/.test(noun)) genitive = `${noun.slice(0, -1)}и`;
  else if (/а$/.test(noun)) genitive = `${noun.slice(0, -1)}ы`;
  else if (/[йь]$/.test(noun)) genitive = `${noun.slice(0, -1)}я`;
  else if (/[бвгджзклмнпрстфхцчшщ]$/.test(noun)) genitive = `${noun}а`;
  else return undefined;
  return [...adjectives, genitive].join(' ');
}

// CLDR names (English, Chinese, Japanese, Korean, Russian) after our own forms: ours win a tie;
// Russian ones with their genitives.
for (const [code, forms] of Object.entries(cldrNames as Record<string, string[]>)) {
  const genitives = forms.map((f) => (/[А-Яа-я]/.test(f) ? russianGenitive(f) : undefined));
  COUNTRY_FORMS[code] = [
    ...(COUNTRY_FORMS[code] ?? []),
    ...forms,
    ...genitives.filter((g): g is string => g !== undefined && !forms.includes(g)),
  ];
}

/** Formal names pages write in full ("Minister for Foreign Affairs of the Republic of Indonesia"). */
const FORMAL_PREFIXES = ['Republic of', 'Kingdom of', 'Federal Republic of', 'Socialist Republic of'];
for (const [code, forms] of Object.entries(COUNTRY_FORMS)) {
  const noun = forms.find((f) => /^[A-Z]/.test(f));
  if (!noun || noun.includes(' of ')) continue;
  const formal = FORMAL_PREFIXES.map((prefix) => `${prefix} ${noun}`).filter((f) => !forms.includes(f));
  COUNTRY_FORMS[code] = [...forms, ...formal];
}

/** Longest forms first, so "Republic of Korea" wins over "Korea"; a form listed twice keeps its first country. */
const FIRST_CODE = new Map<string, string>();
for (const [code, forms] of Object.entries(COUNTRY_FORMS))
  for (const form of forms) if (!FIRST_CODE.has(form)) FIRST_CODE.set(form, code);
const FORMS: [string, string][] = [...FIRST_CODE].sort((a, b) => b[0].length - a[0].length);

const foldQuotes = (s: string) => s.replace(/[’‘`]/g, "'");

/** The country a whole phrase names ("the Republic of Korea", "Japanese"), or undefined. */
export function countryOf(phrase: string): string | undefined {
  const folded = foldQuotes(phrase.trim()).replace(/^the\s+/i, '');
  return FIRST_CODE.get(folded);
}

/** Forms by their first and by their last character, longest first: a lookup tries only a few. */
function indexBy(at: (form: string) => string): Map<string, [string, string][]> {
  const index = new Map<string, [string, string][]>();
  for (const entry of FORMS) {
    const key = at(entry[0]);
    const list = index.get(key);
    if (list) list.push(entry);
    else index.set(key, [entry]);
  }
  return index;
}
const BY_FIRST = indexBy((form) => form.charAt(0));
const BY_LAST = indexBy((form) => form.charAt(form.length - 1));
/** CJK and Hangul forms stand glued to the next word; others end at a word boundary. */
const isGlued = (form: string) => /[\u3040-\u9fff\uac00-\ud7af]$/.test(form);

/** A country name or adjective at the start of `text`: its code and length, for splitting "Japanese Foreign Minister". */
export function leadingCountry(text: string): { code: string; length: number } | undefined {
  const folded = foldQuotes(text.slice(0, 80));
  for (const [form, code] of BY_FIRST.get(folded.charAt(0)) ?? []) {
    if (!folded.startsWith(form)) continue;
    if (!isGlued(form) && /\p{L}/u.test(folded.charAt(form.length))) continue;
    return { code, length: form.length };
  }
  // "Republic of Ghana", "Federal Democratic Republic of Ethiopia": the formal style of a country
  // the table knows by its short name.
  const style = STATE_STYLE_RE.exec(folded);
  const rest = style ? leadingCountry(folded.slice(style[0].length)) : undefined;
  return rest ? { code: rest.code, length: style![0].length + rest.length } : undefined;
}

const STATE_STYLE_RE =
  /^(?:(?:Federal|Islamic|Democratic|Socialist|People's|Arab|Bolivarian|Plurinational|Hashemite|Co-operative|Cooperative|Independent|United|Union) )*(?:Republic|Kingdom|State|Sultanate|Principality|Grand Duchy|Commonwealth|Federation) of (?:the )?/;

/** Every form with its code, longest first (the compare feature finds countries in sentences with them). */
export const countryForms = (): readonly (readonly [string, string])[] => FORMS;

/** Every Latin-script form, longest first, for building patterns over English text. */
export const LATIN_COUNTRY_FORMS: readonly string[] = FORMS.map(([form]) => form).filter((f) =>
  /^[A-Za-z]/.test(f),
);

/** A CJK country name glued to the end of a name ("エンリケ・マナロ・フィリピン"): its code and the rest. */
export function trailingCountry(text: string): { code: string; rest: string } | undefined {
  for (const [form, code] of BY_LAST.get(text.charAt(text.length - 1)) ?? []) {
    if (/[A-Za-z]/.test(form) || !text.endsWith(form) || text.length === form.length) continue;
    return { code, rest: text.slice(0, -form.length).replace(/・$/, '') };
  }
  return undefined;
}
