/**
 * The context card as a content-script part (lib/parts.ts): Preact, the card's components and
 * its host, loaded by the content script when a card is near (the user's pointer on a term, the
 * keyboard walk) or asked for (a trusted click or Enter), never at a page's start.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { registerPart } from '../lib/parts';
import { createCardHost } from './content/card-ui';
import type { ContentParts } from './content/parts';

export default defineUnlistedScript(() => {
  registerPart<ContentParts, 'card'>('card', { createCardHost });
});
