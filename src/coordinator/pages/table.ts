import { html, type SafeHtml } from '../../http/html';

export type Cell = SafeHtml | string | number;

export interface Column<T> {
  label: string;
  cell: (row: T) => Cell;
  className?: string;
}

export interface TableOptions<T> {
  caption?: string;
  rowClass?: (row: T) => string | undefined;
}

/**
 * A table that becomes stacked rows on a narrow screen: each cell carries its column's
 * name (data-label), which the stylesheet shows before the value when the header is hidden.
 */
export function rowsTable<T>(columns: Column<T>[], rows: T[], { caption, rowClass }: TableOptions<T> = {}): SafeHtml {
  return html`<table class="rows">
${caption && html`<caption class="visually-hidden">${caption}</caption>`}
<thead><tr>${columns.map((c) => html`<th scope="col">${c.label}</th>`)}</tr></thead>
<tbody>${rows.map((row) => {
  const kind = rowClass?.(row);
  return html`<tr${kind ? html` class="${kind}"` : ''}>${columns.map((c) => html`<td data-label="${c.label}"${c.className ? html` class="${c.className}"` : ''}>${c.cell(row)}</td>`)}</tr>
`;
})}</tbody>
</table>`;
}
