/**
 * The content script's stand-ins (lib/content-build.ts) as an esbuild plugin, applied as
 * wxt.config.ts applies them to the extension build: for the bundles that measure the content
 * script (scripts/content-size.ts, the start-up bench).
 */
import { resolve } from 'node:path';
import type { Plugin } from 'esbuild';
import { CONTENT_STAND_INS } from '../lib/content-build';

export const contentStandIns: Plugin = {
  name: 'content-stand-ins',
  setup(b) {
    b.onResolve({ filter: /^\./ }, (args) => {
      const standIn = CONTENT_STAND_INS[args.path];
      return standIn ? { path: resolve(args.resolveDir, `${standIn}.ts`) } : undefined;
    });
  },
};
