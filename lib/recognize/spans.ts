/**
 * Overlap queries against a fixed set of spans in O(log n) each, so that checking every pattern
 * find against every automaton match stays linear-logarithmic on a huge page instead of
 * (finds × matches).
 */

export interface Span {
  start: number;
  end: number;
}

export class SpanIndex {
  private readonly starts: Float64Array;
  /** `reach[i]`: the largest end among the spans sorted at or before `i`. */
  private readonly reach: Float64Array;

  constructor(spans: readonly Span[]) {
    const sorted = [...spans].sort((a, b) => a.start - b.start);
    this.starts = new Float64Array(sorted.length);
    this.reach = new Float64Array(sorted.length);
    let reach = -Infinity;
    sorted.forEach((s, i) => {
      this.starts[i] = s.start;
      reach = Math.max(reach, s.end);
      this.reach[i] = reach;
    });
  }

  /** Number of spans starting before `position`. */
  private countStartingBefore(position: number): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! < position) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Whether any span shares at least one position with `span`. */
  overlaps(span: Span): boolean {
    const before = this.countStartingBefore(span.end);
    return before > 0 && this.reach[before - 1]! > span.start;
  }

  /** Whether any span starts strictly after `after` and strictly before `before`. */
  startsBetween(after: number, before: number): boolean {
    return this.countStartingBefore(before) > this.countStartingBefore(after + 1);
  }
}
