/**
 * Readability as a content-script part (lib/parts.ts): loaded by the content script on the first
 * page whose layout no site file knows.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { Readability } from '@mozilla/readability';
import { registerPart } from '../lib/parts';
import type { ContentParts } from './content/parts';

export default defineUnlistedScript(() => {
  registerPart<ContentParts, 'readability'>('readability', Readability);
});
