/** Answers `kb/details`: the card fields the content script does not bundle, read from the packaged file. */
import browser from 'webextension-polyfill';
import { createKbDetailsRouter, KB_DETAILS_FILE, type KbDetailsFile } from '../../lib/kb/details-router';
import { guardedBySender } from '../../lib/background-router';
import { isKbMessageType } from '../../lib/messages';
import { extensionIdentity } from './identity';

async function loadDetailsFile(): Promise<KbDetailsFile> {
  const response = await fetch(browser.runtime.getURL(`/${KB_DETAILS_FILE}`));
  if (!response.ok) throw new Error(`${KB_DETAILS_FILE}: HTTP ${response.status}`);
  return (await response.json()) as KbDetailsFile;
}

export function startKbService(): void {
  const handle = createKbDetailsRouter(loadDetailsFile);
  browser.runtime.onMessage.addListener(guardedBySender(handle, extensionIdentity(), isKbMessageType));
}
