/**
 * The card-only part of every shipped entity, by id. In extension builds the `inlineDataModules`
 * Vite plugin (wxt.config.ts) replaces this module by its exported value, so the background
 * carries only these fields (recognition runs in the content script).
 */
import { KB_FILES } from './data';
import type { KbDetails } from './schema';
import { detailsPart } from './split';

export const KB_DETAILS: Readonly<Record<string, KbDetails>> = Object.fromEntries(
  Object.values(KB_FILES)
    .flat()
    .map((e) => [e.id, detailsPart(e)]),
);
