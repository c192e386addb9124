/** Answers `kb/details`: the card fields the content script does not bundle. */
import browser from 'webextension-polyfill';
import { KB_DETAILS, KB_PARTY_NAMES } from '../../lib/kb/details-data';
import { createKbDetailsRouter } from '../../lib/kb/details-router';
import { guardedBySender } from '../../lib/background-router';
import { isKbMessageType } from '../../lib/messages';
import { extensionIdentity } from './identity';

export function startKbService(): void {
  const handle = createKbDetailsRouter(KB_DETAILS, KB_PARTY_NAMES);
  browser.runtime.onMessage.addListener(guardedBySender(handle, extensionIdentity(), isKbMessageType));
}
