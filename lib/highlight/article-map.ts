/**
 * The text the content script reads and paints on a readout page: its article only (title,
 * dateline, lead, body and captions), never the page's menus, sidebars or related-news lists.
 * `scripts/measure-real-pages.ts` runs these same functions in happy-dom.
 */
import type { Readout } from '../model';
import { asListing, extractReadout, readoutAuthor } from '../ministries/pages';
import { MINISTRIES } from '../ministries/registry';
import { articleRegion, type ArticleRegion } from '../ministries/article';
import { withFirstPersonAuthor, withParticipantMentions } from '../ministries/participant-mentions';
import type { Recognition, Recognizer } from '../recognize';
import { buildRegionMap, type TextMap } from './text-map';

/**
 * The article's text map on every article page (readout, transcript, statement, announcement,
 * speech, other prose); empty on a listing, whose entries' entities are not the page's.
 */
export function articleTextMap(doc: Document, readout: Readout): TextMap {
  return articleRead(doc, readout).map;
}

/** Where the article is on a page (null on a listing, or when none is found). */
export function articleRegionOf(doc: Document, readout: Readout): ArticleRegion | null {
  const site = MINISTRIES.find((m) => m.id === readout.ministry) ?? null;
  return readout.pageKind !== 'listing' ? articleRegion(doc, site, readout.title) : null;
}

function articleRead(doc: Document, readout: Readout): { region: ArticleRegion | null; map: TextMap } {
  const region = articleRegionOf(doc, readout);
  const map = region ? buildRegionMap(region.roots, region.isChrome) : buildRegionMap([]);
  // The page itself is watched for changes even when no article was found yet.
  if (!map.documents.includes(doc)) map.documents.unshift(doc);
  return { region, map };
}

export interface ArticleAnalysis {
  readout: Readout;
  /** Where the article is: changes elsewhere on the page do not call for a new analysis. */
  region: ArticleRegion | null;
  map: TextMap;
  /** Mentions are offsets into `map.text`: what the painter paints and the popup lists. */
  recognition: Recognition;
  /** The entity key of a first-person readout's author (who is not named in its text). */
  authorKey: string | null;
}

/**
 * Extract, map the article, recognize in it, and add the participants the title grammar named
 * (and the author of a first-person readout).
 */
export function analyzeArticle(doc: Document, url: string | null, recognizer: Recognizer): ArticleAnalysis {
  let extracted = extractReadout(url, doc);
  let { region, map } = articleRead(doc, extracted);
  // An unknown layout whose Readability body is a news list is a listing, as its shape says.
  if (region?.newsList) {
    extracted = asListing(extracted);
    ({ region, map } = articleRead(doc, extracted));
  }
  const found = recognizer.recognize(map.text, { date: extracted.date, language: extracted.language });
  const { readout, recognition, authorKey } = withFirstPersonAuthor(
    extracted,
    withParticipantMentions(found, map.text, extracted.participants),
    readoutAuthor(url, doc, extracted),
    recognizer,
  );
  return { readout, region, map, recognition, authorKey };
}
