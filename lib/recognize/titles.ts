/**
 * Titles of office as readouts write them before a name: "State Councilor and Foreign Minister
 * Wang Yi", "Secretary of State Antony J. Blinken", "卢森堡外交大臣阿瑟伯恩". Used to find officials
 * the knowledge base lacks, to report the title the page gives a person, and to trust a
 * title + family-name mention ("President Biden") that no full mention introduced.
 */
import { countryOf, leadingCountry, trailingCountry } from '../ministries/countries';
import { gluedInitialsName, HONORIFIC_RE, readName, type ReadName } from './names';

/** Words that end a title: a title phrase must contain one of them. */
const HEADS = [
  'Minister',
  'Ministers',
  'Secretary',
  'Secretary-General',
  'President',
  'Premier',
  'Chancellor',
  'Councilor',
  'Councillor',
  'Ambassador',
  'Spokesperson',
  'Spokesman',
  'Spokeswoman',
  'Chairman',
  'Chairwoman',
  'Chairperson',
  'Chair',
  'Director',
  'Director-General',
  'Governor',
  'Senator',
  'Congressman',
  'Congresswoman',
  'Envoy',
  'King',
  'Queen',
  'Emperor',
  'Prince',
  'Princess',
  'Sultan',
  'Emir',
  'Speaker',
  'Commissioner',
  'Representative',
  'Adviser',
  'Advisor',
  'Counselor',
  'Chief',
  'Leader',
  'Mayor',
  'Administrator',
  'Taoiseach',
  'Undersecretary',
  'Under-Secretary',
  'Head',
  'Pope',
  'Coordinator',
  'Consul',
  'Consul-General',
  'Attorney',
  'Attorney-General',
  'Negotiator',
  'Delegate',
  'Vice-Chairman',
  'Vice-President',
  'Vice-Premier',
  'Vice-Minister',
  'counterpart',
  // News copy's short form: "FM Lavrov".
  'FM',
  // Filipino (Tagalog) heads as Philippine copy writes them: "Pangulong Doe" (President, with the
  // linker -ng), "Kalihim Roe" (Secretary), "Embahador Poe".
  'Pangulo',
  'Pangulong',
  'Kalihim',
  'Embahador',
  // Lowercase as news copy writes them before a name: "ministry spokesman Anurag Srivastava".
  'spokesman',
  'spokesperson',
  'spokeswoman',
];
/** Words that may stand inside a title phrase ("Deputy Foreign Minister", "Minister for Foreign Affairs"). */
const MODIFIERS = [
  'Foreign',
  'Prime',
  'Deputy',
  'Vice',
  'State',
  'Assistant',
  'Under',
  'Defense',
  'Defence',
  'Finance',
  'Trade',
  'Commerce',
  'External',
  'Affairs',
  'Home',
  'Interior',
  'Justice',
  'Senior',
  'Special',
  'Executive',
  'First',
  'Acting',
  'Permanent',
  'General',
  'Principal',
  'National',
  'Security',
  'Department',
  'Press',
  'Cabinet',
  'High',
  'Crown',
  'Supreme',
  'Economic',
  'Presidential',
  'Parliamentary',
  'Unification',
  'Economy',
  'Industry',
  'Climate',
  'Chief',
  // Portfolios and bodies inside longer titles ("Union Minister for International Cooperation",
  // "Undersecretary of State of the Ministry of Foreign Affairs").
  'Union',
  'Federal',
  'International',
  'Cooperation',
  'Development',
  'Relations',
  'Europe',
  'European',
  'Commonwealth',
  'Investment',
  'Ministry',
  'Office',
  'Council',
  'Commission',
  'Committee',
  'Central',
  'Political',
  'Bureau',
  'Standing',
  'Party',
  'Communist',
  'CPC',
  'NPC',
  'CPPCC',
  'Energy',
  'Environment',
  'Health',
  'Education',
  'Culture',
  'Tourism',
  'Agriculture',
  'Transport',
  'Information',
  'Science',
  'Technology',
  'Labour',
  'Labor',
  'Public',
  'Administration',
  'Overseas',
  'Multilateral',
  'Consular',
  'Legal',
  'Digital',
  'Planning',
  'Military',
  'Staff',
  'Joint',
  'Regional',
  'Asia',
  'Pacific',
  'Indo-Pacific',
  'Africa',
  'Americas',
  'Middle',
  'East',
  'Asian',
  'Arab',
  'Gulf',
  'Integration',
  'Immigration',
  'Resident',
  'Coordinating',
  'Principal',
  'Lord',
  'Privy',
  'Seal',
  'Women',
  'Youth',
  'Sports',
  'Finance',
  'Intelligence',
  'Homeland',
  'Strategy',
  'Policy',
  'Diplomatic',
  'Secretariat',
  'Plenipotentiary',
  'Extraordinary',
  'Delegation',
  'People',
  "People's",
  'Congress',
  'Assembly',
  'Parliament',
  'Government',
  'Minister-Counselor',
  'Minister-Counsellor',
  'Member',
  // "Additional Secretary", "Additional Foreign Secretary" (South Asian ministries' grades).
  'Additional',
  // "Arab League Secretary-General", "Minister of Science, Technology and Innovation".
  'League',
  'Innovation',
];
const WORD = `(?:${[...new Set([...HEADS, ...MODIFIERS])].sort((a, b) => b.length - a.length).join('|')})`;
/** A run of title words, joined by spaces, hyphens or "and"/"of"/"for"/"on"/"of the". */
// A comma too, inside a list of portfolios that "and" closes: "Minister of Science, Technology and
// Innovation" (never "Minister, Deputy Minister", where no "and" closes a list of title words).
const LIST_COMMA = `,[ \\t]+(?=(?:${WORD}[ \\t]+){0,2}?${WORD},?[ \\t]+and[ \\t]+${WORD}(?![\\p{L}\\p{N}'’-]))`;
const TITLE = `${WORD}(?:(?:\\s+(?:and|of|for|on|of\\s+the|for\\s+the)\\s+|[ \\t]+|-|${LIST_COMMA})${WORD})*`;
const HEAD_SET = new Set(HEADS);
const TITLE_WORDS = new Set([...HEADS, ...MODIFIERS]);
/** "Minister", "Ministers", "Ministerial" after a shorter title are not a name. */
const isTitleWord = (w: string) => TITLE_WORDS.has(w) || TITLE_WORDS.has(w.replace(/(?:s|ial)$/, ''));

/** One name word, for the name-then-title style below. */
const NAME_WORD = `(?:\\p{Lu}\\p{Ll}+(?:-\\p{L}\\p{Ll}*|['’]\\p{Lu}\\p{Ll}+)*|\\p{Lu}\\.|\\p{Lu}{2,}(?![\\p{L}]))`;
/** A name with an Arabic lineage: "Mohammed bin Abdulrahman bin Jassim Al-Thani". */
const LINEAGE_NAME = `${NAME_WORD}(?:[ \\t]+(?:(?:bin|ibn|bint|binti|Al|al)[ \\t]+)?${NAME_WORD}){0,6}`;

/** Words that follow a title but are not names: "President Tuesday", "Minister The". */
const NOT_NAMES = new Set(
  'The This That These Those A An And Of For On In At To With By From As Or But Both Each Officer Officers Today Monday Tuesday Wednesday Thursday Friday Saturday Sunday I We He She They It His Her Their Our'.split(
    ' ',
  ),
);

const HONORIFIC = `(?:Mr|Mrs|Ms|Dr|Prof|H\\.E)\\.?|the\\s+Honou?rable|(?:His|Her)\\s+Excellency`;
/** Where a title may stand: the English finder reads the name after it (`readName`). */
// The one-letter look-ahead first: tried at every position of the page, it rules most out before
// the look-behind and the long alternation run.
const TITLE_RE = new RegExp(
  `(?=[${[...new Set([...HEADS, ...MODIFIERS].map((w) => w.charAt(0)))].join('')}])(?<![\\p{L}\\p{N}-])(?:${TITLE})(?:(?:[ \\t]+|-)(?:designate|Designate|elect|Elect))?(?![\\p{L}\\p{N}'’-])`,
  'gu',
);
/** Japan MOFA's style: "Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan". */
const NAME_THEN_TITLE_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${HONORIFIC})[ \\t]+(${LINEAGE_NAME}),[ \\t]+(?:the[ \\t]+)?(${TITLE})(?![\\p{L}\\p{N}])`,
  'uy',
);
/**
 * Where an honorific may start. Tried at every position, the full pattern's leading look-behind
 * and Unicode classes cost more than the rest of recognition; this plain one finds the few
 * places to try it.
 */
const HONORIFIC_START_RE = new RegExp(HONORIFIC, 'g');

/** The full pattern's matches, left to right and not overlapping, as `matchAll` would give. */
function* namesThenTitles(text: string): Generator<RegExpExecArray> {
  let end = 0;
  for (const start of text.matchAll(HONORIFIC_START_RE)) {
    if (start.index < end) continue;
    NAME_THEN_TITLE_RE.lastIndex = start.index;
    const m = NAME_THEN_TITLE_RE.exec(text);
    if (!m) continue;
    end = m.index + m[0].length;
    yield m;
  }
}
const TITLE_BEFORE_RE = new RegExp(`(?<![\\p{L}\\p{N}-])(${TITLE})[ \\t]+$`, 'u');

const ZH_HEADS = [
  '国务委员兼外交部长',
  '副国务秘书',
  '国务秘书',
  '副外长',
  '外交部部长',
  '外交部第一副部长',
  // Japan's administrative vice-minister (外务事务次官秋叶刚男).
  '事务次官',
  '第一副部长',
  '国家安全顾问',
  '外交与合作部长',
  '外交和国际合作部长',
  '外交与国际合作部长',
  '外交和欧洲事务部长',
  '外交事务部长',
  '外交国务部长',
  '国务部长',
  '副首相',
  '首席秘书',
  '常务秘书',
  '助理国务卿',
  '副秘书长',
  '高级代表',
  '外交部长',
  '外交部副部长',
  '外长',
  '外交大臣',
  '外务大臣',
  '外相',
  '国务卿',
  '副国务卿',
  '总理',
  '副总理',
  '总统',
  '副总统',
  '首相',
  '国家主席',
  '主席',
  '副主席',
  '国务委员',
  '主任',
  '部长',
  '副部长',
  '大臣',
  '大使',
  '特使',
  '发言人',
  '秘书长',
  '议长',
  '国王',
  '女王',
  '王储',
  '总书记',
  '委员长',
  '特别代表',
  '首席部长',
  '司长',
  '委员',
];
/** Characters and words that end a Chinese name after a title ("阿瑟伯恩表示", "默克尔在", "主席提出的"). */
// Japanese event nouns too: "外相電話会談" is a title before a meeting, not before a name; so are
// travel (大臣訪中), the medium (外长视像会晤) and a modal (总统可能); nouns and adverbs after a title
// that no name starts with: an election (总统选举), a Q&A digest (发言人答问汇总), "clearly" (外长显然).
// Modal verbs ("发言人能否介绍", "外长是否出席"): a question about the holder, no name.
// Nouns of the office itself (外长职务, "the post of"), of reaching (总统达成) and of a speech (大臣演説).
const ZH_STOPS =
  '职务|職務|职位|職位|任期|达成|達成|演説|演说|演說|演讲|演講|能否|是否|可否|能够|会否|应否|选举|大选|竞选|显然|答问|答记者问|汇总|已经|仍然|正在|再次|近日|日前|随后|此前|一致|訪問|訪日|訪中|訪韓|訪米|訪露|訪朝|来日|日程|视像|视频|可能|表示|指出|说|称|认为|强调|介绍|会见|会谈|会晤|会议|电话|会談|会議|会合|会見|電話|举行|出席|通电话|通了|通话|进行|致电|在|于|时|的|和|与|同|及|并|就|向|对|将|也|还|一行|阁下|先生|女士|夫人|等|共同|分别|互致|回应|发表|应约|应邀|访问|访华|即将|今天|昨天|当天|曾经|邀请|透露|宣布|证实|确认|回答|提出|提议|倡议|倡导|讲话|致辞|呼吁|重申|阐述|主持|签署|接见|祝贺|感谢|欢迎|期待|希望|同意|赞赏|赞扬|[一二三四五六七八九十〇零两0-9]{1,3}日';
const ZH_HEAD_RE = `(?:${[...ZH_HEADS].sort((a, b) => b.length - a.length).join('|')})`;
/** The dots between the parts of a transliterated name: 约翰·基, 約翰‧基 (Traditional), ジョン・キー. */
// A hyphen too: "加西亚-贝朗德" (the last, a literal inside the classes built from this).
const ZH_NAME_DOTS = '·・‧•-';
const ZH_NAME_DOT_RE = new RegExp(`[${ZH_NAME_DOTS}]`);
/**
 * Characters Chinese uses to transliterate foreign names. A name of five characters or more with
 * no dot must be made of them: "澳洲外长北京过生日" has a place and a verb after the title, not a name.
 */
const ZH_TRANSLITERATION = new Set(
  // Mongolian and Central Asian names too: 呼日勒苏赫, 奥云额尔登, 赞登沙特尔, 巴特策策格.
  '呼日云额赞策阿埃艾爱安昂奥澳巴拜班邦帕默蓓碧黛保鲍贝本比彼毕宾波伯博布查达戴丹道德登迪蒂丁东杜多厄恩尔法范菲费芬丰弗伏福富盖甘冈高戈格贡古瓜哈海汉豪赫黑亨洪胡华怀霍基吉加贾坚杰金津卡凯坎康考科克肯孔库夸奎拉莱赖兰朗劳勒雷蕾里理丽利连列林琳卢鲁陆路伦罗洛吕马迈麦曼芒梅门蒙孟米密明莫姆穆拿纳娜奈南内尼宁纽努诺欧帕潘庞佩蓬皮珀普奇齐契乔切钦琼丘萨塞赛桑森沙莎山尚绍舍申什施史舒斯松苏索塔泰坦汤唐陶特滕提廷通图托瓦万旺威韦维温沃乌伍武西希锡辛休雅亚延扬耶伊因英尤约扎詹泽哲珍朱兹佐'.split(
    '',
  ),
);
/**
 * Whether a run of Chinese characters after a title can be a name: up to four characters (a
 * Chinese name), five in transliteration characters, or longer with dots between its parts.
 */
export function chineseNameShape(name: string): boolean {
  if (ZH_NAME_DOT_RE.test(name)) return true;
  return name.length <= 4 || (name.length === 5 && [...name].every((c) => ZH_TRANSLITERATION.has(c)));
}
// The name holds no title word and must end at a stop word or punctuation, so "委员" in
// "委员会办公室主任杨洁篪" does not take "会办公室" for a name.
const ZH_TITLED_NAME_RE = new RegExp(
  `(${ZH_HEAD_RE})((?:(?!${ZH_STOPS}|${ZH_HEAD_RE})[\\u4e00-\\u9fff${ZH_NAME_DOTS}]){2,16})(?=${ZH_STOPS}|[^\\u4e00-\\u9fff${ZH_NAME_DOTS}]|$)`,
  'g',
);
/**
 * Words that name a body or a building, not a person: 办公室, 委员会, 代表团, 大使馆, 官邸 ("首相官邸",
 * the prime minister's residence), 总部 (Traditional and Japanese forms too).
 */
const ZH_INSTITUTION_WORD_RE =
  /办公室|辦公室|委员会|委員會|代表团|代表團|使馆|使館|领馆|領館|政府|机构|機構|办事处|辦事處|官邸|公邸|总部|總部|本部|大楼|大樓|宾馆|賓館/;
/**
 * Nouns of affairs and of remarks (事宜 "matters", 问题, 事项, 情况, 安排; 发言 "remarks", 講話,
 * 談話, 挨拶): "大使轮换事宜", "大臣冒頭発言" read a matter or a speech after the title, no name
 * (Simplified, Traditional and Japanese forms).
 */
const ZH_AFFAIRS_NOUN_RE =
  /事宜|事项|事項|事务|事務|问题|問題|议题|議題|情况|情況|状况|狀況|状況|安排|进展|進展|发言|發言|発言|讲话|講話|谈话|談話|挨拶|所感|答弁|答辩|答辯|声明|聲明|工作|任务|任務|人选|人選|人事|交代|更迭|离任|離任|赴任|就任|到任|轮换|輪換/u;
/**
 * What starts a verb, a time word or a conjunction after a title, never a name: a visit (访华,
 * 访问, 来访, 出访, Japanese 表敬 "courtesy call", 訪問, 訪日), "not long ago" (不久前), "or" and "and"
 * (或代表 "or representatives", 及), "about to" (即将), "recently" (近日, 日前), "a party" (一行).
 */
export const ZH_NOT_NAME_START_RE =
  /^(?:访|訪|来访|來訪|出访|出訪|表敬|不久|或|及|以及|即将|即將|近日|日前|此前|一行|率团|率團)/u;
/** A Chinese title run before a name: back to the nearest punctuation or verb. */
const ZH_TITLE_BREAKS = '会见|会晤|同|与|和|在|期间|的';
// The run starts at a break, not inside a word: "会见卢森堡外交大臣" gives 卢森堡外交大臣, not 见卢森堡….
const ZH_TITLE_BEFORE_RE = new RegExp(
  `(?<=^|[^\\u4e00-\\u9fff、]|${ZH_TITLE_BREAKS})((?:(?!${ZH_TITLE_BREAKS})[\\u4e00-\\u9fff、]){0,24}${ZH_HEAD_RE})$`,
);

export interface TitledName {
  /** The name's offsets in the text (the title is not part of the mention). */
  start: number;
  end: number;
  name: string;
  title: string;
  /** The country the title or the words after the name give ("of Poland"), if any. */
  country?: string;
}

const OF_OR_TO_RE = /^[ \t]+(of|to|in)[ \t]+(?:the[ \t]+)?/;

/**
 * The name after a title, and the country around it: "Minister for Foreign Affairs [of
 * Australia] [H.E. Dr.] Julie Bishop [of Australia]", "Ambassador of Nepal to China Krishna Oli".
 */
function nameAfterTitle(text: string, position: number): Omit<TitledName, 'title'> | undefined {
  let at = position;
  let country: string | undefined;
  for (let k = 0; k < 2; k++) {
    const of = OF_OR_TO_RE.exec(text.slice(at, at + 12));
    const place = of ? leadingCountry(text.slice(at + of[0].length, at + of[0].length + 60)) : undefined;
    if (!of || !place) break;
    if (of[1] === 'of') country ??= place.code;
    at += of[0].length + place.length;
    const acronym = /^[ \t]*\([A-Z]{2,5}\)/.exec(text.slice(at, at + 10));
    if (acronym) at += acronym[0].length;
  }
  const gap = /^[ \t]+/.exec(text.slice(at, at + 4));
  // "Foreign Minister of Norway, H.E. Jane Doe": the name set off by a comma, as an apposition.
  const comma = gap ? null : /^,[ \t]+/.exec(text.slice(at, at + 4));
  if (!gap && !comma) return undefined;
  const nameAt = at + (gap ?? comma)![0].length;
  const name = readName(text, nameAt, isTitleWord);
  if (!name || NOT_NAMES.has(name.name.split(' ')[0]!) || countryOf(name.name)) return undefined;
  if (comma && !appositiveName(text, nameAt, name)) return undefined;
  // "President Ho Chi Minh Mausoleum", "President Kennedy Airport": a place named after a person.
  if (PLACE_NOUNS.has(name.name.slice(name.name.lastIndexOf(' ') + 1))) return undefined;
  const of = /^,?[ \t]+of[ \t]+(?:the[ \t]+)?/.exec(text.slice(name.after, name.after + 12));
  const after = of
    ? leadingCountry(text.slice(name.after + of[0].length, name.after + of[0].length + 60))
    : undefined;
  country ??= after?.code;
  return { start: name.start, end: name.end, name: name.name, ...(country ? { country } : {}) };
}

/**
 * A name after "Title, ": only with an honorific before it ("Ms", "H.E.", "Maj. Gen. (Rtd)"), or
 * of two words or more closed by a comma ("President of Ruritania, Jane Roe Doe, said"): a list
 * of titles ("the Minister, Deputy Minister and …") or of bodies names no one.
 */
function appositiveName(text: string, nameAt: number, name: ReadName): boolean {
  const words = name.name.split(' ');
  if (words.some((w) => ORGANISATION_WORDS.has(w) || PLACE_NOUNS.has(w) || EVENT_NOUNS.has(w))) return false;
  if (leadingCountry(name.name)) return false;
  if (name.start > nameAt) return true;
  // Closed by a comma, by the sentence's end ("held talks with the Minister of State, Jane Roe.")
  // or by where the person spoke ("said the Spokesman, Jane Roe at the ministry"), or by the
  // clause going on: a verb after "and" ("met the Minister, Jane Roe and discussed …"), a purpose
  // after "for" ("met the Secretary General, Jane Roe for the third round …").
  return (
    words.length >= 2 &&
    /^(?:,|[.;](?:\s|$)|[ \t]+(?:at|in)[ \t]+the[ \t]+\p{Ll}|[ \t]+and[ \t]+\p{Ll}+(?:ed|s)[ \t]|[ \t]+for[ \t]+(?:the[ \t]+|a[ \t]+|an[ \t]+)?(?:\d|\p{Ll}))/u.test(
      text.slice(name.after, name.after + 24),
    )
  );
}

/** Words of bodies and places that a capitalised phrase after "Title, " may hold: not a name. */
const ORGANISATION_WORDS = new Set(
  'Nations States Division Unit Section Desk Branch Mission Court Affairs Directorate Wing Cell Authority Board'.split(
    ' ',
  ),
);

/** Last words that make a titled name a place or a thing named after a person. */
const PLACE_NOUNS = new Set(
  'Mausoleum Memorial Museum Square Park Bridge Street Road Avenue Boulevard Hall Palace House Centre Center Airport University College School Institute Stadium Tower Cemetery Monument Temple Mosque Church Cathedral Hotel Station Port Harbour Harbor Gardens Library Foundation Prize Award Highway Canal Dam Village City Province District Campus Library Academy Hospital Trail'.split(
    ' ',
  ),
);

/** Words of events, rooms and bodies: "Meeting Room, Chair of …" names no one. */
const EVENT_NOUNS = new Set(
  'Meeting Meetings Room Conference Summit Forum Session Dialogue Talks Group Agency Bank Fund Union Organization Organisation Association Alliance Company Corporation Network Programme Program Project Report Policy Review Times News Post Daily Press Agency Service Television Radio'.split(
    ' ',
  ),
);

/**
 * "Mumtaz Zahra Baloch, spokesperson of the Ministry …", "Jane Doe, Ambassador of Norland to …":
 * a name of two to four words set off by commas before a title with "of", "to" or "at", where no
 * honorific starts it. The name starts a clause (after a comma, a colon or a sentence's end).
 */
// Also after "accompanied by", "with", "and" and "including", and before "at the Ministry" or
// "and" + the next name of a list ("by Jane Doe, Additional Secretary and John Roe, Director at …").
const NAME_COMMA_TITLE_RE = new RegExp(
  `(?<=(?:^|[,;:.][ \t]+|\n|(?<![\\p{L}])(?:by|with|and|including)[ \t]+))(${NAME_WORD}(?:[ \t]+${NAME_WORD}){1,3}),[ \t]+(?:the[ \t]+)?(?:(?:visiting|outgoing|incoming|newly[ \t-]appointed|new)[ \t]+)?(${TITLE})(?=[ \t]+(?:(?:of|to|for|at)[ \t]|and[ \t]+\\p{Lu}))`,
  'gmu',
);

/** A header's "Statement by Jane P. Roe, Spokesman" (then a comma, a full stop or the line's end). */
const BY_NAME_COMMA_TITLE_RE = new RegExp(
  `(?<![\\p{L}])by[ \t]+(${NAME_WORD}(?:[ \t]+${NAME_WORD}){1,3}),[ \t]+(?:the[ \t]+)?(${TITLE})(?=[ \t]*(?:[,;]|$|\\.(?:\\s|$)))`,
  'gmu',
);

/**
 * The same with the title's country before it: "Jane Doe, U.S. Under Secretary of State, …",
 * "John Roe, the Japanese Ambassador to …". The word must be a country or its adjective.
 */
const NAME_COMMA_COUNTRY_TITLE_RE = new RegExp(
  `(?<=(?:^|[,;:.][ \t]+|\n|(?<![\\p{L}])(?:by|with|and|including)[ \t]+))(${NAME_WORD}(?:[ \t]+${NAME_WORD}){1,3}),[ \t]+(?:the[ \t]+)?(\\p{Lu}[\\p{L}.]*?)(?:['’]s)?[ \t]+(${TITLE})(?=[ \t]+(?:(?:of|to|for|at)[ \t]|and[ \t]+\\p{Lu})|,)`,
  'gmu',
);

/** A name word with inner capitals or diacritics: "AbdelRahman", "Šajgalíková", "Al-Thani". */
const EXCELLENCY_WORD = `\\p{Lu}\\p{Ll}+(?:\\p{Lu}\\p{Ll}+)*(?:-\\p{Lu}\\p{Ll}+)*`;
const EXCELLENCY_NAME_RE = new RegExp(
  `(?<![\\p{L}])H\\.[ \\t]?E\\.?[ \\t]+(?:(?:Mr|Mrs|Ms|Dr|Prof|Sheikh|Shaikh)\\.?[ \\t]+)?(${EXCELLENCY_WORD}(?:[ \\t]+${EXCELLENCY_WORD}){1,3})(?=[ \\t]*(?:[,;]|\\.(?:[ \\t]|$)|$|[ \\t]+and[ \\t]))`,
  'gmu',
);

/**
 * "foreign ministers of the Kyrgyz Republic [Jane Doe] and Tajikistan [John Roe]": a name of two to
 * four words in brackets right after a country, in a sentence that names ministers before it.
 */
const BRACKETED_NAME_RE = new RegExp(`[ \t][\\[(](${NAME_WORD}(?:[ \t]+${NAME_WORD}){1,3})[\\])]`, 'gu');
const OFFICE_WORDS_BEFORE_RE =
  /\b(?:[Mm]inisters?|[Cc]ounterparts?|[Pp]residents?|[Pp]rime [Mm]inisters?|[Aa]mbassadors?|[Ss]ecretar(?:y|ies)|[Ss]pokes(?:man|woman|person))\b[^.;\n]{0,100}$/;

/** Words of agreements and documents: "(Oslo Accord)" names no one. */
const INSTRUMENT_WORDS = new Set(
  'Accord Accords Agreement Declaration Treaty Convention Protocol Charter Initiative Plan Strategy Framework Communique Pact Resolution Statement Vision'.split(
    ' ',
  ),
);

/** A word no person's name holds: an acronym, a place, event, organisation or instrument noun. */
const hasNonNameWord = (name: string) =>
  name
    .split(' ')
    .some(
      (w) =>
        /^\p{Lu}{2,}$/u.test(w) ||
        ORGANISATION_WORDS.has(w) ||
        PLACE_NOUNS.has(w) ||
        EVENT_NOUNS.has(w) ||
        INSTRUMENT_WORDS.has(w),
    );

function bracketedNames(text: string): TitledName[] {
  const found: TitledName[] = [];
  for (const m of text.matchAll(BRACKETED_NAME_RE)) {
    const before = text.slice(Math.max(0, m.index - 140), m.index);
    const words = before.split(/[ \t]+/);
    let country: string | undefined;
    for (let k = Math.min(4, words.length); k >= 1 && !country; k--) {
      const phrase = words.slice(-k).join(' ');
      // "the Kyrgyz Republic", "the Slovak Republic": a state named by its adjective.
      country = countryOf(phrase) ?? (/ Republic$/.test(phrase) ? countryOf(phrase.slice(0, -9)) : undefined);
    }
    if (!country || !OFFICE_WORDS_BEFORE_RE.test(before)) continue;
    const name = trimName(m[1]!);
    if (!name || name !== m[1] || countryOf(name) || leadingCountry(name)) continue;
    if (hasNonNameWord(name)) continue;
    const start = m.index + 2;
    const title = OFFICE_WORDS_BEFORE_RE.exec(before)![0].split(/[ \t]/)[0]!;
    found.push({ start, end: start + name.length, name, title, country });
  }
  return found;
}

/**
 * "met with O.Enkhtsetseg", "Ms. O.Enkhtsetseg": an initial glued to a family name (the Mongolian
 * and Russian style) after a meeting verb or an honorific, where no title precedes. The glued
 * shape is what makes it a person; "met with U.S. officials" has a space, "U.S.Embassy" an
 * abbreviation (`gluedInitialsName`).
 */
const GLUED_INITIAL_NAME_RE =
  /(?<![\p{L}])(met with|meeting with|talks with|received|(?:Mr|Ms|Mrs)\.?)[ \t]+(\p{Lu}\.(?:\p{Lu}\.)?\p{Lu}\p{Ll}{2,}(?:-\p{Lu}?\p{Ll}+)?)(?![\p{L}\p{N}]|\.\p{L})/gu;

/**
 * "replaces Jane Roe as the President of the General Assembly", "the appointment of Jane Roe as
 * Norland's special representative": a name of two to four words after a lowercase word, then
 * "as", an article or a country's possessive, and a title (a capitalised title phrase, or one of a
 * few offices written in lower case) that "of", "to", "on", "for" or the clause's end follows.
 */
const NAME_AS_TITLE_RE = new RegExp(
  `(?<=(?:^|[^\\p{L}\\p{N}])\\p{Ll}+[ \t]+)(${NAME_WORD}(?:[ \t]+${NAME_WORD}){1,3})[ \t]+as[ \t]+(?:(?:the|a|its|their)[ \t]+|(\\p{Lu}[\\p{L}]+(?:[ \t]+\\p{Lu}[\\p{L}]+)?)['’]s[ \t]+)(?:new[ \t]+|next[ \t]+)?(${TITLE}|(?:special|deputy|chief)[ \t]+(?:representative|envoy|adviser|advisor|coordinator))(?=[ \t]+(?:of|to|on|for|in)[ \t]|[.,;])`,
  'gu',
);

function nameAsTitle(text: string): TitledName[] {
  const found: TitledName[] = [];
  for (const m of text.matchAll(NAME_AS_TITLE_RE)) {
    const name = trimName(m[1]!);
    if (!name || name !== m[1] || countryOf(name) || leadingCountry(name)) continue;
    if (hasNonNameWord(name)) continue;
    const owner = m[2];
    const country = owner ? countryOf(owner) : undefined;
    if (owner && !country) continue;
    const title = m[3]!;
    if (/^\p{Lu}/u.test(title) && !isTitle(title)) continue;
    found.push({ start: m.index, end: m.index + name.length, name, title, ...(country ? { country } : {}) });
  }
  return found;
}

/**
 * Titles cut short as press releases' headers and lists write them: "For. Min. Doe", "Dep. For.
 * Min Roe", "High Rep. Poe", "Amb. Roe", "Pres. Poe". Read as the full title, so the
 * name after it is resolved as after the title written out.
 */
const ABBREVIATED_TITLES: [RegExp, string][] = [
  [/^Dep\.[ \t]?For(?:\.|eign)[ \t]?Min\.?$/, 'Deputy Foreign Minister'],
  [/^(?:For\.|Foreign)[ \t]?Min\.?$/, 'Foreign Minister'],
  [/^(?:Prime|Pr\.)[ \t]?Min\.?$/, 'Prime Minister'],
  [/^High[ \t]Rep\.$/, 'High Representative'],
  [/^Amb\.$/, 'Ambassador'],
  [/^Pres\.$/, 'President'],
];
const ABBREVIATED_TITLE_RE =
  /(?<![\p{L}\p{N}.-])(Dep\.[ \t]?For(?:\.|eign)[ \t]?Min\.?|(?:For\.|Foreign|Prime|Pr\.)[ \t]?Min\.?|High[ \t]Rep\.|Amb\.|Pres\.)(?=[ \t]+\p{Lu})/gu;
function abbreviatedTitledNames(text: string): TitledName[] {
  const found: TitledName[] = [];
  for (const m of text.matchAll(ABBREVIATED_TITLE_RE)) {
    // "Foreign Min" without its full stop is a word cut short only in a header: "For. Min" is.
    if (/^(?:Foreign|Prime)[ \t]?Min$/.test(m[1]!)) continue;
    const title = ABBREVIATED_TITLES.find(([re]) => re.test(m[1]!))?.[1];
    if (!title) continue;
    const name = nameAfterTitle(text, m.index + m[1]!.length);
    if (name && trimName(name.name) === name.name) found.push({ ...name, title });
  }
  return found;
}

function isTitle(phrase: string): boolean {
  return phrase.split(/[\s-]+/).some((w) => HEAD_SET.has(w));
}

/** Drops leading name words that are really sentence words ("Minister Hayashi And"). */
function trimName(name: string): string | undefined {
  const words = name.split(/[ \t]+/);
  while (words.length && NOT_NAMES.has(words[words.length - 1]!)) words.pop();
  if (!words.length || NOT_NAMES.has(words[0]!) || words.some(isTitleWord)) return undefined;
  // A lone initial or a lone all-caps acronym ("President ROK") is not a name.
  if (words.length === 1 && (/\.$/.test(words[0]!) || /^\p{Lu}+$/u.test(words[0]!))) return undefined;
  return words.join(' ');
}

/**
 * A plural office, then "country, name" pairs: "the Presidents of Peru, Jane Roe; and Canada, John
 * Doe", "the Foreign Ministers of Norland, Jane Roe, and Southland, John Poe". Each name is of two
 * words or more and follows a country and a comma.
 */
const PLURAL_OFFICE_OF_RE =
  /(?<![\p{L}])(?:Foreign Ministers|Ministers of Foreign Affairs|Presidents|Prime Ministers|Ambassadors|Heads of State|counterparts[ \t]+from)[ \t]+(?:of[ \t]+)?(?:the[ \t]+)?/gu;
/**
 * "the Foreign Ministers of Norland and Southland Jane Roe and John Doe": two countries, then two
 * names of two words or more, each the same length as a person's, paired in order.
 */
function pairedCountriesAndNames(text: string, at: number, title: string): TitledName[] {
  const first = leadingCountry(text.slice(at, at + 60));
  if (!first) return [];
  let p = at + first.length;
  const and1 = /^[ \t]+and[ \t]+(?:the[ \t]+)?/.exec(text.slice(p, p + 12));
  if (!and1) return [];
  p += and1[0].length;
  const second = leadingCountry(text.slice(p, p + 60));
  if (!second) return [];
  p += second.length;
  const gap = /^,?[ \t]+/.exec(text.slice(p, p + 4));
  if (!gap) return [];
  const one = readName(text, p + gap[0].length, isTitleWord);
  if (!one || one.start !== p + gap[0].length) return [];
  const and2 = /^[ \t]+and[ \t]+/.exec(text.slice(one.after, one.after + 8));
  if (!and2) return [];
  const two = readName(text, one.after + and2[0].length, isTitleWord);
  if (!two || two.start !== one.after + and2[0].length) return [];
  const people = [one, two];
  if (
    people.some(
      (n) =>
        n.name.split(' ').length < 2 ||
        trimName(n.name) !== n.name ||
        countryOf(n.name) ||
        leadingCountry(n.name) ||
        hasNonNameWord(n.name),
    )
  )
    return [];
  return [
    { start: one.start, end: one.end, name: one.name, title, country: first.code },
    { start: two.start, end: two.end, name: two.name, title, country: second.code },
  ];
}

function pluralOfficeNames(text: string): TitledName[] {
  const found: TitledName[] = [];
  for (const m of text.matchAll(PLURAL_OFFICE_OF_RE)) {
    let at = m.index + m[0].length;
    const title = m[0].replace(/[ \t]+(?:of|from)[ \t]+(?:the[ \t]+)?$/, '');
    if (/^counterparts[ \t]+from[ \t]+of/.test(m[0])) continue;
    const pair = pairedCountriesAndNames(text, at, title);
    if (pair.length) {
      found.push(...pair);
      continue;
    }
    for (let k = 0; k < 6; k++) {
      const place = leadingCountry(text.slice(at, at + 60));
      if (!place) break;
      at += place.length;
      // "counterparts from the UAE, Jane Roe; and Norland John Doe": the comma may be left out.
      const comma = /^,?[ \t]+/.exec(text.slice(at, at + 4));
      if (!comma) break;
      const name = readName(text, at + comma[0].length, isTitleWord);
      if (!name || name.start !== at + comma[0].length || name.name.split(' ').length < 2) break;
      if (countryOf(name.name) || leadingCountry(name.name)) break;
      if (
        name.name
          .split(' ')
          .some((w) => ORGANISATION_WORDS.has(w) || PLACE_NOUNS.has(w) || EVENT_NOUNS.has(w))
      )
        break;
      found.push({ start: name.start, end: name.end, name: name.name, title, country: place.code });
      const next = /^[,;]?[ \t]+(?:and[ \t]+)?(?:the[ \t]+)?/.exec(text.slice(name.after, name.after + 12));
      if (!next) break;
      at = name.after + next[0].length;
    }
  }
  return found;
}

/**
 * News copy writes offices in lower case before a name: "his deputy press secretary Jane Roe said",
 * "the foreign secretary John Doe". Taken only for a name of two words or more, so a lowercase
 * office before a single capitalised word ("the minister Monday") names no one.
 */
const LOWER_TITLE = `(?:(?:deputy|chief|assistant|senior|special|press|foreign|external|affairs|prime|vice|state|national|security|principal|permanent|finance|defence|defense|home|trade|parliamentary|additional|joint)[ \t]+){0,3}(?:minister|secretary|spokesman|spokesperson|spokeswoman|ambassador|envoy|adviser|advisor|president|premier|chancellor|counsellor|counselor)`;
// "the ministry spokesman, Jane Roe said": set off by a comma, the name closed by a comma, a
// full stop or a verb of speaking.
const LOWER_TITLE_RE = new RegExp(`(?<![\\p{L}\\p{N}-])(${LOWER_TITLE})(,?)[ \t]+(?=\\p{Lu})`, 'gu');
const APPOSITION_CLOSE_RE = /^(?:,|\.(?:\s|$)|[ \t]+(?:said|says|told|added|noted|stated)(?![\p{L}]))/u;

/**
 * Names of two words or more right after each match of `marker` (a title or a style), that are
 * not a country or hold a word no name has; `keep` may refuse one by its match and its end.
 */
function namesAfterMarker(
  text: string,
  marker: RegExp,
  title: (m: RegExpMatchArray) => string,
  keep: (m: RegExpMatchArray, after: number) => boolean = () => true,
): TitledName[] {
  const found: TitledName[] = [];
  for (const m of text.matchAll(marker)) {
    const at = m.index! + m[0].length;
    const name = readName(text, at, isTitleWord);
    if (!name || name.start !== at) continue;
    const trimmed = trimName(name.name);
    if (!trimmed || trimmed !== name.name || trimmed.split(' ').length < 2) continue;
    if (countryOf(trimmed) || leadingCountry(trimmed) || hasNonNameWord(trimmed)) continue;
    if (!keep(m, name.after)) continue;
    found.push({ start: name.start, end: name.end, name: trimmed, title: title(m) });
  }
  return found;
}

const lowercaseTitledNames = (text: string) =>
  namesAfterMarker(
    text,
    LOWER_TITLE_RE,
    (m) => m[1]!,
    (m, after) => !m[2] || APPOSITION_CLOSE_RE.test(text.slice(after, after + 12)),
  );

/**
 * Malaysian and Bruneian styles mark a person as "H.E." does, with or without an office: "Tun
 * Jane Roe", "Tan Sri Jane Roe" (also spelt "Tan Seri"), "Datuk Seri John Doe". The name after the
 * style, of two words or more; not a street or a building named after someone ("Jalan Tun Razak"),
 * nor the Burmese name word Tun ("U Tun Tun Oo").
 */
const MALAY_STYLE_RE =
  /(?<![\p{L}])(?<!(?:Jalan|Persiaran|Lebuh|Lebuhraya|Lorong|Menara|Wisma|Dewan|U|Daw|Ko|Maung|Tun)[ \t]+)(Tun(?![ \t]+Tun(?![\p{L}]))|Toh[ \t]+Puan|Tan[ \t]+S(?:e)?ri|Puan[ \t]+Sri|Datuk[ \t]+Seri|Dato['’]?[ \t]+S(?:e)?ri|Datuk[ \t]+Patinggi|Pehin[ \t]+Sri)[ \t]+(?=\p{Lu})/gu;

const malayStyledNames = (text: string) =>
  namesAfterMarker(text, MALAY_STYLE_RE, (m) => m[1]!.replace(/[ \t]+/g, ' '));

/**
 * A plural office, then two names set off by dashes, a comma, a colon or a bracket: "the foreign
 * secretaries of the two countries -- Jane Roe and John Doe --", "the two Foreign Ministers, Jane
 * Roe and John Doe,". Each name is of two words or more.
 */
const PLURAL_APPOSITION_RE =
  /(?<![\p{L}])((?:[Ff]oreign|[Ee]xternal[ \t]+[Aa]ffairs|[Pp]rime|[Dd]efen[cs]e|[Ff]inance|[Tt]rade|[Dd]eputy)[ \t]+(?:[Mm]inisters|[Ss]ecretaries)|[Pp]residents|[Pp]remiers|[Aa]mbassadors|[Ee]nvoys)(?:[ \t]+of[ \t]+(?:the[ \t]+)?(?:two|both|three)[ \t]+(?:countries|sides|nations|states|governments))?[ \t]*(?:--|[–—:,(])[ \t]*(?=\p{Lu})/gu;

function pluralAppositionNames(text: string): TitledName[] {
  const found: TitledName[] = [];
  for (const m of text.matchAll(PLURAL_APPOSITION_RE)) {
    const first = readName(text, m.index + m[0].length, isTitleWord);
    if (!first || first.start !== m.index + m[0].length) continue;
    const and = /^[ \t]+and[ \t]+/.exec(text.slice(first.after, first.after + 8));
    const second = and ? readName(text, first.after + and[0].length, isTitleWord) : undefined;
    if (!second || second.start !== first.after + and![0].length) continue;
    if (!/^[ \t]*(?:--|[–—,;.)]|$)/.test(text.slice(second.after, second.after + 4))) continue;
    const people = [first, second];
    if (people.some((p) => p.name.split(' ').length < 2 || countryOf(p.name) || hasNonNameWord(p.name)))
      continue;
    const title = m[1]!.replace(/[ \t]+/g, ' ');
    for (const p of people) found.push({ start: p.start, end: p.end, name: p.name, title });
  }
  return found;
}

/**
 * "when Jane Roe was Norland's external affairs minister and John Doe was his Southlandic
 * counterpart": a name after a conjunction, "was" or "is", then a country's possessive, or an
 * article or "his"/"her" with a country's adjective, and an office. Spaced initials ("J K Roe")
 * count as name words here.
 */
const SPACED_NAME_WORD = `(?:[B-HJ-Z](?=[ \t]+\\p{Lu})|${NAME_WORD})`;
const NAME_WAS_TITLE_RE = new RegExp(
  `(?<=(?:^|[^\\p{L}\\p{N}])(?:when|while|and|after|before|then|since|where|whereas)[ \t]+)(${SPACED_NAME_WORD}(?:[ \t]+${SPACED_NAME_WORD}){1,4})[ \t]+(?:was|is|had[ \t]+been|has[ \t]+been|became|remained)[ \t]+(?:(?:the|his|her|their|its)[ \t]+(?:(\\p{Lu}\\p{Ll}+)[ \t]+)?|(\\p{Lu}[\\p{L}]+(?:[ \t]+\\p{Lu}[\\p{L}]+)?)['’]s[ \t]+)(${LOWER_TITLE}|counterpart|${TITLE})(?=[ \t]+(?:of|to|on|for|in|and|at|until|when|while|from)[ \t]|[.,;:)])`,
  'gu',
);

function nameWasTitle(text: string): TitledName[] {
  const found: TitledName[] = [];
  for (const m of text.matchAll(NAME_WAS_TITLE_RE)) {
    const name = m[1]!.replace(/[ \t]+/g, ' ');
    const words = name.split(' ');
    // Spaced initials lead a name; they never end one.
    if (words.every((w) => w.length === 1) || words[words.length - 1]!.length === 1) continue;
    if (words.some((w) => NOT_NAMES.has(w) || isTitleWord(w)) || countryOf(name) || leadingCountry(name))
      continue;
    if (hasNonNameWord(name.replace(/(?:^|[ ])\p{Lu}(?= )/gu, ''))) continue;
    const owner = m[2] ?? m[3];
    const country = owner ? countryOf(owner) : undefined;
    if (owner && !country) continue;
    const title = m[4]!;
    if (/^\p{Lu}/u.test(title) && !isTitle(title)) continue;
    found.push({ start: m.index, end: m.index + m[1]!.length, name, title, ...(country ? { country } : {}) });
  }
  return found;
}

/** Every "title + name" in the text: English and, where the title is known, Chinese. */
export function findTitledNames(text: string): TitledName[] {
  const found: TitledName[] = [];
  for (const m of text.matchAll(TITLE_RE)) {
    const title = m[0];
    if (!isTitle(title)) continue;
    const found1 = nameAfterTitle(text, m.index + title.length);
    if (found1) found.push({ ...found1, title: title.replace(/\s+/g, ' ') });
  }
  for (const m of namesThenTitles(text)) {
    // "His Excellency Sheikh Mohammed …": a style after the honorific is not part of the name.
    const style = HONORIFIC_RE.exec(m[1]!)?.[0] ?? '';
    const name = trimName(m[1]!.slice(style.length));
    if (!name || !isTitle(m[2]!)) continue;
    const start = m.index + m[0].indexOf(m[1]!) + style.length;
    found.push({ start, end: start + name.length, name, title: m[2]! });
  }
  if (/, /.test(text))
    for (const m of text.matchAll(NAME_COMMA_TITLE_RE)) {
      const name = trimName(m[1]!);
      if (!name || name !== m[1] || !isTitle(m[2]!) || countryOf(name) || leadingCountry(name)) continue;
      if (name.split(' ').some((w) => PLACE_NOUNS.has(w) || EVENT_NOUNS.has(w))) continue;
      if (name.split(' ').some((w) => /^\p{Lu}{2,}$/u.test(w))) continue;
      found.push({ start: m.index, end: m.index + name.length, name, title: m[2]! });
    }
  if (/, /.test(text))
    for (const m of text.matchAll(NAME_COMMA_COUNTRY_TITLE_RE)) {
      const name = trimName(m[1]!);
      if (!name || name !== m[1] || !countryOf(m[2]!) || !isTitle(m[3]!)) continue;
      if (countryOf(name) || leadingCountry(name) || found.some((f) => f.start === m.index)) continue;
      if (name.split(' ').some((w) => PLACE_NOUNS.has(w) || EVENT_NOUNS.has(w) || /^\p{Lu}{2,}$/u.test(w)))
        continue;
      found.push({ start: m.index, end: m.index + name.length, name, title: m[3]! });
    }
  if (/by /.test(text))
    for (const m of text.matchAll(BY_NAME_COMMA_TITLE_RE)) {
      const name = trimName(m[1]!);
      if (!name || name !== m[1] || !isTitle(m[2]!) || countryOf(name) || leadingCountry(name)) continue;
      if (name.split(' ').some((w) => PLACE_NOUNS.has(w) || EVENT_NOUNS.has(w) || ORGANISATION_WORDS.has(w)))
        continue;
      const start = m.index + m[0].indexOf(m[1]!);
      found.push({ start, end: start + name.length, name, title: m[2]! });
    }
  // "H.E. Mrs. Terézia Šajgalíková, non-resident ambassador of …", "Ambassador of X, H.E. Mr. NAME;":
  // the style alone says a person, in lists of envoys presenting credentials.
  if (/H\.[ \t]?E/.test(text))
    for (const m of text.matchAll(EXCELLENCY_NAME_RE)) {
      const name = trimName(m[1]!);
      if (!name || name !== m[1] || countryOf(name) || leadingCountry(name)) continue;
      if (name.split(' ').some((w) => PLACE_NOUNS.has(w) || EVENT_NOUNS.has(w))) continue;
      const start = m.index + m[0].length - m[1]!.length;
      found.push({ start, end: start + name.length, name, title: 'H.E.' });
    }
  if (/(?:Min|Rep|Amb|Pres)\./.test(text)) found.push(...abbreviatedTitledNames(text));
  if (/[[(]/.test(text)) found.push(...bracketedNames(text));
  if (/ as /.test(text)) found.push(...nameAsTitle(text));
  for (const m of text.matchAll(GLUED_INITIAL_NAME_RE)) {
    if (!gluedInitialsName(m[2]!) || isTitleWord(m[2]!.replace(/^(?:\p{Lu}\.)+/u, ''))) continue;
    const start = m.index + m[0].length - m[2]!.length;
    found.push({ start, end: start + m[2]!.length, name: m[2]!, title: '' });
  }
  if (/s of |counterparts from/.test(text)) found.push(...pluralOfficeNames(text));
  found.push(...lowercaseTitledNames(text));
  if (/T(?:un|an|oh|uan)|Dat[uo]|Pehin/.test(text)) found.push(...malayStyledNames(text));
  if (/[Mm]inisters|[Ss]ecretaries|[Pp]residents|[Pp]remiers|[Aa]mbassadors|[Ee]nvoys/.test(text))
    found.push(...pluralAppositionNames(text));
  if (/ (?:was|is|had been|has been|became|remained) /.test(text)) found.push(...nameWasTitle(text));
  for (const m of text.matchAll(ZH_TITLED_NAME_RE)) {
    // Longer than a Chinese name: a transliterated one, whose parts a "·" separates.
    if (!chineseNameShape(m[2]!)) continue;
    // "外长级战略对话", "委员会代表", "主席后首次": the title word goes on, no name follows.
    // "外长第十五次会晤": an ordinal of the meeting, not a name.
    if (/^[级后会们方等国人部处局院长员第]/.test(m[2]!)) continue;
    // "副主席兼外交…" (concurrently), "大臣政務官" (an office after an office): no name follows.
    if (/^兼|官$/.test(m[2]!)) continue;
    // "发言人办公室开通了…": an institution word is part of a body's name, never of a person's.
    if (ZH_INSTITUTION_WORD_RE.test(m[2]!)) continue;
    // "大使轮换事宜", "大臣冒頭発言": a matter or a speech after the title, not a name.
    if (ZH_AFFAIRS_NOUN_RE.test(m[2]!)) continue;
    if (ZH_NOT_NAME_START_RE.test(m[2]!)) continue;
    const start = m.index + m[1]!.length;
    found.push({ start, end: start + m[2]!.length, name: m[2]!, title: m[1]! });
  }
  // Two rules may read the same name ("Ambassador, H.E. NAME," is both a comma-set and an H.E.
  // name): one find per span, the first rule's.
  const seen = new Set<string>();
  return found
    .filter((f) => !seen.has(`${f.start}:${f.end}`) && !!seen.add(`${f.start}:${f.end}`))
    .sort((a, b) => a.start - b.start);
}

/** The title written right before `position` ("Foreign Minister " → "Foreign Minister"), if any. */
export function titleBefore(text: string, name: number): string | undefined {
  const position = titleEnd(text, name);
  // Asked for most mentions on a page: rule both patterns out cheaply first, as the anchored
  // patterns are tried at every position of the line.
  const english = endsWithTitleWord(text, position);
  const chinese = ZH_HEAD_ENDS.has(text.charAt(position - 1));
  if (!english && !chinese) return undefined;
  const before = text.slice(Math.max(0, position - 120), position);
  const line = before.slice(before.lastIndexOf('\n') + 1);
  const en = english ? TITLE_BEFORE_RE.exec(line) : null;
  if (en && isTitle(en[1]!)) return en[1]!.replace(/\s+/g, ' ');
  const zh = chinese ? ZH_TITLE_BEFORE_RE.exec(line) : null;
  return zh ? zh[1]!.replace(/^、+/, '') : undefined;
}

const HONORIFIC_WORDS = new Set(
  'Mr Mrs Ms Dr Prof H.E HE Sheikh Shaikh U Daw Sir Honorable Honourable Excellency'.split(' '),
);
const HONORIFICS_BEFORE_RE =
  /(?<![\p{L}])(?:(?:Mr|Mrs|Ms|Dr|Prof|H\.\s?E|Sheikh|Shaikh|U|Daw|Sir|the Honou?rable|His Excellency|Her Excellency)\.?[ \t]+)+$/u;
const OF_COUNTRY_BEFORE_RE =
  /[ \t]+of[ \t]+(?:the[ \t]+)?(\p{Lu}[\p{L}'’.-]*(?:[ \t]+(?:of[ \t]+)?\p{Lu}[\p{L}'’.-]*){0,4})(?:[ \t]*\([A-Z]{2,5}\))?[ \t]+$/u;

/**
 * Where the title before a name ends, past the honorifics and the country between them:
 * "Minister for Foreign Affairs of Australia H.E. |Julie Bishop" → after "Affairs ".
 */
function titleEnd(text: string, name: number): number {
  const c = text.charCodeAt(name - 1);
  // Most names have their title, or nothing, right before them: no search then.
  if ((c !== 32 && c !== 9) || endsWithTitleWord(text, name)) return name;
  let position = name;
  const word = /(\S+)[ \t]+$/.exec(text.slice(Math.max(0, name - 16), name))?.[1] ?? '';
  const honorifics = HONORIFIC_WORDS.has(word.replace(/\.$/, ''))
    ? HONORIFICS_BEFORE_RE.exec(text.slice(Math.max(0, position - 40), position))
    : null;
  if (honorifics) position -= honorifics[0].length;
  const window = text.slice(Math.max(0, position - 80), position);
  const of = window.includes(' of ') ? OF_COUNTRY_BEFORE_RE.exec(window) : null;
  if (of && countryOf(of[1]!)) position -= of[0].length - 1;
  return position;
}

/** The last character of every Chinese title head: a Chinese title ends right before the name. */
const ZH_HEAD_ENDS = new Set(ZH_HEADS.map((h) => h.charAt(h.length - 1)));

const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** Whether spaces, and before them a title word ("Minister "), come right before `position`. */
function endsWithTitleWord(text: string, position: number): boolean {
  let end = position;
  while (end > 0 && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) end--;
  if (end === position) return false;
  let start = end;
  while (start > 0 && end - start < 20 && isAsciiLetter(text.charCodeAt(start - 1))) start--;
  return TITLE_WORDS.has(text.slice(start, end));
}

/** A title split from the country it starts with: "卢森堡外交大臣" → 外交大臣 of LU. */
export function splitLeadingCountry(title: string): { title: string; country?: string } {
  const leading = leadingCountry(title);
  const rest = leading ? title.slice(leading.length).replace(/^(?:['’]s)?[\s的]*/, '') : '';
  return leading && rest ? { title: rest, country: leading.code } : { title };
}

/**
 * The country the page gives an official the KB lacks, around their titled mention: "Japanese
 * Foreign Minister X", "Luxembourg's Foreign Minister X", "会见卢森堡外交大臣X", "Foreign
 * Minister X of the ROK", "Mr. X, Minister for Foreign Affairs of Japan".
 */
export function countryAround(
  text: string,
  mention: { start: number; end: number },
  title: string,
): string | undefined {
  return countryBefore(text, mention.start, title) ?? countryAfter(text, mention.end);
}

/** The country named in the words right before the title: "Lithuanian", "Luxembourg's". */
function countryBefore(text: string, nameStart: number, title: string): string | undefined {
  // Only just before the name: an unbounded search back would be quadratic on a huge page.
  const windowStart = Math.max(0, nameStart - title.length - 40);
  const at = text.slice(windowStart, nameStart).lastIndexOf(title);
  if (at < 0) return undefined;
  const titleStart = windowStart + at;
  const before = text.slice(Math.max(0, titleStart - 48), titleStart);
  // Chinese writes the country straight before the title: 会见卢森堡外交大臣.
  const glued = trailingCountry(before.replace(/(?:外交部|外务部|外交与合作部|政府)$/, ''));
  if (glued) return glued.code;
  const words = before
    .slice(before.lastIndexOf('\n') + 1)
    .trimEnd()
    .replace(/['’]s$/, '')
    .split(/\s+/);
  for (let k = Math.min(4, words.length); k >= 1; k--) {
    const code = countryOf(words.slice(-k).join(' '));
    if (code) return code;
  }
  return undefined;
}

const OF_COUNTRY_RE =
  /^(?:,[^,.;\n]{0,60}?)?\s+of\s+((?:the\s+)?\p{Lu}[\p{L}'’]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}'’]*){0,3})/u;

/** "X of the ROK", "X, Minister for Foreign Affairs of Japan": the country after the name. */
function countryAfter(text: string, nameEnd: number): string | undefined {
  const m = OF_COUNTRY_RE.exec(text.slice(nameEnd, nameEnd + 120));
  if (!m) return undefined;
  const words = m[1]!.split(/\s+/);
  for (let k = words.length; k >= 1; k--) {
    const code = countryOf(words.slice(0, k).join(' '));
    if (code) return code;
  }
  return undefined;
}
