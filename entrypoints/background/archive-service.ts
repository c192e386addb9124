/**
 * The archive in the background: opens the store (PouchDB on IndexedDB + the derived-index
 * database), answers archive and glossary messages, and wires the context menu items and the
 * `save-readout` command. Results of saves made without the popup show on the toolbar badge.
 */
import browser from 'webextension-polyfill';
import IndexedDbAdapter from 'pouchdb-adapter-indexeddb';
import { createPouch, openArchive } from '../../lib/archive/pouch-store';
import { openIdbDerivedStore } from '../../lib/archive/derived-store';
import { openIdbImportJournal } from '../../lib/archive/import-journal';
import { BACKUP_PORT, serveBackupPort } from '../../lib/archive/backup-transfer';
import type { ArchiveStore } from '../../lib/archive';
import { createRouter, describeError, guardedBySender } from '../../lib/background-router';
import { extensionIdentity } from './identity';
import { isArchiveMessageType, portRefusal } from '../../lib/messages';
import { err, type Result } from '../../lib/model';
// English only: the reader's other language is read from its packaged catalog file when a menu
// or the badge needs it, so the worker does not evaluate five catalogs before its first answer.
import { applyStoredLocale, errorText, t, UI_LANGUAGE_KEY, type UiLocale } from '../../lib/i18n/core';
import { catalogFileName, catalogFromFile } from '../../lib/i18n/catalog-file';
import type { PageAnalysis } from '../../lib/page-analysis';

const MENU_SAVE = 'readout-lens-save';
const MENU_GLOSSARY = 'readout-lens-glossary';

/** The UI language for the menus and the toolbar title: the options' choice, else the browser's. */
const useUiLanguage = () =>
  applyStoredLocale(
    browser.storage.local,
    [browser.i18n.getUILanguage(), ...navigator.languages],
    async (locale: UiLocale) => {
      const response = await fetch(browser.runtime.getURL(`/${catalogFileName(locale)}`));
      if (!response.ok) throw new Error(`catalog ${locale}: HTTP ${response.status}`);
      return catalogFromFile(await response.json());
    },
  );

/** The context menu items, in the UI language (made again when it changes). */
async function createMenus() {
  await useUiLanguage();
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: MENU_SAVE, title: t('menu.save'), contexts: ['page'] });
  browser.contextMenus.create({ id: MENU_GLOSSARY, title: t('menu.glossary'), contexts: ['selection'] });
}

export function startArchiveService(options: { archiveOf?: (id: string) => string | undefined } = {}): {
  archive: () => Promise<ArchiveStore>;
  database: () => PouchDB.Database;
} {
  let store: Promise<ArchiveStore> | undefined;
  // One PouchDB handle, shared with sync's replication (entrypoints/background/sync-service.ts).
  let db: PouchDB.Database | undefined;
  const database = () => (db ??= createPouch('readout-lens-archive', 'indexeddb', [IndexedDbAdapter]));
  const archive = () =>
    (store ??= (async () => {
      // The three databases open side by side (PouchDB's own opening starts with its first call).
      const db = database();
      const [derived, journal] = await Promise.all([
        openIdbDerivedStore('readout-lens-derived'),
        openIdbImportJournal('readout-lens-import-journal'),
      ]);
      return openArchive({
        db,
        derived,
        journal,
        ...(options.archiveOf ? { archiveOf: options.archiveOf } : {}),
      });
    })().catch((error: unknown) => {
      store = undefined; // let the next message try again
      throw error;
    }));

  const analysisOfTab = async (tabId: number): Promise<Result<PageAnalysis>> =>
    ((await browser.tabs
      .sendMessage(tabId, { type: 'content/get-analysis' })
      .catch((e: unknown) => err(e instanceof Error ? e.message : String(e), 'no-readout'))) as
      Result<PageAnalysis> | undefined) ?? err('no content script in this tab', 'no-readout');

  const handle = createRouter({ archive, analysisOfTab });
  const identity = extensionIdentity();
  browser.runtime.onMessage.addListener(guardedBySender(handle, identity, isArchiveMessageType));
  // Backups travel over a port in chunks: one message is capped at 64 MiB.
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== BACKUP_PORT) return;
    if (portRefusal(port.sender ?? {}, identity) !== null) return port.disconnect();
    serveBackupPort(port, archive, describeError);
  });

  /** Saves the tab's readout and says how it went on the badge (the popup is not open). */
  const saveTab = async (tabId: number) => {
    const reply = await handle({ type: 'archive/save-tab', tabId });
    if (!reply) return;
    await useUiLanguage();
    await browser.action.setBadgeBackgroundColor({ tabId, color: reply.ok ? '#1b7f3b' : '#b00020' });
    await browser.action.setBadgeText({ tabId, text: reply.ok ? '✓' : '!' });
    await browser.action.setTitle({
      tabId,
      title: reply.ok ? t('badge.saved') : t('badge.notSaved', errorText(reply)),
    });
  };

  browser.runtime.onInstalled.addListener(() => void createMenus());
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && UI_LANGUAGE_KEY in changes) void createMenus();
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_SAVE && tab?.id !== undefined) void saveTab(tab.id);
    if (info.menuItemId === MENU_GLOSSARY && info.selectionText) {
      const name = info.selectionText.trim().replace(/\s+/g, ' ').slice(0, 300);
      void handle({ type: 'glossary/put', entry: { kind: 'other', name, aliases: [], note: '' } })?.then(
        (reply) => {
          // The entry is made; the glossary section of the archive page is where it is edited.
          if (reply.ok)
            void browser.tabs.create({
              url:
                browser.runtime.getURL('/archive.html') +
                `#glossary=${encodeURIComponent((reply.value as { id: string }).id)}`,
            });
          else if (tab?.id !== undefined) {
            const tabId = tab.id;
            void useUiLanguage().then(() =>
              browser.action.setTitle({ tabId, title: t('badge.problem', errorText(reply)) }),
            );
          }
        },
      );
    }
  });

  browser.commands.onCommand.addListener((command) => {
    if (command !== 'save-readout') return;
    void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
      if (tab?.id !== undefined) void saveTab(tab.id);
    });
  });

  // Open at start: a stopped import resumes, and the indexes catch up with the changes feed.
  void archive().catch(() => undefined);
  return { archive, database };
}
