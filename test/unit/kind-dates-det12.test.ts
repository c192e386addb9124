import { describe, expect, it } from 'vitest';
import { classifyArticle, looksLikeListing } from '../../lib/ministries/kind';
import { hanMonthDay, meetingDate } from '../../lib/ministries/dates';
import { urlDate } from '../../lib/ministries/generic';
import { findAgreementPhrases } from '../../lib/recognize/agreements';

const names = (text: string) => findAgreementPhrases(text).map((f) => f.name);

describe('page kinds by class (det12)', () => {
  it('"converses with" in a title, "conversed with" in a lead: a readout', () => {
    expect(
      classifyArticle(
        ['Minister Arlen Voss Converses with the Foreign Minister of Estland'],
        [
          '3 March 2031',
          'Minister Arlen Voss conversed with his counterpart on the margins of a forum in Tallinn.',
        ],
      ),
    ).toBe('readout');
    expect(
      classifyArticle(
        ['How junior diplomats learn to converse'],
        ['Training courses teach young staff the etiquette of receptions and dinners.'],
      ),
    ).toBe('other');
  });

  it('German: a telephone conversation that took place is a readout', () => {
    expect(
      classifyArticle(
        ['Über das Telefongespräch des Außenministers mit seinem Amtskollegen'],
        ['Am 4. März erfolgte ein Telefongespräch der beiden Außenminister zu regionalen Fragen.'],
      ),
    ).toBe('readout');
    expect(
      classifyArticle(
        ['Hinweise zur Einreise'],
        ['Reisende benötigen einen gültigen Reisepass und ein Visum für die Einreise.'],
      ),
    ).toBe('other');
  });

  it('English: a visit paid to a counterpart is a readout, a visit to come stays an announcement', () => {
    expect(
      classifyArticle(
        ['Foreign Minister Visits Counterpart'],
        [
          'The foreign minister visited her new Danish counterpart in Copenhagen on Tuesday. They discussed fisheries.',
        ],
      ),
    ).toBe('readout');
    expect(
      classifyArticle(
        ['Foreign Minister to Visit Copenhagen'],
        ['The foreign minister will visit Copenhagen next week for talks with her counterpart.'],
      ),
    ).toBe('announcement');
  });

  it('Filipino: ministers who met are a readout', () => {
    expect(
      classifyArticle(
        ['Kalihim at ministro nagpulong sa Maynila'],
        ['Nakipagkita si Kalihim Reyes sa kaniyang counterpart mula sa Japan nitong Lunes.'],
      ),
    ).toBe('readout');
    expect(
      classifyArticle(
        ['Paalala sa mga biyahero'],
        ['Pinapaalalahanan ang publiko na magdala ng pasaporte sa paliparan.'],
      ),
    ).toBe('other');
  });

  it('"pleased to announce the visit" under a press-statement title is an announcement', () => {
    expect(
      classifyArticle(
        ['Press Statement by the Spokesperson'],
        [
          'The Secretary is pleased to announce the visit of the Foreign Minister of Arland, March 3 through March 5.',
        ],
      ),
    ).toBe('announcement');
    expect(
      classifyArticle(
        ['Press Statement by the Spokesperson'],
        ['The Secretary is pleased to announce that the two governments have settled their trade dispute.'],
      ),
    ).toBe('statement');
  });

  it('a call that has not taken place is no readout', () => {
    expect(
      classifyArticle(
        ['Call between the two foreign ministers is not held, minister says'],
        [
          'The minister told reporters the call requested on Sunday has not yet been held and no date is known.',
        ],
      ),
    ).toBe('statement');
    expect(
      classifyArticle(
        ['Ministers hold first talks in a decade'],
        ['The two ministers held talks in Oslo, a meeting that had not been held since 2021.'],
      ),
    ).toBe('readout');
    expect(
      classifyArticle(
        ['Министры не провели встречу'],
        ['Встреча министров не состоялась из-за непогоды, сообщили в ведомстве.'],
      ),
    ).toBe('statement');
  });

  it('a statement in a general debate is a speech; a statement on a resolution is not', () => {
    expect(
      classifyArticle(
        ['Statement of Arland in the General Debate of the 80th session of the UN General Assembly'],
        ['It is an honour to take the floor before this Assembly for the first time.'],
      ),
    ).toBe('speech');
    expect(
      classifyArticle(
        ['Statement by the Spokesperson on the Security Council resolution'],
        ['The ministry welcomes the resolution adopted by the Council yesterday.'],
      ),
    ).toBe('statement');
  });

  it('a ministry statement reported by the press, in English and Portuguese', () => {
    expect(
      classifyArticle(
        ['Government "greatly concerned" about the border clashes'],
        [
          'The ministry on Friday urged both sides to show restraint, in a statement signed by its spokesman.',
        ],
      ),
    ).toBe('statement');
    expect(
      classifyArticle(
        ['Chancelaria comenta enchentes'],
        [
          'O Ministério expressou sua "profunda preocupação" com as enchentes, segundo nota oficial divulgada hoje.',
        ],
      ),
    ).toBe('statement');
    expect(
      classifyArticle(
        ['Concerned citizens plant trees'],
        ['Volunteers planted two hundred trees in the park on Sunday morning.'],
      ),
    ).toBe('other');
  });

  it('a tag page of cut-off teasers is a listing; an article with one ellipsis is not', () => {
    expect(
      looksLikeListing([
        'The minister underlined that trade ties would deepen in the coming year as both sides...',
        'The secretary called the missile deployment an overreaction during an interview on...',
        'The two ministers met for the first time on the sidelines of the conference where they...',
        'Officials said the new consulate would open in the spring...',
      ]),
    ).toBe(true);
    expect(
      looksLikeListing([
        'The minister said the talks went well...',
        'He added that a second round would follow in June.',
        'The delegations exchanged views on trade, energy and climate.',
        'A joint statement is expected later this week.',
      ]),
    ).toBe(false);
  });
});

describe('dates by class (det12)', () => {
  it('reads months and days in Chinese numerals, and skips a day of something still to come', () => {
    expect(hanMonthDay('九月二十二日、十一月三日')).toBe('9月22日、11月3日');
    expect(hanMonthDay('一日游和十多人')).toBe('一日游和十多人');
    expect(
      meetingDate('中新社东京十月二十日电 总理二十一日将抵达，外长二十日会见了来宾。', '2031-10-21'),
    ).toBe('2031-10-20');
    expect(meetingDate('外长二十八日会见了来访的外长。', '2031-09-29')).toBe('2031-09-28');
    expect(meetingDate('外长28日将会见来访的外长。', '2031-09-27')).toBeNull();
  });

  it('an English wire dateline with a year dates the filing, not the meeting', () => {
    expect(
      meetingDate(
        'SINGAPORE, May 20, 2031 /PRNewswire/ -- The minister spoke with his counterpart on 7 May 2031 by telephone.',
        '2031-05-20',
      ),
    ).toBe('2031-05-07');
    expect(
      meetingDate('SINGAPORE, May 20, 2031 /PRNewswire/ -- The minister spoke with his counterpart.', null),
    ).toBe('2031-05-20');
  });

  it('reads an eight-digit day-first path part of a URL, never a non-date number', () => {
    expect(urlDate('https://news.example/05032031/ministers-talk-by-phone/')).toBe('2031-03-05');
    expect(urlDate('https://news.example/2031/03/05/ministers-talk/')).toBe('2031-03-05');
    expect(urlDate('https://news.example/12345678/story/')).toBeNull();
    expect(urlDate('https://news.example/31132031/story/')).toBeNull();
  });
});

describe('agreements by class (det12)', () => {
  it('a Security Council resolution by number in Korean, Chinese and Japanese', () => {
    expect(names('두 장관은 안보리결의 2999호의 충실한 이행을 강조했다.')).toContain('안보리결의 2999호');
    expect(names('双方强调应全面执行安理会第2999号决议。')).toContain('安理会第2999号决议');
    expect(names('両外相は安保理決議第2999号の履行を確認した。')).toContain('安保理決議第2999号');
    expect(names('안보리 회의가 3호실에서 열렸다.')).toEqual([]);
  });

  it('an alliance named by its parties in Korean, with or without a middle dot', () => {
    expect(names('양국은 한·미동맹 발전 방안을 논의했다.')).toContain('한·미동맹');
    expect(names('한미동맹을 더욱 강화하기로 했다.')).toContain('한미동맹');
    expect(names('한미 동맹국들과 긴밀히 협의했다.')).toEqual([]);
    expect(names('동맹의 중요성을 강조했다.')).toEqual([]);
  });

  it('an accord named by its place, with a lowercase head', () => {
    expect(names('The Lisbon accord could have been a basis for calm.')).toContain('Lisbon accord');
    expect(names('Both sides recalled the Tartu agreements of last year.')).toContain('Tartu agreements');
    expect(names('the Ministers accord priority to trade.')).toEqual([]);
    expect(names('the Chinese agreement came late.')).toEqual([]);
    expect(names('the March agreement came late.')).toEqual([]);
  });
});
