/**
 * The context card as a content-script part (lib/parts.ts): Preact, the card's components and
 * its host, loaded by the content script on the first trusted click or key that opens a card.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { registerPart } from '../lib/parts';
import { createCardHost } from './content/card-ui';
import type { ContentParts } from './content/parts';

export default defineUnlistedScript(() => {
  registerPart<ContentParts, 'card'>('card', { createCardHost });
});
