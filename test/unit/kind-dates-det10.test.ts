import { describe, expect, it } from 'vitest';
import { classifyArticle } from '../../lib/ministries/kind';
import { findDate } from '../../lib/ministries/dates';

describe('dates by class (det10)', () => {
  it('reads a Spanish full date, with or without the second "de"', () => {
    expect(findDate('La canciller recibió a su par el 3 de marzo de 2031 en la sede.')).toBe('2031-03-03');
    expect(findDate('Reunión celebrada el 14 de setiembre del 2029.')).toBe('2029-09-14');
    expect(findDate('Se reunieron el 7 de octubre en la capital.')).toBeNull();
  });

  it('reads a slashed date only when one part cannot be a month', () => {
    expect(findDate('07/28/2030 | News release')).toBe('2030-07-28');
    expect(findDate('Issued 28/07/2030 by the press office')).toBe('2030-07-28');
    expect(findDate('Issued 04/06/2030 by the press office')).toBeNull();
    expect(findDate('see item 12/31/20301 in the archive')).toBeNull();
  });
});

describe('page kinds by class (det10)', () => {
  it('a news agency tag in 【】 opening a story is a dateline, not a speaker turn', () => {
    expect(
      classifyArticle(
        ['外相、隣国の外相と会談'],
        ['【ソウル共同】山田外相は3日、隣国の外相と同国の外務省で会談し、経済協力の拡大で一致した。'],
      ),
    ).toBe('readout');
    expect(
      classifyArticle(['北京報道'], ['【南方專訊】外交部長昨日同鄰國外長通電話，雙方就合作交換意見。']),
    ).not.toBe('transcript');
    expect(
      classifyArticle(
        ['外務大臣会見'],
        ['【外務大臣】冒頭、私から一つご報告があります。', '【記者】今回の協議の狙いは何でしょうか。'],
      ),
    ).toBe('transcript');
  });
});

describe('Japanese talks held at a place (det10)', () => {
  it('"…で会談し、" after the counterpart is a readout; a planned talk is not', () => {
    expect(
      classifyArticle(
        ['外相が隣国外相と会談、首相の来日日程を調整'],
        ['山田外相は5日、隣国の外相と首都の同国外務省で会談し、協議の再開で合意した。'],
      ),
    ).toBe('readout');
    expect(
      classifyArticle(
        ['外相が隣国を訪問へ'],
        ['山田外相は来週、隣国を訪問する予定です。首都で外相と会談する。'],
      ),
    ).toBe('announcement');
  });
});

describe('readout leads in Spanish, Russian news, envoys in audience; Japanese plans (det10)', () => {
  it('Spanish past meetings are readouts; future ones are not', () => {
    expect(
      classifyArticle(
        ['Cancilleres abordan la agenda común'],
        [
          'Lima, 4 mar (Agencia).- La canciller se reunió con su par vecino este lunes para revisar la agenda.',
        ],
      ),
    ).toBe('readout');
    expect(
      classifyArticle(
        ['Nota'],
        ['El ministro recibió a la embajadora entrante en la sede de la cancillería.'],
      ),
    ).toBe('readout');
    expect(
      classifyArticle(['Nota'], ['El ministro se reunirá con la embajadora entrante la próxima semana.']),
    ).not.toBe('readout');
  });

  it('Russian news: exchanged views, the meeting took place; a planned exchange is not', () => {
    expect(
      classifyArticle(
        ['Министры сверили позиции'],
        [
          'Глава МИД и его коллега обменялись мнениями о ситуации в регионе. Встреча министров состоялась на полях форума.',
        ],
      ),
    ).toBe('readout');
    expect(
      classifyArticle(['Анонс'], ['Министры обменяются мнениями о ситуации в регионе на следующей неделе.']),
    ).not.toBe('readout');
  });

  it('an envoy received in audience is a readout', () => {
    expect(
      classifyArticle(
        ['Minister hosts envoy'],
        ['The Foreign Minister received in audience the Ambassador of a partner country on Thursday.'],
      ),
    ).toBe('readout');
  });

  it('a Japanese announcement of a trip (…すると発表, 会談も予定, 方向で調整) is an announcement', () => {
    expect(
      classifyArticle(
        ['外相、来週の国際会議へ 隣国外相との会談も'],
        ['山田外相は会見で、来週から国際会議に出席すると発表した。隣国外相との会談も予定。'],
      ),
    ).toBe('announcement');
    expect(
      classifyArticle(['外相が会議へ'], ['山田外相は来月の外相会合に出席する方向で調整している。']),
    ).toBe('announcement');
  });
});

describe('a press conference announcement reported by the news (det10)', () => {
  it('is an announcement; the conference transcript itself stays a transcript', () => {
    expect(
      classifyArticle(
        ['外交部例行记者会消息'],
        ['在今日举行的外交部例行记者会上，发言人宣布，副部长将于下周同邻国副外长举行磋商。'],
      ),
    ).toBe('announcement');
    expect(
      classifyArticle(
        ['外相、記者会見で訪欧を発表'],
        ['山田外相は来週ドイツを訪問し、国際会議に出席することを5日の記者会見で発表した。'],
      ),
    ).toBe('announcement');
    expect(
      classifyArticle(
        ['外交部发言人例行记者会'],
        ['发言人：今天我先发布一条消息。', '问：中方对此有何评论？', '答：我们一贯主张对话。'],
      ),
    ).toBe('transcript');
  });
});

describe('a reported announcement as the page title sentence (det10)', () => {
  it('reads the headline sentence as the lead', () => {
    expect(
      classifyArticle(
        ['在今日举行的外交部例行记者会上，发言人宣布，副部长将于下周同邻国副外长举行磋商。'],
        ['磋商是两国外交部门沟通的重要渠道。'],
      ),
    ).toBe('announcement');
  });
});
