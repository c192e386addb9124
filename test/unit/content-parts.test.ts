import { describe, expect, it } from 'vitest';
import { createPartLoader, registerPart } from '../../lib/parts';

interface Parts {
  greet: (name: string) => string;
}

describe('content-script parts loaded on demand', () => {
  it('evaluates a part once and hands out what it registered', async () => {
    const scope = {};
    const evaluated: string[] = [];
    const load = createPartLoader<Parts>(
      { greet: 'part-greet.js' },
      (file) => {
        evaluated.push(file);
        registerPart<Parts, 'greet'>('greet', (name) => `hello ${name}`, scope);
        return Promise.resolve();
      },
      scope,
    );
    const [a, b] = await Promise.all([load('greet'), load('greet')]);
    expect(a('x')).toBe('hello x');
    expect(b).toBe(a);
    expect(await load('greet')).toBe(a);
    expect(evaluated).toEqual(['part-greet.js']);
  });

  it('rejects a part whose script did not register, and tries again on the next call', async () => {
    const scope = {};
    let attempts = 0;
    const load = createPartLoader<Parts>(
      { greet: 'part-greet.js' },
      () => {
        attempts += 1;
        if (attempts === 2) registerPart<Parts, 'greet'>('greet', (n) => n, scope);
        return Promise.resolve();
      },
      scope,
    );
    await expect(load('greet')).rejects.toThrow(/did not register/);
    expect((await load('greet'))('y')).toBe('y');
    expect(attempts).toBe(2);
  });
});
