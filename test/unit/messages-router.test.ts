import { describe, expect, it, vi } from 'vitest';
import { createRouter } from '../../lib/background-router';
import { err, ok, type Result } from '../../lib/model';
import type { PageAnalysis } from '../../lib/page-analysis';
import { backupText, openTestArchive, readoutInput } from './archive-helpers';

async function routerWithOneReadout() {
  const test = await openTestArchive();
  await test.store.save(
    readoutInput({ url: 'https://mfa.example/1', participants: [['wang-yi', 'Wang Yi', 'CN']] }),
  );
  const analysisOfTab = vi.fn(async (tabId: number): Promise<Result<PageAnalysis>> =>
    tabId === 7 ? ok(readoutInput({ url: 'https://mfa.example/tab7' })) : err('no content script'),
  );
  const handle = createRouter({ archive: async () => test.store, analysisOfTab });
  const snapshot = () => backupText(test.store);
  return { ...test, handle, snapshot };
}

describe('background router', () => {
  it.each([
    ['an unknown archive message', { type: 'archive/drop-everything' }, /malformed message: type/],
    ['a save without input', { type: 'archive/save' }, /malformed message: input/],
    [
      'a save with a wrong field',
      { type: 'archive/save', input: { ...readoutInput({ url: 'https://x.example/' }), entities: 'all' } },
      /input\.entities/,
    ],
    ['a remove with a numeric id', { type: 'archive/remove', id: 3 }, /malformed message: id/],
    ['a search with a bad date', { type: 'archive/search', filter: { from: 'yesterday' } }, /filter\.from/],
    [
      'a glossary entry with a one-letter name',
      { type: 'glossary/put', entry: { kind: 'other', name: 'x', aliases: [], note: '' } },
      /entry\.name/,
    ],
  ])('answers %s with an error reply and changes nothing', async (_label, message, error) => {
    const { handle, snapshot } = await routerWithOneReadout();
    const before = await snapshot();
    const reply = await handle(message);
    expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(error) as unknown });
    expect(await snapshot()).toBe(before);
  });

  it('leaves messages of other families to other listeners', async () => {
    const { handle } = await routerWithOneReadout();
    expect(handle({ type: 'sites/status', url: 'https://x.example/' })).toBeUndefined();
    expect(handle({ type: 'content/get-analysis' })).toBeUndefined();
    expect(handle('archive/list')).toBeUndefined();
    expect(handle(null)).toBeUndefined();
  });

  it('saves a tab from its content script analysis, and says when the tab has none', async () => {
    const { handle, store } = await routerWithOneReadout();
    expect(await handle({ type: 'archive/save-tab', tabId: 7 })).toMatchObject({
      ok: true,
      value: { url: 'https://mfa.example/tab7' },
    });
    expect(await store.isSaved('https://mfa.example/tab7')).toBe(true);
    expect(await handle({ type: 'archive/save-tab', tabId: 8 })).toEqual(
      err('This tab has no readout to save (no content script).', 'no-readout'),
    );
  });

  it('answers related, is-saved, search and the glossary messages', async () => {
    const { handle } = await routerWithOneReadout();
    const related = await handle({
      type: 'archive/related',
      query: { url: null, entityKeys: ['wang-yi'], participantKeys: [] },
    });
    expect(related).toMatchObject({
      ok: true,
      value: [{ url: 'https://mfa.example/1', shared: ['wang-yi'] }],
    });
    expect(await handle({ type: 'archive/is-saved', url: 'https://mfa.example/1#x' })).toEqual(ok(true));
    expect(await handle({ type: 'archive/search', filter: { official: 'wang-yi' } })).toMatchObject({
      ok: true,
      value: { total: 1 },
    });
    const put = await handle({
      type: 'glossary/put',
      entry: { kind: 'agreement', name: 'Busan Declaration', aliases: [], note: 'n' },
    });
    expect(put).toMatchObject({ ok: true, value: { id: 'glossary:busan-declaration' } });
    expect(await handle({ type: 'glossary/list' })).toMatchObject({
      ok: true,
      value: [{ name: 'Busan Declaration' }],
    });
    expect(await handle({ type: 'glossary/remove', id: 'glossary:busan-declaration' })).toMatchObject({
      ok: true,
    });
    expect(await handle({ type: 'glossary/list' })).toEqual(ok([]));
  });

  it('turns a QuotaExceededError into an error reply the popup shows', async () => {
    const { handle, db } = await routerWithOneReadout();
    vi.spyOn(db, 'put').mockRejectedValue(new DOMException('quota exceeded', 'QuotaExceededError'));
    const reply = await handle({
      type: 'archive/save',
      input: readoutInput({ url: 'https://mfa.example/2' }),
    });
    expect(reply).toEqual(err(expect.stringMatching(/^Out of storage space/) as unknown as string, 'quota'));
  });
});
