/**
 * The background: the archive's only writer, and the message handlers of each feature.
 * Each service registers its own `runtime.onMessage` listener and answers only its own
 * message families (returning undefined for the rest).
 */
import { defineBackground } from 'wxt/utils/define-background';
import { startArchiveService } from './archive-service';
import { startSiteAccessService } from './site-access';
import { startKbService } from './kb-service';
import { startMeetingsService } from './meetings-service';
import { startSyncService } from './sync-service';

export default defineBackground(() => {
  // Sync labels prior readouts by archive, and replicates the archive's database.
  const late: { archiveOf?: (id: string) => string | undefined } = {};
  const archive = startArchiveService({ archiveOf: (id) => late.archiveOf?.(id) });
  late.archiveOf = startSyncService(archive).archiveOf;
  startSiteAccessService();
  startKbService();
  startMeetingsService(archive.archive);
});
