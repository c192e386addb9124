/**
 * The messages the content script answers (from the popup and the background), checked by hand:
 * the content script carries no zod. `ToContent` in ./messages is the same union as a schema;
 * test/unit/content-messages.test.ts holds the two to the same verdicts.
 */
export type ToContentMessage =
  | { type: 'content/get-analysis' }
  | { type: 'content/set-highlights'; on: boolean }
  | { type: 'content/next-term' }
  | { type: 'content/save' };

const BARE = new Set(['content/get-analysis', 'content/next-term', 'content/save']);

/** The message, or null when it is not one of ours (another listener may answer it). */
export function parseToContent(raw: unknown): ToContentMessage | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const { type } = raw as { type?: unknown };
  if (typeof type !== 'string') return null;
  if (BARE.has(type)) return { type } as ToContentMessage;
  if (type === 'content/set-highlights') {
    const { on } = raw as { on?: unknown };
    return typeof on === 'boolean' ? { type, on } : null;
  }
  return null;
}
