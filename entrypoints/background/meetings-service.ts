/** Answers `meetings/...`: which archived readouts report the same meeting (lib/compare). */
import browser, { type Runtime } from 'webextension-polyfill';
import type { ArchiveStore } from '../../lib/archive';
import { createMeetingsRouter } from '../../lib/compare/meetings-router';
import { isMeetingsMessageType } from '../../lib/compare/messages';
import { guardedBySender } from '../../lib/background-router';
import { extensionIdentity } from './identity';

export function startMeetingsService(archive: () => Promise<ArchiveStore>): void {
  const handle = createMeetingsRouter({
    archive,
    openCompare: async (query) => {
      await browser.tabs.create({ url: browser.runtime.getURL('/compare.html') + query });
    },
  });
  const identity = extensionIdentity();
  browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) =>
    guardedBySender(
      (message) => handle(message, sender.tab?.id),
      identity,
      isMeetingsMessageType,
    )(raw, sender),
  );
}
