/**
 * More classes from pages nobody tuned to: resolutions listed by number, an ambassador "of" a
 * country's long name "to" another, a name set off by commas before its title, a place named after
 * a person, a Chinese name before a date or with a hyphen, and a country inside a katakana word.
 */
import { describe, expect, it } from 'vitest';
import { createRecognizer } from '../../lib/recognize';
import { recognitionKb } from '../../lib/kb';
import { findParticipants } from '../../lib/ministries/participants';

const shipped = createRecognizer(recognitionKb());
const found = (text: string, kind: 'official' | 'agreement', date: string | null = '2024-03-10') =>
  shipped
    .recognize(text, { date })
    .entities.filter((e) => e.kind === kind)
    .map((e) => e.name);

describe('resolutions known by number', () => {
  it('a list of numbers after a UN body gives one resolution each', () => {
    expect(
      found('They urged the implementation of UN Security resolutions no. 2720 and 2728.', 'agreement'),
    ).toEqual(['UN Security Council Resolution 2720', 'UN Security Council Resolution 2728']);
    expect(found('Both cited Security Council resolutions 242, 338 and 1397.', 'agreement')).toEqual([
      'UN Security Council Resolution 242',
      'UN Security Council Resolution 338',
      'UN Security Council Resolution 1397',
    ]);
    expect(found('They recalled General Assembly resolution 377.', 'agreement')).toEqual([
      'UN General Assembly Resolution 377',
    ]);
  });

  it('numbers with no body, and a party’s resolutions, are not UN resolutions', () => {
    expect(found('The congress adopted resolutions 2 and 3 on the budget.', 'agreement')).toEqual([]);
    expect(found('The meeting passed resolutions no. 12 and 14.', 'agreement')).toEqual([]);
  });
});

describe('names the KB lacks, by the shape of the sentence', () => {
  it('"Ambassador of <long state name> to <state> NAME"', () => {
    expect(
      found(
        'He received the Ambassador of the United Kingdom of Great Britain and Northern Ireland to the Republic of Peru Jane Doughty.',
        'official',
      ),
    ).toEqual(['Jane Doughty']);
  });

  it('"NAME, spokesperson of …" with no honorific', () => {
    expect(
      found('After the talks, Amina Rauf Khan, spokesperson of the Foreign Office, said so.', 'official'),
    ).toEqual(['Amina Rauf Khan']);
  });

  it('capitalised phrases before a comma and a title are not people', () => {
    expect(found('In the report, Foreign Policy, Director of the Institute, wrote.', 'official')).toEqual([]);
    expect(found('After the session, Security Council, President of the month, spoke.', 'official')).toEqual(
      [],
    );
    expect(found('Then, Meeting Room, Chair of the board, opened.', 'official')).toEqual([]);
    expect(
      found('The delegation of Norland, Ministry of Foreign Affairs of Sudland, met.', 'official'),
    ).toEqual([]);
  });

  it('a place named after a person is not the person', () => {
    expect(
      found('He laid a wreath at President Ho Chi Minh Mausoleum before the talks.', 'official'),
    ).toEqual([]);
    expect(found('They landed at President Nyerere Airport.', 'official')).toEqual([]);
    expect(found('President Jane Doughty opened the session.', 'official')).toEqual(['Jane Doughty']);
  });
});

describe('Chinese names after a title', () => {
  it('a name before a date ("发言人某某十四日透露") ends at the date', () => {
    expect(found('外交部发言人林晓十四日透露,双方将举行会谈。', 'official', '2006-11-14')).toEqual(['林晓']);
  });

  it('a transliterated name joined by a hyphen is one name', () => {
    expect(found('他将会见秘鲁外长加西亚-贝朗德。', 'official', '2006-11-14')).toEqual(['加西亚-贝朗德']);
  });

  it('an office word alone or a date after a title is no name', () => {
    expect(found('外交部发言人十四日透露,会谈将举行。', 'official', '2006-11-14')).toEqual([]);
  });
});

describe('a country inside a katakana word', () => {
  it('"シュタインマイヤー" holds タイ but names no Thai participant', () => {
    const people = findParticipants(
      '日独外相会談',
      '某外務大臣は,フランク=ヴァルター・シュタインマイヤー・ドイツ連邦共和国外務大臣と会談を行いました。',
      'ja',
    );
    expect(people.map((p) => p.country)).not.toContain('TH');
    expect(people.map((p) => p.name)).not.toContain('ー・シュ');
  });

  it('a country written on its own before an office still counts', () => {
    const people = findParticipants(
      '日泰外相会談',
      '某外務大臣は,ドーン・タイ外務大臣と会談を行いました。',
      'ja',
    );
    expect(people.some((p) => p.country === 'TH')).toBe(true);
  });
});
