/**
 * Every message between the content script, the popup, the archive page and the background,
 * as zod discriminated unions named by direction. Replies are `Result<T>`.
 */
import * as z from 'zod/mini';
import { RelatedQuery, SaveInput } from './archive/schema';

/** Content script, popup or archive page → background (the archive's only owner). */
export const ToBackground = z.discriminatedUnion('type', [
  z.object({ type: z.literal('archive/save'), input: SaveInput }),
  z.object({ type: z.literal('archive/get'), id: z.string() }),
  z.object({ type: z.literal('archive/list') }),
  z.object({ type: z.literal('archive/remove'), id: z.string() }),
  z.object({ type: z.literal('archive/related'), query: RelatedQuery }),
]);
export type ToBackground = z.infer<typeof ToBackground>;

/** Popup or background → the content script of one tab. */
export const ToContent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('content/get-analysis') }),
  z.object({ type: z.literal('content/set-highlights'), on: z.boolean() }),
  z.object({ type: z.literal('content/next-term') }),
  z.object({ type: z.literal('content/save') }),
]);
export type ToContent = z.infer<typeof ToContent>;

/** Parse an untrusted message; the error names what was wrong. */
export function parseMessage<T>(schema: z.ZodMiniType<T>, raw: unknown): { ok: true; value: T } | { ok: false; error: string } {
  const parsed = z.safeParse(schema, raw);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, error: `malformed message: ${issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'invalid'}` };
}
