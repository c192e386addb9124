/**
 * Our own held-out readouts (test/fixtures/readouts), scored like the corpus: keeps detection,
 * dates and recognition from sliding on text the rules were not written from.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateDir } from '../../scripts/eval-core';

describe('held-out readouts', () => {
  it('are detected, dated and recognised to the issue targets', async () => {
    const { summary, documents } = await evaluateDir(resolve(import.meta.dirname, '../fixtures/readouts'));
    const all = summary.find((s) => s.group === 'all')!;
    expect(documents.filter((d) => !d.detected).map((d) => d.file)).toEqual([]);
    expect(documents.filter((d) => d.dateScored && !d.datedRight).map((d) => `${d.file}: ${d.date}`)).toEqual(
      [],
    );
    for (const group of summary.filter((s) => s.group === 'en' || s.group === 'zh' || s.group === 'all')) {
      expect(group.officials.f1, `${group.group} officials`).toBeGreaterThanOrEqual(0.95);
      expect(group.agreements.f1, `${group.group} agreements`).toBeGreaterThanOrEqual(0.9);
    }
    expect(all.documents).toBeGreaterThanOrEqual(6);
  }, 60_000);
});
