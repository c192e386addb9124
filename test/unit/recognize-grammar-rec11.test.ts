/**
 * Classes from the fresh9 set, in sentences of our own: Korean names before an office chain joined
 * by "겸", hyphenated foreign names and glosses closed by a quote, adverbs and "당선인" that are no
 * names.
 */
import { describe, expect, it } from 'vitest';
import { findNativeTitledNames, koreanTitledNames } from '../../lib/recognize/titles-native';
import { findTitledNames } from '../../lib/recognize/titles';

const names = (found: { name: string }[]) => found.map((f) => f.name);

describe('Korean: name + country + an office chain joined by 겸', () => {
  it('reads the name before the country', () => {
    expect(names(koreanTitledNames('장관은 친강 중국 공산당 중앙위원회 위원 겸 외교부장과 만났다.'))).toEqual(
      ['친강'],
    );
  });
  it('finds no name when no country closes the chain', () => {
    expect(names(koreanTitledNames('회의에서 새 위원 겸 외교부장이 말했다.'))).toEqual([]);
  });
});

describe('Korean: hyphenated names and quoted glosses', () => {
  it('keeps a hyphenated family name whole', () => {
    expect(
      names(
        koreanTitledNames(
          '차관은 서울에서 마리아 가르시아-로페스(Maria Garcia-Lopez) 칠레 외교장관과 만났다.',
        ),
      ),
    ).toEqual(['마리아 가르시아-로페스']);
  });
  it('reads past a quote after the gloss', () => {
    expect(
      names(
        koreanTitledNames(
          '회의에는 존 스미스(John Smith)’ 외교장관과 메리 존스(Mary Jones)’ 국방장관이 왔다.',
        ),
      ),
    ).toEqual(['존 스미스', '메리 존스']);
  });
  it('does not read a pair of one-syllable states as a name', () => {
    expect(names(koreanTitledNames('이번 한-영 외교장관 회담에서 논의했다.'))).toEqual([]);
  });
  it('does not join two words split by a space and hyphen', () => {
    expect(names(koreanTitledNames('회의 - 로페스 외교장관이 말했다.'))).not.toContain('회의 - 로페스');
  });
});

describe('Korean: adverbs and the president-elect', () => {
  it('does not glue an adverb before a name', () => {
    expect(names(koreanTitledNames('이에 다나카 외무상은 축하했다.'))).toEqual(['다나카']);
  });
  it('reads 당선인 as an office', () => {
    expect(names(koreanTitledNames('총리가 처음으로 스미스 당선인과 통화했다.'))).toEqual(['스미스']);
  });
  it('does not take 당선자 for a name after 대통령', () => {
    expect(names(koreanTitledNames('미국 대통령 당선자와의 통화 일정은 미정이다.'))).toEqual([]);
  });
});

describe('Chinese and Japanese: nouns after a title are no names', () => {
  it('does not read the post, a reaching verb or a speech as a name', () => {
    expect(names(findTitledNames('他上月被免去外长职务。'))).toEqual([]);
    expect(names(findTitledNames('两国主席同总统达成的共识'))).toEqual([]);
    expect(names(findTitledNames('山田外務大臣演説の全文'))).toEqual([]);
  });
  it('still reads a name after the same titles', () => {
    expect(names(findTitledNames('外长王小明表示欢迎。'))).toEqual(['王小明']);
  });
});

describe("Chinese: Japan's administrative vice-minister", () => {
  it('reads the name after 事务次官', () => {
    expect(names(findTitledNames('副部长将同日本外务事务次官山本一郎在北京会谈。'))).toEqual(['山本一郎']);
  });
  it('does not read a meeting after the title as a name', () => {
    expect(names(findTitledNames('中日外务事务次官会谈在北京举行。'))).toEqual([]);
  });
});

describe("Russian: a state's own name after 'Республики', then a name in initials", () => {
  it('reads the initials name after the state name', () => {
    expect(
      names(
        findNativeTitledNames(
          'Встреча с Министром иностранных дел Республики Северная Земля И.П.Петровым прошла.',
        ),
      ),
    ).toEqual(['И.П.Петровым']);
  });
  it('keeps the old, KB-only cut when no initials follow the state name', () => {
    const found = findNativeTitledNames(
      'Встреча с Министром иностранных дел Республики Северная Земля прошла.',
    );
    expect(found.every((f) => f.kbOnly)).toBe(true);
  });
});

describe('Japanese: an office, then a dotted katakana name and 氏', () => {
  it('reads the whole dotted name', () => {
    expect(names(findNativeTitledNames('国連担当特使を務めるジョン・スミス氏が来日した。'))).toContain(
      'ジョン・スミス',
    );
    expect(names(findNativeTitledNames('大統領特使のメアリー・ジョーンズ氏と会談した。'))).toContain(
      'メアリー・ジョーンズ',
    );
  });
  it('needs 氏 and a middle dot', () => {
    expect(names(findNativeTitledNames('特使のスミス氏が来日した。'))).not.toContain('スミス');
    expect(names(findNativeTitledNames('特使のジョン・スミスが来日した。'))).not.toContain('ジョン・スミス');
  });
});
