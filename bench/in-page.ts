/**
 * What the Chromium benches share: bundling in-page code that imports lib/ as the extension
 * builds it, and a plain headless Chromium to run it in.
 */
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { findBrowser } from '../scripts/browser-path';
import { CHROME_FLAGS, ROOT } from '../scripts/extension-browser';
import { contentStandIns } from '../scripts/content-stand-ins';

/** Bundles in-page benchmark code (TypeScript importing lib/) into one script for the page. */
export async function bundleForPage(
  entry: string,
  options: { asContentScript?: boolean } = {},
): Promise<string> {
  const out = await build({
    stdin: { contents: entry, resolveDir: ROOT, loader: 'ts' },
    // Built as the content script is: its stand-ins (lib/content-build.ts) in place.
    plugins: options.asContentScript ? [contentStandIns] : [],
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    logLevel: 'silent',
  });
  return out.outputFiles[0]!.text;
}

/** Headless Chromium without the extension, for code injected into pages. */
export function launchPlainChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: findBrowser(), args: CHROME_FLAGS });
}
