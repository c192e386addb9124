/**
 * The content script's parts loaded on demand (lib/parts.ts): each an unlisted WXT script,
 * web-accessible to the content-script sites only (wxt.config.ts), evaluated by a dynamic import
 * of its extension URL, which runs it in the content script's world.
 */
import browser from 'webextension-polyfill';
import { createPartLoader } from '../../lib/parts';
import type { ReadabilityClass } from '../../lib/ministries/readability';
import { CONTENT_PART_FILES } from '../../lib/content-part-files';
import type { createCardHost } from './card-ui';
import type { TraditionalChineseTable } from '../../lib/recognize/traditional-chinese-table';
import type { ReaderPart } from './reader';

/** The card part (entrypoints/part-card.tsx); only its type is imported here, not its code. */
export interface CardPart {
  createCardHost: typeof createCardHost;
}

export interface ContentParts {
  /** Recognition and readout extraction (entrypoints/part-reader.ts): article pages only. */
  reader: ReaderPart;
  readability: ReadabilityClass;
  card: CardPart;
  traditionalChinese: TraditionalChineseTable;
}

export const loadPart = createPartLoader<ContentParts>(
  CONTENT_PART_FILES,
  (file) => import(/* @vite-ignore */ browser.runtime.getURL(`/${file}` as '/part-readability.js')),
);
