/**
 * The Traditional → Simplified table (OpenCC) as lib/recognize/fold.ts reads it. Every build
 * bundles it, except the content script's: there `lib/content-build.ts` swaps this module for
 * `./traditional-chinese-withheld`, and a part brings the table to the pages that meet Han text.
 */
import table from './traditional-chinese.generated.json';

export interface TraditionalChineseTable {
  /** Base-36 gaps between successive Traditional code units, comma-separated. */
  fromGaps: string;
  /** The Simplified code unit of each, in the same order. */
  to: string;
}

export const bundledTraditionalChinese: TraditionalChineseTable | null = table;
