/**
 * Monotone sentence alignment over anchor sets, in the manner of Vecalign's dynamic programme
 * (Thompson & Koehn 2019) with anchor overlap in place of sentence embeddings: two sentences
 * score by the weighted cosine of the anchors they share (entities, numbers, countries, topic
 * terms; words too when both texts are in one language), each anchor weighted by how rare it is
 * across both texts (the participants' names, in every sentence, say little), and a pair that
 * shares only such common anchors scores less than one sharing a rare one. The programme
 * keeps the order of both texts and picks the pairs whose total gain over a floor is largest.
 */

export interface Anchor {
  id: string;
  /** Relative weight of the anchor's kind (a shared word counts less than a shared entity). */
  weight: number;
}

/** `[i, j, score]`: sentence i of A matches sentence j of B. */
export type AlignedPair = [number, number, number];

/** Pairs scoring below this are never aligned. */
export const ALIGN_FLOOR = 0.12;

export function alignSentences(a: readonly Anchor[][], b: readonly Anchor[][]): AlignedPair[] {
  const n = a.length;
  const m = b.length;
  if (!n || !m) return [];
  const df = new Map<string, number>();
  for (const sentence of [...a, ...b])
    for (const id of new Set(sentence.map((x) => x.id))) df.set(id, (df.get(id) ?? 0) + 1);
  const total = n + m;
  const vector = (sentence: readonly Anchor[]) => {
    const v = new Map<string, number>();
    for (const { id, weight } of sentence)
      v.set(id, Math.max(v.get(id) ?? 0, weight * Math.log(1 + total / df.get(id)!)));
    return v;
  };
  const va = a.map(vector);
  const vb = b.map(vector);
  const norm = (v: Map<string, number>) => Math.sqrt([...v.values()].reduce((s, w) => s + w * w, 0));
  const na = va.map(norm);
  const nb = vb.map(norm);
  // What one anchor found in two sentences only is worth: sharing less (common anchors) counts less.
  const rare = Math.log(1 + total / 2);
  const score = (i: number, j: number): number => {
    if (!na[i] || !nb[j]) return 0;
    let dot = 0;
    let evidence = 0;
    for (const [id, w] of va[i]!) {
      const other = vb[j]!.get(id);
      if (other) {
        dot += w * other;
        evidence += Math.min(w, other);
      }
    }
    return (dot / (na[i]! * nb[j]!)) * Math.min(1, evidence / rare);
  };

  // best[i][j]: the largest gain aligning the first i sentences of A with the first j of B.
  const best = Array.from({ length: n + 1 }, () => new Float64Array(m + 1));
  const move = Array.from({ length: n + 1 }, () => new Uint8Array(m + 1)); // 1 skip A, 2 skip B, 3 pair
  const scores = Array.from({ length: n }, () => new Float64Array(m));
  for (let i = 1; i <= n; i++)
    for (let j = 1; j <= m; j++) {
      const s = (scores[i - 1]![j - 1] = score(i - 1, j - 1));
      let value = best[i - 1]![j]!;
      let how = 1;
      if (best[i]![j - 1]! > value) {
        value = best[i]![j - 1]!;
        how = 2;
      }
      if (s >= ALIGN_FLOOR && best[i - 1]![j - 1]! + s - ALIGN_FLOOR > value) {
        value = best[i - 1]![j - 1]! + s - ALIGN_FLOOR;
        how = 3;
      }
      best[i]![j] = value;
      move[i]![j] = how;
    }
  const pairs: AlignedPair[] = [];
  for (let i = n, j = m; i > 0 && j > 0;) {
    const how = move[i]![j];
    if (how === 3) {
      pairs.push([i - 1, j - 1, Math.round(scores[i - 1]![j - 1]! * 1000) / 1000]);
      i--;
      j--;
    } else if (how === 1) i--;
    else j--;
  }
  return pairs.reverse();
}
