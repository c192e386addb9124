/**
 * The text the content script reads and paints on a readout page: its article only (title,
 * dateline, lead, body and captions), never the page's menus, sidebars or related-news lists.
 * `scripts/measure-real-pages.ts` runs this same function in happy-dom.
 */
import type { Readout } from '../model';
import { MINISTRIES } from '../ministries/registry';
import { articleRegion } from '../ministries/article';
import { buildRegionMap, type TextMap } from './text-map';

export function articleTextMap(doc: Document, readout: Readout): TextMap {
  const site = MINISTRIES.find((m) => m.id === readout.ministry) ?? null;
  const region = articleRegion(doc, site, readout.title);
  const map = region ? buildRegionMap(region.roots, region.isChrome) : buildRegionMap([]);
  // The page itself is watched for changes even when no article was found yet.
  if (!map.documents.includes(doc)) map.documents.unshift(doc);
  return map;
}
