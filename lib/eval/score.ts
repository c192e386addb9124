/**
 * Scoring against gold annotations, with the matching rules of the corpus's GOLD-GUIDELINES:
 * fold case, quotes, dashes and spaces, drop a leading "the" and a trailing "'s"; a system
 * entity matches a gold one when a name or surface equals the gold name or an alias, or when
 * one contains the other and the shorter is at least 60% of the longer.
 */
import * as z from 'zod/mini';

export const GoldEntity = z.object({
  name: z.string(),
  aliases: z.optional(z.array(z.string())),
  optional: z.optional(z.boolean()),
  role: z.optional(z.string()),
  country: z.optional(z.string()),
  kind: z.optional(z.string()),
});
export type GoldEntity = z.infer<typeof GoldEntity>;

export const GoldFile = z.object({
  file: z.string(),
  isReadout: z.boolean(),
  /** The page's kind (readout, transcript, statement, announcement, speech, listing, other), where the gold says. */
  kind: z.optional(z.string()),
  /** False for a page annotated for its kind only (its entities are not listed). */
  scoreEntities: z.optional(z.boolean()),
  date: z.nullable(z.string()),
  language: z.string(),
  officials: z.array(GoldEntity),
  agreements: z.array(GoldEntity),
  other: z.optional(z.array(GoldEntity)),
});
export type GoldFile = z.infer<typeof GoldFile>;

export function foldForScoring(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b\u2032`´]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033"«»「」『』]/g, '')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '')
    .replace(/'s$/, '')
    .trim();
}

export function formsMatch(a: string, b: string): boolean {
  const x = foldForScoring(a);
  const y = foldForScoring(b);
  if (!x || !y) return false;
  if (x === y) return true;
  const [shorter, longer] = x.length <= y.length ? [x, y] : [y, x];
  return longer.includes(shorter) && shorter.length >= 0.6 * longer.length;
}

export interface SystemEntity {
  name: string;
  surfaces: string[];
}

const goldForms = (g: GoldEntity) => [g.name, ...(g.aliases ?? [])];
const systemForms = (s: SystemEntity) => [s.name, ...s.surfaces];
const matches = (s: SystemEntity, g: GoldEntity) =>
  systemForms(s).some((a) => goldForms(g).some((b) => formsMatch(a, b)));

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  /** Names, for the report. */
  falsePositives: string[];
  falseNegatives: string[];
}

export const emptyCounts = (): Counts => ({ tp: 0, fp: 0, fn: 0, falsePositives: [], falseNegatives: [] });

/**
 * Per-document, per-entity scoring. Optional gold items neither reward nor punish. A system
 * entity that matches a gold `other` item (an organization or event) is not counted as wrong.
 */
export function scoreEntities(
  system: SystemEntity[],
  gold: GoldEntity[],
  neutral: GoldEntity[] = [],
): Counts {
  const counts = emptyCounts();
  const matchedGold = new Set<GoldEntity>();
  for (const s of system) {
    const hit = gold.filter((g) => matches(s, g));
    if (hit.length === 0) {
      if (!neutral.some((g) => matches(s, g))) {
        counts.fp++;
        counts.falsePositives.push(s.name);
      }
      continue;
    }
    const required = hit.filter((g) => !g.optional && !matchedGold.has(g));
    hit.forEach((g) => matchedGold.add(g));
    if (required.length) counts.tp++;
    // A duplicate find of an already-found entity, or of an optional one, is neither right nor wrong.
  }
  for (const g of gold) {
    if (!g.optional && !matchedGold.has(g)) {
      counts.fn++;
      counts.falseNegatives.push(g.name);
    }
  }
  return counts;
}

export function addCounts(a: Counts, b: Counts): Counts {
  return {
    tp: a.tp + b.tp,
    fp: a.fp + b.fp,
    fn: a.fn + b.fn,
    falsePositives: [...a.falsePositives, ...b.falsePositives],
    falseNegatives: [...a.falseNegatives, ...b.falseNegatives],
  };
}

export function prf(c: Counts): { precision: number; recall: number; f1: number } {
  const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1;
  const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}
