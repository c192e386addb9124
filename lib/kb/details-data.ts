/**
 * The card-only part of every shipped entity, by id. In extension builds the `inlineDataModules`
 * Vite plugin (wxt.config.ts) replaces this module by its exported values, so the background
 * carries only these fields (recognition runs in the content script).
 */
import { KB_FILES } from './data';
import type { KbDetails } from './schema';
import { detailsPart } from './split';

const entities = Object.values(KB_FILES).flat();

export const KB_DETAILS: Readonly<Record<string, KbDetails>> = Object.fromEntries(
  entities.map((e) => [e.id, detailsPart(e)]),
);

/** The names of the KB entities that are an agreement's party ("wto"), for the card. */
export const KB_PARTY_NAMES: Readonly<Record<string, string>> = (() => {
  const parties = new Set(entities.flatMap((e) => e.parties ?? []));
  return Object.fromEntries(entities.filter((e) => parties.has(e.id)).map((e) => [e.id, e.name]));
})();
