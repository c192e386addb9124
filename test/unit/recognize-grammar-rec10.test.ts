/**
 * Classes from the fresh8 set, in sentences of our own: initials glued to a family name
 * (Mongolian and Russian style), Chinese initiatives docked to a named one and documents named
 * after a signing verb, and English titles set off by a comma that a sentence's end closes, that
 * list portfolios, or that a list of counterparts gives country by country.
 */
import { describe, expect, it } from 'vitest';
import { createRecognizer } from '../../lib/recognize';
import { recognitionKb } from '../../lib/kb';
import { findTitledNames } from '../../lib/recognize/titles';
import { findAgreementPhrases } from '../../lib/recognize/agreements';
import { familyNames, gluedInitialsName } from '../../lib/recognize/names';

const shipped = createRecognizer(recognitionKb());
const officials = (text: string, date = '2020-05-01') =>
  shipped
    .recognize(text, { date })
    .entities.filter((e) => e.kind === 'official')
    .map((e) => e.surfaces.join('|'));
const names = (found: { name: string }[]) => found.map((f) => f.name);

describe('English: an initial glued to the family name', () => {
  it('reads it after a title, and its family name later on the page', () => {
    expect(
      officials(
        'The Minister of Foreign Affairs of Mongolia B.Batbayar hosted the envoy. Batbayar said more.',
      ),
    ).toEqual(['B.Batbayar|Batbayar']);
    expect(
      names(findTitledNames('Acting State Secretary of the Ministry N.Oyunbileg on Monday spoke.')),
    ).toEqual(['N.Oyunbileg']);
  });
  it('reads it after a meeting verb or an honorific', () => {
    expect(names(findTitledNames('The delegation met with T.Ganbold on Friday.'))).toEqual(['T.Ganbold']);
    expect(names(findTitledNames('Later, Ms. E.Sarangerel thanked the hosts.'))).toEqual(['E.Sarangerel']);
  });
  it('gives the family name of a glued name as its short form', () => {
    expect(familyNames(['B.Batbayar'], 'unknown')).toEqual(['Batbayar']);
  });
  it('negative: abbreviations, saints and doctors glued to a word are no initials', () => {
    expect(gluedInitialsName('U.S.Embassy')).toBe(false);
    expect(gluedInitialsName('U.N.Secretariat')).toBe(false);
    expect(gluedInitialsName('N.Korea')).toBe(false);
    expect(gluedInitialsName('B.Batbayar')).toBe(true);
    expect(names(findTitledNames('He met with U.S.Officials and U.N.Staff.'))).toEqual([]);
    expect(names(findTitledNames('The Ambassador St.Petersburg office opened.'))).toEqual([]);
    expect(names(findTitledNames('The Minister Dr.Roe spoke.'))).toEqual([]);
    expect(names(findTitledNames('See e.g.Section 4 and met with staff.'))).toEqual([]);
  });
});

describe('Russian: a glued initial after an adviser title and a portfolio', () => {
  it('reads past the state form, the country and "по … вопросам"', () => {
    expect(
      officials(
        'Беседа с советником Президента Федеративной Республики Германии по внешнеполитическим вопросам П.Дюраном.',
      ),
    ).toEqual(['П.Дюраном']);
    expect(officials('Министр иностранных дел Аргентины Х.Гомес прибыл в Москву.')).toEqual(['Х.Гомес']);
  });
  it('negative: a title and a portfolio alone name no one', () => {
    expect(
      officials('Встреча с советником Президента Франции по международным вопросам состоялась.'),
    ).toEqual([]);
  });
});

describe('Chinese: initiatives docked to a named one, documents after a signing verb', () => {
  it('finds a quoted name with no head that a named initiative is docked to', () => {
    expect(names(findAgreementPhrases('两国愿推动“一带一路”倡议同哈方“光明之路”深入对接。'))).toContain(
      '光明之路',
    );
    expect(names(findAgreementPhrases('推进全球发展倡议与“绿色长城”相衔接。'))).toContain('绿色长城');
  });
  it('negative: a quotation after 同 with no docking verb names nothing', () => {
    expect(names(findAgreementPhrases('中方倡议同“各国人民”共享发展成果。'))).toEqual([]);
  });
  it('finds an unquoted document after 签署, 签订 and 了', () => {
    expect(names(findAgreementPhrases('此次两国签署北山港区联合开发规划备忘录,意义重大。'))).toEqual([
      '北山港区联合开发规划备忘录',
    ]);
    expect(names(findAgreementPhrases('双方签订了南河流域水资源管理协定。'))).toEqual([
      '南河流域水资源管理协定',
    ]);
  });
  it('negative: a bare or generic document after the verb names nothing', () => {
    for (const text of [
      '双方签署了备忘录。',
      '双方签署了合作文件。',
      '双方签署协议。',
      '双方签署了经贸合作谅解备忘录。',
      '两国签署了多项合作协议。',
      '双方签订了关于渔业资源养护的协定。',
      '记者问，两国会否在协议签署后公开协议全文？',
      '条约签订时公开协定文本的做法由来已久。',
    ])
      expect(names(findAgreementPhrases(text))).toEqual([]);
  });
});

describe('English titles: apposition to a sentence end, portfolio lists, counterparts by country', () => {
  it('reads a name set off by a comma that the sentence end closes', () => {
    expect(names(findTitledNames('He held talks with the Minister of State, Karim Tahar Belkadi.'))).toEqual([
      'Karim Tahar Belkadi',
    ]);
    expect(
      names(
        findTitledNames(
          'He also met the Arab League Secretary-General of the Arab League, Omar Abu Al-Fadl.',
        ),
      ),
    ).toEqual(['Omar Abu Al-Fadl']);
  });
  it('reads a title that lists portfolios with commas and "and"', () => {
    expect(
      names(
        findTitledNames('She met the Minister of Science, Technology and Innovation Jane Roe Doe today.'),
      ),
    ).toEqual(['Jane Roe Doe']);
  });
  it('reads counterparts listed by country, with or without a comma', () => {
    expect(
      names(
        findTitledNames(
          'He met his counterparts from the UAE, Karim Tahar Belkadi; Bahrain, Sami Adel Fahad; and Somalia Yusuf Ali Warsame.',
        ),
      ),
    ).toEqual(['Karim Tahar Belkadi', 'Sami Adel Fahad', 'Yusuf Ali Warsame']);
  });
  it('reads a name closed by where the person spoke', () => {
    expect(
      names(
        findTitledNames(
          'Jakarta, said the Foreign Ministry Spokesman, Budi Santoso Wirawan at the ministry.',
        ),
      ),
    ).toEqual(['Budi Santoso Wirawan']);
  });
  it('reads "NAME as the TITLE" and "NAME as Country\'s special representative"', () => {
    expect(
      names(
        findTitledNames('Jane Roe replaces Karim Tahar Belkadi as the President of the Assembly this year.'),
      ),
    ).toContain('Karim Tahar Belkadi');
    const envoy = findTitledNames(
      'We announce the appointment of Jim Doe Roe as Australia’s special representative on trade.',
    );
    expect(envoy.map((f) => [f.name, f.title, f.country])).toEqual([
      ['Jim Doe Roe', 'special representative', 'AU'],
    ]);
  });
  it('negative: countries, places and bodies "as" a title, or a title that is none', () => {
    expect(names(findTitledNames('They welcomed New Zealand as the Chair of the forum.'))).toEqual([]);
    expect(names(findTitledNames('He recognised West Jerusalem as the capital of the state.'))).toEqual([]);
    expect(names(findTitledNames('They chose Grand Hotel as the venue of talks.'))).toEqual([]);
    expect(
      names(findTitledNames('We named Jim Doe Roe as Narnia’s special representative on trade.')),
    ).toEqual([]);
  });
  it('negative: lists of titles and bodies name no one', () => {
    expect(names(findTitledNames('The Minister, Deputy Minister and Director spoke.'))).toEqual([]);
    expect(names(findTitledNames('She thanked the Prime Minister, Home Affairs.'))).toEqual([]);
    expect(names(findTitledNames('He met counterparts from Japan and Korea.'))).toEqual([]);
    expect(names(findTitledNames('He met the Minister of State, Foreign Affairs Committee.'))).toEqual([]);
  });
});
