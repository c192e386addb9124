/**
 * Sync in the background (issue 12): loads the settings from extension storage, runs the
 * replication of the archive's PouchDB database, pauses it offline, wakes it with an alarm
 * (Chrome stops an idle service worker; each start resumes from the checkpoints), and answers
 * the options page and the popup. Never logs settings: they hold the password.
 */
import browser from 'webextension-polyfill';
import type { ArchiveStore } from '../../lib/archive';
import { openOriginStore } from '../../lib/sync/origins';
import { createSyncRouter, type MessageSender } from '../../lib/sync/router';
import { createSyncService, type SyncService } from '../../lib/sync/service';
import { SyncSettings } from '../../lib/sync/settings';

const SETTINGS_KEY = 'sync-settings';
const WAKE_ALARM = 'readout-lens-sync-wake';

async function loadSettings(): Promise<SyncSettings> {
  const stored = (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
  const parsed = SyncSettings.safeParse(stored ?? {});
  return parsed.success ? parsed.data : {};
}

async function storeSettings(settings: SyncSettings): Promise<void> {
  await browser.storage.local.set({ [SETTINGS_KEY]: settings });
}

export interface ArchiveHandles {
  archive: () => Promise<ArchiveStore>;
  database: () => PouchDB.Database;
}

/** Starts sync; returns the label lookup the archive uses for prior readouts. */
export function startSyncService(handles: ArchiveHandles): { archiveOf: (id: string) => string | undefined } {
  const fetchFromWorker = (url: string, init?: RequestInit) => fetch(url, init);
  let service: SyncService | undefined;
  const ready = (async () => {
    const origins = await openOriginStore('readout-lens-sync');
    service = createSyncService({
      local: handles.database(),
      archive: handles.archive,
      origins,
      fetch: fetchFromWorker,
    });
    service.setOnline(navigator.onLine);
    service.configure(await loadSettings());
    return service;
  })();

  const router = (async () =>
    createSyncRouter({
      service: await ready,
      loadSettings,
      storeSettings,
      fetch: fetchFromWorker,
      extensionBase: browser.runtime.getURL('/'),
    }))();

  browser.runtime.onMessage.addListener((raw: unknown, sender: browser.Runtime.MessageSender) => {
    const type = typeof raw === 'object' && raw !== null ? (raw as { type?: unknown }).type : undefined;
    if (typeof type !== 'string' || !type.startsWith('sync/')) return undefined;
    const from: MessageSender = {
      ...(sender.id ? { id: sender.id } : {}),
      ...(sender.url ? { url: sender.url } : {}),
    };
    // The online events are the signal; asking the state also re-reads it (a worker started
    // while offline, or an event missed while it was stopped).
    return router.then((handle) => {
      service?.setOnline(navigator.onLine);
      return handle(raw, from);
    });
  });

  // Offline: pause; back online: resume from the checkpoints.
  self.addEventListener('online', () => service?.setOnline(true));
  self.addEventListener('offline', () => service?.setOnline(false));

  // A stopped worker is started again by the alarm; a live one is nudged to retry failures.
  void browser.alarms.create(WAKE_ALARM, { periodInMinutes: 0.5 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== WAKE_ALARM) return;
    void ready.then((s) => {
      s.setOnline(navigator.onLine);
      s.kick();
    });
  });

  return { archiveOf: (id) => service?.archiveOf(id) };
}
