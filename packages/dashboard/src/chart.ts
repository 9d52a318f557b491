// Totals over time as an SVG drawn when the site is built: a bar per month (its Lilybits, left
// axis) and the running all-time total (a line, right axis). No script draws it, so it shows
// without JavaScript; colours are CSS classes of the site's stylesheet (an inline <style> would
// break the Content-Security-Policy), so the light and dark themes both apply. The months table
// beside it holds the same numbers for screen readers and for copying.

import { compactNumber, formatLilybits, monthName, shortMonthName } from './format';
import { html, joinHtml, type Html } from './html';

export interface ChartMonth {
  month: string;
  /** Null when the month's file is broken. */
  total: number | null;
  preview: boolean;
}

const WIDTH = 720;
const HEIGHT = 260;
const MARGIN = { left: 52, right: 56, top: 14, bottom: 34 };
/** Room an axis label needs, in viewBox units: fewer labels when months are narrow. */
const LABEL_WIDTH = 58;

/** The chart, or a sentence when there is nothing to draw. */
export function totalsChart(months: readonly ChartMonth[], id = 'totals-chart'): Html {
  if (months.length === 0) return html`<p>No month is recorded yet, so there is nothing to chart.</p>`;
  const series = calendar(months);
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const slot = plotWidth / series.length;
  const barWidth = Math.max(1, Math.min(48, slot * 0.7));
  const monthlyMax = niceMax(Math.max(0, ...series.map((m) => m.total ?? 0)));
  let running = 0;
  const cumulative = series.map((m) => (running += m.total ?? 0));
  const cumulativeMax = niceMax(running);
  const y = (v: number, max: number) => round(MARGIN.top + plotHeight - (v / max) * plotHeight);
  const x = (i: number) => round(MARGIN.left + slot * i + slot / 2);
  const labelEvery = Math.max(1, Math.ceil(LABEL_WIDTH / slot));

  const grid = joinHtml(
    [0, 0.25, 0.5, 0.75, 1].map((f) => {
      const at = y(f * monthlyMax, monthlyMax);
      return html`<line class="chart-grid" x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${at}" y2="${at}"/><text class="chart-tick" x="${MARGIN.left - 6}" y="${at}" text-anchor="end" dominant-baseline="middle">${compactNumber(f * monthlyMax)}</text><text class="chart-tick" x="${WIDTH - MARGIN.right + 6}" y="${at}" dominant-baseline="middle">${compactNumber(f * cumulativeMax)}</text>`;
    }),
  );
  const bars = joinHtml(
    series.map((m, i) => {
      const label = m.recorded === false ? `${monthName(m.month)}: not tallied` : m.total === null ? `${monthName(m.month)}: its file is broken` : `${monthName(m.month)}: ${formatLilybits(m.total)}${m.preview ? ' (preview)' : ''}`;
      if (m.total === null) {
        if (m.recorded === false) return html``;
        return html`<g class="chart-broken"><title>${label}</title><text x="${x(i)}" y="${y(0, monthlyMax) - 4}" text-anchor="middle">!</text></g>`;
      }
      const top = y(m.total, monthlyMax);
      return html`<rect class="chart-bar${m.preview ? ' chart-bar-preview' : ''}" x="${round(x(i) - barWidth / 2)}" y="${top}" width="${round(barWidth)}" height="${round(y(0, monthlyMax) - top)}"><title>${label}</title></rect>`;
    }),
  );
  const line = series.length > 1 ? html`<polyline class="chart-line" points="${cumulative.map((v, i) => `${x(i)},${y(v, cumulativeMax)}`).join(' ')}"/>` : html``;
  const dots = joinHtml(series.map((m, i) => (m.recorded === false ? html`` : html`<circle class="chart-dot" cx="${x(i)}" cy="${y(cumulative[i] as number, cumulativeMax)}" r="2.5"><title>${`All time by the end of ${monthName(m.month)}: ${formatLilybits(cumulative[i] as number)}`}</title></circle>`)));
  const labels = joinHtml(
    series.map((m, i) => (i % labelEvery === 0 ? html`<text class="chart-tick" x="${x(i)}" y="${HEIGHT - MARGIN.bottom + 16}" text-anchor="middle">${shortMonthName(m.month)}</text>` : html``)),
  );
  const best = series.reduce((a, b) => ((b.total ?? -1) > (a.total ?? -1) ? b : a));
  const description = `Lilybits awarded each month from ${monthName(series[0]?.month as string)} to ${monthName(series.at(-1)?.month as string)}, and the running total: ${formatLilybits(running)} in all${best.total ? `; the most in one month was ${formatLilybits(best.total)}, in ${monthName(best.month)}` : ''}.`;
  return html`<figure class="chart">
<svg id="${id}" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-labelledby="${id}-title ${id}-desc" preserveAspectRatio="xMidYMid meet">
<title id="${id}-title">Lilybits over time</title>
<desc id="${id}-desc">${description}</desc>
${grid}
<line class="chart-axis" x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${y(0, monthlyMax)}" y2="${y(0, monthlyMax)}"/>
${bars}${line}${dots}${labels}
</svg>
<figcaption><span class="legend legend-bar"></span> Lilybits in the month (left axis) <span class="legend legend-line"></span> all time, running total (right axis)${series.some((m) => m.preview) ? html` <span class="legend legend-preview"></span> preview, not recorded` : ''}</figcaption>
</figure>`;
}

interface CalendarMonth extends ChartMonth {
  /** False for a month between recorded ones that was never tallied. */
  recorded: boolean;
}

/** Every calendar month from the first to the last given, so a gap shows as a gap. */
function calendar(months: readonly ChartMonth[]): CalendarMonth[] {
  const given = new Map(months.map((m) => [m.month, m]));
  const sorted = [...given.keys()].sort();
  const out: CalendarMonth[] = [];
  let [year, month] = (sorted[0] as string).split('-').map(Number) as [number, number];
  const last = sorted.at(-1) as string;
  for (;;) {
    const name = `${year}-${String(month).padStart(2, '0')}`;
    const m = given.get(name);
    out.push(m ? { ...m, recorded: true } : { month: name, total: null, preview: false, recorded: false });
    if (name >= last) break;
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
  return out;
}

/** A round axis maximum at or above `v` whose quarters are round too. */
export function niceMax(v: number): number {
  if (v <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(v));
  const step = [1, 2, 4, 5, 8, 10].find((s) => s * magnitude >= v) as number;
  return step * magnitude;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
