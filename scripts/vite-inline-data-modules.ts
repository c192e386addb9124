/**
 * A Vite plugin that replaces pure data modules by their exported values, serialized as JSON.
 * Node computes such a module from its imports (e.g. the recognition part of the KB files); the
 * build ships only the result, so the bundle does not carry what the module left out.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

/** The module's code as the build ships it: each export as a JSON literal. */
export function inlinedModuleCode(exports: Readonly<Record<string, unknown>>): string {
  return Object.entries(exports)
    .map(([name, value]) => `export const ${name} = JSON.parse(${JSON.stringify(JSON.stringify(value))});\n`)
    .join('');
}

/** `modules`: path from `root` → the module's own exports, imported in Node by the config. */
export function inlineDataModules(
  root: string,
  modules: Readonly<Record<string, Readonly<Record<string, unknown>>>>,
): Plugin {
  const byPath = new Map(Object.entries(modules).map(([path, exports]) => [resolve(root, path), exports]));
  return {
    name: 'readout-lens:inline-data-modules',
    enforce: 'pre',
    load(id) {
      const exports = byPath.get(id.split('?')[0]!);
      return exports ? inlinedModuleCode(exports) : null;
    },
  };
}
