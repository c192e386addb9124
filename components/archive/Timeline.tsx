import { safeHref } from '../../lib/safe-href';
import type { TimelineEntry } from '../../lib/archive';
import { layoutTimeline } from '../../lib/archive/timeline-layout';
import { formatDate, t } from '../../lib/i18n';

/**
 * The meetings as dots on a date axis (SVG), and the same data as a table for screen readers
 * and keyboard users; the chart itself is hidden from assistive technology.
 */
export function Timeline({ entries, caption }: { entries: TimelineEntry[]; caption: string }) {
  if (!entries.length) return <p class="empty">{t('timeline.none', caption)}</p>;
  const layout = layoutTimeline(entries);
  return (
    <figure class="timeline">
      <svg
        width={layout.width}
        height={layout.height}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        aria-hidden="true"
        focusable="false"
      >
        <line
          x1={layout.ticks[0]?.x}
          x2={layout.ticks.at(-1)?.x}
          y1={layout.height - 24}
          y2={layout.height - 24}
          class="axis"
        />
        {layout.ticks.map((t) => (
          <g key={t.label}>
            <line x1={t.x} x2={t.x} y1={layout.height - 24} y2={layout.height - 20} class="tick" />
            <text x={t.x} y={layout.height - 8} text-anchor="middle" class="tick-label">
              {t.label}
            </text>
          </g>
        ))}
        {layout.dots.map((d) => (
          <circle key={d.entry.id} cx={d.x} cy={d.y} r={4.5} class="dot">
            <title>{`${d.entry.date} — ${d.entry.title}`}</title>
          </circle>
        ))}
      </svg>
      <figcaption>
        {entries.length === 1
          ? t('timeline.countOne', caption)
          : t('timeline.count', entries.length, caption)}
      </figcaption>
      <details class="timeline-table">
        <summary>{t('timeline.table')}</summary>
        <table>
          <caption>{t('timeline.caption', caption)}</caption>
          <thead>
            <tr>
              <th scope="col">{t('timeline.date')}</th>
              <th scope="col">{t('timeline.readout')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.id}>
                <td>{formatDate(e.date)}</td>
                <td>
                  <a href={safeHref(e.url)} target="_blank" rel="noopener noreferrer">
                    {e.title}
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
