/**
 * Glossary entries as recognition input: entries of their own become entities keyed by their
 * glossary id; entries annotating a KB entity (`kbId`) lend it their aliases and note.
 */
import type { GlossaryEntry } from './schema';
import type { RecognizableEntity } from '../recognize/entity';

export interface GlossaryForRecognition {
  entities: RecognizableEntity[];
  /** Per KB id: aliases to add and the user's note. */
  annotations: Map<string, { aliases: string[]; note: string }>;
}

export function glossaryToEntities(entries: readonly GlossaryEntry[]): GlossaryForRecognition {
  const entities: RecognizableEntity[] = [];
  const annotations = new Map<string, { aliases: string[]; note: string }>();
  for (const entry of entries) {
    if (entry.kbId) {
      const known = annotations.get(entry.kbId);
      const aliases = [entry.name, ...entry.aliases];
      if (known) {
        known.aliases.push(...aliases);
        known.note = [known.note, entry.note].filter(Boolean).join('\n\n');
      } else annotations.set(entry.kbId, { aliases, note: entry.note });
      continue;
    }
    entities.push({
      key: entry.id,
      id: null,
      kind: entry.kind,
      name: entry.name,
      aliases: entry.aliases,
      fromGlossary: true,
      note: entry.note || undefined,
    });
  }
  return { entities, annotations };
}
