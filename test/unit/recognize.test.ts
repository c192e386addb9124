import { describe, expect, it } from 'vitest';
import { createRecognizer } from '../../lib/recognize';
import { foldChar, foldKey, foldText } from '../../lib/recognize/fold';
import { Automaton } from '../../lib/recognize/automaton';
import { testKb } from './recognize-fixtures';

const recognizer = createRecognizer(testKb());
const run = (text: string, date: string | null = '2022-03-01') =>
  recognizer.recognize(text, { date, language: 'en' });
const entity = (text: string, key: string, date: string | null = '2022-03-01') =>
  run(text, date).entities.find((e) => e.key === key);
const keys = (text: string, date: string | null = '2022-03-01') => run(text, date).entities.map((e) => e.key);
const agreementNames = (text: string) =>
  run(text)
    .entities.filter((e) => e.kind === 'agreement')
    .map((e) => e.name);

describe('foldText', () => {
  it('folds case, full width, quotes and dashes, and maps back to the original offsets', () => {
    const text = 'ＲＣＥＰ and “Belt—Road”  talks';
    const { folded, start, end } = foldText(text);
    expect(folded).toBe('rcep and "belt-road" talks');
    const at = folded.indexOf('talks');
    expect(text.slice(start[at]!, end[at + 4]!)).toBe('talks');
    // The collapsed double space maps to both original spaces.
    const space = folded.indexOf(' talks');
    expect(text.slice(start[space]!, end[space]!)).toBe('  ');
  });
});

describe('the fold table (filled as text meets each code unit)', () => {
  it('folds Latin diacritics, Greek and Cyrillic case the same on first and later use', () => {
    // Each letter is met first through foldChar or foldText, then again through the other.
    expect(foldChar('É'.charCodeAt(0))).toBe('e'.charCodeAt(0));
    expect(foldText('Communiqué ÉLYSÉE Ωμέγα МИД').folded).toBe('communique elysee ωμεγα мид');
    expect(foldText('Ñ').folded).toBe('n');
    expect(foldChar('Ñ'.charCodeAt(0))).toBe('n'.charCodeAt(0));
    expect(foldText('Communiqué ÉLYSÉE Ωμέγα МИД').folded).toBe('communique elysee ωμεγα мид');
    // Every code unit below U+2100 folds to one that folds to itself (the table is idempotent).
    for (let code = 0; code < 0x2100; code++) {
      const once = foldChar(code);
      expect(foldChar(once), `U+${code.toString(16)}`).toBe(once);
    }
  });
});

describe('foldKey', () => {
  it('folds plain ASCII the same way as the full fold', () => {
    for (const s of ['  Wang   Yi ', 'U.S.-Japan Alliance', 'Resolution 2270'])
      expect(foldKey(s)).toBe(foldText(s.trim()).folded);
  });
});

describe('Automaton', () => {
  it('reports every occurrence of overlapping patterns, by end offset', () => {
    const patterns = ['he', 'she', 'his', 'hers'];
    const automaton = new Automaton(patterns);
    const found: string[] = [];
    automaton.scan('ushers', (end, p) => found.push(`${patterns[p]}@${end}`));
    expect(found.sort()).toEqual(['he@4', 'hers@6', 'she@4'].sort());
  });
});

describe('recognize: names from the knowledge base', () => {
  it('finds full names, offsets into the original text, longest match first', () => {
    const text = 'On Monday, State Councilor and Foreign Minister Wang Yi met Kang Kyung-wha.';
    const { mentions } = run(text);
    expect(mentions.map((m) => [m.key, text.slice(m.start, m.end)])).toEqual([
      ['wang-yi', 'Wang Yi'],
      ['kang-kyung-wha', 'Kang Kyung-wha'],
    ]);
  });

  it('matches across full-width letters, odd dashes and doubled spaces', () => {
    const text = 'Ｗａｎｇ Ｙｉ and Kang Kyung‐wha and Antony  J. Blinken';
    expect(run(text).mentions.map((m) => m.surface)).toEqual([
      'Ｗａｎｇ Ｙｉ',
      'Kang Kyung‐wha',
      'Antony  J. Blinken',
    ]);
  });

  it('checks word boundaries in Latin script only', () => {
    expect(keys('The Wang Yiming report')).toEqual([]);
    expect(keys('王毅表示，双方应加强合作。')).toEqual(['wang-yi']);
  });

  it('needs the exact case for acronyms', () => {
    expect(keys('They joined the RCEP talks.')).toContain('rcep');
    expect(keys('The rcep file was lost.')).not.toContain('rcep');
  });
});

describe('recognize: family names', () => {
  it('resolves a family name to the person introduced earlier', () => {
    const text =
      'Antony J. Blinken met Hayashi Yoshimasa. Secretary Blinken thanked Hayashi, and Blinken left.';
    const blinken = entity(text, 'antony-blinken')!;
    expect(blinken.mentions).toBe(3);
    expect(blinken.surfaces).toEqual(['Antony J. Blinken', 'Blinken']);
    expect(entity(text, 'hayashi-yoshimasa')!.mentions).toBe(2);
  });

  it('derives both name orders for Japanese names and family-first for Korean', () => {
    expect(entity('Yoshimasa Hayashi arrived. Hayashi said so.', 'hayashi-yoshimasa')!.mentions).toBe(2);
    expect(entity('Kang Kyung-wha arrived. Kang said so.', 'kang-kyung-wha', '2019-01-01')!.mentions).toBe(2);
  });

  it('ignores a bare family name before any full mention', () => {
    expect(keys('Wang said the talks went well.')).toEqual([]);
  });

  it('gives an ambiguous family name to the nearest person introduced before it', () => {
    const text = 'Wang Yi met the press. Wang Wenbin spoke next. Wang said the talks were good.';
    const { mentions } = run(text);
    const last = mentions[mentions.length - 1]!;
    expect(last.surface).toBe('Wang');
    expect(last.key).toBe('wang-wenbin');
  });

  it('trusts title plus family name without an introduction when one person fits', () => {
    expect(keys('President Biden spoke with allies.', '2022-05-01')).toEqual(['joe-biden']);
  });

  it('does not take a family name that starts another, unknown full name', () => {
    expect(keys('Wang Yi met Kang Kyung-wha. Later Kang Dong-won arrived.', '2019-01-01')).toEqual([
      'wang-yi',
      'kang-kyung-wha',
    ]);
  });
});

describe('recognize: roles by date', () => {
  it('gives the office held on the readout date, and what is held now', () => {
    const on2017 = entity('Mike Pompeo spoke.', 'mike-pompeo', '2017-06-01')!;
    expect(on2017.role).toBe('Director of the Central Intelligence Agency');
    expect(entity('Mike Pompeo spoke.', 'mike-pompeo', '2019-06-01')!.role).toBe('Secretary of State');
    expect(entity('Kang Kyung-wha spoke.', 'kang-kyung-wha', '2020-11-26')!.role).toBe(
      'Minister of Foreign Affairs',
    );
    const wang = entity('Wang Yi spoke.', 'wang-yi', '2020-11-26')!;
    expect(wang.role).toBe('State Councilor; Minister of Foreign Affairs');
    expect(wang.roleNow).toBe('Director of the Office of the Central Foreign Affairs Commission');
  });

  it('falls back to the title the page writes when the date is unknown, and reports that title', () => {
    const wang = entity('State Councilor and Foreign Minister Wang Yi met reporters.', 'wang-yi', null)!;
    expect(wang.role).toBe('State Councilor and Foreign Minister');
    expect(wang.titleInText).toBe('State Councilor and Foreign Minister');
  });
});

describe('recognize: pattern finds outside the knowledge base', () => {
  it('finds titled officials and their later mentions, marked id null', () => {
    const text =
      "Luxembourg's Foreign Minister Jean Asselborn visited. Asselborn said both sides agreed. Jean Asselborn left.";
    const found = run(text).entities.find((e) => e.name === 'Jean Asselborn')!;
    expect(found).toMatchObject({
      id: null,
      kind: 'official',
      key: 'pattern:jean asselborn',
      mentions: 3,
      role: 'Foreign Minister',
    });
  });

  it('finds Chinese title + name', () => {
    const found = run('王毅会见卢森堡外交大臣阿瑟伯恩。阿瑟伯恩表示，双方合作良好。', '2019-02-15').entities;
    expect(found.find((e) => e.name === '阿瑟伯恩')).toMatchObject({ id: null, mentions: 2 });
  });

  it('finds the name-then-title style and honorifics, and joins a family name to the full name', () => {
    const text =
      'Mr. OKADA Kenji, Minister for Foreign Affairs of Japan, met Minister Dr. Priya Raman. Foreign Minister Chung Min-ho arrived; Okada and Chung spoke.';
    const people = run(text).entities.map((e) => [e.name, e.mentions]);
    expect(people).toEqual([
      ['OKADA Kenji', 2],
      ['Priya Raman', 1],
      ['Chung Min-ho', 2],
    ]);
  });

  it('gives a Chinese title without the country it names, and that country', () => {
    const found = run('王毅会见卢森堡外交大臣阿瑟伯恩。阿瑟伯恩表示欢迎。', '2019-02-15').entities;
    expect(found.find((e) => e.name === '阿瑟伯恩')).toMatchObject({
      role: '外交大臣',
      titleInText: '外交大臣',
      country: 'LU',
    });
  });

  it('does not take a meeting noun after a title for a name ("外相電話会談")', () => {
    const found = run('日中外相電話会談が行われた。両外相は会談した。', '2024-04-02').entities;
    expect(found.filter((e) => e.kind === 'official')).toEqual([]);
  });

  it('takes the country of an official it does not know from the page', () => {
    const countryOf = (text: string, name: string) =>
      run(text).entities.find((e) => e.name === name)?.country;
    expect(countryOf('He met Japanese Foreign Minister Kenta Morioka.', 'Kenta Morioka')).toBe('JP');
    expect(countryOf("He met Luxembourg's Foreign Minister Pol Remnar.", 'Pol Remnar')).toBe('LU');
    expect(countryOf('He met Foreign Minister Dalia Varkute of the ROK.', 'Dalia Varkute')).toBe('KR');
    expect(countryOf('Mr. OKADA Kenji, Minister for Foreign Affairs of Japan, arrived.', 'OKADA Kenji')).toBe(
      'JP',
    );
    expect(countryOf('He met Foreign Minister Dalia Varkute on Monday.', 'Dalia Varkute')).toBeUndefined();
  });

  it('finds a pattern-found name before its titled mention, as in a headline, but not in lower case', () => {
    const text =
      'wang-yi-meets-varkute\nWang Yi Meets Varkute\nForeign Minister Wang Yi met Foreign Minister Dalia Varkute.';
    const found = run(text);
    const key = found.entities.find((e) => e.name === 'Dalia Varkute')!.key;
    expect(found.mentions.filter((m) => m.key === key).map((m) => m.surface)).toEqual([
      'Varkute',
      'Dalia Varkute',
    ]);
  });

  it('takes no agreement from a Title-Case headline, but does from the same words in the body', () => {
    expect(
      agreementNames('China and Ruritania Sign Free Trade Agreement\nThe two sides signed it today.'),
    ).toEqual([]);
    expect(
      agreementNames('Headline\nThe two sides signed the China-Ruritania Free Trade Agreement today.'),
    ).toEqual(['China-Ruritania Free Trade Agreement']);
  });

  it('does not read title words in a Chinese title run as a name', () => {
    const found = run('中央外事工作委员会办公室主任韩明远在北京会见来宾。韩明远表示欢迎。', null).entities;
    expect(found.map((e) => [e.name, e.mentions])).toEqual([['韩明远', 2]]);
  });

  it('does not tag people without an office, or titles without a name', () => {
    expect(keys('Professor Anna Lee wrote that the Foreign Minister and the Secretary agreed.')).toEqual([]);
  });

  it('finds named agreements by their shape', () => {
    expect(
      agreementNames('Both sides back the Indo-Pacific Economic Framework and the Paris Agreement.'),
    ).toEqual(['Indo-Pacific Economic Framework', 'Paris Agreement']);
    expect(agreementNames('They upheld UN Security Council Resolution 2397 in full.')).toEqual([
      'UN Security Council Resolution 2397',
    ]);
    expect(
      agreementNames(
        'They will finish the Action Plan for Canada-Japan Digital Cooperation (2024-2028) soon.',
      ),
    ).toEqual(['Action Plan for Canada-Japan Digital Cooperation (2024-2028)']);
    expect(agreementNames('The second phase of the Japan-Mexico free trade agreement is near.')).toEqual([
      'Japan-Mexico free trade agreement',
    ]);
    expect(agreementNames('The Green Corridor and Blue Harbor strategies were linked.')).toEqual([
      'Green Corridor Strategy',
      'Blue Harbor Strategy',
    ]);
    expect(agreementNames('中方愿加强“数字丝路”倡议合作。')).toEqual(['“数字丝路”倡议']);
  });

  it('does not tag generic or lowercase phrases', () => {
    expect(
      agreementNames('The agreement builds a strategic partnership. Agreement was reached on trade policy.'),
    ).toEqual([]);
    expect(agreementNames('They discussed the U.S.-Japan Economic Policy Consultative Committee.')).toEqual(
      [],
    );
  });

  it('merges the Area and Agreement forms of one pattern-found agreement', () => {
    const text =
      'They will build the Canada-Chile-Peru Free Trade Area and sign a Canada-Chile-Peru Free Trade Agreement.';
    const found = run(text).entities.filter((e) => e.kind === 'agreement');
    expect(found).toHaveLength(1);
    expect(found[0]!.surfaces).toHaveLength(2);
  });

  it('links an acronym defined in parentheses to its long form (the definition counts as a mention)', () => {
    const text =
      'They launched the Pacific Digital Trade Partnership (PDTP) last year. The PDTP now has nine members.';
    const found = run(text).entities.filter((e) => e.kind === 'agreement');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      name: 'Pacific Digital Trade Partnership',
      mentions: 3,
      surfaces: ['Pacific Digital Trade Partnership', 'PDTP'],
    });
  });

  it('prefers the knowledge base over a pattern for the same span', () => {
    expect(
      entity('They joined the Regional Comprehensive Economic Partnership (RCEP).', 'rcep')!.mentions,
    ).toBe(2);
  });
});

describe('recognize: mentions', () => {
  it('returns sorted, non-overlapping mentions whose surfaces are the text at their offsets', () => {
    const text =
      'Secretary of State Antony J. Blinken met Foreign Minister Hayashi Yoshimasa on the Belt and Road Initiative and RCEP. Blinken and Hayashi agreed.';
    const { mentions } = run(text);
    expect(mentions.length).toBe(6);
    for (let i = 0; i < mentions.length; i++) {
      expect(text.slice(mentions[i]!.start, mentions[i]!.end)).toBe(mentions[i]!.surface);
      if (i) expect(mentions[i]!.start).toBeGreaterThanOrEqual(mentions[i - 1]!.end);
    }
  });
});
