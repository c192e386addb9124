/**
 * A person named without a title, in a spelling no alias lists ("Mohammed Javad Zarif" where
 * the KB writes Mohammad, "Evgenii Primakov") or with initials ("AK Abdul Momen", "S. Lavrov"):
 * the given names or initials before a KB family name fold to the KB person, when they fit one.
 */
import { describe, expect, it } from 'vitest';
import { createRecognizer } from '../../lib/recognize';
import { Kb, recognitionKb, type KbEntity } from '../../lib/kb';
import { initialsFit, wordsBefore } from '../../lib/recognize/transliteration';
import { GRAMMAR_ENTITIES } from './recognize-grammar-fixtures';

const source = [{ url: 'https://example.org/source' }];
const smith = (id: string, name: string): KbEntity => ({
  id,
  kind: 'official',
  name,
  aliases: [],
  country: 'US',
  offices: [{ office: 'Ambassador', country: 'US', from: '2020-01-01', to: '2022-01-01' }],
  sources: source,
});
/** The grammar KB, plus two people who share a family name and an initial. */
const grammar = createRecognizer(
  new Kb([...GRAMMAR_ENTITIES, smith('john-smith', 'John Smith'), smith('jane-smith', 'Jane Smith')]),
);
const shipped = createRecognizer(recognitionKb());

const found = (recognizer: typeof grammar, text: string, date: string) =>
  recognizer
    .recognize(text, { date })
    .entities.filter((e) => e.kind === 'official')
    .map((e) => [e.id, e.surfaces.join('|')]);

describe('bare variant spellings', () => {
  it('resolve to the KB person without a title', () => {
    expect(found(grammar, 'Evgenii Primakov arrived in Beijing on Monday.', '1997-03-01')).toEqual([
      ['yevgeny-primakov', 'Evgenii Primakov'],
    ]);
    expect(found(shipped, 'Mohammed Javad Zarif arrived in Beijing.', '2016-05-01')).toEqual([
      ['mohammad-javad-zarif', 'Mohammed Javad Zarif'],
    ]);
    expect(found(shipped, 'Dmitrii Medvedev spoke first.', '2010-05-01')).toEqual([
      ['dmitry-medvedev', 'Dmitrii Medvedev'],
    ]);
  });

  it('start at the given name, not at a sentence word before it', () => {
    const text = 'Today Mohammed Javad Zarif spoke.';
    const mention = shipped.recognize(text, { date: '2016-05-01' }).mentions[0]!;
    expect(text.slice(mention.start, mention.end)).toBe('Mohammed Javad Zarif');
  });

  it('a different given name is someone else', () => {
    expect(found(grammar, 'Sergey Ryabkov arrived. Ivan Lavrov left.', '2020-03-01')).toEqual([]);
  });
});

describe('initials', () => {
  it('fold to the KB person whose given names they are', () => {
    expect(found(shipped, 'AK Abdul Momen said the two sides agreed.', '2021-05-01')).toEqual([
      ['abul-kalam-abdul-momen', 'AK Abdul Momen'],
    ]);
    expect(found(shipped, 'Earlier, A.K. Abdul Momen spoke.', '2021-05-01')).toEqual([
      ['abul-kalam-abdul-momen', 'A.K. Abdul Momen'],
    ]);
    expect(found(grammar, 'S. Lavrov said so.', '2020-03-01')).toEqual([['sergey-lavrov', 'S. Lavrov']]);
  });

  it('do not fold when they fit no one or more than one', () => {
    expect(found(grammar, 'J. Lavrov said so.', '2020-03-01')).toEqual([]);
    expect(found(grammar, 'J. Smith said so.', '2021-03-01')).toEqual([]);
    expect(found(shipped, 'The US Blinken doctrine.', '2022-03-01')).toEqual([]);
  });

  it('initialsFit and wordsBefore, the pieces', () => {
    expect(initialsFit('AK Abdul Momen', 'Abul Kalam Abdul Momen')).toBe(true);
    expect(initialsFit('AK Abdul Momen', 'Abulkalam Abdul Momen')).toBe(false);
    expect(initialsFit('S. Jaishankar', 'Subrahmanyam Jaishankar')).toBe(true);
    expect(initialsFit('US Blinken', 'Antony Blinken')).toBe(false);
    expect(initialsFit('Abdul Momen', 'Abul Kalam Abdul Momen')).toBe(false);
    const text = 'said: AK Abdul Momen';
    expect(wordsBefore(text, text.indexOf('Momen')).map((w) => w.word)).toEqual(['AK', 'Abdul']);
    expect(wordsBefore('x\nAbdul Momen', 8).map((w) => w.word)).toEqual(['Abdul']);
  });
});
