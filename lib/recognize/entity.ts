import type { EntityKind } from '../model';
import type { KbRecognitionEntity, OfficeSpan } from '../kb/schema';

/** What the matcher knows of one entity, whether from the KB or the user's glossary. */
export interface RecognizableEntity {
  /** Mention/entity key: the KB id, or a `glossary:` id. */
  key: string;
  /** KB id, or null for glossary-only entities. */
  id: string | null;
  kind: EntityKind;
  name: string;
  nativeName?: string;
  aliases: readonly string[];
  country?: string;
  offices?: readonly OfficeSpan[];
  fromGlossary?: boolean;
  note?: string;
}

/** A KB entity; the content script's copy has no aliases (they are in the compiled patterns). */
export function fromKb(entity: KbRecognitionEntity & { aliases?: readonly string[] }): RecognizableEntity {
  return {
    key: entity.id,
    id: entity.id,
    kind: entity.kind,
    name: entity.name,
    nativeName: entity.nativeName,
    aliases: entity.aliases ?? [],
    country: entity.country,
    offices: entity.offices,
  };
}
