import type { Board } from '../board';
import { phoneText } from '../../text/words';
import { FILE_FILTERS, type FileFilter, type WorkerFile } from '../../domain/file-service';
import { t } from '../../text/t';
import type { Viewer } from '../auth/viewer';
import { isOpenOverflow } from '../operations';
import { html, selected } from '../../http/html';
import { dayOf, dateLabel, filterLabel, statusLabel } from './labels';
import { rowsTable } from './table';
import { toldFirstLesson } from '../../domain/lesson-dates';
import { layout, type Flash } from './layout';
import { flagsOf } from './flags';

/** The list of workers with filters and a search by name. */
export function intakesPage(board: Board, viewer: Viewer, files: WorkerFile[], query: { filter?: FileFilter; name?: string }, flash?: Flash): string {
  const groupOf = (file: WorkerFile) => (file.intake.booking ? board.catalog.findGroup(file.intake.booking.groupId) : undefined);
  const table = rowsTable<WorkerFile>([
    { label: t('coordinator.fields.name'), cell: ({ intake }) => html`<a href="/coordinator/intakes/${intake.id}">${intake.name}</a>` },
    { label: t('coordinator.intakes.status'), cell: ({ intake }) => statusLabel(intake) },
    { label: t('coordinator.intakes.firstLesson'), cell: ({ intake, participation }) => dateLabel(toldFirstLesson(intake, participation)) },
    { label: t('coordinator.fields.group'), cell: (file) => groupOf(file)?.name ?? '—' },
    { label: t('coordinator.fields.location'), cell: ({ locationId }) => (locationId ? board.catalog.findLocation(locationId)?.name : undefined) ?? '—' },
    { label: t('coordinator.intakes.phone'), cell: ({ intake }) => (intake.phone ? html`<a href="tel:${intake.phone}">${phoneText(intake.phone)}</a>` : '—') },
    { label: t('coordinator.intakes.signedUp'), cell: ({ intake }) => dateLabel(dayOf(intake.createdAt)) },
    { label: t('coordinator.intakes.lessons'), cell: ({ participation }) => participation.lessons, className: 'number' },
    { label: t('coordinator.intakes.flags'), cell: (file) => flagsOf(file.intake, file.participation, groupOf(file)) },
  ], files, { caption: t('coordinator.intakes.title'), rowClass: (file) => { const group = groupOf(file); return group && isOpenOverflow(group) ? 'overflow' : undefined; } });
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
  : table}`,
  });
}
