/**
 * The personal glossary: the user's own entities and notes. Stored beside the archive (so it
 * exports with it) and fed into recognition on the next page.
 */
import * as z from 'zod/mini';
import { EntityKind } from '../model';

export const GlossaryEntry = z.object({
  /** `glossary:` + a slug of the name; stable across edits of the note. */
  id: z.string().check(z.startsWith('glossary:')),
  kind: EntityKind,
  name: z.string().check(z.minLength(2), z.maxLength(300)),
  aliases: z.array(z.string().check(z.minLength(2), z.maxLength(300))),
  note: z.string().check(z.maxLength(20_000)),
  /** Set when the entry annotates a knowledge-base entity rather than adding a new one. */
  kbId: z.optional(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type GlossaryEntry = z.infer<typeof GlossaryEntry>;

export function glossaryIdFor(name: string): string {
  const slug = name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return `glossary:${slug || 'entry'}`;
}
