import { describe, expect, it } from 'vitest';
import { pinyinToHangul } from '../../lib/recognize/hangul-latin';
import { koreanTitledNames } from '../../lib/recognize/titles-native';
import { findTitledNames } from '../../lib/recognize/titles';
import { findAgreementPhrases } from '../../lib/recognize/agreements';

const names = (found: { name: string }[]) => found.map((f) => f.name);

describe('pinyin written in Hangul by the Korean orthography for Chinese', () => {
  it('spells Chinese names as Korean news does', () => {
    expect(pinyinToHangul('Wang Yi')).toBe('왕이');
    expect(pinyinToHangul('Ma Zhaoxu')).toBe('마자오쉬');
    expect(pinyinToHangul('Qin Gang')).toBe('친강');
    expect(pinyinToHangul('Liu Jianchao')).toBe('류젠차오');
    expect(pinyinToHangul('Sun Weidong')).toBe('쑨웨이둥');
    expect(pinyinToHangul('Xi Jinping')).toBe('시진핑');
    expect(pinyinToHangul('Yuan Shikai')).toBe('위안스카이');
  });
  it('gives nothing for names that are not pinyin', () => {
    expect(pinyinToHangul('Penny Wong')).toBeUndefined();
    expect(pinyinToHangul('Heiko Maas')).toBeUndefined();
  });
});

describe('Korean: verb endings and state words are not names', () => {
  it('does not take a connective verb form before a country and office', () => {
    expect(names(koreanTitledNames('그는 만찬을 하고 프랑스 외교부 장관과 대화했다.'))).toEqual([]);
  });
  it('reads past a clause that ends in -는데 to the name after it', () => {
    expect(names(koreanTitledNames('회의에 간다고 들었는데 친강 중국 외교부장도 온다.'))).toEqual(['친강']);
  });
  it('reads "연방" between a country and an office', () => {
    expect(names(koreanTitledNames('그는 오늘 아날레나 베어보크 독일 연방 외교부 장관과 만났다.'))).toEqual([
      '아날레나 베어보크',
    ]);
  });
  it('reads a Chinese vice minister (부부장)', () => {
    expect(names(koreanTitledNames('대표단장인 쑨웨이둥 중국 외교부 부부장을 만났다.'))).toEqual([
      '쑨웨이둥',
    ]);
  });
  it('keeps Korean and foreign names that end like particles or verbs', () => {
    expect(names(koreanTitledNames('디에고 마르티네스 칠레 외교장관이 말했다.'))).toEqual([
      '디에고 마르티네스',
    ]);
  });
});

describe('Chinese: modal verbs after a title, transliterated names of five characters', () => {
  it('takes no name from a modal verb', () => {
    expect(names(findTitledNames('请问发言人能否说明有关安排?'))).toEqual([]);
    expect(names(findTitledNames('外交部长是否出席会议?'))).toEqual([]);
  });
  it('reads a five-character Mongolian name after country and title', () => {
    expect(names(findTitledNames('他同蒙古国外长策日格巴特会谈。'))).toContain('策日格巴特');
  });
  it('still rejects a place and a verb after a title', () => {
    expect(names(findTitledNames('澳洲外长北京过生日。'))).toEqual([]);
  });
});

describe('agreements: quotation boundaries and office titles', () => {
  it('does not join a closing and an opening straight quote around a head word', () => {
    expect(names(findAgreementPhrases('양측은 협력할 것"이라면서 "전략 대화는 계속된다"고 했다.'))).toEqual(
      [],
    );
  });
  it('still finds a straight-quoted name before a head', () => {
    expect(names(findAgreementPhrases('양국은 "신북방" 정책을 논의했다.'))).toContain('"신북방" 정책');
  });
  it('does not read an office title ending in Policy as a document', () => {
    expect(
      names(
        findAgreementPhrases(
          'She also met the Special Representative for Trade and Investment Policy, Mr Lee.',
        ),
      ),
    ).toEqual([]);
    expect(names(findAgreementPhrases('The Minister for Energy Policy spoke.'))).toEqual([]);
  });
  it('still finds named policies and leaves "Foreign Policy" alone', () => {
    expect(names(findAgreementPhrases('They discussed the New Southern Policy at length.'))).toContain(
      'New Southern Policy',
    );
    expect(names(findAgreementPhrases('They spoke about Foreign Policy and the Meeting.'))).toEqual([]);
  });
});
