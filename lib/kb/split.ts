/**
 * The knowledge base split in two: what recognition needs (bundled into the content script) and
 * what only the card shows (kept by the background, answered per id with `kb/details`).
 */
import { RECOGNITION_KEYS, type KbDetails, type KbEntity, type KbRecognitionEntity } from './schema';

const isRecognitionKey = (key: string) => (RECOGNITION_KEYS as readonly string[]).includes(key);

export function recognitionPart(entity: KbEntity): KbRecognitionEntity {
  return Object.fromEntries(
    Object.entries(entity).filter(([k, v]) => isRecognitionKey(k) && v !== undefined),
  ) as KbRecognitionEntity;
}

export function detailsPart(entity: KbEntity): KbDetails {
  return Object.fromEntries(
    Object.entries(entity).filter(([k, v]) => !isRecognitionKey(k) && v !== undefined),
  ) as KbDetails;
}

/** The details of the given ids that the KB has; unknown ids are left out. */
export function detailsOf(
  all: Readonly<Record<string, KbDetails>>,
  ids: readonly string[],
): Record<string, KbDetails> {
  const found: Record<string, KbDetails> = {};
  for (const id of ids) if (Object.hasOwn(all, id)) found[id] = all[id]!;
  return found;
}
