/** A small knowledge base of our own for recognition tests (the real data changes under us). */
import { Kb, type KbEntity } from '../../lib/kb';

const source = [{ url: 'https://example.org/source' }];

export const TEST_ENTITIES: KbEntity[] = [
  {
    id: 'wang-yi',
    kind: 'official',
    name: 'Wang Yi',
    nativeName: '王毅',
    aliases: [],
    country: 'CN',
    offices: [
      { office: 'Minister of Foreign Affairs', country: 'CN', from: '2013-03-16', to: '2022-12-30' },
      { office: 'State Councilor', country: 'CN', from: '2018-03-19', to: '2023-03-12' },
      {
        office: 'Director of the Office of the Central Foreign Affairs Commission',
        country: 'CN',
        from: '2023-01-01',
        current: true,
      },
    ],
    sources: source,
  },
  {
    id: 'wang-wenbin',
    kind: 'official',
    name: 'Wang Wenbin',
    aliases: [],
    country: 'CN',
    offices: [
      {
        office: 'Spokesperson of the Ministry of Foreign Affairs',
        country: 'CN',
        from: '2020-07',
        to: '2024-07',
      },
    ],
    sources: source,
  },
  {
    id: 'kang-kyung-wha',
    kind: 'official',
    name: 'Kang Kyung-wha',
    nativeName: '강경화',
    aliases: [],
    country: 'KR',
    offices: [{ office: 'Minister of Foreign Affairs', country: 'KR', from: '2017-06-18', to: '2021-02-08' }],
    sources: source,
  },
  {
    id: 'mike-pompeo',
    kind: 'official',
    name: 'Mike Pompeo',
    aliases: ['Michael R. Pompeo'],
    country: 'US',
    offices: [
      {
        office: 'Director of the Central Intelligence Agency',
        country: 'US',
        from: '2017-01-23',
        to: '2018-04-26',
      },
      { office: 'Secretary of State', country: 'US', from: '2018-04-26', to: '2021-01-20' },
    ],
    sources: source,
  },
  {
    id: 'antony-blinken',
    kind: 'official',
    name: 'Antony Blinken',
    aliases: ['Antony J. Blinken'],
    country: 'US',
    offices: [{ office: 'Secretary of State', country: 'US', from: '2021-01-26', to: '2025-01-20' }],
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
    id: 'joe-biden',
    kind: 'official',
    name: 'Joe Biden',
    aliases: ['Joseph R. Biden'],
    country: 'US',
    offices: [
      { office: 'Vice President', country: 'US', from: '2009-01-20', to: '2017-01-20' },
      { office: 'President', country: 'US', from: '2021-01-20', to: '2025-01-20' },
    ],
    sources: source,
  },
  {
    id: 'rcep',
    kind: 'agreement',
    name: 'Regional Comprehensive Economic Partnership',
    aliases: ['RCEP'],
    sources: source,
  },
  {
    id: 'belt-and-road-initiative',
    kind: 'agreement',
    name: 'Belt and Road Initiative',
    nativeName: '一带一路',
    aliases: ['BRI', 'Belt and Road'],
    sources: source,
  },
  { id: 'un', kind: 'organization', name: 'United Nations', aliases: ['UN', 'the UN'], sources: source },
];

export const testKb = () => new Kb(TEST_ENTITIES);
