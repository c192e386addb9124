import { describe, expect, it } from 'vitest';
import { askThrough } from '../../lib/ask';
import { ok } from '../../lib/model';

describe('askThrough', () => {
  it('passes the message on and returns the reply as it came', async () => {
    const sent: unknown[] = [];
    const ask = askThrough((message) => {
      sent.push(message);
      return Promise.resolve(ok(42));
    });
    expect(await ask<number>({ type: 'archive/count' })).toEqual(ok(42));
    expect(sent).toEqual([{ type: 'archive/count' }]);
  });

  it('turns a missing reply and a failed send into a no-answer failure', async () => {
    expect(await askThrough(() => Promise.resolve(undefined))({ type: 'x' })).toEqual({
      ok: false,
      error: 'no answer from the background',
      code: 'no-answer',
    });
    expect(
      await askThrough(() => Promise.reject(new Error('Receiving end does not exist.')))({ type: 'x' }),
    ).toEqual({ ok: false, error: 'Receiving end does not exist.', code: 'no-answer' });
  });
});
