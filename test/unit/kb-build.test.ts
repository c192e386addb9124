import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KB_FILES } from '../../lib/kb/data';
import { nameVariants } from '../../lib/recognize/transliteration';
import type { KbEntity } from '../../lib/kb/schema';
import { buildKb, GENERATED_FILES, isGeneratedFile, type BuildResult } from '../../scripts/kb-build/build-kb';
import { parseCsv } from '../../scripts/kb-build/csv';
import { formatKbFile } from '../../scripts/kb-build/format';
import {
  brokenName,
  classifyOffice,
  dropReason,
  truePosition,
  type OfficeRow,
} from '../../scripts/kb-build/officials';
import { duplicateHolders, peopleFromRows, shortForms } from '../../scripts/kb-build/people';
import { titleCase } from '../../scripts/kb-build/agreements';

const ROOT = resolve(import.meta.dirname, '../..');
/** The open data the KB is built from (not in the repository; see data/CREDITS.md). */
const SOURCES = resolve(ROOT, '..', 'shared', 'kb-sources');
const haveSources = existsSync(join(SOURCES, 'SOURCES.md'));

const handWritten = Object.entries(KB_FILES)
  .filter(([file]) => !isGeneratedFile(file))
  .flatMap(([, entities]) => entities);
const generated = (file: (typeof GENERATED_FILES)[number]) => KB_FILES[file]!;
const byName = (file: (typeof GENERATED_FILES)[number], name: string): KbEntity | undefined =>
  generated(file).find((e) => e.name === name);

const row = (over: Partial<OfficeRow>): OfficeRow => ({
  qid: 'Q1',
  name: 'Ana Example',
  country: 'FR',
  office: 'Prime Minister',
  category: 'head-of-government',
  from: '2001',
  source: 'test',
  rank: 0,
  ...over,
});

describe.skipIf(!haveSources)(`kb:build from ${SOURCES}`, () => {
  let first: BuildResult;

  it('is deterministic, and data/kb holds exactly its output (else run: npm run kb:build)', async () => {
    first = buildKb(SOURCES, handWritten);
    const second = buildKb(SOURCES, handWritten);
    expect(second.files).toEqual(first.files);
    for (const file of GENERATED_FILES) {
      const onDisk = readFileSync(join(ROOT, 'data', 'kb', file), 'utf8');
      expect(await formatKbFile(first.files[file]), file).toBe(onDisk);
    }
  }, 60_000);

  it('drops the rows its rules say are wrong', () => {
    const dropped = first.report.dropped;
    const reasonFor = (name: string) => dropped.find((d) => d.name === name)?.reason;
    // Denmark's "Horik II" from 854 in world-leaders-2021; a label Wikidata got wrong.
    expect(reasonFor('Horik II')).toMatch(/malformed date 854/);
    expect(reasonFor('Nayib buke')).toMatch(/broken name label/);
    // Rows whose holder is a bare QID, with no other source naming the item.
    expect(dropped.some((d) => /QID stands in/.test(d.reason))).toBe(true);
    const names = generated('generated-officials.json').map((e) => e.name);
    expect(names.filter((n) => /^Q\d+$/.test(n) || n === 'Nayib buke' || n === 'Horik II')).toEqual([]);
    // The 1751 Danish foreign minister of the 2023-01-09 snapshot, "still in office".
    expect(names.some((n) => /Bernstorff/.test(n))).toBe(false);
  });

  it('leaves people the hand-written KB has to it, also under another romanisation', () => {
    expect(first.report.mergedWithHandWritten.length).toBeGreaterThan(100);
    const officials = generated('generated-officials.json');
    for (const name of [
      'Wang Yi',
      'Sergey Lavrov',
      'Kang Kyung-hwa',
      'Jung Hong-won',
      'William Joseph Burns',
    ])
      expect(
        officials.find((e) => e.name === name),
        name,
      ).toBeUndefined();
    const handIds = new Set(handWritten.map((e) => e.id));
    expect(officials.filter((e) => handIds.has(e.id))).toEqual([]);
  });
});

describe('the generated KB', () => {
  it('covers the heads of state or government and foreign ministers of nearly every state', () => {
    const all = Object.values(KB_FILES).flat();
    const countriesWith = (re: RegExp) =>
      new Set(all.flatMap((e) => (e.offices ?? []).filter((o) => re.test(o.office)).map((o) => o.country)));
    const heads = countriesWith(/^(President|Prime Minister|King|Monarch|monarch|Emir|Sultan|Premier)\b/);
    const foreign = countriesWith(/Foreign|External|^Secretary of State$/);
    expect(heads.size).toBeGreaterThan(185);
    expect(foreign.size).toBeGreaterThan(185);
  });

  it('gives every official a Wikidata link and dated spans', () => {
    for (const e of generated('generated-officials.json')) {
      expect(e.sources[0]!.url, e.id).toMatch(/^https:\/\/www\.wikidata\.org\/wiki\/Q\d+$/);
      expect(e.offices!.length, e.id).toBeGreaterThan(0);
      for (const o of e.offices!) expect(o.from ?? o.to, `${e.id} ${o.office}`).toBeDefined();
    }
    for (const e of generated('generated-agreements.json'))
      expect(e.sources[0]!.url).toBe('https://github.com/globalgov/manytreaties');
  });

  it('states true facts from the sources', () => {
    const poroshenko = byName('generated-officials.json', 'Petro Poroshenko')!;
    expect(poroshenko.offices).toContainEqual({
      office: 'President',
      country: 'UA',
      from: '2014-06-07',
      to: '2019-05-20',
    });
    expect(poroshenko.offices).toContainEqual({
      office: 'Minister of Foreign Affairs',
      country: 'UA',
      from: '2009-10-09',
      to: '2010-03-11',
    });
    expect(poroshenko.aliases).toContain('Petr Poroshenko');
    // A foreign minister known only from the 2022 in-office lists: a start date, no end.
    expect(byName('generated-officials.json', 'Tete António')?.offices).toEqual([
      { office: 'Minister of External Relations', country: 'AO', from: '2020-10-01' },
    ]);
    // Two Wikidata items for one Mongolian prime minister, merged.
    expect(byName('generated-officials.json', 'Dendeviin Terbishdagva')?.aliases).toContain(
      'Dendev Terbishdagva',
    );
    const montreal = byName(
      'generated-agreements.json',
      'Montreal Protocol on Substances That Deplete the Ozone Layer',
    );
    expect(montreal?.dates).toEqual({ signed: '1987-09-16', inForce: '1989-01-01' });
    expect(montreal?.aliases).toContain('Montreal Protocol');
    expect(byName('generated-agreements.json', 'Convention on the Rights of the Child')?.aliases).toEqual([
      'CRC',
    ]);
    expect(byName('generated-agreements.json', 'North American Free Trade Agreement')?.dates).toEqual({
      signed: '1992',
      inForce: '1994',
    });
  });
});

describe('the build rules', () => {
  it('classifies the offices of the KB and no others', () => {
    expect(classifyOffice('Minister for Foreign Affairs', 'JP')).toBe('foreign-minister');
    expect(classifyOffice('Minister of External Affairs', 'IN')).toBe('foreign-minister');
    expect(classifyOffice('Secretary of State', 'US')).toBe('foreign-minister');
    expect(classifyOffice('Secretary of State', 'AT')).toBeUndefined();
    expect(classifyOffice('Minister of Foreign Trade', 'FR')).toBeUndefined();
    expect(classifyOffice('Deputy Minister of Foreign Affairs', 'RU')).toBe('deputy-foreign-minister');
    expect(classifyOffice('National Security Advisor', 'US')).toBe('national-security-adviser');
    expect(classifyOffice('State Councilor', 'CN')).toBe('deputy-head');
    expect(classifyOffice('Deputy Premier', 'AU')).toBeUndefined();
    expect(classifyOffice('Premier of Queensland', 'AU')).toBeUndefined();
    expect(classifyOffice('President of the Senate', 'FR')).toBeUndefined();
  });

  it("reads India's Foreign Secretaries, labelled as ministers in its file, as Foreign Secretaries", () => {
    expect(truePosition('Minister of Foreign Affairs', 'IN')).toBe('Foreign Secretary');
    expect(classifyOffice(truePosition('Minister of Foreign Affairs', 'IN'), 'IN')).toBe(
      'deputy-foreign-minister',
    );
    expect(truePosition('Minister of External Affairs', 'IN')).toBe('Minister of External Affairs');
    expect(truePosition('Minister of Foreign Affairs', 'PK')).toBe('Minister of Foreign Affairs');
    expect(classifyOffice('Foreign Secretary', 'GB')).toBeUndefined();
  });

  it('drops rows by rule', () => {
    expect(dropReason(row({}))).toBeUndefined();
    expect(dropReason(row({ name: 'Q3052772' }))).toMatch(/QID/);
    expect(dropReason(row({ from: '1751-10-01' }))).toMatch(/stray/);
    expect(dropReason(row({ from: '1751-10-01', to: '1770' }))).toMatch(/ended before 1990/);
    // A term that starts before 1990 and reaches into it is kept (a foreign minister of 1974–1992).
    expect(dropReason(row({ from: '1974-05-17', to: '1992-05-17' }))).toBeUndefined();
    expect(dropReason(row({ from: '1974', to: '1989-12-31' }))).toMatch(/ended before 1990/);
    expect(dropReason(row({ from: '2001-05', to: '2001-02-01' }))).toMatch(/ends before/);
    expect(dropReason(row({ from: undefined }))).toMatch(/undated/);
    expect(dropReason(row({ died: '2010-01-01' }))).toMatch(/has died/);
    expect(brokenName('Daniel arap Moi')).toBe(false);
    expect(brokenName('Ursula von der Leyen')).toBe(false);
    expect(brokenName('Nayib buke')).toBe(true);
  });

  it('merges two Wikidata items for one holder, and not namesakes in other terms', () => {
    const a = row({ qid: 'Q20', name: 'Dendev Terbishdagva', from: '2014-10-05' });
    const b = row({ qid: 'Q10', name: 'Dendeviin Terbishdagva', from: '2014-11-06' });
    expect(duplicateHolders([a, b])).toEqual(new Map([['Q20', 'Q10']]));
    expect(duplicateHolders([a, { ...b, from: '2016-01-01' }]).size).toBe(0);
    expect(duplicateHolders([a, { ...b, name: 'Other Person' }]).size).toBe(0);
  });

  it("merges one person's rows into terms, the detail rows' dates winning over a year-only summary", () => {
    const president = {
      qid: 'Q5',
      name: 'Janos Ader',
      country: 'HU',
      office: 'President',
      category: 'head-of-state' as const,
    };
    const { people } = peopleFromRows([
      row({ ...president, from: '2012-05-10', to: '2017-05-09' }),
      row({ ...president, from: '2017-05-10', to: '2022-05-09' }),
      row({ ...president, from: '2012', to: '2022', rank: 2, source: 'summary' }),
    ]);
    expect(people.map((p) => p.offices)).toEqual([
      [
        { office: 'President', country: 'HU', from: '2012-05-10', to: '2017-05-09' },
        { office: 'President', country: 'HU', from: '2017-05-10', to: '2022-05-09' },
      ],
    ]);
    // An open term in two sources is one term, current when the current list says so.
    const open = peopleFromRows([
      row({ ...president, from: '2016-05-25' }),
      row({ ...president, from: '2021', current: true, rank: 2 }),
    ]);
    expect(open.people[0]!.offices).toEqual([
      { office: 'President', country: 'HU', from: '2016-05-25', current: true },
    ]);
  });

  it('shortens regnal and princely labels, and re-cases HUGGO titles', () => {
    expect(shortForms('Felipe VI of Spain')).toEqual(['Felipe VI']);
    expect(shortForms('Salman bin Hamad, Crown Prince of Bahrain')).toEqual(['Salman bin Hamad']);
    expect(shortForms('Emmanuel Macron')).toEqual([]);
    expect(titleCase('Convention On The Rights Of The Child')).toBe('Convention on the Rights of the Child');
  });

  it('reads quoted CSV fields with commas, quotes and line breaks', () => {
    expect(parseCsv('a,b\r\n"x, y","say ""hi""\nthere"\r\r\n\r\nz,\n')).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"\nthere'],
      ['z', ''],
    ]);
  });
});

describe('nameVariants', () => {
  it('spells Cyrillic names the ways readouts do', () => {
    expect(nameVariants('Sergey Lavrov', 'RU')).toContain('Sergei Lavrov');
    expect(nameVariants('Sergey Lavrov', 'RU')).not.toContain('Serhiy Lavrov');
    expect(nameVariants('Petro Poroshenko', 'UA')).toEqual(
      expect.arrayContaining(['Petr Poroshenko', 'Pyotr Poroshenko']),
    );
    expect(nameVariants('Volodymyr Zelenskyy', 'UA')).toEqual(
      expect.arrayContaining(['Vladimir Zelensky', 'Volodymyr Zelenskiy']),
    );
    expect(nameVariants('Petr Poroshenko', 'unknown')).toContain('Petro Poroshenko');
  });

  it('writes suffixes three ways and leaves other names alone', () => {
    expect(nameVariants('Joseph R. Biden Jr.', 'US')).toEqual(['Joseph R. Biden Jr', 'Joseph R. Biden, Jr.']);
    expect(nameVariants('Sergio Mattarella', 'IT')).toEqual([]);
    expect(nameVariants('Andrey Belousov', 'FR')).toEqual([]);
  });
});
