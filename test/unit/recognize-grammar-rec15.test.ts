/**
 * Classes from the fresh11 set, in sentences of our own: letters with a stroke written plain
 * (Støre → Store), titles cut short in headers ("For. Min. Doe"), "Congressman", and "the Doe
 * administration" for the head of a government.
 */
import { describe, expect, it } from 'vitest';
import { foldText } from '../../lib/recognize/fold';
import { findTitledNames } from '../../lib/recognize/titles';
import { findNativeTitledNames } from '../../lib/recognize/titles-native';
import { findParticipants } from '../../lib/ministries/participants';
import { officials } from './shipped-recognizer';

const titled = (text: string) => findTitledNames(text).map((f) => [f.name, f.title]);

describe('letters with a stroke or bar fold to the plain letter', () => {
  it('folds ø, ð, đ, ł one to one', () => {
    expect(foldText('Støre Sigurðsson Đang Wałęsa').folded).toBe('store sigurdsson dang walesa');
  });
  it('finds a KB name with ø written plain in English copy', () => {
    expect(officials('Jonas Gahr Store arrived in the capital on Monday.', '2008-11-02')).toEqual([
      ['jonas-gahr-st-re', 'Jonas Gahr Store'],
    ]);
  });
  it('does not make a common word of a name', () => {
    expect(officials('The store was closed on Monday.', '2008-11-02')).toEqual([]);
  });
});

describe('English titles cut short', () => {
  it('reads "For. Min." and "High Rep." before a surname as the full title', () => {
    expect(titled('Remarks by For. Min. Doe, For. Min Roe and High Rep. Poe.')).toEqual([
      ['Doe', 'Foreign Minister'],
      ['Roe', 'Foreign Minister'],
      ['Poe', 'High Representative'],
    ]);
    expect(titled('Talks with Amb. Jane Roe and Pres. Doe ended.')).toEqual([
      ['Jane Roe', 'Ambassador'],
      ['Doe', 'President'],
    ]);
  });
  it('resolves a KB surname after a cut-short title on the date', () => {
    expect(officials('Press conference with For. Min. Lavrov and For. Min Straw.', '2004-05-14')).toEqual([
      ['sergey-lavrov', 'Lavrov'],
      ['jack-straw', 'Straw'],
    ]);
  });
  it('reads no name after a section mark, a cut-off word or a sentence word', () => {
    for (const text of [
      'See Sec. Two of the Act.',
      'The Foreign Min The end.',
      'Refer to Pres. The office.',
      'The Rep. Office opened.',
      'Amb. The envoy spoke.',
    ])
      expect(titled(text)).toEqual([]);
  });
});

describe('Congressman and Congresswoman as titles', () => {
  it('reads the name after them', () => {
    expect(titled('He met Congressman John Doe and Congresswoman Jane Roe.')).toEqual([
      ['John Doe', 'Congressman'],
      ['Jane Roe', 'Congresswoman'],
    ]);
  });
  it('finds no name after the title alone', () => {
    expect(titled('The Congressman said the Congress would vote.')).toEqual([]);
  });
});

describe('"the Doe administration"', () => {
  it('is the KB head of government in office on the date', () => {
    expect(officials('The minister welcomed the Biden administration’s plans.', '2021-02-10')).toEqual([
      ['joe-biden', 'Biden'],
    ]);
  });
  it('undated, is the one KB person of that family name', () => {
    expect(officials('The minister welcomed the Biden administration’s plans.', null)).toEqual([
      ['joe-biden', 'Biden'],
    ]);
  });
  it('names no one without "the … administration" or "the … government"', () => {
    expect(officials('Biden plans were discussed.', '2021-02-10')).toEqual([]);
  });
});

describe('a name set off by a comma from its title', () => {
  it('reads a header\'s "by Name, Title"', () => {
    expect(titled('Press Statement by Jane Q. Roe, Spokesman')).toEqual([['Jane Q. Roe', 'Spokesman']]);
    expect(titled('Remarks by John Doe, Secretary of State, May 4')).toEqual([['John Doe', 'Secretary']]);
  });
  it('reads a lowercase title, a comma, then a name closed by a comma or "said"', () => {
    expect(titled('a note signed by the ministry spokesman, Jane Roe said.')).toEqual([
      ['Jane Roe', 'spokesman'],
    ]);
    expect(titled('The ambassador, John Doe, arrived.')).toEqual([['John Doe', 'ambassador']]);
  });
  it('reads no body, place or run-on phrase as the name', () => {
    for (const text of [
      'Statement by United Nations, Secretary',
      'Report by Foreign Affairs, Minister',
      'the minister, Foreign Affairs Council members met',
      'the spokesman, Jane Roe of the Norland Press',
      'the president, New Year greetings',
    ])
      expect(titled(text)).toEqual([]);
  });
});

describe('a name after "the visiting Title of …"', () => {
  it('reads the name before the apposition', () => {
    expect(
      titled('She met with Jane Roe, the visiting Speaker of the Norland Parliament, on Monday.'),
    ).toEqual([['Jane Roe', 'Speaker']]);
  });
  it('reads no name where the title has none before it', () => {
    expect(titled('On Monday, the visiting Speaker of the Norland Parliament met her.')).toEqual([]);
  });
});

describe('German titles, the country in the genitive, then an initial and a family name', () => {
  it('reads "des Außenministers der … S. Doe" and resolves German spellings of KB people', () => {
    expect(
      officials(
        'Zum Gespräch des Außenministers der Russischen Föderation S. Lawrow mit dem Außenminister des Königreichs Norwegen J. Støre.',
        '2011-09-15',
      ),
    ).toEqual([
      ['sergey-lavrov', 'S. Lawrow'],
      ['jonas-gahr-st-re', 'J. Støre'],
    ]);
    expect(officials('Gestern sagte die Bundeskanzlerin Angela Merkel in Berlin.', '2015-01-01')).toEqual([
      ['angela-merkel', 'Angela Merkel'],
    ]);
  });
  it('finds no name after a German title alone, a body or a weekday', () => {
    for (const text of [
      'Der Außenminister sagte am Montag, die Regierung werde handeln.',
      'Der Außenminister der Vereinten Nationen sprach.',
      'Das Gespräch des Außenministers mit dem Auswärtigen Amt.',
      'Der Präsident Montag Abend.',
    ])
      expect(officials(text, '2011-09-15')).toEqual([]);
  });
});

describe('Chinese and Japanese: a verb, a time word or a conjunction after a title is no name', () => {
  it('reads none after the title', () => {
    for (const text of [
      '双方将为该国总统访华做好准备。',
      '两国外长不久前举行了会谈。',
      '各成员国的部长或代表出席了会议。',
      '总理即将出席论坛。',
      '外務大臣による大統領表敬が行われた。',
      '该国总统访问期间签署了文件。',
    ])
      expect(titled(text)).toEqual([]);
  });
  it('still reads a name after the title', () => {
    expect(titled('会见该国外长李明。')).toEqual([['李明', '外长']]);
  });
});

describe('Korean: "this time", "today" before an office are no names', () => {
  it('reads none', () => {
    for (const text of [
      '금번 외교장관의 순방은 의미가 크다.',
      '금일 대변인은 브리핑을 했다.',
      '금년 장관 회의가 열린다.',
    ])
      expect(findNativeTitledNames(text).map((f) => f.name)).toEqual([]);
  });
  it('still reads a name before the office', () => {
    expect(findNativeTitledNames('홍길동 외교장관은 말했다.').map((f) => f.name)).toEqual(['홍길동']);
  });
});

describe('Filipino heads: Pangulo(ng), Kalihim, Embahador', () => {
  it('reads the name after them', () => {
    expect(titled('Nagpulong sina Pangulong Juan Dela Cruz at Kalihim Maria Santos kahapon.')).toEqual([
      ['Juan Dela Cruz', 'Pangulong'],
      ['Maria Santos', 'Kalihim'],
    ]);
  });
  it('reads no name after the title alone or before a lowercase word', () => {
    for (const text of [
      'Nagsalita ang Pangulo ng bansa.',
      'Ang kalihim ng DFA ay dumating.',
      'Ang Kalihim ay nagsalita.',
    ])
      expect(titled(text)).toEqual([]);
  });
});

describe('"the Foreign Ministers of A and B Name and Name"', () => {
  it('pairs the two names with the two countries in order', () => {
    expect(
      findTitledNames('The Foreign Ministers of Norway and Sweden Jane Roe and John Doe met in Oslo.').map(
        (f) => [f.name, f.country],
      ),
    ).toEqual([
      ['Jane Roe', 'NO'],
      ['John Doe', 'SE'],
    ]);
  });
  it('reads no pair of phrases that are not names', () => {
    for (const text of [
      'The Foreign Ministers of Norway and Sweden Held Talks and Signed papers.',
      'The Foreign Ministers of Norway and Sweden Foreign Affairs and Trade Committee met.',
      'The Foreign Ministers of Norway and Sweden met on Monday.',
    ])
      expect(titled(text)).toEqual([]);
  });
});

describe('Korean: a name in corner brackets glued to the office', () => {
  it('reads the name, its Latin gloss read past', () => {
    expect(
      findNativeTitledNames('장관은 현지에서「제인(Jane)」외교장관과 만난다.').map((f) => f.name),
    ).toEqual(['제인']);
    expect(
      findNativeTitledNames('장관은 현지에서 「제인(Jane)」 외교장관과 만난다.').map((f) => f.name),
    ).toEqual(['제인']);
  });
  it('reads no quoted meeting word or office as a name', () => {
    for (const text of ['장관은「회의」장관과 만났다.', '장관은「외교부」장관과 만났다.'])
      expect(findNativeTitledNames(text).map((f) => f.name)).not.toContain('회의');
    expect(findNativeTitledNames('장관은「외교부」장관과 만났다.').map((f) => f.name)).not.toContain(
      '외교부',
    );
  });
});

describe('a Chinese headline: a verb after the title is no participant', () => {
  it('keeps the named side and drops "the president\'s visit"', () => {
    const names = findParticipants('李明会见该国外长 确保该国总统访华顺利', '', 'zh').map((p) => p.name);
    expect(names).not.toContain('访华顺利');
    expect(findParticipants('李明会见该国外长王强', '', 'zh').map((p) => p.name)).toEqual(['李明', '王强']);
  });
});
