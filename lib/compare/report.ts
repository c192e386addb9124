/**
 * A comparison laid out for reading: the two texts as rows (aligned sentences side by side, a
 * sentence the other side has no match for beside an empty cell), and as Markdown, the form
 * analysts paste into notes (a summary table with "not mentioned" cells, then the rows). Page
 * text is escaped so that no HTML or Markdown from a page survives into the export.
 */
import type { Comparison, Side } from './compare';
import { ministryCountry } from './meeting';
import { countryName, formatDate, languageName, t } from '../i18n';

export interface Row {
  a: number | null;
  b: number | null;
  score: number | null;
}

/** Every sentence of both texts once, in both texts' order. */
export function rowsOf(c: Pick<Comparison, 'aligned' | 'a' | 'b'>): Row[] {
  const rows: Row[] = [];
  let i = 0;
  let j = 0;
  const flush = (untilA: number, untilB: number) => {
    for (; i < untilA; i++) rows.push({ a: i, b: null, score: null });
    for (; j < untilB; j++) rows.push({ a: null, b: j, score: null });
  };
  for (const [ai, bj, score] of c.aligned) {
    flush(ai, bj);
    rows.push({ a: ai, b: bj, score });
    i = ai + 1;
    j = bj + 1;
  }
  flush(c.a.sentences.length, c.b.sentences.length);
  return rows;
}

/**
 * Page text inside a table cell or a labelled line: the characters that could start markup there
 * (emphasis, code, links, HTML tags and entities, cell breaks) are backslash-escaped; line breaks
 * become spaces. Line-start markers (#, -, 1.) cannot occur: nothing from a page starts a line.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|&~]/g, '\\$&').replace(/\s*\n\s*/g, ' ');
}

const notMentioned = () => `*${t('compare.notMentioned')}*`;

export interface SideLabels {
  a: string;
  b: string;
}

/** "US State Department (United States), English, 10 June 2024": who each side is, in the UI language. */
export function sideLabel(facts: Comparison['a'], ministryName: (id: string | null) => string): string {
  const country = ministryCountry(facts.ministry);
  const language = languageName(facts.language);
  const date = facts.date ? formatDate(facts.date) : t('compare.undated');
  return country
    ? t('compare.sideLabel', ministryName(facts.ministry), countryName(country), language, date)
    : t('compare.sideLabelNoCountry', ministryName(facts.ministry), language, date);
}

export function initiatorText(c: Comparison, labels: SideLabels): string {
  if (!c.initiator) return t('compare.nobodyAsked');
  const phrase =
    (c.initiator === 'A' ? c.b.requestPhrase : c.a.requestPhrase) ?? c.a.requestPhrase ?? c.b.requestPhrase;
  const asker = c.initiator === 'A' ? labels.a : labels.b;
  return phrase ? t('compare.askedForQuoting', asker, phrase) : t('compare.askedFor', asker);
}

export function visitText(c: Comparison, labels: SideLabels): string | null {
  if (!c.visit) return null;
  const host = c.visit.hostSide === 'A' ? labels.a : c.visit.hostSide === 'B' ? labels.b : null;
  const guest = c.visit.hostSide === 'A' ? labels.b : c.visit.hostSide === 'B' ? labels.a : null;
  return host && guest ? t('compare.visited', guest, host, c.visit.host) : t('compare.visitTo', c.visit.host);
}

export function comparisonMarkdown(c: Comparison, labels: SideLabels): string {
  const cell = (items: { name: string }[]) =>
    items.length ? items.map((x) => escapeMarkdown(x.name)).join(', ') : notMentioned();
  const outcomes = (side: 'a' | 'b') =>
    c[side].sentences
      .filter((s) => s.outcome)
      .map((s) => escapeMarkdown(s.text))
      .join(' / ') || notMentioned();
  const wording = (side: 'a' | 'b') =>
    c.characteristic[side]
      .map((w) => `${escapeMarkdown(w.surfaces.join(', '))} \\(${escapeMarkdown(w.name)}\\)`)
      .join('; ') || notMentioned();
  const row = (label: string, a: string, b: string) => `| ${label} | ${a} | ${b} |`;
  const text = (side: Side, i: number | null) =>
    i === null ? notMentioned() : escapeMarkdown((side === 'A' ? c.a : c.b).sentences[i]!.text);
  const lines = [
    `# ${escapeMarkdown(c.a.title)} / ${escapeMarkdown(c.b.title)}`,
    '',
    c.sameMeeting ? '' : `**${t('compare.mayDiffer')}**\n`,
    `A: ${escapeMarkdown(labels.a)}  `,
    `B: ${escapeMarkdown(labels.b)}`,
    '',
    `## ${t('compare.summary')}`,
    '',
    row('', 'A', 'B'),
    row('---', '---', '---'),
    row(t('compare.onlyOfficials'), cell(c.onlyA.officials), cell(c.onlyB.officials)),
    row(t('compare.onlyAgreements'), cell(c.onlyA.agreements), cell(c.onlyB.agreements)),
    row(t('compare.onlyTopics'), cell(c.onlyA.topics), cell(c.onlyB.topics)),
    row(t('compare.outcomes'), outcomes('a'), outcomes('b')),
    row(t('compare.wording'), wording('a'), wording('b')),
    '',
    `${t('compare.bothName')} ${cell([...c.shared.officials, ...c.shared.agreements, ...c.shared.topics])}`,
    '',
    `${t('compare.whoAsked')} ${escapeMarkdown(initiatorText(c, labels))}`,
    ...(visitText(c, labels) ? ['', `${t('compare.visit')} ${escapeMarkdown(visitText(c, labels)!)}`] : []),
    '',
    `## ${t('compare.sideBySide')}`,
    '',
    row('A', 'B', t('compare.match')),
    row('---', '---', '---'),
    ...rowsOf(c).map(
      (r) => `| ${text('A', r.a)} | ${text('B', r.b)} | ${r.score === null ? '' : r.score.toFixed(2)} |`,
    ),
    '',
  ];
  return lines.filter((l, i) => !(l === '' && lines[i - 1] === '')).join('\n');
}
