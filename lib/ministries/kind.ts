/**
 * What kind of article a page is, read off its title and opening paragraphs by regular
 * expression — cheap enough to run on every page load, in the spirit of Readability's
 * `isProbablyReaderable`. A readout is recognised by its content (a meeting, call or talks that
 * took place, told in the past tense), so one republished on a news site or published by a
 * ministry outside the registry is still a readout; the registry only adds listing selectors
 * and site overrides. English, Chinese, Japanese, Korean and Russian (and Ukrainian) shapes.
 *
 * The order of the checks carries the rules: a question-and-answer body is a transcript whatever
 * its title; a past-tense meeting in the lead makes a readout even under a "Press Statement:"
 * title; a future-tense visit or meeting makes an announcement even under a "Talks" title.
 */
import type { PageKind } from '../model';
import { firstSentence } from './dates';

/** The kinds an article can have; `listing` needs the page's selectors and is decided elsewhere. */
export type ArticleKind = Exclude<PageKind, 'listing'>;

// Latin-script words use \b; CJK and Cyrillic words are listed bare (\b does not see them).

/** Titles of meetings, calls and talks. */
const READOUT_TITLE =
  /\b(?:meets?|met|meeting|talks?|calls?|phone|telephone|conversation|video ?conference|videoconference|virtual meeting|receives?|received|consultations?|dialogue|readout|read-out|courtesy call|called on|confers?|conferred|convers(?:es|ed)|entretien|s'entretient|rencontre|Treffen|Telefonat|Gespräch|trifft|nagpulong|nakipagpulong|nakipagkita)\b|\p{L}*(?:[Tt]elefongespräch|[Gg]espräch)(?:e|en)?(?!\p{L})|会见|会谈|会晤|通电话|通话|接见|視訊|회담|통화|면담|접견|会談|電話会談|立ち話|表敬|懇談|外长会|外长会议|外長會|외교장관회의|外相会議|外相会合|переговор|встреч|беседа|телефонн\S* разговор|зустріч|розмов|会面|會面|(?<=\p{Script=Han})晤(?=\p{Script=Han})|\b(?:se reúnen?|reunión|conversación telefónica|llamada telefónica|sostienen? (?:una )?conversación|conversan|dialogan)\b|সাক্ষাৎ|বৈঠক|ফোনালাপ/iu;

/** Press conferences, briefings, interviews: question-and-answer pages. */
const TRANSCRIPT_TITLE =
  /\b(?:press conference|press briefing|press remarks|remarks to (?:the )?(?:press|media|reporters)|news conference|briefing|transcript|interview|press availability|media availability|doorstop|stakeout|Q\s?&\s?A)\b|记者会|吹风会|答记者问|记者招待会|會見記者|记者问|브리핑|기자회견|인터뷰|문답|記者会見|会見記録|大臣会見|報道官会見|インタビュー|брифинг|пресс-конференц|интервью|стенограмм|брифінг|інтерв/i;

/** A briefing on the outcome of talks: "회담 결과 브리핑", "会谈成果吹风会", "briefing on the outcome of the talks". */
const RESULTS_BRIEFING_TITLE =
  /\b(?:briefing on the (?:outcome|results?) of)\b|(?:회담|통화|회의) ?결과|会谈成果|会談の結果|итогам переговоров/i;

/**
 * A statement delivered to a body: "Statement of X in the General Debate of the 59th session",
 * "Statement by the Minister at the Security Council", "Address before the General Assembly".
 */
const FORUM_SPEECH_TITLE =
  /\bgeneral debate\b|\b(?:statement|address|intervention) (?:of|by) [^\n]{0,80}?\b(?:at|in|before|to) the (?:\d+\w* (?:session of the )?)?(?:(?:UN |United Nations )?General Assembly|(?:UN |United Nations )?Security Council|Human Rights Council|plenary)\b|一般討論演説|一般討論|일반토의|기조연설|一般性辩论|общеполитическ\S* дискусси/i;

/** Speeches, addresses, remarks, toasts. */
const SPEECH_TITLE =
  /\b(?:speech|remarks|address(?:es)? (?:by|at|to)|keynote|lecture|toast|opening statement|statement at|national statement)\b|致辞|讲话|演讲|主旨发言|发言(?!人)|贺词|연설|축사|기조연설|인사말|환영사|격려사|スピーチ|演説|挨拶|あいさつ|祝辞|講演|выступлени|речь |лекци|промов/i;

/**
 * A media advisory: the minister will hold a briefing or press conference, or it is scheduled —
 * an announcement of the event, not its transcript.
 */
const MEDIA_ADVISORY_LEAD =
  /\bwill (?:address|brief|hold|host|give|conduct|lead|deliver) (?:\S+ ){0,5}?(?:media briefing|press briefing|news briefing|press conference|news conference|media conference|briefing)\b|\b(?:briefing|press conference|news conference) (?:is|will be) (?:scheduled|held) (?:as follows|on|at)\b|\b(?:[Mm]embers of the media|[Jj]ournalists) are (?:invited|requested)\b/;

/** Statements, comments, clarifications, condolences. */
const STATEMENT_TITLE =
  /\b(?:calls? for|appeals? for|(?:deeply|greatly|gravely|seriously) concerned|statement|press statement|clarification|comment|commentary|condolences?|condemns?|rebuttal|declaration|communiqu[eé])\b|声明|谈话|表态|談話|声明|コメント|성명|논평|입장문|заявлени|комментари|сообщение для СМИ|заява|коментар/i;

/**
 * Openings of a question-and-answer page: "정례브리핑을 시작하겠습니다" (the briefing is opened),
 * "有记者提问：" (a reporter asked), "記者の質問に答え". A report of what was said there
 * ("정례브리핑에서 … 밝혔다") is not one.
 */
const TRANSCRIPT_LEAD =
  /브리핑을 시작하겠습니다|(?:记者|記者)(?:提问|提問)\s*[:：]|有(?:记者|記者)(?:问|問)\s*[:：]|記者の質問に答え/;

/** Notices, advisories, vacancies: announcements that no meeting word turns into a readout. */
const NOTICE_TITLE =
  /\b(?:notice|visas?|travel advisory|advisory|vacanc(?:y|ies)|tender|recruitment|announcement)\b|签证|公告|通知|招聘|비자|공지|채용|査証|ビザ|お知らせ|виз[аы]/i;

/** Visits, by title: an announcement unless the opening says the visit took place. */
const VISIT_TITLE =
  /\b(?:to visit|will visit|to travel|to attend|will attend|to meet|will meet|to hold talks|will hold talks|forthcoming|upcoming|visit of|visit to|visits?|arriv(?:es|ed|ing) in)\b|将(?:访|出席|赴|于|同|与|对|主持|举行)|访问|访华|宣布|방문|방한|방일|방중|(?<!表敬)訪問|来日|визит|посетит|проведу?т|состоится|состоятся|встретятся|созвонятся/i;

const ANNOUNCEMENT_TITLE = new RegExp(`${NOTICE_TITLE.source}|${VISIT_TITLE.source}`, 'i');

/** Opening paragraphs that report a meeting or call that took place (past tense). */
const READOUT_LEAD = new RegExp(
  [
    // English: "A met (with) B", "held talks", "spoke with", "had a telephone conversation", "received a call"
    String.raw`\b[Mm]et (?:separately |today |virtually |bilaterally )?(?:with )?(?:the |his |her |their |[A-Z])`,
    String.raw`\b(?:held|holds|had|has held) (?:a |an |the |further |separate |bilateral |his |her |their |several )?(?:[^\s.]+ ){0,4}?(?:talks|meeting|meetings|call|calls|conversation|conversations|consultations|exchange of views|audience|discussions?)\b`,
    String.raw`\b(?:spoke|speaks|talked) (?:today |again |separately )?(?:with|to|by (?:tele)?phone|on the (?:tele)?phone)\b`,
    String.raw`\breceived (?:(?:on )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday) )?(?:a |an )?(?:telephone |phone |courtesy |video )?(?:call|visit)\b`,
    // A news headline over reported speech: "X said at a meeting with his counterpart Y",
    // "X affirmed … during talks with Y" (a past verb of saying, then the meeting it was said at).
    String.raw`\b(?:said|noted|stressed|affirmed|reaffirmed|told|remarked|emphasi[sz]ed|underlined|underscored|expressed|highlighted|agreed|discussed)\b[^.]{0,160}?\b(?:at|during|in) (?:a |the |their |his |her )?(?:\w+ ){0,2}(?:meeting|talks|phone call|telephone call|telephone conversation|phone conversation|conversation|call) with\b`,
    // The meeting first, then what was said there: "Tang, in a meeting with his counterpart, said …".
    String.raw`\b(?:[Ii]n|[Dd]uring|[Aa]t) (?:a |an |the |his |her |their )?(?:\w+ ){0,2}(?:meeting|talks|phone call|telephone call|telephone conversation|phone conversation) with\b[^.]{0,200}?\b(?:said|noted|stressed|affirmed|told|expressed|agreed|discussed|emphasi[sz]ed)\b`,
    // Credentials or letters of credence presented to the minister: an audience that took place.
    String.raw`\b(?:received|receives) (?:\w+ ){0,2}(?:copies of (?:the )?)?(?:credentials|letters? of credence)\b`,
    String.raw`\b(?:paid|pays) (?:a |an )?(?:courtesy call|(?:official |working |state |introductory |bilateral )?visit)\b`,
    String.raw`\b(?:called|telephoned|phoned) (?:(?:his|her|their) (?:\w+ )?counterpart|(?:[A-Z][\w-]* ){0,3}(?:State Councilor|Foreign Minister|Minister|Secretary|President|Prime Minister|Premier|Chancellor))`,
    String.raw`\b(?:meeting|talks|conversation|call) (?:between|with) [^.]{0,120}\b(?:took place|was held|were held)\b`,
    String.raw`\bthe (?:discussions?|meeting|talks|conversation|call|exchange of views) (?:took place|was held|were held)\b`,
    // A courtesy call: "has called on the Minister of Foreign Affairs X at the Ministry" (not "called
    // on the Minister to resign", a demand), an envoy presenting credentials, a guest welcomed to a city.
    String.raw`\bcalled on (?:the )?(?:newly[- ]appointed |new )?(?:(?:[A-Z][\w-]*|of|for|and|the) ){0,6}?(?:Minister|President|Secretary|Speaker|Governor|Chairman|Premier|Chancellor)\b(?![^.]{0,80}\bto (?!the\b|his\b|her\b)[a-z]+)`,
    String.raw`\bpresented (?:his|her|their) (?:Open Letters|open letters|[Ll]etters of [Cc]redence|credentials|[Cc]opies? of (?:his|her|their) [Ll]etters of [Cc]redence)\b`,
    String.raw`\bwelcomed (?:[A-Z][\w-]*(?: [A-Z][\w-]*){0,3}|the (?:visiting )?(?:\w+ ){0,3}(?:delegation|minister|counterpart)) (?:and (?:his|her|their) (?:accompanying )?delegation )?to [A-Z]`,
    // Ministers' meetings and summits attended or chaired
    String.raw`\b(?:attended|co-chaired|chaired|participated in|took part in) (?:the )?[^.]{0,80}\b(?:Meeting|Summit|Dialogue|Conference|Forum|Council)\b`,
    // Chinese: met, held talks, phone call, on request spoke by phone (not "将会见", future)
    String.raw`(?<![将拟將])(?:会见|会谈|会晤|通电话|通话|接见|视频会晤|视频通话|會見|會談|會晤|通電話|通話|会面|會面)|(?<![将拟將])出席[^。]{0,40}(?:外长会|会议|峰会|对话)`,
    // Japanese: held talks, phone talks, courtesy call received
    String.raw`(?:会談|立ち話)を行(?:いました|った|い)|電話会談を(?:行|実施)|会談を実施|と会談し|で会談し(?:た|、|ました)|会談が行われ|表敬(?:訪問)?を受け(?!る予定)|表敬(?:しました|を行)|懇談を行|面会しました|と面会し(?:た|、|ました)|意見交換を行いました|(?:会議|会合)に出席し(?:ました|、)`,
    // Korean: talks/calls held, received, attended and discussed
    String.raw`(?:회담|통화|면담|협의|회의|만찬|오찬|조찬|회동)(?:을|를)? ?(?:가졌|가지고|개최하였|개최했|진행하였|진행했|하였|했)|(?:회담|회의|면담)(?:을|를) (?:개최|진행)하고[^.]{0,160}(?:했다|하였다|했습니다|하였습니다)`,
    // News copy: "회담을 갖고 … 교환했다" (had talks and exchanged views): past only when the sentence
    // ends past, not in a plan ("갖고 … 논의할 계획이다").
    String.raw`(?:회담|통화|면담|회동)(?:을|를) 갖고(?:(?!계획|예정)[^.]){0,200}?(?:했다|했습니다|하였다|하였습니다)|만났다|만났습니다|접견하(?:고|였|여)|면담하(?:고|였)|통화하(?:고|였)|참석하여[^.]{0,300}(?:하였다|했다|교환하였|논의하였)`,
    // Korean news copy: "… 회담에서 … 하기로 했습니다" (at the talks, they agreed / confirmed)
    String.raw`(?:회담|통화|면담|회동)에서 [^.]{0,200}(?:했다|했습니다|하였다|하였습니다|밝혔다|밝혔습니다)`,
    // Russian and Ukrainian: held talks/meeting/call, a call/meeting took place, met, discussed
    String.raw`[Пп]ровел[аи]? (?:телефонный разговор|переговоры|встречу|беседу)|[Сс]остоял(?:ся|ась|ись) (?:телефонный разговор|встреча|переговоры|беседа)|[Вв]стретил(?:ся|ась|ись)|[Оо]бсудили|[Зз]устрів(?:ся|ся з)|[Зз]устрілася|[Вв]ідбула?с[ья] зустріч|[Пп]ровів (?:телефонну розмову|переговори|зустріч)|[Пп]ринял[аи]? участие в (?:заседании|совещании|встрече|саммите|конференции)`,
    // Russian news leads: exchanged views; the meeting (of X and Y) took place
    String.raw`[Оо]бменялись мнениями|(?:[Вв]стреча|[Пп]ереговоры|[Бб]еседа|[Рр]азговор) [^.]{0,60}?состоял(?:ся|ась|ись)`,
    // Spanish: met, received, held a meeting (past only: "se reunirá", "recibirá" are not)
    String.raw`\bse reuni(?:eron|ó)(?=[\s,.])|\brecibió (?:a|al|hoy|este|esta|en) |\b(?:mantuv|sostuv)(?:o|ieron) (?:una |un )?(?:reunión|conversación|encuentro|llamada|diálogo)(?=[\s,.])|\b(?:conversaron|dialogaron|se entrevistaron|se entrevistó)(?=[\s,.])`,
    // Bengali: met / held talks / a call (a farewell call "বিদায়ী সাক্ষাৎ করেছেন"), the meeting took place
    String.raw`(?:সাক্ষাৎ|বৈঠক|ফোনালাপ|আলোচনা) (?:করেছেন|করেন|হয়েছে|অনুষ্ঠিত হয়)`,
    // English: an envoy received in audience
    String.raw`\breceived in (?:an )?audience\b`,
    // English: "conversed with", "visited his new counterpart" (a visit to a person that took place)
    String.raw`\bconversed with\b|\bvisited (?:his|her|their) (?:[\w-]+ ){0,3}(?:counterpart|colleague|host)s?\b`,
    // German: "fand ein Telefongespräch statt", "erfolgte ein Gespräch", "trafen sich", "führte Gespräche"
    String.raw`\b(?:erfolgte|fand) (?:ein|das|eine) (?:[A-Za-zäöüß]*gespräch|Treffen|Unterredung)(?![A-Za-zäöüß])|\b(?:trafen sich|traf sich)\b|\bführten? (?:ein |[a-zäöüß]+ )?[A-Za-zäöüß]*[Gg]espräche?(?![A-Za-zäöüß])`,
    // Filipino: met (nakipagkita, nakipagpulong, nagpulong), the meeting took place (naganap ang pulong)
    String.raw`\b(?:[Nn]akipagkita|[Nn]akipagpulong|[Nn]agpulong|[Nn]agkita)\b|\b[Nn]aganap ang (?:pagkikita|pulong|pagpupulong)\b`,
  ].join('|'),
);

/**
 * A meeting or call that did not take place: "the call has not yet been held", "the talks did not
 * take place", "встреча не состоялась", "회담이 열리지 않았다", "会谈未能举行". Its page is no readout.
 */
const NOT_HELD =
  /\b(?:(?:is|was|were|has|have|had) not (?:yet )?(?:been )?(?:held|taken place|take place|happened)|did not (?:take place|happen)|(?:has|have) not (?:yet )?held|never took place)\b(?!,? (?:since|for|in (?:over|more|\d|years|decades)|before))|не состоял(?:ся|ась|ись|ось)|не відбул(?:ася|ася|ись|ось|ся)|(?:열리지|이뤄지지|이루어지지|성사되지) (?:않았|못했)|未能举行|没有举行|未举行|未能實現|行われなかった|実現しなかった/;

/** Whether the title or the opening sentence says the meeting did not take place. */
export function saysNotHeld(title: string, lead: string): boolean {
  return NOT_HELD.test(title) || NOT_HELD.test(firstSentence(lead));
}

/** Opening paragraphs that announce a visit, meeting or event to come. */
const ANNOUNCEMENT_LEAD = new RegExp(
  [
    String.raw`\bwill (?:make|pay|undertake|visit|travel|hold|meet|attend|take part|lead|participate|host|receive|embark|co-chair|chair|be (?:visiting|travelling|traveling|making|paying|attending))\b`,
    String.raw`\b(?:is|are) (?:scheduled |set |expected |due |planning )?to (?:visit|travel|meet|hold|attend|arrive)\b`,
    String.raw`\bto (?:pay|make) (?:an? )?(?:official|working|state) visit\b`,
    String.raw`\b(?:scheduled|set|due) to (?:take place|be held|open|begin|start)\b`,
    // "is pleased to announce the visit of …", "announced the upcoming visit": a visit to come.
    String.raw`\b(?:pleased|happy|delighted) to announce (?:the |that )?(?:(?:upcoming|forthcoming|official|working|state|first) )*visit\b|\bannounce[sd]? (?:the )?(?:upcoming|forthcoming) (?:\w+ )?(?:visit|meeting|talks)\b`,
    String.raw`将(?:于[^，。,]{0,24})?(?:会见|同|与|对|访问|出席|赴|前往|主持|举行|进行)|应[^。]{0,60}邀请[^。]{0,80}将`,
    String.raw`予定です|予定であります|訪問します|出席します|を行う予定|する予定|すると発表し|会談も予定|方向で調整`,
    String.raw`예정(?:이다|임|입니다)|참석한다|방문한다|개최한다|가질 예정|할 예정|(?:열릴|개최될|열리게 될|진행될) (?:전망|예정)|것으로 (?:예상|전망)된다`,
    String.raw`посетит|совершит (?:\S+ )?визит|проведу?т (?:телефонный разговор|переговоры|встречу|беседу)|состоится|состоятся|встретятся|созвонятся|примет участие|відвідає|здійснить (?:\S+ )?візит`,
    String.raw`\b(?:se reunir(?:á|án)|sostendr(?:á|án)|mantendr(?:á|án)|visitará|participará|recibirá)(?=[\s,.])`,
    String.raw`(?:সাক্ষাৎ|বৈঠক|সফর) করবেন`,
  ].join('|'),
);

/** Opening paragraphs of a statement: a position, a condemnation, a clarification. */
const STATEMENT_LEAD =
  /\b(?:condemn(?:s|ed)?|strongly condemn(?:s|ed)?|expresse[sd] (?:its |deep )?(?:strong )?condemnation|expresses (?:its |deep )?(?:concern|condolences|solidarity)|spokes(?:man|woman|person) (?:stated|said)|categorically rejects|takes note of|welcomes the|said in a (?:press |written )?statement|(?:[Tt]he|[Aa]) statement (?:was )?(?:issued|signed|released) by|(?:deeply|greatly|gravely|seriously) concerned|(?:expressou|expressa|manifestou|manifesta) (?:sua |seu |o seu |a sua )?["“]?(?:profunda |grande |forte )?(?:preocupação|repúdio|solidariedade|condolências|pesar)|nota (?:oficial|à imprensa) (?:divulgada|publicada|emitida)|[Ii]n (?:his|her|its|their) (?:press )?statement)\b|强烈谴责|表示(?:严重)?关切|发言人表示|外務報道官談話|유감을 표명|규탄|заявил[аи]?|заявлени|осуждает/;

/** A lead sentence that reports what someone said: "X said that …", "X told reporters on Monday that …". */
const REPORTED_SPEECH_LEAD =
  /^[^.]{0,250}?\b(?:said|stated|told (?:reporters|journalists|the press|the media))(?: (?:on \w+|today|yesterday|here|in \w+))? that\b/;

/** A speech opens by addressing the audience. */
const SALUTATION =
  /^(?:Your (?:Excellency|Excellencies|Majesty|Royal Highness|Highness)|His Excellency|Her Excellency|Excellenc(?:y|ies)|Ladies and [Gg]entlemen|Distinguished (?:guests|delegates|colleagues)|Dear (?:friends|colleagues)|Mr\.? (?:President|Chairman|Chair|Secretary-General)|Madam (?:President|Chair)|Good (?:morning|afternoon|evening)|Colleagues|尊敬的|女士们|各位(?:来宾|朋友)|존경하는|내외 ?귀빈|ご列席|皆様、|Уважаем|Шановн)/;

/** Question-and-answer turns: "Q:", "问：", a reporter's name and outlet, 【林外務大臣】. */
const QA_TURN =
  /^(?:Q|A|Question|Answer|问|答|Reporter|Journalist|Вопрос|Ответ|질문|답변|기자|問|記者)\s*[:：]|^【[^】]{1,30}】/;
/** A briefing's or a transcript's heading as the first paragraph. */
const BRIEFING_HEADING =
  /^(?:Брифинг официального представителя|Брифінг речника|Стенограмма (?:выступления|брифинга|пресс-конференции)|Transcript of|Regular press briefing by|Press briefing by the (?:official )?spokes)/i;
/**
 * A heading that says the text is what was said at a press conference ("Remarks by X at the joint
 * press conference", "Statements made by X during his press conference with Y (excerpts)").
 */
const PRESS_CONFERENCE_HEADING =
  /^(?:(?:Opening |Introductory )?(?:Statements?|Remarks|Comments|Answers|Replies|Excerpts?)\b[^.!?]{0,200}?\b(?:at|during|in|after) (?:a |an |the |his |her |their )?(?:joint )?(?:press conference|news conference|press briefing|press point|press availability|media availability|doorstop|press encounter|stakeout))\b/i;

/** The spokesperson at the regular briefing, told in the lead. */
const SPOKESPERSON_AT_BRIEFING =
  /(?:대변인|발언인|[Ss]pokes(?:person|man|woman))[^.。\n]{0,40}(?:정례 ?브리핑|regular (?:press )?briefing)|发言人[^。\n]{0,20}(?:在)?例行记者会上|официальн\S* представител\S*[^.\n]{0,60}на (?:еженедельном )?брифинге/;

/**
 * A speaker's turn: a short name before a colon ("Wang Wenbin:", "汪文斌：", "С.В.Лавров:"), then
 * a sentence or more (a "Date: 2021-07-29" or "Updated: 16:04, …" line, whose value opens with a
 * digit of any script, is a label, not a turn).
 */
const SPEAKER_TURN = /^(\p{L}[^\s:：。,，]{0,11}(?: [^\s:：。,，]{1,12}){0,3})\s*[:：]\s*(?!\p{Nd})\S.{14}/u;

/**
 * Meetings asked for, not held: "receives 18 requests for bilateral meetings", "invitation to
 * talks". The title's meeting words inside such a phrase do not make it a readout title.
 */
const REQUESTED_MEETING =
  /\b(?:(?:receives?|received|gets?|got|sends?|sent|makes?|made|accepts?|accepted|declines?|declined|rejects?|rejected) )?(?:\d+ |many |several |numerous |a |an |the )?(?:requests?|invitations?|proposals?|offers?|bids?) (?:for|to) (?:an? |the )?(?:[\w-]+ ){0,2}?(?:meetings?|talks|calls?|visits?|consultations?|dialogue)\b/gi;

/**
 * A departure for a meeting ("참석차 출국", "leaves for London to attend", "启程出席"): the
 * meeting lies ahead, so its name in the title tells nothing held.
 */
const DEPARTURE_TITLE =
  /\b(?:leaves?|left|departs?|departed|heads?|headed|sets? off|set out|en route) (?:for|to)\b|출국|출발|離日|出発|出国|启程|啓程|离京|離京|вылетел[аи]? в|отправил(?:ся|ась|ись) в/i;

/** A demand, not a call held: "calls for a ceasefire", "calls upon X to …", "calls on Y to stop". */
const DEMAND =
  /\bcall(?:s|ed|ing)? (?:for|upon)\b|\bcall(?:s|ed|ing)? on (?:[\w'’-]+ ){1,6}?to (?!the\b|his\b|her\b|their\b|discuss|review|explore|strengthen|introduce|present|bid|pay|deepen|boost|enhance)[a-z]+/gi;

/** A meeting whose date, time or venue is being set: "working on the date of the ministers' talks". */
const MEETING_BEING_SET =
  /\b(?:date|dates|time|timing|venue|modalities) (?:of|for) (?:an? |the )?[^.\n]{0,60}?\b(?:meetings?|talks|calls?|visits?|summit)\b/gi;

/** The title with its requested (not held) meetings, demands and meetings departed for taken out. */
function meetingTitle(title: string): string {
  if (DEPARTURE_TITLE.test(title)) return '';
  return title.replace(REQUESTED_MEETING, ' ').replace(DEMAND, ' ').replace(MEETING_BEING_SET, ' ');
}

export function titleSaysReadout(title: string): boolean {
  return READOUT_TITLE.test(meetingTitle(title)) && !titleSaysNotReadout(title);
}

/** Titles of pages that are something else even when they name a meeting (a briefing after talks). */
export function titleSaysNotReadout(title: string): boolean {
  return TRANSCRIPT_TITLE.test(title) || SPEECH_TITLE.test(title) || NOTICE_TITLE.test(title);
}

export function leadSaysReadout(lead: string): boolean {
  return READOUT_LEAD.test(lead.slice(0, 600));
}

export function leadSaysAnnouncement(lead: string): boolean {
  return ANNOUNCEMENT_LEAD.test(lead.slice(0, 600));
}

/**
 * A news agency's or outlet's tag opening its story (【モスクワ共同】, 【明報專訊】, a broadcaster's
 * 【…新聞】): a dateline, not a speaker's turn.
 */
const AGENCY_TAG =
  /^【[^】]{0,20}(?:共同|時事|専訊|專訊|专讯|电|電|通信|通訊|通讯|ロイター|新華社|新华社|聯合|联合|新聞|新闻|日報|日报|ニュース|電視|电视|衛視|卫视|AFP|ＡＦＰ|AP|ＡＰ)】/;

/** A press conference's announcement of an event to come, as news copy reports it. */
const REPORTED_ANNOUNCEMENT =
  /在[^。]{0,30}(?:记者会|記者會|发布会)上[^。]{0,40}宣布[,，][^。]{0,120}将|(?:する|出席する|訪問する)ことを[^。]{0,20}(?:記者会見|会見)で発表した/;

/** A transcript: question-and-answer turns, or several turns by at least two named speakers. */
export function looksLikeTranscript(paragraphs: string[]): boolean {
  if (paragraphs.filter((p) => QA_TURN.test(p)).length >= 2) return true;
  // "Пресс-релиз № 69" over "Брифинг официального представителя …": the heading is a paragraph.
  if (paragraphs.slice(0, 2).some((p) => BRIEFING_HEADING.test(p))) return true;
  if (paragraphs.slice(0, 3).some((p) => /^【[^】]{1,30}】/.test(p) && !AGENCY_TAG.test(p))) return true;
  if (paragraphs.slice(0, 3).some((p) => PRESS_CONFERENCE_HEADING.test(p))) return true;
  const speakers = paragraphs.map((p) => SPEAKER_TURN.exec(p)?.[1]).filter((s): s is string => !!s);
  return speakers.length >= 3 && new Set(speakers).size >= 2;
}

/** "Read more" links between items: a news index, whatever site it is on. */
const READ_MORE =
  /^\[?\s*(?:Read more|More|Continue reading|Full story)\b|\[\s*Read More\W*\]$|(?:\.\.\.|…)\s*(?:Read more|Continue reading)\s*[»›>→]?$|^(?:더보기|자세히 보기|阅读全文|查看全文|詳細|続きを読む|Подробнее|Читать далее)$/i;

/** A teaser cut off by the index ("… where they discussed the issue...."): one per listed story. */
const TEASER = /\S(?:\.{3,}|…)$/;

/** "Showing 581-600 of 866 results": a search or archive page. */
const RESULTS_COUNT = /^(?:Showing|Displaying|Results?)\s+\d+\s*[-–]\s*\d+\s+of\s+\d+/i;
/** An item of an index: a date, then its label or headline ("10/04/2025 News story …"). */
const DATED_ITEM = /^(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}[./-]\d{1,2}[./-]\d{1,2})\.?\s+\S/;
/** A news item's byline before its lead ("외교저널 이존영 기자 | …"): one per article. */
const BYLINE_ITEM = /^[^|\n]{2,40}(?:기자|記者|记者|[Rr]eporter|[Cc]orrespondent)\s*[|｜]/;
/** An agency's dateline in capitals ("BEIRUT - …", "** TURKEY - …"): one per story. */
const DATELINE_ITEM = /^(?:\*\*\s*)?\p{Lu}{3,}(?:[ /]\p{Lu}{2,}){0,4}\s+[-–—]\s+\S/u;

/**
 * A news index as text: "Read more" links between items, a results count, or several items that
 * each open with a date, a byline or an agency dateline (one article has one of each).
 */
export function looksLikeListing(paragraphs: string[]): boolean {
  const count = (re: RegExp) => paragraphs.filter((p) => re.test(p)).length;
  return (
    count(READ_MORE) >= 2 ||
    (count(TEASER) >= 3 && count(TEASER) * 2 >= paragraphs.length) ||
    paragraphs.slice(0, 8).some((p) => RESULTS_COUNT.test(p)) ||
    count(DATED_ITEM) >= 3 ||
    count(BYLINE_ITEM) >= 2 ||
    count(DATELINE_ITEM) >= 3
  );
}

/** A path part that names a search ("/advanced-news-search/news-results.html", "/search?q="). */
const SEARCH_SEGMENT =
  /^(?:(?:advanced|site|news|full|global)[-_]?){0,2}(?:search|suche|recherche|busqueda)(?:[-_]?results?)?(?:\.\w+)?$|^(?:(?:search|news)[-_]?)results(?:\.\w+)?$/i;
const SEARCH_QUERY = /[?&](?:q|query|search|keywords?|searchText)=/i;

/** A search-results page, by its address: whatever its items say, it lists them. */
export function urlSaysSearchResults(url: string | null | undefined): boolean {
  if (!url || !URL.canParse(url)) return false;
  const { pathname, search } = new URL(url);
  return pathname.split('/').some((part) => SEARCH_SEGMENT.test(part)) || SEARCH_QUERY.test(search);
}

/** A new-year address or the ministry's new-year opening ceremony, where the minister speaks. */
const NEW_YEAR_ADDRESS =
  /\bNew[- ]Year(?:'s)? (?:address|message|speech|greetings)\b|시무식|신년사|신년 메시지|新年贺词|新年致辞|新春致辞|年頭所感|年頭挨拶|новогодн\S* (?:обращени|поздравлени)/i;

export function looksLikeSpeech(paragraphs: string[]): boolean {
  return (
    paragraphs.slice(0, 4).some((p) => SALUTATION.test(p)) ||
    NEW_YEAR_ADDRESS.test(paragraphs.slice(0, 3).join('\n'))
  );
}

/**
 * The opening of an article: its first paragraphs, datelines and bylines included, up to
 * `max` characters — enough for "On 4 May, X met Y" and for a Korean "□ ... 참석한다".
 */
export function openingText(paragraphs: string[], max = 600): string {
  let text = '';
  for (const p of paragraphs) {
    if (text.length >= max) break;
    text += (text ? '\n' : '') + p;
  }
  return text.slice(0, max);
}

/** The kind of an article from its titles (any of them may speak) and its first paragraphs. */
export function classifyArticle(titles: string[], paragraphs: string[]): ArticleKind {
  const title = titles.join('\n');
  const meetings = meetingTitle(title);
  // A page with no headline gives its first sentence as the title: read it as the lead too.
  const sentence = titles.find(
    (t) => t.length >= (/[\u3040-\u9fff가-힣]/.test(t) ? 25 : 60) && /(?:[。.!]|다)["”’]?$/.test(t.trim()),
  );
  const lead = openingText(paragraphs);
  const told = sentence ? `${sentence}\n${lead}` : lead;
  if (looksLikeTranscript(paragraphs)) return 'transcript';
  // A news report of what was announced at a press conference ("在…记者会上…宣布，…将…",
  // "…出席することを12日の記者会見で発表した"): the event to come, not the conference's turns.
  if ([sentence ?? '', lead].some((t) => REPORTED_ANNOUNCEMENT.test(t.slice(0, 300)))) return 'announcement';
  // "…회담 결과 브리핑": a briefing on talks whose text tells the talks, with no question-and-answer
  // turns, is the talks' account (a transcript shows its turns).
  // "Minister to address end-of-year media briefing … will address the briefing on Tuesday": the advisory.
  if (TRANSCRIPT_TITLE.test(title) && MEDIA_ADVISORY_LEAD.test(lead) && !leadSaysReadout(lead))
    return 'announcement';
  if (TRANSCRIPT_TITLE.test(title) && !(RESULTS_BRIEFING_TITLE.test(title) && leadSaysReadout(lead)))
    return 'transcript';
  // A spokesperson's briefing opened, or a reporter's question quoted: the page gives the turns.
  if (TRANSCRIPT_LEAD.test(lead) || TRANSCRIPT_LEAD.test(title)) return 'transcript';
  // "… denounced in a statement the speech of …": a statement about a speech is a statement.
  const speechTitle =
    FORUM_SPEECH_TITLE.test(title) ||
    (SPEECH_TITLE.test(title) && !(firstMatch(title, STATEMENT_TITLE) < firstMatch(title, SPEECH_TITLE)));
  if (speechTitle || looksLikeSpeech(paragraphs)) return 'speech';
  // A call that did not take place: what was said about it, or the plan for it.
  if (saysNotHeld(title, paragraphs.find((p) => p.length >= 60) ?? lead))
    return leadSaysAnnouncement(lead) && !STATEMENT_TITLE.test(title) ? 'announcement' : 'statement';
  const future = leadSaysAnnouncement(lead) || (!!sentence && leadSaysAnnouncement(sentence));
  const past = leadSaysReadout(lead) || (!!sentence && leadSaysReadout(sentence));
  // A lead can hold both ("met X today and will visit Y tomorrow"): the earlier one tells.
  if (past && future)
    return firstMatch(told, READOUT_LEAD) <= firstMatch(told, ANNOUNCEMENT_LEAD) ? 'readout' : 'announcement';
  if (past) return 'readout';
  if (future) return 'announcement';
  // "임수석 외교부 대변인은 … 정례 브리핑에서": a report of the spokesperson's regular briefing
  // (an announcement made there is told as one, above).
  if (SPOKESPERSON_AT_BRIEFING.test(told)) return 'transcript';
  if (READOUT_TITLE.test(meetings) && !ANNOUNCEMENT_TITLE.test(title) && !STATEMENT_TITLE.test(title))
    return 'readout';
  if (ANNOUNCEMENT_TITLE.test(title)) return 'announcement';
  if (STATEMENT_TITLE.test(title) || STATEMENT_LEAD.test(told)) return 'statement';
  if (READOUT_TITLE.test(meetings)) return 'readout';
  // "X said that …": a lead of reported speech, with no meeting told, is a statement.
  if (REPORTED_SPEECH_LEAD.test(firstSentence(paragraphs.find((p) => p.length >= 60) ?? '')))
    return 'statement';
  return 'other';
}

function firstMatch(text: string, pattern: RegExp): number {
  return pattern.exec(text)?.index ?? Infinity;
}

/** Article kinds whose text gets highlights and entities: every kind but a listing. */
export function isArticleKind(kind: PageKind): boolean {
  return kind !== 'listing';
}
