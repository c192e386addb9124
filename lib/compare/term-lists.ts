/**
 * The compare feature's data-defined term lists: topics (data/topics.json) and characteristic
 * wording (data/wording.json). Both are lists of concepts with their words in each supported
 * language; `terms.ts` finds them like recognition finds KB names.
 */
import * as z from 'zod/mini';
import topicsJson from '../../data/topics.json';
import wordingJson from '../../data/wording.json';
import { createTermMatcher, type TermMatcher } from './terms';
import { getLocale, UI_LOCALES, type UiLocale } from '../i18n';

export const SUPPORTED_LANGUAGES = ['en', 'zh', 'ko', 'ja', 'ru'] as const;

const Terms = z.array(z.string().check(z.minLength(1), z.maxLength(80))).check(z.minLength(1));

/** A text in each UI language, all five required (Traditional Chinese its own, not Simplified's). */
const PerUiLocale = z.object(
  Object.fromEntries(
    UI_LOCALES.map((l) => [l, z.string().check(z.minLength(1), z.maxLength(120))]),
  ) as Record<UiLocale, z.ZodMiniString>,
);

const Concept = z.object({
  id: z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)),
  /** The name shown to a reader, in each UI language. */
  names: PerUiLocale,
  /** What the words signal to a reader of readouts, in each UI language (wording only). */
  glosses: z.optional(PerUiLocale),
  terms: z.object({ en: Terms, zh: Terms, ko: Terms, ja: Terms, ru: Terms }),
});
export type Concept = z.infer<typeof Concept>;

export const ConceptList = z.object({
  $comment: z.optional(z.string()),
  topics: z.optional(z.array(Concept)),
  wording: z.optional(z.array(Concept)),
});

/** Problems with a list beyond its shape: repeated ids, a word claimed by two concepts. */
export function conceptListProblems(concepts: readonly Concept[]): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  const owner = new Map<string, string>();
  for (const c of concepts) {
    if (ids.has(c.id)) problems.push(`${c.id}: id used twice`);
    ids.add(c.id);
    for (const language of SUPPORTED_LANGUAGES)
      for (const term of c.terms[language]) {
        const key = term.toLowerCase();
        const other = owner.get(key);
        if (other && other !== c.id) problems.push(`${c.id}: "${term}" is also a term of ${other}`);
        owner.set(key, c.id);
        if (/^\*|\*\S*\*\S*\*/.test(term)) problems.push(`${c.id}: "${term}" has a misplaced *`);
      }
  }
  return problems;
}

export const TOPICS: readonly Concept[] = (topicsJson as { topics: Concept[] }).topics;
export const WORDING: readonly Concept[] = (wordingJson as { wording: Concept[] }).wording;

const toSources = (concepts: readonly Concept[]) =>
  concepts.map((c) => ({ key: c.id, terms: SUPPORTED_LANGUAGES.flatMap((l) => c.terms[l]) }));

let topicMatcher: TermMatcher | undefined;
let wordingMatcher: TermMatcher | undefined;

/** Every language's words are looked for in every text: a Japanese text may write 台湾 as Chinese does. */
export const topicsMatcher = (): TermMatcher => (topicMatcher ??= createTermMatcher(toSources(TOPICS)));
export const wordingsMatcher = (): TermMatcher => (wordingMatcher ??= createTermMatcher(toSources(WORDING)));

/** A topic's name in the UI language; an unknown id as it is. */
export const topicName = (id: string): string => TOPICS.find((t) => t.id === id)?.names[getLocale()] ?? id;
export const wordingConcept = (id: string): Concept | undefined => WORDING.find((w) => w.id === id);
/** A wording concept's name and what it signals, in the UI language. */
export const wordingText = (c: Concept): { name: string; gloss: string } => ({
  name: c.names[getLocale()],
  gloss: c.glosses?.[getLocale()] ?? '',
});
