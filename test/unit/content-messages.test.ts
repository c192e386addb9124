import { describe, expect, it } from 'vitest';
import { parseToContent } from '../../lib/content-messages';
import { ToContent, parseMessage } from '../../lib/messages';

// The content script checks its messages by hand (no zod in its bundle): the same verdicts as the schema.
const samples: unknown[] = [
  { type: 'content/get-analysis' },
  { type: 'content/next-term' },
  { type: 'content/save' },
  { type: 'content/set-highlights', on: true },
  { type: 'content/set-highlights', on: false },
  { type: 'content/set-highlights' },
  { type: 'content/set-highlights', on: 'yes' },
  { type: 'content/unknown' },
  { type: 42 },
  { kind: 'content/save' },
  'content/save',
  null,
  undefined,
  [],
  ['content/save'],
];

describe('parseToContent', () => {
  it.each(samples.map((s) => [JSON.stringify(s) ?? 'undefined', s]))(
    '%s: same verdict as ToContent',
    (_, raw) => {
      const schema = parseMessage(ToContent, raw);
      const hand = parseToContent(raw);
      expect(hand !== null).toBe(schema.ok);
      if (schema.ok) expect(hand).toEqual(schema.value);
    },
  );

  it('keeps only the fields the content script reads', () => {
    expect(parseToContent({ type: 'content/set-highlights', on: true, extra: 1 })).toEqual({
      type: 'content/set-highlights',
      on: true,
    });
    expect(parseToContent({ type: 'content/next-term', on: true })).toEqual({ type: 'content/next-term' });
  });
});
