/**
 * Geometry of the timeline chart: one dot per meeting on a date axis, dots of the same month
 * stacked, and year ticks. Pure, so the chart component only draws.
 */
import type { TimelineEntry } from './archive-index';

export interface TimelineDot {
  entry: TimelineEntry;
  x: number;
  y: number;
}

export interface TimelineLayout {
  width: number;
  height: number;
  dots: TimelineDot[];
  ticks: { x: number; label: string }[];
}

const DAY = 86_400_000;

export function layoutTimeline(
  entries: TimelineEntry[],
  width = 640,
  rowHeight = 12,
  margin = 24,
): TimelineLayout {
  if (!entries.length) return { width, height: 2 * margin, dots: [], ticks: [] };
  const times = entries.map((e) => Date.parse(e.date));
  const first = new Date(Math.min(...times));
  const last = new Date(Math.max(...times));
  // Whole years on the axis, so a single meeting still sits inside its year.
  const start = Date.UTC(first.getUTCFullYear(), 0, 1);
  const end = Date.UTC(last.getUTCFullYear() + 1, 0, 1);
  const x = (t: number) => margin + ((t - start) / Math.max(DAY, end - start)) * (width - 2 * margin);
  const perMonth = new Map<string, number>();
  const dots = entries.map((entry, i) => {
    const month = entry.date.slice(0, 7);
    const stack = perMonth.get(month) ?? 0;
    perMonth.set(month, stack + 1);
    return { entry, x: x(times[i]!), y: stack };
  });
  const tallest = Math.max(...perMonth.values());
  const height = margin * 2 + tallest * rowHeight;
  const baseline = height - margin;
  const ticks: { x: number; label: string }[] = [];
  const years = last.getUTCFullYear() - first.getUTCFullYear() + 1;
  const step = Math.max(1, Math.ceil(years / 10));
  for (let year = first.getUTCFullYear(); year <= last.getUTCFullYear() + 1; year += step)
    ticks.push({ x: x(Date.UTC(year, 0, 1)), label: String(year) });
  return { width, height, dots: dots.map((d) => ({ ...d, y: baseline - (d.y + 0.5) * rowHeight })), ticks };
}
