/**
 * The card-only part of every shipped entity, by id. The build writes it to the packaged file
 * KB_DETAILS_FILE (wxt.config.ts), which the background reads at the first card; Node uses it
 * directly.
 */
import { KB_FILES } from './data';
import type { KbDetails } from './schema';
import type { KbDetailsFile } from './details-router';
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

/** The contents of the packaged details file. */
export const KB_DETAILS_FILE_CONTENTS: KbDetailsFile = { details: KB_DETAILS, partyNames: KB_PARTY_NAMES };
