import { build } from 'esbuild';
import { ROOT } from '../scripts/extension-browser';

/** Bundles in-page benchmark code (TypeScript importing lib/) into one script for addScriptTag. */
export async function bundleForPage(entry: string): Promise<string> {
  const out = await build({
    stdin: { contents: entry, resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    logLevel: 'silent',
  });
  return out.outputFiles[0]!.text;
}
