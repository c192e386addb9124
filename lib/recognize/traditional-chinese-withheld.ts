/**
 * The content script's stand-in for `./traditional-chinese-table` (lib/content-build.ts): no
 * table in the script; lib/recognize/fold.ts asks for it when a page has Han text.
 */
import type { TraditionalChineseTable } from './traditional-chinese-table';

export const bundledTraditionalChinese: TraditionalChineseTable | null = null;
