import { describe, expect, it } from 'vitest';
import { createRecognizer } from '../../lib/recognize';
import { grammarKb } from './recognize-grammar-fixtures';

const recognizer = createRecognizer(grammarKb());
const agreements = (text: string) =>
  recognizer
    .recognize(text, { date: '2016-05-01' })
    .entities.filter((e) => e.kind === 'agreement')
    .map((e) => e.name);
const surfaces = (text: string) =>
  recognizer
    .recognize(text, { date: '2016-05-01' })
    .entities.filter((e) => e.kind === 'agreement')
    .flatMap((e) => e.surfaces);

describe('agreement shapes in English', () => {
  it('reads Treaty/Convention/Protocol/Charter of/on … with a list inside the name', () => {
    expect(
      agreements('They signed the Treaty of Good-Neighbourliness, Friendship and Cooperation in 2001.'),
    ).toEqual(['Treaty of Good-Neighbourliness, Friendship and Cooperation']);
    expect(agreements('Both honour the Convention on the Rights of the Child.')).toEqual([
      'Convention on the Rights of the Child',
    ]);
    expect(agreements('The Treaty on Conventional Armed Forces in Europe lapsed.')).toEqual([
      'Treaty on Conventional Armed Forces in Europe',
    ]);
    expect(agreements('Both respect the Law of the Sea Convention fully.')).toEqual([
      'Law of the Sea Convention',
    ]);
  });

  it('does not run a name into the next clause of a list', () => {
    expect(agreements('Under the Treaty of Amity, Japan and Peru agreed.')).toEqual(['Treaty of Amity']);
  });

  it('keeps a date after "of" in the mention and out of the name', () => {
    const text = 'The Rivne Protocol of September 19, 2014 was signed. The Rivne Protocol failed.';
    expect(agreements(text)).toEqual(['Rivne Protocol']);
    expect(surfaces(text)).toEqual(['Rivne Protocol of September 19, 2014', 'Rivne Protocol']);
    expect(agreements('The Rivne Protocol of 5 September 2014 was signed.')).toEqual(['Rivne Protocol']);
  });

  it('reads Memorandum of Understanding on … with a capitalised or lowercase subject', () => {
    expect(agreements('They signed a Memorandum of Understanding on Digital Economy Cooperation.')).toEqual([
      'Memorandum of Understanding on Digital Economy Cooperation',
    ]);
    expect(
      agreements('They signed a Memorandum of Understanding on green development cooperation today.'),
    ).toEqual(['Memorandum of Understanding on green development cooperation']);
    expect(agreements('They signed a Memorandum of Understanding and left.')).toEqual([]);
  });

  it('reads "X-Y ACRONYM" when X and Y are parties', () => {
    expect(agreements('They discussed the Japan-Australia RAA and the EU-Japan EPA.')).toEqual([
      'Japan-Australia RAA',
      'EU-Japan EPA',
    ]);
    expect(agreements('The Japan-U.S. FM meeting and the Tokyo-Osaka JR line.')).toEqual([]);
  });

  it('reads a quoted name before plan/initiative/strategy/vision', () => {
    expect(agreements('He backed the "Two Corridors and One Ring" plan.')).toEqual([
      '"Two Corridors and One Ring" plan',
    ]);
    expect(agreements('He praised the “Middle Way” initiative.')).toEqual(['“Middle Way” initiative']);
    expect(agreements('He mocked the so-called "new" plan.')).toEqual([]);
  });

  it('reads "… Corridor" with two capitalised words, and "The Spirit of …"', () => {
    expect(agreements('The Southern Transport Corridor opened.')).toEqual(['Southern Transport Corridor']);
    expect(agreements('The Lachin Corridor closed.')).toEqual([]);
    expect(agreements('The Spirit of Camp David guides the three.')).toEqual(['Spirit of Camp David']);
    expect(agreements('He praised the Spirit and the spirit of cooperation.')).toEqual([]);
  });

  it('reads a named joint statement, and no press, opening or bare joint statement', () => {
    expect(agreements('They issued the UK-Estonia Joint Statement on Cyber Cooperation today.')).toEqual([
      'UK-Estonia Joint Statement on Cyber Cooperation',
    ]);
    expect(
      agreements('Both recalled the Joint Statement on the Establishment of Diplomatic Relations.'),
    ).toEqual(['Joint Statement on the Establishment of Diplomatic Relations']);
    expect(
      agreements(
        'The Joint Statement was issued. A Press Statement followed, then the Opening Statement of Minister Rennick.',
      ),
    ).toEqual([]);
  });

  it('takes no organisation, job title, generic word or headline', () => {
    expect(
      agreements(
        'The Ministry of Foreign Affairs said Foreign Policy matters. Agreement was reached on trade. The Meeting ended. The Department of State agreed.',
      ),
    ).toEqual([]);
    expect(agreements('Japan and Peru Sign Treaty of Amity and Commerce\nThe body follows.')).toEqual([]);
  });
});

describe('agreement shapes in Chinese, Japanese, Korean and Russian', () => {
  it('reads quoted and bracketed names with a head, and party-abbreviation names', () => {
    expect(agreements('双方重申《中俄睦邻友好合作条约》精神。')).toEqual(['中俄睦邻友好合作条约']);
    expect(agreements('中俄睦邻友好合作条约签署二十周年。')).toEqual(['中俄睦邻友好合作条约']);
    expect(agreements('双方愿推进“两廊一圈”倡议。')).toEqual(['“两廊一圈”倡议']);
    expect(agreements('両外相は日豪円滑化協定の発効を歓迎した。')).toEqual(['日豪円滑化協定']);
    expect(agreements('「自由で開かれたインド太平洋」構想を確認した。')).toEqual([
      '「自由で開かれたインド太平洋」構想',
    ]);
    expect(agreements('양측은 한미 자유무역협정 이행을 논의했다.')).toEqual(['한미 자유무역협정']);
    expect(agreements("정부는 '담대한 구상'을 설명했다.")).toEqual(['담대한 구상']);
  });

  it('reads Russian Договор/Соглашение/Меморандум о … and quoted initiatives', () => {
    expect(
      agreements('Стороны подтвердили приверженность Договору о добрососедстве, дружбе и сотрудничестве.'),
    ).toEqual([]);
    expect(agreements('Был подписан Договор о добрососедстве, дружбе и сотрудничестве.')).toEqual([
      'Договор о добрососедстве, дружбе и сотрудничестве',
    ]);
    expect(agreements('Стороны обсудили выполнение Минские соглашения.')).toEqual(['Минские соглашения']);
    expect(agreements('Обсуждалась инициатива «Пояс и путь» в целом.')).toEqual(['Пояс и путь']);
    expect(agreements('Соглашение было подписано вчера.')).toEqual([]);
  });

  it('reads agreements known by a number or a stage, and quoted visions, consensuses and plans', () => {
    expect(agreements('两国将签署第一阶段经贸协议。')).toEqual(['第一阶段经贸协议']);
    expect(agreements('兩國將簽署第二階段貿易協議。')).toEqual(['第二階段貿易協議']);
    expect(agreements('各方应落实东盟五点共识。')).toEqual(['五点共识']);
    expect(agreements('ASEANの「5つのコンセンサス」が実施されるべきだ。')).toEqual(['5つのコンセンサス']);
    expect(agreements('8項目の「協力プラン」の進展を確認した。')).toEqual(['協力プラン']);
    expect(agreements('确定了面向未来的“日内瓦愿景”。')).toEqual(['日内瓦愿景']);
    expect(agreements('They reviewed the Phase One trade agreement and the five-point consensus.')).toEqual([
      'Phase One trade agreement',
      'five-point consensus',
    ]);
    expect(agreements('윤 장관은 한-ASEAN FTA 추가자유화를 언급했다.')).toEqual(['한-ASEAN FTA']);
  });

  it('takes no count or stage without the name it goes with', () => {
    expect(agreements('第一阶段会谈结束。双方达成三点意见。')).toEqual([]);
    expect(agreements('They signed a second agreement and discussed phase two of the talks.')).toEqual([]);
    expect(agreements('A three-point plan and a consensus were discussed.')).toEqual([]);
    expect(agreements('会談では「率直な意見交換」を行った。')).toEqual([]);
  });

  it('takes no plain meeting or ministry words', () => {
    expect(agreements('日中外相会談が行われた。外務省が発表した。')).toEqual([]);
    expect(agreements('한중 외교장관 회담이 열렸다.')).toEqual([]);
    expect(agreements('Министерство иностранных дел России сообщило.')).toEqual([]);
  });
});
