/** Browser-test harness: see scripts/extension-browser.ts (shared with the demo and benchmarks). */
import { afterAll, beforeAll } from 'vitest';
import { launchExtension, type ExtensionBrowser } from '../../scripts/extension-browser';

export * from '../../scripts/extension-browser';

/**
 * The extension in Chromium for one test file: launched before its tests, closed after them.
 * The object returned stands for the launched browser (each property reads through to it).
 */
export function useExtensionBrowser(): ExtensionBrowser {
  let launched: ExtensionBrowser | undefined;
  beforeAll(async () => {
    launched = await launchExtension();
  });
  afterAll(async () => {
    await launched?.close();
  });
  return new Proxy({} as ExtensionBrowser, {
    get(_, key) {
      if (!launched) throw new Error('the extension browser is launched before the tests, not at import');
      return Reflect.get(launched, key) as unknown;
    },
  });
}
