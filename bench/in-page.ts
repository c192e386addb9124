/**
 * What the Chromium benches share: bundling in-page code that imports lib/ (built as the
 * extension builds it, data modules inlined), and a plain headless Chromium to run it in.
 */
import { resolve } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { findBrowser } from '../scripts/browser-path';
import { CHROME_FLAGS, ROOT } from '../scripts/extension-browser';
import { inlinedModuleCode } from '../scripts/vite-inline-data-modules';
import * as kbRecognitionData from '../lib/kb/recognition-data';

/** The data modules the content script's build replaces by their values (see wxt.config.ts). */
const CONTENT_SCRIPT_INLINED: Record<string, Readonly<Record<string, unknown>>> = {
  [resolve(ROOT, 'lib/kb/recognition-data.ts')]: kbRecognitionData,
};

const inlineDataModules: Plugin = {
  name: 'readout-lens:inline-data-modules',
  setup(esbuild) {
    esbuild.onLoad({ filter: /recognition-data\.ts$/ }, (args) => {
      const exports = CONTENT_SCRIPT_INLINED[args.path];
      return exports ? { contents: inlinedModuleCode(exports), loader: 'js' } : undefined;
    });
  },
};

/** The esbuild plugins that build lib/ as the content script's build does. */
export const contentScriptPlugins: Plugin[] = [inlineDataModules];

/** Bundles in-page benchmark code (TypeScript importing lib/) into one script for the page. */
export async function bundleForPage(entry: string): Promise<string> {
  const out = await build({
    stdin: { contents: entry, resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    logLevel: 'silent',
    plugins: contentScriptPlugins,
  });
  return out.outputFiles[0]!.text;
}

/** Headless Chromium without the extension, for code injected into pages. */
export function launchPlainChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: findBrowser(), args: CHROME_FLAGS });
}
