/**
 * Modules the content script's build replaces with a stand-in (wxt.config.ts, and
 * scripts/content-size.ts, which measures the same bundle): data a readout page does not need at
 * start, which a part loaded on demand brings instead (lib/parts.ts). Keyed by the import
 * specifier as written; the stand-in resolves from the same importer.
 */
export const CONTENT_STAND_INS: Record<string, string> = {
  // The Traditional Chinese fold table: only pages with Han text need it (part-traditional-chinese).
  './traditional-chinese-table': './traditional-chinese-withheld',
};
