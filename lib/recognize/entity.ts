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

/** A KB entity as the matcher sees it; its offices are read from the KB entity when needed. */
class KbRecognizable implements RecognizableEntity {
  readonly key: string;
  readonly id: string;
  readonly kind: EntityKind;
  readonly name: string;
  readonly nativeName?: string;
  readonly aliases: readonly string[];
  readonly country?: string;

  constructor(private readonly entity: KbRecognitionEntity & { aliases?: readonly string[] }) {
    this.key = entity.id;
    this.id = entity.id;
    this.kind = entity.kind;
    this.name = entity.name;
    this.nativeName = entity.nativeName;
    this.aliases = entity.aliases ?? [];
    this.country = entity.country;
  }

  // The content script's KB decodes an entity's offices on first use (lib/kb/recognition-binary.ts).
  get offices(): readonly OfficeSpan[] | undefined {
    return this.entity.offices;
  }
}

/** A KB entity; the content script's copy has no aliases (they are in the compiled patterns). */
export function fromKb(entity: KbRecognitionEntity & { aliases?: readonly string[] }): RecognizableEntity {
  return new KbRecognizable(entity);
}
