/**
 * A knowledge base of our own for the grammar tests: people whose names are spelt several ways
 * and whom Japanese, Korean and Russian pages name by office. Dates are the real terms of office.
 */
import { Kb, type KbEntity } from '../../lib/kb';

const source = [{ url: 'https://example.org/source' }];

export const GRAMMAR_ENTITIES: KbEntity[] = [
  {
    id: 'sergey-lavrov',
    kind: 'official',
    name: 'Sergey Lavrov',
    nativeName: 'Сергей Лавров',
    aliases: ['ラブロフ', '라브로프'],
    country: 'RU',
    offices: [{ office: 'Minister of Foreign Affairs', country: 'RU', from: '2004-03-09', current: true }],
    sources: source,
  },
  {
    id: 'petro-poroshenko',
    kind: 'official',
    name: 'Petro Poroshenko',
    aliases: [],
    country: 'UA',
    offices: [{ office: 'President', country: 'UA', from: '2014-06-07', to: '2019-05-20' }],
    sources: source,
  },
  {
    id: 'yevgeny-primakov',
    kind: 'official',
    name: 'Yevgeny Primakov',
    aliases: [],
    country: 'RU',
    offices: [{ office: 'Minister of Foreign Affairs', country: 'RU', from: '1996-01-09', to: '1998-09-11' }],
    sources: source,
  },
  {
    id: 'kishida-fumio',
    kind: 'official',
    name: 'Kishida Fumio',
    nativeName: '岸田文雄',
    aliases: ['Fumio Kishida'],
    country: 'JP',
    offices: [
      { office: 'Minister for Foreign Affairs', country: 'JP', from: '2012-12-26', to: '2017-08-03' },
      { office: 'Prime Minister', country: 'JP', from: '2021-10-04', to: '2024-10-01' },
    ],
    sources: source,
  },
  {
    id: 'abe-shinzo',
    kind: 'official',
    name: 'Abe Shinzo',
    nativeName: '安倍晋三',
    aliases: ['Shinzo Abe'],
    country: 'JP',
    offices: [{ office: 'Prime Minister', country: 'JP', from: '2012-12-26', to: '2020-09-16' }],
    sources: source,
  },
  {
    id: 'hayashi-yoshimasa',
    kind: 'official',
    name: 'Hayashi Yoshimasa',
    nativeName: '林芳正',
    aliases: ['Yoshimasa Hayashi'],
    country: 'JP',
    offices: [
      { office: 'Minister for Foreign Affairs', country: 'JP', from: '2021-11-10', to: '2023-09-13' },
    ],
    sources: source,
  },
  {
    id: 'julie-bishop',
    kind: 'official',
    name: 'Julie Bishop',
    aliases: [],
    country: 'AU',
    offices: [
      { office: 'Minister for Foreign Affairs', country: 'AU', from: '2013-09-18', to: '2018-08-28' },
    ],
    sources: source,
  },
  {
    id: 'penny-wong',
    kind: 'official',
    name: 'Penny Wong',
    aliases: [],
    country: 'AU',
    offices: [{ office: 'Minister for Foreign Affairs', country: 'AU', from: '2022-05-23', current: true }],
    sources: source,
  },
  {
    id: 'cho-tae-yul',
    kind: 'official',
    name: 'Cho Tae-yul',
    nativeName: '조태열',
    aliases: [],
    country: 'KR',
    offices: [{ office: 'Minister of Foreign Affairs', country: 'KR', from: '2024-01-10', to: '2025' }],
    sources: source,
  },
  {
    id: 'wang-yi',
    kind: 'official',
    name: 'Wang Yi',
    nativeName: '王毅',
    aliases: ['왕이'],
    country: 'CN',
    offices: [{ office: 'Minister of Foreign Affairs', country: 'CN', from: '2013-03-16', current: true }],
    sources: source,
  },
  {
    id: 'mohammed-al-thani',
    kind: 'official',
    name: 'Mohammed bin Abdulrahman Al Thani',
    aliases: [],
    country: 'QA',
    offices: [{ office: 'Minister of Foreign Affairs', country: 'QA', from: '2016-01-27', current: true }],
    sources: source,
  },
  {
    id: 'retno-marsudi',
    kind: 'official',
    name: 'Retno Marsudi',
    aliases: [],
    country: 'ID',
    offices: [{ office: 'Minister of Foreign Affairs', country: 'ID', from: '2014-10-27', to: '2024-10-20' }],
    sources: source,
  },
];

export const grammarKb = () => new Kb(GRAMMAR_ENTITIES);
