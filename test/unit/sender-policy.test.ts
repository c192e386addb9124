/**
 * The background answers by sender: content scripts (a tab's web page) get what a page needs,
 * the extension's own pages get everything, anything else gets nothing. Driven through the real
 * archive router and KB details router behind `guardedBySender`.
 */
import { describe, expect, it, vi } from 'vitest';
import { createRouter, guardedBySender } from '../../lib/background-router';
import { createKbDetailsRouter } from '../../lib/kb/details-router';
import {
  isArchiveMessageType,
  isKbMessageType,
  isSitesMessageType,
  portRefusal,
  senderRole,
  type ExtensionIdentity,
  type MessageSender,
} from '../../lib/messages';
import { err, ok, type Result } from '../../lib/model';
import type { PageAnalysis } from '../../lib/page-analysis';
import { backupText, openTestArchive, readoutInput } from './archive-helpers';

const EXTENSION: ExtensionIdentity = { id: 'abcdefgh', baseUrl: 'chrome-extension://abcdefgh/' };
const CONTENT: MessageSender = {
  id: EXTENSION.id,
  url: 'https://www.mfa.gov.cn/eng/xw/zyxw/202405/t1.html',
  tab: { id: 7 },
};
const ARCHIVE_PAGE: MessageSender = { id: EXTENSION.id, url: 'chrome-extension://abcdefgh/archive.html' };
/** The popup opened as a tab (as the browser tests do): still an extension page. */
const POPUP_IN_TAB: MessageSender = {
  ...ARCHIVE_PAGE,
  url: 'chrome-extension://abcdefgh/popup.html',
  tab: { id: 3 },
};

async function guardedRouter() {
  const test = await openTestArchive();
  await test.store.save(
    readoutInput({ url: 'https://mfa.example/1', participants: [['wang-yi', 'Wang Yi', 'CN']] }),
  );
  await test.store.glossary.put({ kind: 'agreement', name: 'Busan Declaration', aliases: [], note: '' });
  const analysisOfTab = vi.fn(async (tabId: number): Promise<Result<PageAnalysis>> =>
    ok(readoutInput({ url: `https://mfa.example/tab${tabId}` })),
  );
  const handle = createRouter({ archive: async () => test.store, analysisOfTab });
  const listener = guardedBySender(handle, EXTENSION, isArchiveMessageType);
  const kb = guardedBySender(
    createKbDetailsRouter(() => Promise.resolve({ details: {}, partyNames: {} })),
    EXTENSION,
    isKbMessageType,
  );
  const snapshot = () => backupText(test.store);
  return { ...test, listener, kb, snapshot, analysisOfTab };
}

describe('who sent it', () => {
  it("leaves other families' messages to their own listeners, refusals included", async () => {
    const sitesHandler = vi.fn(() => Promise.resolve(ok(null)));
    const listener = guardedBySender(sitesHandler, EXTENSION, isSitesMessageType);
    // A content script's meetings/others is not the sites listener's to refuse or answer.
    expect(listener({ type: 'meetings/others', page: {} }, CONTENT)).toBeUndefined();
    expect(listener({ type: 'archive/list' }, CONTENT)).toBeUndefined();
    expect(sitesHandler).not.toHaveBeenCalled();
  });

  it('tells extension pages, content scripts and strangers apart', () => {
    expect(senderRole(ARCHIVE_PAGE, EXTENSION)).toBe('extension-page');
    expect(senderRole(POPUP_IN_TAB, EXTENSION)).toBe('extension-page');
    expect(senderRole(CONTENT, EXTENSION)).toBe('content-script');
    expect(senderRole({ ...CONTENT, id: 'other-extension' }, EXTENSION)).toBe('unknown');
    // A page whose URL only looks like ours, and a sender with neither tab nor our URL.
    expect(senderRole({ ...CONTENT, url: 'https://x.example/chrome-extension://abcdefgh/' }, EXTENSION)).toBe(
      'content-script',
    );
    expect(senderRole({ id: EXTENSION.id }, EXTENSION)).toBe('unknown');
  });
});

describe('a content script', () => {
  it.each([
    ['keep or undo an interrupted import', { type: 'archive/resolve-import', choice: 'keep' }],
    ['list it', { type: 'archive/list' }],
    ['search it', { type: 'archive/search', filter: {} }],
    ['read a record', { type: 'archive/get', id: 'readout:https://mfa.example/1' }],
    ['delete a record', { type: 'archive/remove', id: 'readout:https://mfa.example/1' }],
    ['edit a record', { type: 'archive/update', id: 'readout:https://mfa.example/1', tags: ['x'] }],
    ['save arbitrary input', { type: 'archive/save', input: readoutInput({ url: 'https://evil.example/' }) }],
    ['remove a glossary entry', { type: 'glossary/remove', id: 'glossary:busan-declaration' }],
    ['rebuild the indexes', { type: 'archive/rebuild-index' }],
    [
      'ask for many related readouts',
      {
        type: 'archive/related',
        query: { url: null, entityKeys: ['wang-yi'], participantKeys: [], limit: 1000 },
      },
    ],
    ['save another tab', { type: 'archive/save-tab', tabId: 8 }],
  ])('cannot %s, and the archive stays as it was', async (_label, message) => {
    const { listener, snapshot, analysisOfTab } = await guardedRouter();
    const before = await snapshot();
    const reply = await listener(message, CONTENT);
    expect(reply).toMatchObject({ ok: false });
    expect(await snapshot()).toBe(before);
    expect(analysisOfTab).not.toHaveBeenCalled();
  });

  it.each([
    ['enable a site', { type: 'sites/enable', origin: 'https://evil.example' }],
    ['disable a site', { type: 'sites/disable', origin: 'https://www.mfa.gov.cn' }],
    ['read site settings', { type: 'sites/status', url: 'https://www.mfa.gov.cn/' }],
  ])('cannot %s (no listener reaches its handler)', async (_label, message) => {
    const sitesHandler = vi.fn(() => Promise.resolve(ok(null)));
    const listener = guardedBySender(sitesHandler, EXTENSION, isSitesMessageType);
    expect(await listener(message, CONTENT)).toEqual(
      err(`${message.type} is answered only for the extension's own pages`, 'refused'),
    );
    expect(sitesHandler).not.toHaveBeenCalled();
  });

  it('gets related readouts for its card, the glossary, KB details, a note saved and its own tab saved', async () => {
    const { listener, kb, store } = await guardedRouter();
    expect(
      await listener(
        {
          type: 'archive/related',
          query: { url: CONTENT.url!, entityKeys: ['wang-yi'], participantKeys: [], limit: 10 },
        },
        CONTENT,
      ),
    ).toMatchObject({ ok: true, value: [{ url: 'https://mfa.example/1' }] });
    expect(await listener({ type: 'glossary/list' }, CONTENT)).toMatchObject({
      ok: true,
      value: [{ name: 'Busan Declaration' }],
    });
    expect(
      await listener(
        { type: 'glossary/put', entry: { kind: 'official', name: 'Cho Tae-yul', aliases: [], note: 'met' } },
        CONTENT,
      ),
    ).toMatchObject({ ok: true });
    expect(await kb({ type: 'kb/details', ids: ['nobody'] }, CONTENT)).toEqual(ok({}));
    expect(await listener({ type: 'archive/save-tab', tabId: 7 }, CONTENT)).toMatchObject({ ok: true });
    expect(await store.isSaved('https://mfa.example/tab7')).toBe(true);
  });
});

describe('the backup port', () => {
  it('is served to extension pages only: a content script or a stranger is refused', () => {
    expect(portRefusal(ARCHIVE_PAGE, EXTENSION)).toBeNull();
    expect(portRefusal(POPUP_IN_TAB, EXTENSION)).toBeNull();
    expect(portRefusal(CONTENT, EXTENSION)).toBe("backups are served only to the extension's own pages");
    expect(portRefusal({ ...ARCHIVE_PAGE, id: 'other-extension' }, EXTENSION)).not.toBeNull();
    expect(
      portRefusal({ ...CONTENT, url: 'https://x.example/chrome-extension://abcdefgh/' }, EXTENSION),
    ).not.toBeNull();
  });
});

describe('an extension page', () => {
  it('lists, searches and deletes; a stranger gets nothing, not even the glossary', async () => {
    const { listener, store } = await guardedRouter();
    expect(await listener({ type: 'archive/list' }, ARCHIVE_PAGE)).toMatchObject({
      ok: true,
      value: [{ url: 'https://mfa.example/1' }],
    });
    expect(await listener({ type: 'archive/search', filter: {} }, POPUP_IN_TAB)).toMatchObject({
      ok: true,
      value: { total: 1 },
    });
    const stranger = { ...ARCHIVE_PAGE, id: 'other-extension' };
    expect(await listener({ type: 'glossary/list' }, stranger)).toMatchObject({ ok: false });
    expect(
      await listener({ type: 'archive/remove', id: 'readout:https://mfa.example/1' }, ARCHIVE_PAGE),
    ).toMatchObject({ ok: true });
    expect(await store.list()).toEqual([]);
  });
});
