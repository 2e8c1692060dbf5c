import { html, type SafeHtml } from '../../http/html';

export interface Bar {
  label: string;
  value: number;
  /** The most the bar can reach, such as a group's capacity; by default the largest value. */
  max?: number;
  highlight?: boolean;
}

/** The drawing is as wide as the chart may be on screen (25rem), so 14 units stay 14 px there and ≥12 px on a phone. */
export const CHART_WIDTH = 400;
const BAR_WIDTH = 330;
const LINE = 18;
const BAR = 16;
const GAP = 12;
/** About this many letters fit on one line of 400 units at 14 px; longer labels wrap. */
const LINE_LETTERS = 44;

/** The label in lines that fit the chart's width, broken between words, never cut. */
export function labelLines(label: string, letters = LINE_LETTERS): string[] {
  const lines: string[] = [];
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= letters) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.length > 0 ? lines : [''];
}

/**
 * A horizontal bar chart as inline SVG: no script, no inline style, so it passes a
 * strict CSP and prints well. Each label stands whole above its bar, so a narrow screen
 * never cuts it; the numbers are in the text too, and a table carries the same data.
 */
export function barChart(title: string, bars: Bar[]): SafeHtml {
  if (bars.length === 0) return html``;
  const top = Math.max(1, ...bars.map((b) => b.max ?? b.value));
  let y = 4;
  const rows = bars.map((bar) => {
    const lines = labelLines(bar.label);
    const labelTop = y;
    const barTop = labelTop + lines.length * LINE + 2;
    y = barTop + BAR + GAP;
    const length = Math.round((bar.value / (bar.max ?? top)) * BAR_WIDTH);
    return html`<g>
<text x="2" y="${labelTop + 14}" class="chart-label">${lines.map((line, i) => html`<tspan x="2" dy="${i === 0 ? 0 : LINE}">${line}</tspan>`)}</text>
${bar.max !== undefined && html`<rect x="0" y="${barTop}" width="${BAR_WIDTH}" height="${BAR}" class="chart-room"></rect>`}
<rect x="0" y="${barTop}" width="${Math.max(length, bar.value > 0 ? 2 : 0)}" height="${BAR}" class="${bar.highlight ? 'chart-bar warn' : 'chart-bar'}"></rect>
<text x="${BAR_WIDTH + 8}" y="${barTop + 13}" class="chart-value">${bar.max !== undefined ? `${bar.value}/${bar.max}` : bar.value}</text>
</g>`;
  });
  return html`<svg class="chart" role="img" aria-label="${title}" viewBox="0 0 ${CHART_WIDTH} ${y}" width="${CHART_WIDTH}" height="${y}" preserveAspectRatio="xMinYMin meet">
${rows}
</svg>`;
}
