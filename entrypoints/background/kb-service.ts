/** Answers `kb/details`: the card fields the content script does not bundle. */
import browser from 'webextension-polyfill';
import { KB_DETAILS, KB_PARTY_NAMES } from '../../lib/kb/details-data';
import { createKbDetailsRouter } from '../../lib/kb/details-router';

export function startKbService(): void {
  const handle = createKbDetailsRouter(KB_DETAILS, KB_PARTY_NAMES);
  browser.runtime.onMessage.addListener((raw: unknown) => handle(raw));
}
