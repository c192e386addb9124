/**
 * The reader as a content-script part (lib/parts.ts): recognition and readout extraction
 * (entrypoints/content/reader.ts), loaded by the content script when a page is an article, in
 * parallel with the KB file. A page that is not an article never loads it.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { registerPart } from '../lib/parts';
import { reader } from './content/reader';
import type { ContentParts } from './content/parts';

export default defineUnlistedScript(() => {
  registerPart<ContentParts, 'reader'>('reader', reader);
});
