/**
 * Classes from the fresh10 set, in sentences of our own: a Japanese surname before "大臣" or
 * "補佐官" alone, a Chinese name with a rare character in katakana (楊潔チ), Japanese names in
 * Hangul with a W glide, particles and time nouns before a Korean-written name, and nouns of
 * affairs and remarks after a title.
 */
import { describe, expect, it } from 'vitest';
import { findNativeTitledNames, koreanTitledNames } from '../../lib/recognize/titles-native';
import { findTitledNames } from '../../lib/recognize/titles';
import { hangulSkeleton, latinHangulSkeleton } from '../../lib/recognize/hangul-latin';
import { officials, shipped } from './shipped-recognizer';

const names = (found: { name: string }[]) => found.map((f) => f.name);
const titled = (text: string) => findNativeTitledNames(text).map((f) => [f.name, f.title]);

describe('Japanese: surname + 大臣 or 補佐官 alone', () => {
  it('resolves a surname + 大臣 to the KB minister with that surname on the date', () => {
    expect(officials('10月1日、高村大臣は宿舎で記者会見を行った。', '2007-10-01')).toEqual([
      ['masahiko-komura', '高村'],
    ]);
  });
  it('keeps a surname + 大臣 of no KB minister on the date as the page gives it', () => {
    expect(officials('10月1日、高村大臣は宿舎で記者会見を行った。', '2003-05-01')).toEqual([[null, '高村']]);
  });
  it('reads a surname + 補佐官 as an adviser the page names', () => {
    expect(titled('首脳会談の内容は、官邸の田中補佐官が説明した。')).toEqual([['田中', '補佐官']]);
  });
  it('gives back to the office what a greedy name took of it', () => {
    expect(titled('岸防衛大臣と山田副大臣が出席した。')).toEqual([
      ['岸', '防衛大臣'],
      ['山田', '副大臣'],
    ]);
  });
  it('finds no name in an office, a portfolio or a group before 大臣 or 補佐官', () => {
    for (const text of [
      '内閣総理大臣は述べた。',
      '総理大臣が出席した。',
      '沖縄担当大臣が視察した。',
      '厚労大臣の談話を発表した。',
      '各大臣が署名した。',
      '全大臣が出席した。',
      '首相補佐官が同行した。',
      '国家安全保障担当補佐官は語った。',
      '大臣は会見で答えた。',
      'デジタル大臣が出席した。',
      '現職大臣として初めてだ。',
      '初代大臣に就いた。',
      '総理大臣補佐官が同行した。',
      '特別補佐官は語った。',
    ])
      expect(titled(text)).toEqual([]);
  });
});

describe('Japanese: a bare surname of a person the page named', () => {
  const surfaces = (text: string, date: string) =>
    shipped
      .recognize(text, { date })
      .mentions.map((m) => [m.key, m.surface])
      .filter(([key]) => key === 'masahiko-komura');
  it('reads the surname of a person named in full as a mention of them', () => {
    expect(surfaces('高村正彦外務大臣は会見を行った。続いて高村は質問に答えた。', '2007-10-01')).toEqual([
      ['masahiko-komura', '高村正彦'],
      ['masahiko-komura', '高村'],
    ]);
  });
  it('reads the surname the page wrote before 大臣 too', () => {
    expect(surfaces('【高村大臣】本日は一点申し上げます。高村の考えは変わらない。', '2007-10-01')).toEqual([
      ['masahiko-komura', '高村'],
      ['masahiko-komura', '高村'],
    ]);
  });
  it('takes no surname inside a longer word, nor of a person the page does not name', () => {
    expect(surfaces('高村正彦外務大臣は、最高村議会の議長と会った。', '2007-10-01')).toEqual([
      ['masahiko-komura', '高村正彦'],
    ]);
    expect(surfaces('高村は会見で答えた。', '2007-10-01')).toEqual([]);
  });
});

describe('Japanese: a Chinese name with a rare character in katakana', () => {
  it('resolves 楊潔チ + office to the KB person whose name starts with the kanji', () => {
    expect(officials('高村大臣は楊潔チ中国外交部長と会談を行った。', '2007-10-01')).toEqual([
      ['masahiko-komura', '高村'],
      ['yang-jiechi', '楊潔チ'],
    ]);
  });
  it('resolves a kanji-and-kana name before an office of no kind too', () => {
    expect(officials('唐家セン国務委員と意見交換を行った。', '2005-06-01')).toEqual([
      ['tang-jiaxuan', '唐家セン'],
    ]);
  });
  it('takes no kanji-and-kana name the KB does not hold, nor one of the wrong length', () => {
    expect(officials('楊チ中国外交部長と会談した。', '2007-10-01')).toEqual([]);
    expect(officials('王ホ外相と会談した。', '2007-10-01')).toEqual([]);
    expect(officials('米国ライス国務長官と会談した。', '2007-10-01')).not.toContainEqual([
      null,
      '米国ライス',
    ]);
  });
});

describe('Korean: Japanese names in Hangul and words before a name', () => {
  it('reads a W between vowels as the glide Hangul writes', () => {
    expect(latinHangulSkeleton('Iwaya')).toBe(hangulSkeleton('이와야'));
    expect(latinHangulSkeleton('Kamikawa')).toBe(hangulSkeleton('가미카와'));
    // A W after a vowel before a consonant or at the end stays silent.
    expect(latinHangulSkeleton('Andrew')).toBe(hangulSkeleton('앤드루'));
    expect(latinHangulSkeleton('Dawson')).toBe(hangulSkeleton('도슨'));
  });
  it('reads a Japanese name in Hepburn as Korean writes it: fu is 후, a doubled consonant a final', () => {
    expect(latinHangulSkeleton('Fumio', false, true)).toBe(hangulSkeleton('후미오'));
    expect(latinHangulSkeleton('Hokkaido', false, true)).toBe(hangulSkeleton('홋카이도'));
    expect(latinHangulSkeleton('Issei', false, true)).toBe(hangulSkeleton('잇세이'));
    // Not for other names: "Fuller" is 풀러.
    expect(latinHangulSkeleton('Fuller')).toBe(hangulSkeleton('풀러'));
    expect(officials('총리는 기시다 후미오 일본 총리와 통화했다.', '2022-05-10')).toContainEqual([
      'kishida-fumio',
      '기시다 후미오',
    ]);
  });
  it('resolves a Japanese minister in Hangul before an office and "까지"', () => {
    expect(
      officials('회담에 이어 이와야 다케시 일본 외무상까지 함께하는 회의도 열린다.', '2025-02-14'),
    ).toEqual([['iwaya-takeshi', '이와야 다케시']]);
  });
  it('reads more particles after an office', () => {
    expect(names(koreanTitledNames('회의에는 다나카 외무상부터 참석했다.'))).toEqual(['다나카']);
    expect(names(koreanTitledNames('오늘 스미스 대사만 왔다.'))).toEqual(['스미스']);
    // A name that ends in a syllable that is also a particle keeps it after an office.
    expect(names(koreanTitledNames('주한 대사 김영만은 말했다.'))).toEqual(['김영만']);
  });
  it('does not take a time noun with "에" for part of a name', () => {
    expect(names(koreanTitledNames('방문 기간 중에 다나베 국장과 면담했다.'))).toEqual(['다나베']);
    expect(names(koreanTitledNames('회담 후에 스즈키 국장을 만났다.'))).toEqual(['스즈키']);
  });
  it('keeps a name that ends in 에', () => {
    expect(names(koreanTitledNames('총리는 다카이치 사나에 일본 총리와 통화했다.'))).toEqual([
      '다카이치 사나에',
    ]);
  });
  it('takes no noun of an event or a body with "에" for a name', () => {
    expect(names(koreanTitledNames('어제 안보전략 설명회에 영국 대사는 불참했다.'))).toEqual([]);
    expect(names(koreanTitledNames('그때 외교부 간담회에 일본 대사가 왔다.'))).toEqual([]);
  });
  it('takes no verb form before a post for a name', () => {
    expect(names(koreanTitledNames('지난 브리핑에서 말씀하신 아태국장이 방일했다.'))).toEqual([]);
    expect(names(koreanTitledNames('그 회의에서 발표하던 국장이 말했다.'))).toEqual([]);
  });
  it('takes a one-word foreign name before a unit post only after a particle or a time noun', () => {
    expect(names(koreanTitledNames('양국 협의 자리에서 후지모토 국장이 말했다.'))).toEqual(['후지모토']);
    expect(names(koreanTitledNames('서울 시내 아시아 국장 회의가 열렸다.'))).toEqual([]);
    expect(names(koreanTitledNames('청와대 대변인이 말했다.'))).toEqual([]);
    expect(names(koreanTitledNames('도쿄에서 외무성 국장과 만났다.'))).toEqual([]);
    expect(names(koreanTitledNames('회의에서 후쿠시마 국장이 말했다.'))).toEqual(['후쿠시마']);
  });
});

describe('Chinese and Japanese: nouns of affairs and remarks after a title', () => {
  it('reads no name in a matter or a speech after a title', () => {
    expect(names(findTitledNames('中方正在处理驻华大使轮换事宜。'))).toEqual([]);
    expect(names(findTitledNames('中方正在處理駐華大使輪換事宜。'))).toEqual([]);
    expect(names(findTitledNames('大臣冒頭発言\n本日は一点ご報告します。'))).toEqual([]);
    expect(names(findTitledNames('部长讲话全文如下。'))).toEqual([]);
    expect(names(findTitledNames('总统相关问题已经解决。'))).toEqual([]);
  });
  it('still reads a name after a title', () => {
    expect(names(findTitledNames('外交部发言人毛宁表示，中方欢迎。'))).toEqual(['毛宁']);
    expect(names(findTitledNames('驻华大使木村一郎出席。'))).toEqual(['木村一郎']);
  });
});
