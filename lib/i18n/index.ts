/**
 * The UI's languages with all five catalogs registered: what extension pages and the background
 * import. The content script imports `./core` and loads its one catalog as a file.
 */
import { registerCatalog } from './core';
import { zhCN } from './messages/zh-CN';
import { zhTW } from './messages/zh-TW';
import { ko } from './messages/ko';
import { ja } from './messages/ja';

registerCatalog('zh-CN', zhCN);
registerCatalog('zh-TW', zhTW);
registerCatalog('ko', ko);
registerCatalog('ja', ja);

export * from './core';
