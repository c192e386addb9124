/**
 * Classes from the ninth session: a name set off by a comma after its title (with an honorific or
 * a rank, or closed by a comma), "NAME, Additional Secretary and NAME, Director at …", a country's
 * formal style ("Republic of X"), "FM" before a family name, Korean names with their Latin or kanji
 * form in brackets, stacked Korean particles, meetings after a Korean office, Chinese verbs after a
 * title, agreements with a lowercase subject naming a place, and Korean, Japanese and Chinese heads
 * for an exchange of notes; Hangul names read against the KB's Latin names, or by the form in
 * brackets after them.
 */
import { describe, expect, it } from 'vitest';
import { createRecognizer } from '../../lib/recognize';
import { recognitionKb } from '../../lib/kb';
import { findTitledNames } from '../../lib/recognize/titles';
import { findNativeTitledNames } from '../../lib/recognize/titles-native';
import { findAgreementPhrases } from '../../lib/recognize/agreements';
import { leadingCountry } from '../../lib/ministries/countries';
import { middleNamesLeftOut } from '../../lib/recognize/transliteration';

const shipped = createRecognizer(recognitionKb());
const found = (text: string, kind: 'official' | 'agreement', date: string | null = '2024-03-10') =>
  shipped
    .recognize(text, { date })
    .entities.filter((e) => e.kind === kind)
    .map((e) => e.name);
const titled = (text: string) => findTitledNames(text).map((f) => f.name);
const native = (text: string) => findNativeTitledNames(text, () => false).map((f) => f.name);
const agreements = (text: string) => findAgreementPhrases(text).map((f) => f.name);

describe('"Title, NAME": a name set off by a comma after its title', () => {
  it('with an honorific, a rank or a closing comma', () => {
    expect(titled('She spoke with the Foreign Minister of Norway, H.E. Kari Lund Berg.')).toEqual([
      'Kari Lund Berg',
    ]);
    expect(
      titled('The Minister of Foreign Affairs and Regional Integration, Ms Ama Serwaa Mensah, said so.'),
    ).toEqual(['Ama Serwaa Mensah']);
    expect(
      titled('The High Commissioner of India to Kenya, Maj. Gen. (Rtd) Arjun Dev Singh, called.'),
    ).toEqual(['Arjun Dev Singh']);
    expect(titled('the Ethiopian Foreign Minister, Tesfaye Alemu Bekele, before parliament')).toEqual([
      'Tesfaye Alemu Bekele',
    ]);
  });

  it('"Ambassador designate of …" and a country in its formal style', () => {
    expect(
      titled(
        'The Ambassador designate of the Kingdom of Saudi Arabia to Ghana, Mr Faisal Hamad Al-Qadri, came.',
      ),
    ).toEqual(['Faisal Hamad Al-Qadri']);
    expect(titled('the President of the Republic of Ghana, Kofi Mensah Adjei, was due to travel')).toEqual([
      'Kofi Mensah Adjei',
    ]);
    expect(leadingCountry('Federal Democratic Republic of Ethiopia said')?.code).toBe('ET');
    expect(leadingCountry('Republic of Ruritania')).toBeUndefined();
  });

  it('titles, bodies, meetings and places after the comma are not names', () => {
    expect(titled('the Prime Minister, Deputy Prime Minister and Ministers met')).toEqual([]);
    expect(titled('the Secretary-General, United Nations, said')).toEqual([]);
    expect(titled('the Director, Research Unit, attended')).toEqual([]);
    expect(titled('the Foreign Minister, Meeting Room 3, was booked')).toEqual([]);
    expect(titled('the Foreign Minister, Saudi Arabia, and others')).toEqual([]);
    expect(titled('the Spokesperson, Ministry of Foreign Affairs')).toEqual([]);
    expect(titled('the Chairman, Board of Directors')).toEqual([]);
    expect(titled('the President, Today, said')).toEqual([]);
  });

  it('one word with no honorific, or a name not closed by a comma, is not taken', () => {
    expect(titled('the Foreign Minister, Tesfaye, said')).toEqual([]);
    expect(titled('the Foreign Minister, Tesfaye Bekele and others')).toEqual([]);
  });
});

describe('"NAME, Title" in a list after "accompanied by"', () => {
  it('both names of "by A, Additional Secretary and B, Director at the Ministry"', () => {
    expect(
      titled(
        'He was accompanied by Ali Rasheed, Additional Secretary and Aminath Shareef, Director at the Ministry.',
      ),
    ).toEqual(['Ali Rasheed', 'Aminath Shareef']);
  });

  it('capitalised phrases before the title are not names', () => {
    expect(titled('He met with Foreign Policy, Director of the Institute.')).toEqual([]);
    expect(titled('He met with Saudi Arabia, Minister of State.')).toEqual([]);
    expect(titled('He was joined by Meeting, Director at the Ministry.')).toEqual([]);
  });
});

describe('"FM" before a family name', () => {
  it('a KB foreign minister by family name after "FM"', () => {
    expect(found('FM Lavrov welcomed the delegation.', 'official', '2023-05-01')).toEqual(['Sergey Lavrov']);
  });

  it('"FM" before a place or a verb names no one', () => {
    expect(titled('Talks with the Chinese FM in Qingdao')).toEqual([]);
    expect(titled('FM said the talks went well')).toEqual([]);
  });
});

describe('Korean names with their Latin or kanji form in brackets', () => {
  it('the Hangul name before the bracket, the country and the office', () => {
    expect(native('차관은 방문 계기 도르지 바야르(Dorj Bayar) 몽골 외교장관을 예방합니다.')).toEqual([
      '도르지 바야르',
    ]);
    expect(native('장관은 회의 계기 사토 하나코(佐藤 花子) 일본 외무대신과 회담을 가졌다.')).toEqual([
      '사토 하나코',
    ]);
    expect(
      native('이어 서울에서 안나 마리아 다 실바(Anna Maria da Silva) 브라질 외교차관과 회담합니다.'),
    ).toEqual(['안나 마리아 다 실바']);
  });

  it('"1차관" and a stacked particle ("외교장관과도")', () => {
    expect(native('이지훈 1차관은 다음 주 출국합니다.')).toEqual(['이지훈']);
    expect(native('장관은 같은 날 소피 마르탱 캐나다 외교장관과도 회담을 갖고 논의했다.')).toEqual([
      '소피 마르탱',
    ]);
  });

  it('a meeting after an office, and an office alone, are not names', () => {
    expect(native('오는 14일 한불 외교장관 전략대화를 갖고 논의할 계획이다.')).toEqual([]);
    expect(native('외교장관 회담을 개최한다.')).toEqual([]);
    expect(native('외교장관 만찬에 참석했다.')).toEqual([]);
    expect(native('몽골 방문 계기 외교장관을 예방합니다.')).toEqual([]);
  });
});

describe('Chinese verbs after a title', () => {
  it('"主席提出的", "部长提议" name no one; a name after the title still counts', () => {
    expect(titled('他强调，将以国家主席提出的倡议为遵循。')).toEqual([]);
    expect(titled('外交部长提议双方加强合作。')).toEqual([]);
    expect(titled('秘书长欢迎各方参与。')).toEqual([]);
    expect(titled('会见了外交部长张伟，并表示')).toEqual(['张伟']);
  });
});

describe('agreements with a lowercase subject naming a place', () => {
  it('"Agreement on the settlement of the X crisis"', () => {
    expect(
      agreements('The ministry said the Agreement on the settlement of the Ruritania crisis gives steps.'),
    ).toEqual(['Agreement on the settlement of the Ruritania crisis']);
    expect(
      agreements('The Agreement on the settlement of the Norland-Ruritania border dispute was signed.'),
    ).toEqual(['Agreement on the settlement of the Norland-Ruritania border dispute']);
  });

  it('a lowercase head, a subject with no name, or a sentence running on are not names', () => {
    expect(agreements('the agreement on the settlement of the Ruritania crisis was welcomed')).toEqual([]);
    expect(agreements('the Agreement on the settlement of the crisis was welcomed')).toEqual([]);
    expect(agreements('Agreement on trade was reached by the ministers.')).toEqual([]);
    expect(agreements('The Agreement on cooperation was signed. The Norland delegation left.')).toEqual([]);
    expect(agreements('The Agreement on trade with Norland was reached on the border.')).toEqual([]);
  });
});

describe('exchanges of notes in Korean, Japanese and Chinese', () => {
  it('a quoted name ending in 교환각서, 交換公文, 换文', () => {
    expect(agreements('두 장관은 ‘한-노르랜드 청년교류 프로그램 수립에 관한 교환각서’에 서명했다.')).toEqual([
      '한-노르랜드 청년교류 프로그램 수립에 관한 교환각서',
    ]);
    expect(agreements('両国は「文化交流に関する交換公文」に署名した。')).toEqual([
      '文化交流に関する交換公文',
    ]);
    expect(agreements('双方签署了《关于互免签证的换文》。')).toEqual(['关于互免签证的换文']);
  });

  it('the head word alone names nothing', () => {
    expect(agreements('각서를 교환했다')).toEqual([]);
    expect(agreements('합의서를 채택했다')).toEqual([]);
    expect(agreements('双方交换了换文。')).toEqual([]);
  });
});

describe('Hangul names read against the KB’s Latin names', () => {
  it('names of the KB read across the scripts, with the country the page gives', () => {
    expect(found('장관은 안토니 블링컨 미국 국무장관과 통화했다.', 'official', '2023-04-11')).toEqual([
      'Antony Blinken',
    ]);
    expect(found('장관은 세르게이 라브로프 러시아 외무장관과 회담했다.', 'official', '2023-04-11')).toEqual([
      'Sergey Lavrov',
    ]);
    expect(found('장관은 아날레나 베어복 독일 외교장관과 회담했다.', 'official', '2023-04-11')).toEqual([
      'Annalena Baerbock',
    ]);
  });

  it('one-word names are not read against the KB', () => {
    expect(found('장관은 홍길 미국 국무장관과 통화했다.', 'official', '2023-04-11')).not.toContain(
      'Antony Blinken',
    );
  });

  it('a Hangul name with its country resolves to the KB official it reads as', () => {
    expect(found('장관은 같은 날 멜라니 졸리 캐나다 외교장관과 회담했다.', 'official', '2023-04-11')).toEqual(
      ['Mélanie Joly'],
    );
  });

  it('the same name given another country stays the page’s own person', () => {
    const entity = shipped
      .recognize('장관은 같은 날 멜라니 졸리 프랑스 외교장관과 회담했다.', { date: '2023-04-11' })
      .entities.find((e) => e.kind === 'official');
    expect(entity?.id).toBeNull();
  });

  it('a Latin or kanji form in brackets names the KB official', () => {
    const ids = (text: string) =>
      shipped
        .recognize(text, { date: '2023-11-15' })
        .entities.filter((e) => e.kind === 'official')
        .map((e) => e.id);
    expect(ids('장관은 회의 계기 가미카와 요코(上川 陽子) 일본 외무대신과 회담을 가졌다.')).toEqual([
      'kamikawa-yoko',
    ]);
    expect(
      ids('장관은 몽골 방문 계기 바트뭉흐 바트체첵(Battsetseg Batmunkh) 몽골 외교장관을 예방했다.'),
    ).toEqual(['batmunkh-battsetseg']);
    // A form in brackets that is no KB official's: the page's own person.
    expect(ids('장관은 도르지 바야르(Dorj Bayar) 몽골 외교장관을 예방했다.')).toEqual([null]);
  });
});

describe('headline verbs end a name', () => {
  it('"FM Doe Engages Leaders", "Minister Doe Vows Support": the verb is not part of the name', () => {
    expect(titled('Norland FM Kovac Engages International Leaders at UN')).toEqual(['Kovac']);
    expect(titled('Foreign Minister Jana Kovac Vows Support for Talks')).toEqual(['Jana Kovac']);
    expect(titled('Prime Minister Mark Rutte said')).toEqual(['Mark Rutte']);
  });
});

describe('words after a Chinese or Japanese title that are not names', () => {
  it('an ordinal, the medium of a meeting, a modal, a trip', () => {
    expect(titled('三国外长第十五次会晤将于下月举行。')).toEqual([]);
    expect(titled('两国外长视像会晤，就双边关系交换意见。')).toEqual([]);
    expect(titled('报道称总统可能于下周宣布此事。')).toEqual([]);
    expect(titled('大臣訪中の調整状況について教えてください。')).toEqual([]);
  });

  it('a name after the title is still read', () => {
    expect(titled('会见了外交部长张伟，并表示')).toEqual(['张伟']);
  });
});

describe('a full name with its middle names left out', () => {
  it('"José Albares" is the KB’s José Manuel Albares', () => {
    expect(
      found('He met the foreign ministers of Spain José Albares and others.', 'official', '2024-09-25'),
    ).toEqual(['José Manuel Albares Bueno']);
    expect(middleNamesLeftOut('José Albares', 'José Manuel Albares')).toBe(true);
    expect(middleNamesLeftOut('José Albares', 'José Manuel Albares Bueno')).toBe(true);
  });

  it('another given name, an initial, or the same number of words is not that person', () => {
    expect(found('He met the writer Carlos Albares and others.', 'official', '2024-09-25')).toEqual([]);
    expect(middleNamesLeftOut('Carlos Albares', 'José Manuel Albares')).toBe(false);
    expect(middleNamesLeftOut('J. Albares', 'José Manuel Albares')).toBe(false);
    expect(middleNamesLeftOut('José Albares', 'José Albares')).toBe(false);
  });
});

describe('names in brackets after a country, in a sentence about ministers', () => {
  it('"foreign ministers of the Kyrgyz Republic [NAME] and Tajikistan [NAME]"', () => {
    expect(
      titled(
        'He held meetings with foreign ministers of the Kyrgyz Republic [Talant Osmonov] and Tajikistan [Rustam Saidov]. Both are partners.',
      ),
    ).toEqual(['Talant Osmonov', 'Rustam Saidov']);
  });

  it('acronyms, offices, places, regions and agreements in brackets are not names', () => {
    expect(titled('He met the ministers of the Republic of Korea (ROK) and Japan (Tokyo Office).')).toEqual(
      [],
    );
    expect(titled('The ministers of Norway (Oslo Accord) met.')).toEqual([]);
    expect(titled('He visited Kyrgyzstan [Bishkek City] last week.')).toEqual([]);
    expect(titled('The ministers discussed Kazakhstan (Central Asia).')).toEqual([]);
    expect(titled('The president of Mongolia (Ulaanbaatar Declaration) spoke.')).toEqual([]);
  });
});
