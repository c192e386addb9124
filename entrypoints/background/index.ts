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

export default defineBackground(() => {
  const archive = startArchiveService();
  startSiteAccessService();
  startKbService();
  startMeetingsService(archive);
});
