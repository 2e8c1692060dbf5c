import { html, type SafeHtml } from '../../http/html';

export interface Bar {
  label: string;
  value: number;
  /** The most the bar can reach, such as a group's capacity; by default the largest value. */
  max?: number;
  highlight?: boolean;
}

const ROW = 26;
const LABEL_WIDTH = 220;
const BAR_WIDTH = 300;

/**
 * A horizontal bar chart as inline SVG: no script, no inline style, so it passes a
 * strict CSP and prints well. The numbers are in the text too, and a table beside it
 * carries the same data for screen readers.
 */
export function barChart(title: string, bars: Bar[]): SafeHtml {
  if (bars.length === 0) return html``;
  const top = Math.max(1, ...bars.map((b) => b.max ?? b.value));
  const height = bars.length * ROW + 4;
  const width = LABEL_WIDTH + BAR_WIDTH + 60;
  return html`<svg class="chart" role="img" aria-label="${title}" viewBox="0 0 ${width} ${height}" width="100%" preserveAspectRatio="xMinYMin meet">
${bars.map((bar, i) => {
  const y = i * ROW + 2;
  const length = Math.round((bar.value / (bar.max ?? top)) * BAR_WIDTH);
  return html`<g>
<text x="${LABEL_WIDTH - 8}" y="${y + 17}" text-anchor="end" class="chart-label">${bar.label.length > 30 ? `${bar.label.slice(0, 29)}…` : bar.label}</text>
${bar.max !== undefined && html`<rect x="${LABEL_WIDTH}" y="${y + 3}" width="${BAR_WIDTH}" height="${ROW - 8}" class="chart-room"></rect>`}
<rect x="${LABEL_WIDTH}" y="${y + 3}" width="${Math.max(length, bar.value > 0 ? 2 : 0)}" height="${ROW - 8}" class="${bar.highlight ? 'chart-bar warn' : 'chart-bar'}"></rect>
<text x="${LABEL_WIDTH + BAR_WIDTH + 8}" y="${y + 17}" class="chart-value">${bar.max !== undefined ? `${bar.value}/${bar.max}` : bar.value}</text>
</g>`;
})}
</svg>`;
}
