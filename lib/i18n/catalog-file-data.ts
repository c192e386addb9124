/** Build time only (wxt.config.ts): the contents of each catalog file (`./catalog-file`). */
import { CATALOG_FILE_LOCALES, catalogFileName } from './catalog-file';
import type { Messages } from './messages/en';
import { zhCN } from './messages/zh-CN';
import { zhTW } from './messages/zh-TW';
import { ko } from './messages/ko';
import { ja } from './messages/ja';

const CATALOGS: Record<(typeof CATALOG_FILE_LOCALES)[number], Partial<Messages>> = {
  'zh-CN': zhCN,
  'zh-TW': zhTW,
  ko,
  ja,
};

/** Each catalog file's packaged path and JSON text. */
export const catalogFiles = (): { path: string; contents: string }[] =>
  CATALOG_FILE_LOCALES.map((locale) => ({
    path: catalogFileName(locale),
    contents: JSON.stringify(CATALOGS[locale]),
  }));
