/** Answers `meetings/...`: which archived readouts report the same meeting (lib/compare). */
import browser from 'webextension-polyfill';
import type { ArchiveStore } from '../../lib/archive';
import { createMeetingsRouter } from '../../lib/compare/meetings-router';

export function startMeetingsService(archive: () => Promise<ArchiveStore>): void {
  const handle = createMeetingsRouter({ archive });
  browser.runtime.onMessage.addListener((raw: unknown) => handle(raw));
}
