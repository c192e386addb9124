/**
 * Recognition: find officials and agreements in a text and resolve them to KB entities.
 *
 * Contract: `recognize(text, options)` returns every located mention (offsets into `text`,
 * used by the highlighter) and one `FoundEntity` per distinct entity (used by cards, the
 * popup, the archive and `analyze`).
 */
import type { FoundEntity, Mention } from '../model';
import { Kb, roleAt, officesNow, type KbEntity } from '../kb';

export interface RecognizeOptions {
  /** The readout's date (ISO day): officials get the office held then. */
  date: string | null;
  language?: string;
}

export interface Recognition {
  mentions: Mention[];
  entities: FoundEntity[];
}

export interface Recognizer {
  recognize(text: string, options: RecognizeOptions): Recognition;
}

// Placeholder matcher (per-alias scan) until the one-pass automaton lands.
export function createRecognizer(kb: Kb, glossary: readonly KbEntity[] = []): Recognizer {
  const all = [...kb.entities, ...glossary];
  return {
    recognize(text, options) {
      const lower = text.toLowerCase();
      const mentions: Mention[] = [];
      for (const entity of all) {
        for (const surface of [entity.name, ...(entity.nativeName ? [entity.nativeName] : []), ...entity.aliases]) {
          const needle = surface.toLowerCase();
          if (needle.length < 2) continue;
          for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + needle.length)) {
            mentions.push({ start: at, end: at + needle.length, key: entity.id, surface: text.slice(at, at + needle.length) });
          }
        }
      }
      mentions.sort((a, b) => a.start - b.start || b.end - a.end);
      const kept: Mention[] = [];
      for (const m of mentions) if (!kept.length || m.start >= kept[kept.length - 1]!.end) kept.push(m);
      const byKey = new Map<string, FoundEntity>();
      for (const m of kept) {
        const entity = all.find((e) => e.id === m.key)!;
        let found = byKey.get(m.key);
        if (!found) {
          const role = entity.kind === 'official' && options.date ? roleAt(entity, options.date) : undefined;
          const now = officesNow(entity).map((s) => s.office).join('; ') || undefined;
          found = { key: m.key, kind: entity.kind, name: entity.name, id: entity.id, surfaces: [], mentions: 0, role, roleNow: now, country: entity.country };
          byKey.set(m.key, found);
        }
        found.mentions++;
        if (!found.surfaces.includes(m.surface)) found.surfaces.push(m.surface);
      }
      return { mentions: kept, entities: [...byKey.values()] };
    },
  };
}
