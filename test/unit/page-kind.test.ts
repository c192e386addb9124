/**
 * Page kinds by content (lib/ministries/kind.ts): for each language, the shapes that make a
 * readout (a meeting or call that took place, in the title or the opening), and the shapes that
 * must not (a visit to come, a briefing, a statement, a speech). Every sentence here is our own.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { classifyArticle, looksLikeListing, looksLikeTranscript } from '../../lib/ministries/kind';
import { detectPage, extractReadout } from '../../lib/ministries';
import { htmlDocument } from '../../scripts/page-file';

const kindOf = (title: string, ...paragraphs: string[]) => classifyArticle([title], paragraphs);

describe('English', () => {
  it('finds readouts by their lead even under news headlines and statement titles', () => {
    expect(
      kindOf(
        'Ties with the north reaffirmed',
        'Foreign Minister Ana Example met Foreign Minister Jan Sample in Riga on 3 May.',
      ),
    ).toBe('readout');
    expect(
      kindOf(
        'Press Statement: Minister’s Meeting with Counterpart',
        '12 May 2021',
        'The Minister met the visiting Deputy Foreign Minister of Examplestan on 11 May.',
      ),
    ).toBe('readout');
    expect(
      kindOf(
        'Cooperation on fisheries discussed',
        'The Foreign Secretary spoke by phone with her counterpart today about fishing quotas.',
      ),
    ).toBe('readout');
    expect(
      kindOf(
        'Foreign Minister receives call',
        'The Foreign Minister received a telephone call from the Foreign Minister of Norland this evening.',
      ),
    ).toBe('readout');
    expect(
      kindOf(
        'Courtesy call',
        'The new Ambassador of Norland paid a courtesy call on the Secretary on 2 June.',
      ),
    ).toBe('readout');
    expect(
      kindOf('Ministers’ talks', 'The two ministers had a cordial and productive meeting in the capital.'),
    ).toBe('readout');
    expect(
      kindOf(
        'Minister for Foreign Affairs Ana Example’s Visit to Riga, 9 May 2024',
        'Minister Ana Example paid an official visit to Riga and held talks with her Latvian counterpart.',
      ),
    ).toBe('readout');
    expect(
      kindOf(
        'Minister Example Calls Counterpart',
        'Minister Example called his Norland counterpart to discuss the floods.',
      ),
    ).toBe('readout');
  });

  it('does not take a visit to come, a notice or a statement for a readout', () => {
    expect(
      kindOf(
        'Foreign Minister to visit Norland',
        'The Foreign Minister will make an official visit to Norland from 4 to 6 June.',
      ),
    ).toBe('announcement');
    expect(
      kindOf(
        'Talks with Norland next week',
        'The Foreign Minister will hold talks with her Norland counterpart on Monday.',
      ),
    ).toBe('announcement');
    expect(
      kindOf(
        'Visit of the Foreign Minister of Norland',
        'The Foreign Minister of Norland is scheduled to visit the capital next week.',
      ),
    ).toBe('announcement');
    expect(kindOf('Notice on visa fees after the ministerial meeting', 'Visa fees change on 1 July.')).toBe(
      'announcement',
    );
    expect(
      kindOf(
        'Statement on the flooding in Norland',
        'The Ministry expresses its deep condolences to the families of the victims.',
      ),
    ).toBe('statement');
    expect(kindOf('Clarification', 'The spokesman stated that the report misquoted the Minister.')).toBe(
      'statement',
    );
    expect(kindOf('A new park opens downtown', 'The city council approved the budget for the park.')).toBe(
      'other',
    );
  });

  it('tells transcripts and speeches by their shape, whatever the title says', () => {
    expect(
      kindOf(
        'Minister meets the press after talks',
        'Q: What did you agree?',
        'A: To meet again.',
        'Q: When?',
        'A: Soon.',
      ),
    ).toBe('transcript');
    expect(
      kindOf('Regular Press Briefing, 4 May', 'Spokesperson: Good afternoon, I have one announcement today.'),
    ).toBe('transcript');
    expect(kindOf('Remarks at the reception for the diplomatic corps', 'Good evening.')).toBe('speech');
    expect(
      kindOf(
        'On the partnership',
        'Your Excellency, Minister Example,',
        'Ladies and gentlemen,',
        'It is an honour to welcome you here.',
      ),
    ).toBe('speech');
  });
});

describe('Chinese', () => {
  it('finds meetings, talks and calls that took place', () => {
    expect(kindOf('王某某会见某国外长', '5月3日，外交部长王某某在北京会见某国外长李某某。')).toBe('readout');
    expect(kindOf('两国外长通电话', '外交部长王某某应约同某国外长通电话。')).toBe('readout');
    expect(kindOf('中国—某区域外长会在某地举行', '外交部长王某某出席中国—某区域外长会并发表讲话。')).toBe(
      'readout',
    );
    expect(kindOf('雙方外長會談', '外長王某某同某國外長舉行會談，雙方通電話商定後續安排。')).toBe('readout');
  });

  it('does not take an announced visit, a press conference or a statement for a readout', () => {
    expect(
      kindOf(
        '王某某将访问某国',
        '应某国外长邀请，外交部长王某某将于6月1日至3日访问某国，届时将会见该国总统。',
      ),
    ).toBe('announcement');
    expect(kindOf('外交部发言人主持例行记者会', '问：你能否介绍会谈情况？', '答：双方进行了深入交流。')).toBe(
      'transcript',
    );
    expect(kindOf('外交部发言人就某国局势发表谈话', '中方对局势表示严重关切，呼吁各方保持克制。')).toBe(
      'statement',
    );
    expect(kindOf('王某某在招待会上的致辞', '尊敬的各位来宾，女士们、先生们：')).toBe('speech');
  });
});

describe('Japanese', () => {
  it('finds talks and phone talks that took place', () => {
    expect(kindOf('日・某国外相会談', '本日、某外務大臣は某国外相と会談を行いました。')).toBe('readout');
    expect(kindOf('某外務大臣の某地域外相会議出席', '某外務大臣は、某地域外相会議に出席しました。')).toBe(
      'readout',
    );
    expect(kindOf('日某電話会談', '某外務大臣は、某国外相と電話会談を行い、意見交換を行いました。')).toBe(
      'readout',
    );
  });

  it('does not take a visit to come or a press conference for a readout', () => {
    expect(kindOf('某外務大臣の某国訪問', '6月1日から3日まで、某外務大臣は某国を訪問する予定です。')).toBe(
      'announcement',
    );
    expect(
      kindOf(
        '外務大臣会見記録',
        '【某外務大臣】冒頭、私から1点ございます。',
        '【記者】会談の成果を教えてください。',
      ),
    ).toBe('transcript');
    expect(kindOf('外務報道官談話', '我が国は、この事態を深く憂慮しています。')).toBe('statement');
  });
});

describe('Korean', () => {
  it('finds talks, calls and ministers’ meetings that took place', () => {
    expect(kindOf('외교장관 회담 결과', '○○○ 장관은 6.1.(목) 某국 외교장관과 회담을 가졌다.')).toBe(
      'readout',
    );
    expect(
      kindOf('장관, 某국 외교장관과 통화', '○○○ 장관은 某국 외교장관과 통화를 갖고 정세를 논의하였다.'),
    ).toBe('readout');
    expect(
      kindOf(
        '장관, 한-某 외교장관회의 참석',
        '○○○ 장관은 6.2.(금) 개최된 외교장관회의에 참석하여 협력 방안을 논의하였다.',
      ),
    ).toBe('readout');
  });

  it('does not take a meeting to come, a briefing or a statement for a readout', () => {
    expect(kindOf('장관, 외교장관회의 참석', '○○○ 장관은 다음 주 외교장관회의에 참석한다.')).toBe(
      'announcement',
    );
    expect(
      kindOf('한·某 외교장관 회담 개최', '○○○ 장관은 6.5.(월) 某국 외교장관과 회담을 가질 예정이다.'),
    ).toBe('announcement');
    expect(kindOf('대변인 정례브리핑', '질문: 회담 결과는 무엇입니까?', '답변: 곧 설명드리겠습니다.')).toBe(
      'transcript',
    );
    expect(kindOf('某국 정세에 관한 대변인 논평', '정부는 이번 사태에 깊은 우려를 표명한다.')).toBe(
      'statement',
    );
  });
});

describe('Russian and Ukrainian', () => {
  it('finds talks, meetings and calls that took place', () => {
    expect(
      kindOf('О встрече Министра с послом', 'Министр иностранных дел провел встречу с послом Норландии.'),
    ).toBe('readout');
    expect(
      kindOf(
        'Главы МИД обсудили сотрудничество',
        'Состоялся телефонный разговор министров иностранных дел двух стран.',
      ),
    ).toBe('readout');
    expect(
      kindOf('Міністри обговорили співпрацю', 'Відбулася зустріч міністрів закордонних справ двох країн.'),
    ).toBe('readout');
  });

  it('does not take a visit to come, a briefing or a statement for a readout', () => {
    expect(kindOf('Визит министра в Норландию', 'Министр посетит Норландию на следующей неделе.')).toBe(
      'announcement',
    );
    expect(
      kindOf(
        'Брифинг официального представителя МИД',
        'Вопрос: Как прошли переговоры?',
        'Ответ: Конструктивно.',
      ),
    ).toBe('transcript');
    expect(
      kindOf(
        'Заявление МИД по ситуации в регионе',
        'Министерство выражает обеспокоенность развитием событий.',
      ),
    ).toBe('statement');
  });
});

describe('transcripts and listings by shape', () => {
  it('needs two speakers and real turns, not metadata labels', () => {
    expect(looksLikeTranscript(['Date: 2024-05-01', 'Office: Asia Bureau', 'Ref: 17-436'])).toBe(false);
    expect(
      looksLikeTranscript([
        'Reporter Lee: What happened at the meeting yesterday?',
        'Spokesperson Kim: The two sides agreed to meet again.',
        'Reporter Lee: When will they meet again then?',
      ]),
    ).toBe(true);
  });

  it('sees a news index in its "Read more" links', () => {
    expect(
      looksLikeListing([
        'Minister visits Norland',
        'The minister went north.',
        'Read More',
        'Talks in Riga',
        'Two ministers met.',
        'Read More',
      ]),
    ).toBe(true);
    expect(
      looksLikeListing(['The minister met her counterpart.', 'Read more about the partnership on our site.']),
    ).toBe(false);
  });
});

describe('pages on sites outside the registry', () => {
  const opened: (() => void)[] = [];
  afterEach(() => opened.splice(0).forEach((close) => close()));
  const load = (html: string, url: string) => {
    const page = htmlDocument(html, url);
    opened.push(page.close);
    return page.document;
  };
  const filler =
    'The two sides also reviewed trade, education and tourism links and agreed to stay in touch.';

  it('recognises a readout republished on a news site, with its participants', () => {
    const url = 'https://news.example.com/world/2024/05/03/ministers-meet';
    const doc = load(
      `<html><head><title>Ties reaffirmed | Example News</title></head><body><article><h1>Ties reaffirmed</h1>
       <p>RIGA, May 3 — Foreign Minister Ana Example met Foreign Minister Jan Sample of Poland on Friday. ${filler}</p>
       <p>${filler}</p></article></body></html>`,
      url,
    );
    expect(detectPage(url, doc)).toMatchObject({ ministry: null, pageKind: 'readout', article: true });
    const readout = extractReadout(url, doc);
    expect(readout.isReadout).toBe(true);
    expect(readout.participants.map((p) => p.name)).toEqual(['Ana Example', 'Jan Sample']);
  });

  it('calls a visit announcement an article with no participants, and skips a form', () => {
    const url = 'https://mfa.example.org/press/visit';
    const doc = load(
      `<html><head><title>Foreign Minister to visit Norland</title></head><body><article><h1>Foreign Minister to visit Norland</h1>
       <p>Foreign Minister Ana Example will make an official visit to Norland from 4 to 6 June. ${filler}</p></article></body></html>`,
      url,
    );
    expect(detectPage(url, doc)).toMatchObject({ pageKind: 'announcement', article: true });
    expect(extractReadout(url, doc)).toMatchObject({
      isReadout: false,
      pageKind: 'announcement',
      participants: [],
    });
    const form = load(
      `<html><head><title>Visa application</title></head><body><main><h1>Visa application</h1><p>Fill in every field of the form below and press Send.</p>
       <form><input name="a"><input name="b"><select name="c"></select><textarea name="d"></textarea></form></main></body></html>`,
      'https://mfa.example.org/visa/apply',
    );
    expect(detectPage('https://mfa.example.org/visa/apply', form).article).toBe(false);
  });
});
