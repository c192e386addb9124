/**
 * The content script's build settings (lib/content-build.ts) as esbuild plugins, applied as
 * wxt.config.ts applies them to the extension build: for the bundles that measure the content
 * script and its reader part (scripts/content-size.ts, the start-up bench).
 */
import { dirname, resolve } from 'node:path';
import type { Plugin } from 'esbuild';
import { CONTENT_SCRIPT_MODULES, CONTENT_STAND_INS, isPureModule } from '../lib/content-build';

/** The stand-ins of the content script and of its reader part. */
export const contentStandIns: Plugin = {
  name: 'content-stand-ins',
  setup(b) {
    b.onResolve({ filter: /^\./ }, (args) => {
      const standIn = CONTENT_STAND_INS[args.path];
      return standIn ? { path: resolve(args.resolveDir, `${standIn}.ts`) } : undefined;
    });
  },
};

/**
 * The content script's build alone (not its parts'): the stand-ins, its few English messages, and
 * lib/ministries and lib/recognize modules free of side effects, so that only what it calls stays.
 */
export const contentScriptBuild: Plugin = {
  name: 'content-script-build',
  setup(b) {
    contentStandIns.setup(b);
    b.onResolve({ filter: /^\./ }, async (args) => {
      const module = CONTENT_SCRIPT_MODULES[args.path];
      if (module && module.importerDir.test(dirname(args.importer)))
        return { path: args.path, namespace: 'content-script-generated' };
      if (args.pluginData === 'content-script-build') return undefined;
      const resolved = await b.resolve(args.path, {
        resolveDir: args.resolveDir,
        importer: args.importer,
        kind: args.kind,
        pluginData: 'content-script-build',
      });
      if (resolved.errors.length) return undefined;
      return isPureModule(resolved.path) ? { ...resolved, sideEffects: false } : undefined;
    });
    b.onLoad({ filter: /.*/, namespace: 'content-script-generated' }, (args) => ({
      contents: CONTENT_SCRIPT_MODULES[args.path]!.source(),
      loader: 'js',
    }));
  },
};
