/**
 * The content script's parts loaded on demand (lib/parts.ts, entrypoints/content/parts.ts) and
 * the packaged file of each: WXT writes an unlisted script `entrypoints/X.ts(x)` to `/X.js`. Here,
 * apart from the loader, so that wxt.config.ts can make them web-accessible.
 */
export const CONTENT_PART_FILES = {
  reader: 'part-reader.js',
  readability: 'part-readability.js',
  card: 'part-card.js',
  traditionalChinese: 'part-traditional-chinese.js',
} as const;
