import { describe, expect, it, vi } from 'vitest';
import { onDemand } from '../../lib/on-demand';

/** A load the test resolves or rejects by hand. */
function manualLoad<T>() {
  const calls: { resolve: (v: T) => void; reject: (e: unknown) => void }[] = [];
  const load = () => new Promise<T>((resolve, reject) => calls.push({ resolve, reject }));
  return { load, calls };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('a content-script part loaded on first use', () => {
  it('runs the first request once the part has loaded, and later ones at once', async () => {
    const { load, calls } = manualLoad<string>();
    const part = onDemand(load, () => {});
    const used: string[] = [];
    part.request((p) => used.push(`first ${p}`));
    expect(used).toEqual([]);
    expect(part.current()).toBeNull();
    calls[0]!.resolve('card');
    await flush();
    expect(used).toEqual(['first card']);
    part.request((p) => used.push(`second ${p}`));
    expect(used).toEqual(['first card', 'second card']);
    expect(calls).toHaveLength(1);
  });

  it('loads once however many requests come while loading, and runs only the latest', async () => {
    const { load, calls } = manualLoad<string>();
    const part = onDemand(load, () => {});
    const used: string[] = [];
    part.request(() => used.push('term A'));
    part.request(() => used.push('term B'));
    calls[0]!.resolve('card');
    await flush();
    expect(calls).toHaveLength(1);
    expect(used).toEqual(['term B']);
  });

  it('runs nothing after a cancel (a click elsewhere while the part loads)', async () => {
    const { load, calls } = manualLoad<string>();
    const part = onDemand(load, () => {});
    const use = vi.fn();
    part.request(use);
    part.cancel();
    calls[0]!.resolve('card');
    await flush();
    expect(use).not.toHaveBeenCalled();
    expect(part.current()).toBe('card');
  });

  it('reports a failed load, runs nothing, and tries again on the next request', async () => {
    const { load, calls } = manualLoad<string>();
    const errors: unknown[] = [];
    const part = onDemand(load, (e) => errors.push(e));
    const use = vi.fn();
    part.request(use);
    calls[0]!.reject(new Error('blocked'));
    await flush();
    expect(errors).toHaveLength(1);
    expect(use).not.toHaveBeenCalled();
    expect(part.current()).toBeNull();
    part.request(use);
    expect(calls).toHaveLength(2);
    calls[1]!.resolve('card');
    await flush();
    expect(use).toHaveBeenCalledWith('card');
  });

  it('prefetches without running anything, and a request during or after it loads only once', async () => {
    const { load, calls } = manualLoad<string>();
    const part = onDemand(load, () => {});
    part.prefetch();
    part.prefetch();
    expect(calls).toHaveLength(1);
    const use = vi.fn();
    part.request(use);
    expect(calls).toHaveLength(1);
    calls[0]!.resolve('card');
    await flush();
    expect(use).toHaveBeenCalledOnce();
    part.prefetch();
    expect(calls).toHaveLength(1);
  });
});
