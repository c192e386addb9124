/**
 * Traditional Chinese pages (Taiwan, Hong Kong, overseas editions) against a KB written in
 * Simplified: characters fold to Simplified before matching, one to one, so every mention keeps
 * its exact offsets and is reported as the page writes it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRecognizer, type Recognition } from '../../lib/recognize';
import { foldKey, foldText, simplifiedChinese, traditionalToSimplified } from '../../lib/recognize/fold';
import { recognitionKb } from '../../lib/kb';

const recognizer = createRecognizer(recognitionKb());
const recognize = (text: string, date: string | null = '2024-06-01') => recognizer.recognize(text, { date });

/** Every mention's surface is exactly the page's text at its offsets. */
function expectExactOffsets(text: string, found: Recognition) {
  for (const m of found.mentions) expect(text.slice(m.start, m.end)).toBe(m.surface);
}
const byKind = (found: Recognition, kind: string) =>
  found.entities
    .filter((e) => e.kind === kind)
    .map((e) => ({ id: e.id, name: e.name, surfaces: e.surfaces }));

describe('the Traditional → Simplified table', () => {
  it('maps single characters one to one, each one UTF-16 code unit', () => {
    const { from, to } = traditionalToSimplified();
    expect(from.length).toBe(to.length);
    expect(from.length).toBeGreaterThan(2000);
    expect([...from].length).toBe(from.length);
    expect([...to].length).toBe(to.length);
    const map = new Map([...from].map((c, i) => [c, to[i]!]));
    for (const [t, s] of [
      ['國', '国'],
      ['華', '华'],
      ['韓', '韩'],
      ['務', '务'],
      ['員', '员'],
      ['長', '长'],
      ['協', '协'],
      ['議', '议'],
      ['為', '为'],
      ['條', '条'],
      ['約', '约'],
    ] as const)
      expect(map.get(t)).toBe(s);
    // Simplified characters and those both scripts share are not keys.
    for (const same of ['国', '王', '毅', '定', '中'] as const) expect(map.has(same)).toBe(false);
  });

  // Deriving the table reads OpenCC's whole dictionaries in a child process: seconds, not milliseconds.
  it(
    'is the table scripts/build-traditional-chinese.ts derives from OpenCC now',
    { timeout: 120_000 },
    () => {
      const root = join(__dirname, '..', '..');
      const committed = join(root, 'lib', 'recognize', 'traditional-chinese.generated.json');
      const derived = join(mkdtempSync(join(tmpdir(), 'readout-lens-t2s-')), 'table.json');
      execFileSync(
        join(root, 'node_modules', '.bin', 'tsx'),
        ['scripts/build-traditional-chinese.ts', derived],
        {
          cwd: root,
        },
      );
      expect(readFileSync(derived, 'utf8')).toBe(readFileSync(committed, 'utf8'));
    },
  );

  it('folds keep the length: the folded page maps back to the same offsets', () => {
    const text = '國務委員兼外交部長王毅會見大韓民國外交部長官。';
    const folded = foldText(text);
    expect(folded.folded).toBe('国务委员兼外交部长王毅会见大韩民国外交部长官。');
    expect(folded.folded.length).toBe(text.length);
    expect([...folded.start]).toEqual([...text].map((_, i) => i));
    expect(foldKey('中華人民共和國')).toBe('中华人民共和国');
    expect(simplifiedChinese('外交部長')).toBe('外交部长');
    const plain = 'Wang Yi met Cho Tae-yul.';
    expect(simplifiedChinese(plain)).toBe(plain);
  });
});

describe('Traditional Chinese pages', () => {
  it('a KB official under a Traditional title: 國務委員兼外交部長王毅', () => {
    const text = '國務委員兼外交部長王毅在北京會見來訪的客人。';
    const found = recognize(text, '2019-05-01');
    expectExactOffsets(text, found);
    const wang = found.entities.find((e) => e.id === 'wang-yi');
    expect(wang?.surfaces).toEqual(['王毅']);
    // The title as the page writes it, though read through the Simplified patterns.
    expect(wang?.titleInText).toBe('國務委員兼外交部長');
  });

  it('KB agreements written in Simplified: 《中韓自由貿易協定》, 中俄睦鄰友好合作條約', () => {
    const text = '雙方同意落實《中韓自由貿易協定》，並紀念中俄睦鄰友好合作條約簽署。';
    const found = recognize(text);
    expectExactOffsets(text, found);
    expect(byKind(found, 'agreement')).toEqual([
      { id: 'china-rok-fta', name: 'China-ROK Free Trade Agreement', surfaces: ['中韓自由貿易協定'] },
      {
        id: 'sino-russian-treaty-of-friendship-2001',
        name: 'Treaty of Good-Neighborliness and Friendly Cooperation between China and Russia',
        surfaces: ['中俄睦鄰友好合作條約'],
      },
    ]);
  });

  it('an agreement the KB lacks, by its shape, named as the page writes it', () => {
    const text = '兩國外長簽署了《中華人民共和國和大韓民國關於海洋觀測合作的協定》。';
    const found = recognize(text);
    expectExactOffsets(text, found);
    expect(byKind(found, 'agreement').map((a) => [a.id, a.name])).toEqual([
      [null, '中華人民共和國和大韓民國關於海洋觀測合作的協定'],
    ]);
  });

  it('an official the KB lacks, after a Traditional office, named as written', () => {
    const text = '外交部副部長孫衛東同來訪的波蘭外交部副國務秘書格爾維爾舉行磋商。';
    const found = recognize(text);
    expectExactOffsets(text, found);
    const names = byKind(found, 'official').map((o) => o.surfaces[0]);
    expect(names).toContain('格爾維爾');
    const guest = found.entities.find((e) => e.surfaces.includes('格爾維爾'));
    expect(guest).toMatchObject({ titleInText: '副國務秘書', country: 'PL' });
    expect(names.some((n) => n === '孫衛東')).toBe(true);
  });

  it('a transliterated name with the Traditional dot (‧) between its parts', () => {
    const text = '王毅提到紐西蘭前總理約翰‧史密斯曾經訪華。';
    const found = recognize(text);
    expectExactOffsets(text, found);
    expect(found.entities.find((e) => e.surfaces.includes('約翰‧史密斯'))).toMatchObject({
      kind: 'official',
      titleInText: '總理',
    });
    expect(byKind(found, 'official').some((o) => o.name === '約翰')).toBe(false);
  });

  it('no name from a place and a verb after an office in a headline', () => {
    for (const text of ['澳洲外長北京過生日 王毅:有特殊意義', '英國首相倫敦再發聲 稱將加稅']) {
      const found = recognize(text);
      expect(byKind(found, 'official').map((o) => o.surfaces[0])).not.toContain('北京過生日');
      expect(byKind(found, 'official').map((o) => o.surfaces[0])).not.toContain('倫敦再發聲');
    }
    // Five transliteration characters are still a name.
    const found = recognize('王毅會見澳洲外長阿爾巴尼斯。');
    expect(byKind(found, 'official').map((o) => o.surfaces[0])).toContain('阿爾巴尼斯');
  });

  it('the same page in Simplified finds the same entities', () => {
    const traditional = '國務委員兼外交部長王毅表示，雙方將落實《中韓自由貿易協定》。';
    const simplified = '国务委员兼外交部长王毅表示，双方将落实《中韩自由贸易协定》。';
    const ids = (text: string) => recognize(text).entities.map((e) => e.id);
    expect(ids(traditional)).toEqual(ids(simplified));
    expect(ids(traditional)).toEqual(['wang-yi', 'china-rok-fta']);
  });

  it('no names from offices, organisations or meetings alone', () => {
    for (const text of [
      '外交部長表示，雙方應加強合作。',
      '國務院新聞辦公室舉行記者會。',
      '國務委員會議在北京舉行。',
      '外交政策與國際關係研討會。',
    ]) {
      const found = recognize(text);
      expect(byKind(found, 'official')).toEqual([]);
      expect(byKind(found, 'agreement')).toEqual([]);
    }
  });

  it('Japanese pages keep their own kanji patterns (外務大臣, 条約)', () => {
    const text = '林外務大臣は、日中平和友好条約の精神を確認した。';
    const found = recognizer.recognize(text, { date: '2022-08-01', language: 'ja' });
    expectExactOffsets(text, found);
    expect(found.entities.map((e) => e.id)).toContain('japan-china-peace-and-friendship-treaty');
    expect(found.entities.find((e) => e.kind === 'official')?.surfaces).toEqual(['林']);
  });
});
