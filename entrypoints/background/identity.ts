/** This extension's id and base URL, against which the background checks who sent a message. */
import browser from 'webextension-polyfill';
import type { ExtensionIdentity } from '../../lib/messages';

export const extensionIdentity = (): ExtensionIdentity => ({
  id: browser.runtime.id,
  baseUrl: browser.runtime.getURL(''),
});
