import { KIND_STYLES } from '../lib/highlight/paint';
import { t, type MessageKey } from '../lib/i18n';

const LEGEND: { kind: string; sample: MessageKey; meaning: MessageKey }[] = [
  { kind: 'official', sample: 'legend.official', meaning: 'legend.officialMeaning' },
  { kind: 'agreement', sample: 'legend.agreement', meaning: 'legend.agreementMeaning' },
  { kind: 'organization', sample: 'legend.organization', meaning: 'legend.organizationMeaning' },
  { kind: 'event', sample: 'legend.event', meaning: 'legend.eventMeaning' },
];

/** The four highlight styles, each drawn with the page's own style definition and explained. */
export function HighlightLegend() {
  return (
    <section class="legend" aria-label={t('legend.title')}>
      <h2>{t('legend.title')}</h2>
      <ul>
        {LEGEND.map(({ kind, sample, meaning }) => {
          const s = KIND_STYLES[kind]!;
          return (
            <li key={kind} class={`legend-${kind}`}>
              <span
                class="sample"
                style={{ backgroundColor: s.background, textDecoration: s.decoration, color: s.color }}
              >
                {t(sample)}
              </span>{' '}
              <span class="meaning">{t(meaning)}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
