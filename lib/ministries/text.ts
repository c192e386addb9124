/** Small text helpers shared by the generic extractor and the site files. */

/** Collapses whitespace, including the ideographic spaces that indent Chinese paragraphs. */
export function clean(s: string | null | undefined): string {
  return (s ?? '').replace(/[\s\u00a0\u3000]+/g, ' ').trim();
}

/**
 * The lines of a block: a `<br>` ends a line ("Media Relations Office<br>Global Affairs Canada"),
 * where `textContent` would run the words together. One line when the block has no `<br>`.
 */
export function textLines(el: Element): string[] {
  if (!el.querySelector('br')) {
    const line = clean(el.textContent);
    return line ? [line] : [];
  }
  const lines: string[] = [];
  let current = '';
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) current += child.nodeValue ?? '';
      else if (child.nodeType === 1) {
        if ((child as Element).tagName === 'BR') {
          lines.push(clean(current));
          current = '';
        } else walk(child);
      }
    }
  };
  walk(el);
  lines.push(clean(current));
  return lines.filter(Boolean);
}

/** A literal string as a RegExp source. */
export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const LATIN_STOPWORDS: [string, RegExp][] = [
  ['de', /\b(?:der|die|das|und|mit|den|des|ist|nicht|sich)\b/gi],
  ['fr', /\b(?:le|la|les|et|des|du|une|avec|pour|est)\b/gi],
  ['en', /\b(?:the|and|of|with|to|in|is|on|for|that)\b/gi],
];

/**
 * The text's primary language: by script for CJK and Cyrillic, by common words among the Latin
 * languages the registry's sites publish in.
 */
export function detectLanguage(text: string, declared?: string | null): string {
  const sample = text.slice(0, 3000);
  if (/[\uac00-\ud7af]/.test(sample)) return 'ko';
  if (/[\u3040-\u30ff]/.test(sample)) return 'ja';
  if (/[\u4e00-\u9fff]/.test(sample)) return 'zh';
  if (/[\u0400-\u04ff]{3}/.test(sample)) return 'ru';
  let best = 'en';
  let bestCount = 0;
  for (const [language, words] of LATIN_STOPWORDS) {
    const count = sample.match(words)?.length ?? 0;
    if (count > bestCount) [best, bestCount] = [language, count];
  }
  // Too few common words to tell (a listing, a short headline): the page's own lang attribute.
  const declaredPrimary = declared?.toLowerCase().split('-')[0];
  if (bestCount < 3 && declaredPrimary && /^[a-z]{2}$/.test(declaredPrimary)) return declaredPrimary;
  return best;
}
