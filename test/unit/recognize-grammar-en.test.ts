import { describe, expect, it } from 'vitest';
import { createRecognizer } from '../../lib/recognize';
import { nameKey } from '../../lib/recognize/transliteration';
import { grammarKb } from './recognize-grammar-fixtures';

const recognizer = createRecognizer(grammarKb());
const run = (text: string, date: string | null = '2016-05-01') =>
  recognizer.recognize(text, { date, language: 'en' });
const officials = (text: string, date?: string | null) =>
  run(text, date)
    .entities.filter((e) => e.kind === 'official')
    .map((e) => ({ name: e.name, id: e.id, title: e.titleInText, country: e.country }));
const names = (text: string, date?: string | null) => officials(text, date).map((o) => o.name);

describe('English title + name: offices with their country', () => {
  it('reads "of Country" inside the title and after the name', () => {
    expect(officials('Minister for Foreign Affairs of Australia Toby Rennick met him.')).toEqual([
      { name: 'Toby Rennick', id: null, title: 'Minister for Foreign Affairs', country: 'AU' },
    ]);
    expect(officials('Union Minister for International Cooperation U Kyaw Tin of Myanmar attended.')).toEqual(
      [{ name: 'Kyaw Tin', id: null, title: 'Union Minister for International Cooperation', country: 'MM' }],
    );
    expect(
      officials(
        'Undersecretary of State of the Ministry of Foreign Affairs of Poland Wojciech Gerwel arrived.',
      ),
    ).toEqual([
      {
        name: 'Wojciech Gerwel',
        id: null,
        title: 'Undersecretary of State of the Ministry of Foreign Affairs',
        country: 'PL',
      },
    ]);
    expect(officials('Ambassador of Nepal to China Krishna Prasad Oli spoke.')).toEqual([
      { name: 'Krishna Prasad Oli', id: null, title: 'Ambassador', country: 'NP' },
    ]);
  });

  it('takes the country from an adjective of any UN member and from "counterpart"', () => {
    expect(officials('He spoke with his Romanian counterpart Luminita Odobescu on Monday.')).toEqual([
      { name: 'Luminita Odobescu', id: null, title: 'counterpart', country: 'RO' },
    ]);
    expect(officials('Burkinabe Foreign Minister Karamoko Traore arrived.')[0]!.country).toBe('BF');
    expect(officials('Vice Foreign Minister Deng Li met him.')).toEqual([
      { name: 'Deng Li', id: null, title: 'Vice Foreign Minister', country: undefined },
    ]);
  });

  it('leaves honorifics out of the name and keeps particles in', () => {
    expect(
      names(
        'Deputy Prime Minister and Foreign Minister Sheikh Hamad bin Jassim bin Jaber Al Thani of Qatar spoke.',
      ),
    ).toEqual(['Hamad bin Jassim bin Jaber Al Thani']);
    expect(names('Foreign Minister H.E. Dr. Lestari P. Wiryono of Indonesia spoke.')).toEqual([
      'Lestari P. Wiryono',
    ]);
    expect(names('High Representative Josep van der Meer met Minister Ahmed al-Sabah.')).toEqual([
      'Josep van der Meer',
      'Ahmed al-Sabah',
    ]);
    expect(names('Secretary of State Marcus Hale Jr. and Prime Minister Theresa May met.')).toEqual([
      'Marcus Hale',
      'Theresa May',
    ]);
  });

  it('gives a KB person the title written before them, past the country and honorifics', () => {
    const found = run(
      'Minister for Foreign Affairs of Australia Julie Bishop met Foreign Minister Sheikh Mohammed bin Abdulrahman Al Thani.',
    ).entities;
    expect(found.map((e) => [e.id, e.titleInText])).toEqual([
      ['julie-bishop', 'Minister for Foreign Affairs'],
      ['mohammed-al-thani', 'Foreign Minister'],
    ]);
  });

  it('finds a KB person written with initials, or with a suffix', () => {
    expect(officials('Foreign Minister Sheikh Mohammed bin Abdulrahman Al Thani spoke.')[0]!.id).toBe(
      'mohammed-al-thani',
    );
  });
});

describe("English: Arabic lineages, titles after a family name, the page's own short name", () => {
  const ids = (text: string, date?: string | null) =>
    run(text, date)
      .entities.filter((e) => e.kind === 'official')
      .map((e) => [e.id ?? e.name, e.surfaces.join('|')]);

  it('resolves a name with more lineage links than the KB writes to the KB person', () => {
    expect(
      ids(
        'He met His Excellency Sheikh Mohammed bin Abdulrahman bin Jassim Al-Thani, Prime Minister and Foreign Minister of Qatar.',
      ),
    ).toEqual([['mohammed-al-thani', 'Mohammed bin Abdulrahman bin Jassim Al-Thani']]);
    // Another father is another person.
    expect(
      ids(
        'He met His Excellency Sheikh Mohammed bin Hamad bin Jassim Al-Thani, Minister of Finance of Qatar.',
      ),
    ).toEqual([['Mohammed bin Hamad bin Jassim Al-Thani', 'Mohammed bin Hamad bin Jassim Al-Thani']]);
  });

  it('gives a KB family name with its title after it to the person in that office', () => {
    expect(ids('Talks with H.E. Bishop, Minister for Foreign Affairs of Australia, followed.')).toEqual([
      ['julie-bishop', 'Bishop'],
    ]);
    expect(ids('Bishop said the talks went well.')).toEqual([]);
  });

  it('joins a one-word titled name to the person the page named in full before', () => {
    expect(
      ids(
        'Foreign Minister Retno Marsudi met the envoy. Later, Foreign Minister Retno said the talks went well.',
      ),
    ).toEqual([['retno-marsudi', 'Retno Marsudi|Retno']]);
    // Not before the full name, and not to someone else.
    expect(ids('Foreign Minister Retno said so. Then Julie Bishop spoke.').map(([id]) => id)).toEqual([
      'Retno',
      'julie-bishop',
    ]);
  });
});

describe("English: a titled family name after the page's own person", () => {
  const ids = (text: string) =>
    run(text)
      .entities.filter((e) => e.kind === 'official')
      .map((e) => [e.id ?? e.name, e.surfaces.join('|')]);

  it('is the person the page introduced, not a KB namesake in office then', () => {
    expect(
      ids('Minister of Foreign Affairs of Canada Hugh Bishop met the envoy. Minister Bishop then spoke.'),
    ).toEqual([['Hugh Bishop', 'Hugh Bishop|Bishop']]);
  });

  it('is the KB person when the page named that person last', () => {
    expect(
      ids('Minister of Foreign Affairs of Canada Hugh Bishop met Julie Bishop. Minister Bishop then spoke.'),
    ).toEqual([
      ['Hugh Bishop', 'Hugh Bishop'],
      ['julie-bishop', 'Julie Bishop|Bishop'],
    ]);
    // With no one of that name introduced, the title names the KB person in office.
    expect(ids('Minister Bishop then spoke.')).toEqual([['julie-bishop', 'Bishop']]);
  });
});

describe('English title + name: what is not a name', () => {
  it('takes no job title without a name, no organisation and no possessive office', () => {
    expect(
      names(
        'The Foreign Minister said the Ministry of Foreign Affairs, the Department of State and the Prime Minister’s Office agree.',
      ),
    ).toEqual([]);
    expect(
      names("Prime Minister's Office issued Foreign Policy notes. Meeting of Foreign Ministers."),
    ).toEqual([]);
    expect(names('The Foreign Ministers Meeting opened. Foreign Minister Meeting With Press.')).toEqual([]);
    expect(names('Foreign Minister of Australia said so. Minister of State Department said so.')).toEqual([]);
    expect(names('President Tuesday. Secretary General Assembly. Member States agreed.')).toEqual([]);
  });

  it('takes no country name for a person', () => {
    expect(names('The Foreign Minister of Japan met the Ambassador of India.')).toEqual([]);
    expect(names('Foreign Ministers Australia and Japan met. Prime Minister Australia said.')).toEqual([]);
  });

  it('does not read a date after a title as a name', () => {
    expect(names('The Minister May 5 statement was read.')).toEqual([]);
  });
});

describe('Title Case headlines: a name stops at a verb or a function word', () => {
  // Headline shapes of each registered ministry, in our own words.
  const headlines: [string, string, string[]][] = [
    [
      'cn-mfa',
      'Vice Foreign Minister Deng Li and Undersecretary of State of the Ministry of Foreign Affairs of Poland Wojciech Gerwel Hold Strategic Dialogue',
      ['Deng Li', 'Wojciech Gerwel'],
    ],
    [
      'cn-mfa',
      'Assistant Foreign Minister Hua Lan Meets Nigerian Minister of State Zubairu Dada',
      ['Hua Lan', 'Zubairu Dada'],
    ],
    [
      'cn-mfa',
      'Vice Foreign Minister Sun Weidong Meets Ambassador of Nepal Krishna Prasad Oli',
      ['Sun Weidong', 'Krishna Prasad Oli'],
    ],
    ['cn-mfa', 'Wang Yi Holds Talks With Foreign Minister Tomas Rask', ['Wang Yi', 'Tomas Rask']],
    [
      'cn-mfa',
      'Wang Yi Has a Phone Call with Foreign Minister Tomas Rask of Denmark',
      ['Wang Yi', 'Tomas Rask'],
    ],
    ['cn-mfa', 'Premier Li Wen Attends And Addresses the Opening Ceremony', ['Li Wen']],
    [
      'rok-mofa',
      'Foreign Minister Cho Tae-yul Holds Talks with Japanese Foreign Minister Ito Kenji',
      ['Cho Tae-yul', 'Ito Kenji'],
    ],
    ['rok-mofa', 'Vice Minister Park Min-jae Co-chairs the Korea-Africa Dialogue', ['Park Min-jae']],
    [
      'jp-mofa',
      'Foreign Minister Ito Kenji Receives a Courtesy Call from Ambassador Mara Lind',
      ['Ito Kenji', 'Mara Lind'],
    ],
    ['jp-mofa', 'Japan-Peru Foreign Ministers’ Meeting', []],
    // A family name after a title is a person too.
    ['us-state', 'Secretary Rubio’s Call with Estonian Foreign Minister Kalle Tamm', ['Rubio', 'Kalle Tamm']],
    ['us-state', 'Deputy Secretary Lena Ford Visits Manila', ['Lena Ford']],
    ['uk-fcdo', 'Foreign Secretary Ann Price Calls For Restraint', ['Ann Price']],
    [
      'ru-mid',
      'Foreign Minister Sergey Lavrov Meets With Minister of Foreign Affairs of Chile Ana Soto',
      ['Sergey Lavrov', 'Ana Soto'],
    ],
    ['in-mea', 'External Affairs Minister Arun Mehta Visits Cyprus', ['Arun Mehta']],
    ['eu-eeas', 'High Representative Josep Vidal Addresses the Plenary', ['Josep Vidal']],
    ['de-aa', 'Federal Foreign Minister Anna Berg Travels To Kyiv', ['Anna Berg']],
    ['fr-meae', 'Minister Jean Morel Speaks With His Counterpart', ['Jean Morel']],
    ['au-dfat', 'Minister for Foreign Affairs Tom Reid Welcomes Election Result', ['Tom Reid']],
    ['ca-gac', 'Minister Joly Announces Support', ['Joly']],
  ];
  for (const [ministry, headline, expected] of headlines)
    it(`${ministry}: ${headline}`, () => {
      expect(names(`${headline}\nThe body follows.`, '2024-06-01')).toEqual(expected);
    });
});

describe('transliteration: one person under several spellings', () => {
  it('gives the same key to the common variants and different keys to different people', () => {
    const same = [
      ['Petr Poroshenko', 'Petro Poroshenko', 'Pyotr Poroshenko'],
      ['Sergei Lavrov', 'Sergey Lavrov'],
      ['Yevgeny Primakov', 'Evgeny Primakov', 'Evgenii Primakov'],
      ['Mohammad Javad Zarif', 'Mohammed Javad Zarif', 'Muhammad Javad Zarif'],
      ['Volodymyr Zelensky', 'Volodymyr Zelenskyy', 'Volodymyr Zelenskiy'],
      ['Aleksandr Lukashenko', 'Alexander Lukashenko'],
      ['Marco Rubio Jr.', 'Marco Rubio Jr', 'Marco Rubio'],
      ['Retno L.P. Marsudi', 'Retno Marsudi'],
      ['Dmitry Medvedev', 'Dmitriy Medvedev', 'Dmitrii Medvedev'],
    ];
    for (const group of same) expect(new Set(group.map(nameKey)).size).toBe(1);
    expect(nameKey('Sergey Lavrov')).not.toBe(nameKey('Sergey Ryabkov'));
    expect(nameKey('Wang Yi')).not.toBe(nameKey('Wang Yu'));
    expect(nameKey('Lavrov')).toBeUndefined();
    expect(nameKey('王毅')).toBeUndefined();
  });

  it('resolves a titled variant spelling to the KB person and joins its later mentions', () => {
    const text =
      'President Petr Poroshenko arrived. Poroshenko said so. Foreign Minister Sergei Lavrov replied.';
    const found = run(text, '2016-05-01').entities;
    expect(found.map((e) => [e.id, e.mentions])).toEqual([
      ['petro-poroshenko', 2],
      ['sergey-lavrov', 1],
    ]);
    expect(officials('Foreign Minister Evgeny Primakov spoke.', '1997-01-01')[0]!.id).toBe(
      'yevgeny-primakov',
    );
  });

  it('joins two spellings of one person the KB does not know', () => {
    const found = run('Minister Mykola Hrytsenko came. Minister Mikola Hritsenko left.').entities;
    expect(found).toHaveLength(1);
    expect(found[0]!.surfaces).toEqual(['Mykola Hrytsenko', 'Mikola Hritsenko']);
  });
});
