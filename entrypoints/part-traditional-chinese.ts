/**
 * The Traditional → Simplified fold table as a content-script part (lib/parts.ts): loaded by the
 * content script on the first page whose text has Han characters (lib/recognize/fold.ts).
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { registerPart } from '../lib/parts';
import table from '../lib/recognize/traditional-chinese.generated.json';
import type { ContentParts } from './content/parts';

export default defineUnlistedScript(() => {
  registerPart<ContentParts, 'traditionalChinese'>('traditionalChinese', {
    fromGaps: table.fromGaps,
    to: table.to,
  });
});
