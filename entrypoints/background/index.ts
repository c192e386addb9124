/**
 * The background: message router and the archive's only writer.
 */
import { defineBackground } from 'wxt/utils/define-background';
import browser from 'webextension-polyfill';
import IndexedDbAdapter from 'pouchdb-adapter-indexeddb';
import { createRouter } from '../../lib/background-router';
import { openPouchArchive } from '../../lib/archive/pouch-store';
import type { ArchiveStore } from '../../lib/archive';

export default defineBackground(() => {
  let store: Promise<ArchiveStore> | undefined;
  const archive = () => (store ??= openPouchArchive('readout-lens-archive', 'indexeddb', [IndexedDbAdapter]));
  const handle = createRouter(archive);

  browser.runtime.onMessage.addListener((raw: unknown) => {
    // Content-script messages are answered by the content script itself.
    if (typeof raw === 'object' && raw !== null && String((raw as { type?: unknown }).type).startsWith('content/')) return undefined;
    return handle(raw);
  });
});
