import { describe, expect, it } from 'vitest';
import { bundledKb, recognitionKb, type KbDetails } from '../../lib/kb';
import { KB_DETAILS, KB_DETAILS_FILE_CONTENTS } from '../../lib/kb/details-data';
import { createKbDetailsRouter } from '../../lib/kb/details-router';
import { recognitionFileBytes } from '../../lib/kb/recognition-data';
import { decodeRecognition, encodeRecognition } from '../../lib/kb/recognition-binary';
import { RECOGNITION_KEYS, type KbRecognitionEntity } from '../../lib/kb/schema';
import { createRecognizer } from '../../lib/recognize';
import { tableMatches, type CompiledPatterns } from '../../lib/recognize/patterns';
import shippedPatterns from '../../lib/recognize/shipped-patterns.generated.json';

/** An entity of the decoded file as a plain object (its offices are a getter). */
function plainEntity(e: KbRecognitionEntity): KbRecognitionEntity {
  const plain: KbRecognitionEntity = { id: e.id, kind: e.kind, name: e.name };
  if (e.nativeName !== undefined) plain.nativeName = e.nativeName;
  if (e.country !== undefined) plain.country = e.country;
  if (e.offices !== undefined) plain.offices = e.offices;
  return plain;
}

const bufferOf = (bytes: Uint8Array) =>
  bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
const SHIPPED_FILE = recognitionFileBytes();
const KB_RECOGNITION_ENTITIES = decodeRecognition(bufferOf(SHIPPED_FILE)).entities.map(plainEntity);

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

  it('writes the recognition part and the compiled patterns to the binary file losslessly', () => {
    const compiled = shippedPatterns as CompiledPatterns;
    const { patterns } = decodeRecognition(bufferOf(SHIPPED_FILE));
    expect(patterns.strings).toEqual(compiled.strings);
    expect(compiled.strings.map((_, at) => patterns.payloadCodes(at))).toEqual(compiled.payloads);
    // Exact forms (acronyms) are among them, so that path is exercised.
    expect(compiled.payloads.some((codes) => codes.some((c) => typeof c !== 'number'))).toBe(true);
    expect(patterns.entityCount).toBe(compiled.entityCount);
    expect([patterns.firstId, patterns.lastId]).toEqual([compiled.firstId, compiled.lastId]);
    expect(KB_RECOGNITION_ENTITIES.find((e) => e.id === 'rcep')?.name).toBe(
      'Regional Comprehensive Economic Partnership',
    );
  });

  it('widens a section whose numbers do not fit in 16 bits, and reads it back', () => {
    const entities: KbRecognitionEntity[] = [
      { id: 'a-b', kind: 'official', name: 'A B', country: 'FR' },
      {
        id: 'x',
        kind: 'agreement',
        name: 'X Accord',
        offices: [
          { office: 'Minister', officeNative: 'Ministre', country: 'FR', from: '2001', current: false },
        ],
      },
    ];
    const compiled: CompiledPatterns = {
      entityCount: 2,
      firstId: 'a-b',
      lastId: 'x',
      strings: ['a b', 'x accord'],
      // 70000 does not fit in 16 bits: the payloads section is written with 32-bit numbers.
      payloads: [[0, 70_000], [[2, 'XA']]],
    };
    const decoded = decodeRecognition(bufferOf(encodeRecognition(entities, compiled)));
    expect(decoded.entities.map(plainEntity)).toStrictEqual(entities);
    expect([decoded.patterns.payloadCodes(0), decoded.patterns.payloadCodes(1)]).toEqual(compiled.payloads);
  });

  it('refuses a file that is not a recognition file, or cut short, with a clear error', () => {
    const bytes = new Uint8Array(SHIPPED_FILE);
    expect(() => decodeRecognition(bufferOf(bytes.subarray(0, bytes.length - 1)))).toThrow(
      /KB recognition file: wrong length/,
    );
    expect(() => decodeRecognition(bufferOf(bytes.subarray(0, 200)))).toThrow(
      /KB recognition file: too short/,
    );
    expect(() =>
      decodeRecognition(
        new TextEncoder().encode(JSON.stringify({ entities: [], titles: ['a title long enough'] })).buffer,
      ),
    ).toThrow(/not a KB recognition file/);
    const otherVersion = new Uint8Array(bytes);
    new DataView(otherVersion.buffer).setUint32(4, 99, true);
    expect(() => decodeRecognition(bufferOf(otherVersion))).toThrow(/version 99/);
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
