// The totals chart: drawn from the numbers given, gaps and broken months visible, nothing inline
// that the Content-Security-Policy would block.
import { describe, expect, test } from 'vitest';
import { niceMax, totalsChart } from '../src/chart';

describe('the totals chart', () => {
  test('nothing to draw: a sentence, not an empty chart', () => {
    expect(totalsChart([]).text).toBe('<p>No month is recorded yet, so there is nothing to chart.</p>');
  });

  test('one bar per month, its height the month’s share of the axis, the running total as a line', () => {
    const svg = totalsChart([
      { month: '2025-01', total: 10000, preview: false },
      { month: '2025-02', total: 5000, preview: false },
    ]).text;
    const bars = [...svg.matchAll(/<rect class="chart-bar" x="[\d.]+" y="([\d.]+)" width="[\d.]+" height="([\d.]+)"><title>([^<]+)<\/title>/g)];
    expect(bars.map((b) => b[3])).toEqual(['January 2025: 10,000 Lilybits', 'February 2025: 5,000 Lilybits']);
    const heights = bars.map((b) => Number(b[2]));
    expect(heights[0]).toBeCloseTo((heights[1] as number) * 2, 0);
    expect(svg).toContain('<polyline class="chart-line"');
    expect(svg).toContain('15,000 Lilybits in all; the most in one month was 10,000 Lilybits, in January 2025');
    expect(svg).toMatch(/role="img" aria-labelledby="totals-chart-title totals-chart-desc"/);
    expect(svg).not.toMatch(/style=|<style|<script/);
  });

  test('a month never tallied is a gap; a broken month is marked; a preview is drawn apart', () => {
    const svg = totalsChart([
      { month: '2025-01', total: 5000, preview: false },
      { month: '2025-03', total: null, preview: false },
      { month: '2025-04', total: 5000, preview: true },
    ]).text;
    expect(svg).toContain('Feb 2025');
    expect(svg).not.toContain('February 2025');
    expect(svg).toContain('<g class="chart-broken"><title>March 2025: its file is broken</title>');
    expect(svg).toContain('class="chart-bar chart-bar-preview"');
    expect(svg).toContain('April 2025: 5,000 Lilybits (preview)');
    expect(svg).toContain('preview, not recorded');
  });

  test('36 months: labels thinned so they do not overlap', () => {
    const months = Array.from({ length: 36 }, (_, i) => ({ month: `${2025 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`, total: 1000 * (i + 1), preview: false }));
    const labels = [...totalsChart(months).text.matchAll(/text-anchor="middle">([A-Z][a-z]{2} \d{4})<\/text>/g)].map((m) => m[1]);
    expect(labels.length).toBeLessThanOrEqual(12);
    expect(labels[0]).toBe('Jan 2025');
  });

  test.each([
    [0, 1],
    [0.3, 0.4],
    [5000, 5000],
    [5001, 8000],
    [15000, 20000],
    [100000, 100000],
    [123456, 200000],
  ])('axis maximum for %d is %d', (v, max) => {
    expect(niceMax(v)).toBe(max);
  });
});
