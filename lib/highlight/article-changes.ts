/**
 * Which DOM changes call for a new analysis of the page: only those that touch the article the
 * last analysis read. Menus, tickers, ads and sidebars change all the time on news and ministry
 * sites; re-reading and repainting the article for each of them costs the page's own updates
 * their smoothness and paints nothing new.
 */
import type { ArticleRegion } from '../ministries/article';
import { isInSkippedElement, isSkippedElement } from './text-map';

function isOwnNode(node: Node): boolean {
  return node.nodeName === 'READOUT-LENS-UI' || node.nodeName === 'READOUT-LENS-MARK';
}

/** Whether a mutation can change readable text at all (not our UI, not code, not form fields). */
export function changesReadableText(record: MutationRecord): boolean {
  if (isInSkippedElement(record.target)) return false;
  if (record.type === 'characterData') return true;
  return changedNodes(record).some(
    (n) => !isOwnNode(n) && !(n.nodeType === 1 && isSkippedElement(n as Element)),
  );
}

function changedNodes(record: MutationRecord): Node[] {
  return [...record.addedNodes, ...record.removedNodes];
}

/**
 * The element standing for `node` in the document the article's roots are in: the node's own
 * element there, or the frame element holding its document. Null when no frame leads there.
 */
function elementIn(doc: Document, node: Node): Element | null {
  let el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  while (el && el.ownerDocument !== doc) el = el.ownerDocument.defaultView?.frameElement ?? null;
  return el;
}

/** Whether `el`, inside `root`, lies in chrome the article's reading jumps over (share bar, related list). */
function inChromeOf(el: Element, root: Element, region: ArticleRegion): boolean {
  for (let up: Element | null = el; up && up !== root; up = up.parentElement)
    if (region.isChrome(up)) return true;
  return false;
}

/**
 * Whether new content in `el` (a frame that finished loading) can be the article's: it lies in
 * the article and not in its chrome, or no article was found to tell.
 */
export function isInArticle(el: Element, region: ArticleRegion | null): boolean {
  if (!region?.roots.length || region.roots.some((root) => !root.isConnected)) return true;
  const root = region.roots.find((r) => r.contains(el));
  return root !== undefined && !inChromeOf(el, root, region);
}

function changesRegion(record: MutationRecord, region: ArticleRegion): boolean {
  const doc = region.roots[0]!.ownerDocument;
  const changed = changedNodes(record);
  // The article's own element moved in or out (a single-page app swapping its content).
  if (region.roots.some((root) => changed.some((n) => n === root || n.contains(root)))) return true;
  const el = elementIn(doc, record.target);
  if (!el) return true; // a frame whose holder cannot be told: read again rather than miss text
  const root = region.roots.find((r) => r.contains(el));
  if (!root || inChromeOf(el, root, region)) return false;
  if (record.type === 'characterData') return true;
  // Chrome added or removed inside the article (a related list filling in) is never read.
  return changed.some((n) => n.nodeType !== 1 || !region.isChrome(n as Element));
}

/**
 * Whether any of `records` changes the text the article's analysis read. With no article found
 * yet (null or no roots), every readable change counts: the article may be arriving. When one of
 * the article's parts has left the document, the page has replaced it: that counts too.
 */
export function changesArticle(records: readonly MutationRecord[], region: ArticleRegion | null): boolean {
  const whole = !region?.roots.length || region.roots.some((root) => !root.isConnected);
  return records.some((record) => changesReadableText(record) && (whole || changesRegion(record, region!)));
}
