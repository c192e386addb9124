import { describe, expect, it } from 'vitest';
import { bundledKb, recognitionKb, type KbDetails } from '../../lib/kb';
import { KB_DETAILS, KB_DETAILS_FILE_CONTENTS } from '../../lib/kb/details-data';
import { createKbDetailsRouter } from '../../lib/kb/details-router';
import { KB_RECOGNITION_PACKED } from '../../lib/kb/recognition-data';
import { packRecognition, plainEntity, unpackRecognition } from '../../lib/kb/recognition-pack';

const KB_RECOGNITION_ENTITIES = unpackRecognition(KB_RECOGNITION_PACKED).map(plainEntity);
import { RECOGNITION_KEYS } from '../../lib/kb/schema';
import { createRecognizer } from '../../lib/recognize';
import { tableMatches } from '../../lib/recognize/patterns';
import { inlineDataModules, inlinedModuleCode } from '../../scripts/vite-inline-data-modules';

const TEXT =
  'State Councilor and Foreign Minister Wang Yi met Foreign Minister Cho Tae-yul. Wang and Cho ' +
  'discussed the Regional Comprehensive Economic Partnership (RCEP), the UN and ASEAN. 王毅会见赵兑烈。';

describe('the KB split into recognition fields and card details', () => {
  it('loses nothing: each shipped entity is its recognition part plus its details', () => {
    const full = bundledKb().entities;
    expect(KB_RECOGNITION_ENTITIES.map((e) => e.id)).toEqual(full.map((e) => e.id));
    KB_RECOGNITION_ENTITIES.forEach((part, i) => {
      expect({ ...part, ...KB_DETAILS[part.id] }).toStrictEqual(full[i]);
      expect(Object.keys(part).every((k) => (RECOGNITION_KEYS as readonly string[]).includes(k))).toBe(true);
      expect(Object.keys(KB_DETAILS[part.id]!).some((k) => k === 'name' || k === 'offices')).toBe(false);
    });
  });

  it('packs the recognition part losslessly, and smaller than its JSON', () => {
    const parts = KB_RECOGNITION_ENTITIES;
    expect(unpackRecognition(packRecognition(parts)).map(plainEntity)).toStrictEqual(parts);
    expect(JSON.stringify(KB_RECOGNITION_PACKED).length).toBeLessThan(JSON.stringify(parts).length / 2);
    // Ids that are not their name's slug are kept as written.
    expect(parts.find((e) => e.id === 'rcep')?.name).toBe('Regional Comprehensive Economic Partnership');
    const tabbed = { office: 'Tab\there', country: 'FR' };
    expect(() => packRecognition([{ id: 'x', kind: 'official', name: 'X Y', offices: [tabbed] }])).toThrow(
      /cannot pack/,
    );
  });

  it('recognizes with the recognition part exactly as with the full KB, using the compiled patterns', () => {
    const kb = recognitionKb();
    expect(kb.compiled && tableMatches(kb.compiled, kb.entities)).toBe(true);
    for (const date of ['2024-05-13', null]) {
      const options = { date, language: 'en' };
      expect(createRecognizer(kb).recognize(TEXT, options)).toEqual(
        createRecognizer(bundledKb()).recognize(TEXT, options),
      );
    }
  });
});

describe('kb/details', () => {
  let loads = 0;
  const handle = createKbDetailsRouter(() => {
    loads++;
    return Promise.resolve(KB_DETAILS_FILE_CONTENTS);
  });

  it('answers the details of known ids and leaves unknown ones out', async () => {
    const reply = await handle({ type: 'kb/details', ids: ['wang-yi', 'no-such-entity', 'constructor'] });
    expect(reply).toEqual({ ok: true, value: { 'wang-yi': KB_DETAILS['wang-yi'] } });
    expect(KB_DETAILS['wang-yi']?.sources.length).toBeGreaterThan(0);
    await handle({ type: 'kb/details', ids: ['wang-yi'] });
    expect(loads).toBe(1);
  });

  it('names an agreement’s KB parties and reports a file it cannot read, then reads it at the next request', async () => {
    const withParty = Object.entries(KB_DETAILS).find(([, d]) =>
      d.parties?.some((p) => Object.hasOwn(KB_DETAILS_FILE_CONTENTS.partyNames, p)),
    );
    expect(withParty).toBeDefined();
    const [id, details] = withParty!;
    let attempts = 0;
    const flaky = createKbDetailsRouter(() =>
      ++attempts === 1 ? Promise.reject(new Error('HTTP 404')) : Promise.resolve(KB_DETAILS_FILE_CONTENTS),
    );
    expect(await flaky({ type: 'kb/details', ids: [id] })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/card details could not be read.*HTTP 404/),
    });
    const reply = (await flaky({ type: 'kb/details', ids: [id] })) as {
      ok: true;
      value: Record<string, KbDetails>;
    };
    expect(reply.value[id]!.parties).toEqual(
      details.parties!.map((p) => KB_DETAILS_FILE_CONTENTS.partyNames[p] ?? p),
    );
  });

  it('rejects a malformed request and leaves other message families to other listeners', async () => {
    expect(await handle({ type: 'kb/details', ids: 'wang-yi' })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/malformed message: ids/),
    });
    expect(handle({ type: 'archive/list' })).toBeUndefined();
    expect(handle('kb/details')).toBeUndefined();
  });
});

describe('inlineDataModules (the build ships a data module as its value)', () => {
  const modules = {
    'lib/kb/recognition-data.ts': { KB_RECOGNITION_PACKED },
  };

  it.each(Object.entries(modules))(
    '%s: the shipped code evaluates to the module’s exports',
    async (_path, exports) => {
      const code = inlinedModuleCode(exports);
      const shipped = (await import(`data:text/javascript,${encodeURIComponent(code)}`)) as Record<
        string,
        unknown
      >;
      expect({ ...shipped }).toStrictEqual(exports);
    },
  );

  it('replaces only the listed modules', async () => {
    const plugin = inlineDataModules('/repo', {
      'lib/kb/details-data.ts': { KB_DETAILS: { a: { sources: [] } } },
    });
    const load = plugin.load as (id: string) => string | null;
    expect(load.call({}, '/repo/lib/kb/details-data.ts?import')).toContain(
      'export const KB_DETAILS = JSON.parse(',
    );
    expect(load.call({}, '/repo/lib/kb/data.ts')).toBeNull();
  });
});
