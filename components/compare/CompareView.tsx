import type { ComponentChild } from 'preact';
import type { Comparison, ComparedSentence, Side } from '../../lib/compare/compare';
import { initiatorText, rowsOf, visitText, type SideLabels } from '../../lib/compare/report';
import { topicName } from '../../lib/compare/term-lists';
import { t } from '../../lib/i18n';
import type { FoundEntity } from '../../lib/model';
import { safeHref } from '../../lib/safe-href';

export interface CompareViewProps {
  comparison: Comparison;
  labels: SideLabels;
  urls: { a: string | null; b: string | null };
  entities: { a: FoundEntity[]; b: FoundEntity[] };
  /** A highlighted entity was activated (click, Enter or Space on it). */
  onEntity: (side: Side, entity: FoundEntity, anchor: HTMLElement) => void;
  onExport: () => void;
}

const notMentioned = () => <span class="not-mentioned">{t('compare.notMentioned')}</span>;

function names(items: { key: string; name: string }[], side?: 'a' | 'b') {
  if (!items.length) return notMentioned();
  return (
    <ul class="names">
      {items.map((x) => (
        <li key={x.key} data-key={x.key} class={side ? `only-${side}` : undefined}>
          {x.name}
        </li>
      ))}
    </ul>
  );
}

/** A sentence with its entities as buttons that open their cards; every string rendered as text. */
function SentenceText({
  sentence,
  side,
  entities,
  unique,
  onEntity,
}: {
  sentence: ComparedSentence;
  side: Side;
  entities: Map<string, FoundEntity>;
  unique: Set<string>;
  onEntity: CompareViewProps['onEntity'];
}) {
  const parts: ComponentChild[] = [];
  let at = 0;
  // Entities first; a topic word inside an entity's name stays part of the name.
  const spans = [
    ...sentence.entities.filter((m) => entities.has(m.key)).map((m) => ({ ...m, entity: true })),
    ...sentence.topics
      .filter((t) => !sentence.entities.some((m) => m.start < t.end && t.start < m.end))
      .map((t) => ({ ...t, entity: false })),
  ].sort((x, y) => x.start - y.start);
  for (const m of spans) {
    if (m.start > at) parts.push(sentence.text.slice(at, m.start));
    const surface = sentence.text.slice(m.start, m.end);
    at = m.end;
    if (!m.entity) {
      parts.push(
        <mark class="topic" data-topic={m.key} title={topicName(m.key)}>
          {surface}
        </mark>,
      );
      continue;
    }
    const entity = entities.get(m.key)!;
    const only = unique.has(m.key);
    parts.push(
      <button
        type="button"
        class={`entity kind-${entity.kind}${only ? ' unique' : ''}`}
        data-entity-key={m.key}
        title={only ? t('compare.onlyThisSideNames', entity.name) : entity.name}
        onClick={(e) => onEntity(side, entity, e.currentTarget)}
      >
        {surface}
        {only ? <span class="sr-only"> {t('compare.onlyThisSide')}</span> : null}
      </button>,
    );
  }
  parts.push(sentence.text.slice(at));
  return <>{parts}</>;
}

export function CompareView({ comparison: c, labels, urls, entities, onEntity, onExport }: CompareViewProps) {
  const byKey = {
    a: new Map(entities.a.map((e) => [e.key, e])),
    b: new Map(entities.b.map((e) => [e.key, e])),
  };
  const unique = {
    a: new Set([...c.onlyA.officials, ...c.onlyA.agreements].map((x) => x.key)),
    b: new Set([...c.onlyB.officials, ...c.onlyB.agreements].map((x) => x.key)),
  };
  const outcomes = (side: 'a' | 'b') => {
    const list = c[side].sentences.filter((s) => s.outcome);
    return list.length ? (
      <ul class="outcomes">
        {list.map((s, i) => (
          <li key={i}>{s.text}</li>
        ))}
      </ul>
    ) : (
      notMentioned()
    );
  };
  const wording = (side: 'a' | 'b') =>
    c.characteristic[side].length ? (
      <ul class="wording">
        {c.characteristic[side].map((w) => (
          <li key={w.concept} data-concept={w.concept}>
            <q>{w.surfaces.join(', ')}</q> — {w.name}
            {w.gloss ? <span class="gloss"> ({w.gloss})</span> : null}
          </li>
        ))}
      </ul>
    ) : (
      notMentioned()
    );
  const visit = visitText(c, labels);
  const shared = [...c.shared.officials, ...c.shared.agreements, ...c.shared.topics];
  const cell = (side: 'a' | 'b', i: number | null) => {
    if (i === null) return <td class={`side-${side} unmatched`}>{notMentioned()}</td>;
    const sentence = c[side].sentences[i]!;
    return (
      <td class={`side-${side}${sentence.outcome ? ' outcome' : ''}`} data-sentence={i}>
        <SentenceText
          sentence={sentence}
          side={side === 'a' ? 'A' : 'B'}
          entities={byKey[side]}
          unique={unique[side]}
          onEntity={onEntity}
        />
      </td>
    );
  };

  return (
    <main>
      <header class="page-head">
        <h1>{t('compare.heading')}</h1>
        <button type="button" class="export" onClick={onExport}>
          {t('compare.export')}
        </button>
      </header>
      {c.sameMeeting ? null : (
        <p class="warning" role="note">
          {t('compare.notSameMeeting')}
        </p>
      )}
      <section aria-labelledby="summary-heading" class="summary">
        <h2 id="summary-heading">{t('compare.summary')}</h2>
        <table>
          <thead>
            <tr>
              <th scope="col" />
              {(['a', 'b'] as const).map((side) => (
                <th scope="col" key={side} class={`side-${side}`}>
                  <span class="side-letter">{side.toUpperCase()}</span> {labels[side]}
                  <br />
                  {safeHref(urls[side] ?? '') ? (
                    <a href={safeHref(urls[side]!)} target="_blank" rel="noopener noreferrer">
                      {c[side].title}
                    </a>
                  ) : (
                    c[side].title
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr class="officials">
              <th scope="row">{t('compare.onlyOfficials')}</th>
              <td class="side-a">{names(c.onlyA.officials, 'a')}</td>
              <td class="side-b">{names(c.onlyB.officials, 'b')}</td>
            </tr>
            <tr class="agreements">
              <th scope="row">{t('compare.onlyAgreements')}</th>
              <td class="side-a">{names(c.onlyA.agreements, 'a')}</td>
              <td class="side-b">{names(c.onlyB.agreements, 'b')}</td>
            </tr>
            <tr class="topics">
              <th scope="row">{t('compare.onlyTopics')}</th>
              <td class="side-a">{names(c.onlyA.topics, 'a')}</td>
              <td class="side-b">{names(c.onlyB.topics, 'b')}</td>
            </tr>
            <tr class="outcomes-row">
              <th scope="row">{t('compare.outcomes')}</th>
              <td class="side-a">{outcomes('a')}</td>
              <td class="side-b">{outcomes('b')}</td>
            </tr>
            <tr class="wording-row">
              <th scope="row">{t('compare.wording')}</th>
              <td class="side-a">{wording('a')}</td>
              <td class="side-b">{wording('b')}</td>
            </tr>
          </tbody>
        </table>
        <p class="initiator">
          <strong>{t('compare.whoAsked')}</strong> {initiatorText(c, labels)}
        </p>
        {visit ? (
          <p class="visit">
            <strong>{t('compare.visit')}</strong> {visit}
          </p>
        ) : null}
        <p class="shared">
          <strong>{t('compare.bothName')}</strong>{' '}
          {shared.length ? shared.map((x) => x.name).join(', ') : t('compare.nothingShared')}
        </p>
      </section>
      <section aria-labelledby="texts-heading" class="texts">
        <h2 id="texts-heading">{t('compare.sideBySide')}</h2>
        <p class="legend">{t('compare.legend')}</p>
        <table>
          <thead>
            <tr>
              <th scope="col" class="side-a">
                A
              </th>
              <th scope="col" class="side-b">
                B
              </th>
            </tr>
          </thead>
          <tbody>
            {rowsOf(c).map((r) => (
              <tr key={`${r.a}-${r.b}`} class={r.score === null ? 'single' : 'aligned'}>
                {cell('a', r.a)}
                {cell('b', r.b)}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </main>
  );
}
