import type { Board } from '../board';
import { FILE_FILTERS, type FileFilter, type WorkerFile } from '../../domain/file-service';
import { t } from '../../text/t';
import type { Viewer } from '../auth/viewer';
import { isOpenOverflow } from '../operations';
import { html, selected } from '../../http/html';
import { filterLabel, statusLabel } from './labels';
import { layout, type Flash } from './layout';
import { flagsOf } from './flags';

/** The list of workers with filters and a search by name. */
export function intakesPage(board: Board, viewer: Viewer, files: WorkerFile[], query: { filter?: FileFilter; name?: string }, flash?: Flash): string {
  const rows = files.map(({ intake, locationId, participation }) => {
    const group = intake.booking ? board.catalog.findGroup(intake.booking.groupId) : undefined;
    const place = locationId ? board.catalog.findLocation(locationId)?.name : undefined;
    return html`<tr${group && isOpenOverflow(group) ? html` class="overflow"` : ''}>
<td><a href="/coordinator/intakes/${intake.id}">${intake.name}</a></td>
<td>${statusLabel(intake)}</td>
<td>${group?.name ?? '—'}</td>
<td>${place ?? '—'}</td>
<td>${intake.createdAt.slice(0, 10)}</td>
<td class="number">${participation.lessons}</td>
<td>${flagsOf(intake, participation, group)}</td>
</tr>`;
  });
  return layout({
    title: t('coordinator.intakes.title'),
    viewer,
    ...(flash ? { flash } : {}),
    body: html`<form method="get" action="/coordinator/intakes" class="filters" role="search">
<label for="filter">${t('coordinator.intakes.show')}</label>
<select id="filter" name="filter">
<option value="">${t('coordinator.filters.all')}</option>
${FILE_FILTERS.map((f) => html`<option value="${f}"${selected(query.filter === f)}>${filterLabel(f)}</option>`)}
</select>
<label for="name">${t('coordinator.intakes.search')}</label>
<input id="name" name="name" type="search" value="${query.name ?? ''}">
<button type="submit">${t('coordinator.intakes.apply')}</button>
</form>
<p>${t('coordinator.intakes.count', { count: files.length })} <a href="/api/coordinator/reports/intakes.csv" download>${t('coordinator.stats.intakesCsv')}</a></p>
${files.length === 0
  ? html`<p>${t('coordinator.intakes.none')}</p>`
  : html`<table>
<caption class="visually-hidden">${t('coordinator.intakes.title')}</caption>
<thead><tr><th scope="col">${t('coordinator.fields.name')}</th><th scope="col">${t('coordinator.intakes.status')}</th><th scope="col">${t('coordinator.fields.group')}</th><th scope="col">${t('coordinator.fields.location')}</th><th scope="col">${t('coordinator.intakes.signedUp')}</th><th scope="col">${t('coordinator.intakes.lessons')}</th><th scope="col">${t('coordinator.intakes.flags')}</th></tr></thead>
<tbody>${rows}</tbody>
</table>`}`,
  });
}
