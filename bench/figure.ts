/** One benchmark figure, in the shape `npm run -s bench -- --json` prints (see DESIGN.md). */
export interface Figure {
  name: string;
  unit: string;
  /** Median of our runs. */
  value: number;
  /** The named peer measured in the same run, if the figure has one. */
  peer?: string;
  peerValue?: number;
  /** peerValue / value: above 1 means we are faster (or smaller). */
  ratio?: number;
  runs: number;
  /** The peer's runs, when a time budget cut them short of `runs`. */
  peerRuns?: number;
}

export interface BenchOptions {
  /** Keep the whole run under a minute. */
  quick: boolean;
  /** Archive sizes to measure (`--readouts=10000,50000`); each suite that has a size reads it. */
  readouts?: number[];
  /**
   * Only these figures of a suite (`--figures=save,related,search`): a suite that has named figures
   * measures only those and says in its output which it left out.
   */
  figures?: string[];
  /**
   * `--no-peer`: leave the peers out (said in the output). Only for runs a peer cannot finish in
   * time (the storage.local archive at 50,000 readouts takes minutes per search on a busy machine).
   */
  noPeer?: boolean;
}

export function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/**
 * Runs `fn` `runs` times (after one warm-up, unless `warmUp` is false) and returns the elapsed
 * milliseconds of each.
 */
export async function timeRuns(
  runs: number,
  fn: () => unknown | Promise<unknown>,
  warmUp = true,
): Promise<number[]> {
  if (warmUp) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  return samples;
}

export function figure(
  name: string,
  unit: string,
  ours: number[],
  peer?: { name: string; samples: number[] },
): Figure {
  const value = round(median(ours));
  if (!peer) return { name, unit, value, runs: ours.length };
  const peerValue = round(median(peer.samples));
  return {
    name,
    unit,
    value,
    peer: peer.name,
    peerValue,
    ratio: round(peerValue / value),
    runs: ours.length,
  };
}

const round = (n: number) => Math.round(n * 1000) / 1000;

export function formatTable(figures: Figure[]): string {
  const rows = figures.map((f) => [
    f.name,
    `${f.value} ${f.unit}`,
    f.peer ? `${f.peer}: ${f.peerValue} ${f.unit}` : '—',
    f.ratio === undefined ? '—' : `${f.ratio}×`,
    f.peerRuns === undefined ? String(f.runs) : `${f.runs}/${f.peerRuns}`,
  ]);
  const head = ['figure', 'ours (median)', 'peer (median)', 'ratio', 'runs (ours/peer)'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
