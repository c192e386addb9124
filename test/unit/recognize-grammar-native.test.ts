import { describe, expect, it } from 'vitest';
import { createRecognizer } from '../../lib/recognize';
import { kindOfOffice } from '../../lib/recognize/offices';
import { katakanaInitialFits } from '../../lib/recognize/transliteration';
import { grammarKb } from './recognize-grammar-fixtures';

const recognizer = createRecognizer(grammarKb());
const officials = (text: string, date: string | null) =>
  recognizer
    .recognize(text, { date })
    .entities.filter((e) => e.kind === 'official')
    .map((e) => ({ name: e.name, id: e.id, title: e.titleInText, country: e.country, surfaces: e.surfaces }));
const found = (text: string, date: string | null) =>
  officials(text, date).map((o) => [o.id ?? o.name, o.surfaces.join('|')]);

describe('Chinese: country + office + name', () => {
  it('reads vice ministers, state secretaries and foreign ministers with their countries', () => {
    expect(
      officials('外交部副部长邓励同波兰外交部副国务秘书格尔维尔举行战略对话。', '2024-06-01').map((o) => [
        o.name,
        o.title,
        o.country,
      ]),
    ).toEqual([
      ['邓励', '外交部副部长', undefined],
      ['格尔维尔', '副国务秘书', 'PL'],
    ]);
    expect(officials('王毅会见澳大利亚外长毕晓普。毕晓普表示欢迎。', '2016-05-01')[1]).toMatchObject({
      name: '毕晓普',
      title: '外长',
      country: 'AU',
      surfaces: ['毕晓普'],
    });
    expect(found('王毅会见阿联酋副总理兼外长阿卜杜拉·本·扎耶德·阿勒纳哈扬。', '2016-05-01')).toEqual([
      ['wang-yi', '王毅'],
      ['阿卜杜拉·本·扎耶德·阿勒纳哈扬', '阿卜杜拉·本·扎耶德·阿勒纳哈扬'],
    ]);
  });

  it('takes no office without a name and no long run of characters for a name', () => {
    expect(found('外交部发言人表示，外长会议将于明天举行。', '2024-06-01')).toEqual([]);
    expect(found('外长强调双方应当加强在各个领域的务实合作', '2024-06-01')).toEqual([]);
    expect(found('两国举行第三轮外长级战略对话。非盟委员会代表出席。主席后首次出访。', '2024-06-01')).toEqual(
      [],
    );
  });

  it('takes no body for a name after a title (an office, a committee, a delegation)', () => {
    expect(found('外交部发言人办公室开通了推特账号。', '2024-06-01')).toEqual([]);
    expect(found('大使馆领事部主任代表团驻地在城东。', '2024-06-01')).toEqual([]);
    // A person's name after the same title still counts.
    expect(found('外交部发言人毛宁表示欢迎。', '2024-06-01').map(([, surface]) => surface)).toEqual(['毛宁']);
  });
});

describe('Japanese: surname or katakana name + [country] + office, resolved by office and date', () => {
  it('gives a surname + office to the KB person in that office on the date', () => {
    expect(found('岸田外務大臣は、ビショップ豪外相と会談した。', '2016-05-01')).toEqual([
      ['kishida-fumio', '岸田'],
      ['julie-bishop', 'ビショップ'],
    ]);
    expect(found('安倍総理は岸田外務大臣と協議した。', '2016-05-01')).toEqual([
      ['abe-shinzo', '安倍'],
      ['kishida-fumio', '岸田'],
    ]);
    expect(found('岸田総理は林外務大臣と協議した。', '2022-03-01')).toEqual([
      ['kishida-fumio', '岸田'],
      ['hayashi-yoshimasa', '林'],
    ]);
  });

  it('does not give the surname to someone who did not hold the office then', () => {
    // Hayashi became Foreign Minister in 2021: in 2016 "林外務大臣" is someone the KB lacks.
    expect(officials('林外務大臣が会見した。', '2016-05-01')).toEqual([
      { name: '林', id: null, title: '外務大臣', country: 'JP', surfaces: ['林'] },
    ]);
    // The Australian Foreign Minister in 2023 was not Bishop: the katakana does not fit Wong.
    expect(found('ビショップ豪外相が来日した。', '2023-05-01')).toEqual([['ビショップ', 'ビショップ']]);
    expect(found('ウォン豪外相が来日した。', '2023-05-01')).toEqual([['penny-wong', 'ウォン']]);
  });

  it('keeps a katakana name with its country abbreviation when the KB lacks the person', () => {
    expect(officials('ブリンケン米国務長官と会談した。', '2022-03-01')).toEqual([
      { name: 'ブリンケン', id: null, title: '国務長官', country: 'US', surfaces: ['ブリンケン'] },
    ]);
  });

  it('reads a katakana name before any department secretary, and no katakana word before a ministry', () => {
    expect(found('チャオ運輸長官に謝意を述べた。', '2019-10-22')).toEqual([['チャオ', 'チャオ']]);
    expect(found('デジタル大臣が出席した。両国務長官は合意した。', '2019-10-22')).toEqual([]);
  });

  it('takes no meeting, pair of countries, or "both ministers" for a name', () => {
    expect(found('日中外相会談が行われ、両外相は合意した。同外相も出席した。', '2016-05-01')).toEqual([]);
    expect(found('東アジア参加国外相会議と二国間外相会談、関連外相会議に出席。', '2016-05-01')).toEqual([]);
    expect(found('（参考）外務副大臣訪問日程', '2016-05-01')).toEqual([]);
    expect(found('日本外務大臣と中国外相が会談した。', '2016-05-01')).toEqual([]);
  });
});

describe('Korean: office + name and name + [country] + office', () => {
  it('reads both orders and the country between', () => {
    expect(found('외교부 장관 조태열은 왕이 중국 외교부장과 회담했다.', '2024-06-01')).toEqual([
      ['cho-tae-yul', '조태열'],
      ['wang-yi', '왕이'],
    ]);
    expect(officials('박민호 장관은 블링컨 미국 국무장관과 통화했다.', '2022-03-01')).toEqual([
      { name: '박민호', id: null, title: '장관', country: undefined, surfaces: ['박민호'] },
      { name: '블링컨', id: null, title: '국무장관', country: 'US', surfaces: ['블링컨'] },
    ]);
  });

  it('reads a foreign name of several Hangul words, with a country or "new" between it and the office', () => {
    expect(found('조민호 장관이 11일 다나카 겐지 일본 외무상과 통화했다.', '2024-06-01')).toEqual([
      ['조민호', '조민호'],
      ['다나카 겐지', '다나카 겐지'],
    ]);
    expect(found('오가와 사토시 신임 일본 외무대신과 회담했다. 오가와 외무대신은 말했다.', null)).toEqual([
      ['오가와 사토시', '오가와 사토시|오가와'],
    ]);
    expect(found('박민호 외교부 장관과 존 스미스 미 국무부 장관이 회담했다.', null)).toEqual([
      ['박민호', '박민호'],
      ['존 스미스', '존 스미스'],
    ]);
  });

  it('reads officials named with their post (director-general, envoy, spokesperson)', () => {
    expect(
      found('우리측에서는 김민수 북미국장과 최영 평화교섭본부장, 존 스미스 주한미국대사가 배석했다.', null),
    ).toEqual([
      ['김민수', '김민수'],
      ['최영', '최영'],
      ['존 스미스', '존 스미스'],
    ]);
  });

  it('takes no group of states, possessive, date, verb or organisation for a name', () => {
    expect(found('한국의 박민호 외교부 장관이 말했다.', null)).toEqual([['박민호', '박민호']]);
    expect(found('한중일 외교장관이 모였다. 한미 장관은 합의했다.', null)).toEqual([]);
    expect(found('11일 오가와 사토시 일본 외무상은 말했다.', null)).toEqual([
      ['오가와 사토시', '오가와 사토시'],
    ]);
    expect(found('서울을 방문한 스미스 장관은 말했다.', null)).toEqual([['스미스', '스미스']]);
    // Nouns before a name that no phrase boundary precedes are not the name's first words.
    expect(found('일본 내각 개편 직후 오가와 외무대신이 참석했다.', null)).toEqual([['오가와', '오가와']]);
    expect(found('존 스미스 주한미국대사와 메리 존스 국무부 차관보가 배석했다.', null)).toEqual([
      ['존 스미스', '존 스미스'],
      ['메리 존스', '메리 존스'],
    ]);
    // A post named by its unit needs a Korean name or a name of several words.
    expect(found('청와대 대변인이 밝혔다. 백악관 대변인은 말했다. 외교부 대변인은 말했다.', null)).toEqual(
      [],
    );
  });

  it('takes no "both ministers", ministry or country for a name', () => {
    expect(
      found('주한 아세안 대사 모임. 방일 외교장관 회담. 회의 계기 외교장관 회담.', '2024-06-01'),
    ).toEqual([]);
    expect(
      found('양국 장관은 합의했다. 외교부 장관은 말했다. 중국 외교부장은 밝혔다.', '2024-06-01'),
    ).toEqual([]);
  });
});

describe('Russian: office + [country] + name', () => {
  it('reads the minister, the head of the ministry and an ambassador "in" a country', () => {
    expect(
      officials(
        'Министр иностранных дел России Сергей Лавров встретился с Министром иностранных дел Китая Ван И.',
        '2016-05-01',
      ).map((o) => [o.id ?? o.name, o.country]),
    ).toEqual([
      ['sergey-lavrov', 'RU'],
      ['Ван И', 'CN'],
    ]);
    expect(officials('Посол КНР в России Чжан Ханьхуэй выступил.', '2016-05-01')).toEqual([
      { name: 'Чжан Ханьхуэй', id: null, title: 'Посол', country: 'CN', surfaces: ['Чжан Ханьхуэй'] },
    ]);
  });

  it('reads any UN member in the genitive, a colleague "from" a country, an organisation and two heads', () => {
    expect(
      officials('Лавров встретился с министром иностранных дел Венгрии Иштваном Ковачем.', null).map((o) => [
        o.name,
        o.country,
      ]),
    ).toEqual([['Иштван Ковач', 'HU']]);
    expect(
      officials(
        'Переговоры с главой МИД Новой Зеландии Джоном Смитом и коллегой из Вьетнама Ле Ван Намом.',
        null,
      ).map((o) => [o.name, o.country]),
    ).toEqual([
      ['Джон Смит', 'NZ'],
      ['Ле Ван Нам', 'VN'],
    ]);
    expect(found('Встреча с президентом МККК Анной Петровой.', null)).toEqual([
      ['Анна Петрова', 'Анной Петровой'],
    ]);
    expect(
      found('22 января с главами МИД Ливана и Индонезии Абдаллой Бу Салимом и Ретно Сари.', null),
    ).toEqual([
      ['Абдалла Бу Салим', 'Абдаллой Бу Салимом'],
      ['Ретно Сари', 'Ретно Сари'],
    ]);
  });

  it('takes no office without a name and no country for a name', () => {
    expect(found('Министр иностранных дел заявил. Глава МИД России Москва.', '2016-05-01')).toEqual([]);
    expect(found('Министр иностранных дел Вьетнама заявил. Коллега из Ирана Тегеран.', null)).toEqual([]);
    expect(found('с Министром иностранных дел Датской Республики Ларсом Хансеном', '2016-05-01')).toEqual([]);
  });
});

describe('offices and katakana', () => {
  it('sorts KB office titles into the kinds pages name by office alone', () => {
    expect(kindOfOffice('Minister for Foreign Affairs')).toBe('foreign-minister');
    expect(kindOfOffice('Secretary of State')).toBe('foreign-minister');
    expect(kindOfOffice('Deputy Minister of Foreign Affairs')).toBeUndefined();
    expect(kindOfOffice('Prime Minister')).toBe('head-of-government');
    expect(kindOfOffice('Deputy Prime Minister')).toBeUndefined();
    expect(kindOfOffice('President')).toBe('head-of-state');
    expect(kindOfOffice('President of the European Commission')).toBeUndefined();
  });

  it('matches a katakana name to a Latin family name by its first sound', () => {
    expect(katakanaInitialFits('ビショップ', 'Bishop')).toBe(true);
    expect(katakanaInitialFits('ラブロフ', 'Lavrov')).toBe(true);
    expect(katakanaInitialFits('ウォン', 'Wong')).toBe(true);
    expect(katakanaInitialFits('ビショップ', 'Wong')).toBe(false);
  });
});
