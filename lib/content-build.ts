/**
 * How the content script and its reader part are built (wxt.config.ts; scripts/content-stand-ins.ts
 * applies the same to the bundles that measure them: scripts/content-size.ts, the start-up bench).
 * What a readout page does not need at start is left out: a part loaded on demand brings it instead
 * (lib/parts.ts).
 */
import { en } from './i18n/messages/en';

/** The reader part's entrypoint (entrypoints/part-reader.ts), built with the content script's stand-ins. */
export const READER_ENTRYPOINT = 'part-reader';

/**
 * Modules the content script's and the reader part's builds replace with a stand-in. Keyed by the
 * import specifier as written; the stand-in resolves from the same importer.
 */
export const CONTENT_STAND_INS: Record<string, string> = {
  // The Traditional Chinese fold table: only pages with Han text need it (part-traditional-chinese).
  './traditional-chinese-table': './traditional-chinese-withheld',
};

/**
 * The English messages the content script speaks itself: the live region's announcements and the
 * errors it words. The card part carries the whole catalog (and falls back to it for any key the
 * content script hands it without).
 */
export const CONTENT_SCRIPT_MESSAGES = /^(announce|error)\./;

/**
 * Modules the content script's build (only: the parts keep the real ones) replaces with generated
 * source, by import specifier and the directory of its importer.
 */
export const CONTENT_SCRIPT_MODULES: Record<string, { importerDir: RegExp; source: () => string }> = {
  './messages/en': {
    importerDir: /[/\\]lib[/\\]i18n$/,
    source: () =>
      `export const en = ${JSON.stringify(
        Object.fromEntries(Object.entries(en).filter(([key]) => CONTENT_SCRIPT_MESSAGES.test(key))),
      )};\n`,
  },
};

/**
 * Modules whose evaluation does nothing but define (rules, tables, functions), so the bundler may
 * drop what of them the content script never calls: detectPage needs a little of lib/ministries,
 * not the extraction (participants, country names) that shares its modules. lib/ministries/index.ts
 * provides Readability when imported: not one of them.
 */
export function isPureModule(path: string): boolean {
  const p = path.replace(/\\/g, '/');
  return (
    /\/lib\/(ministries|recognize)\/[^/]+\.(ts|json)$/.test(p) && !p.endsWith('/lib/ministries/index.ts')
  );
}
