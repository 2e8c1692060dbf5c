import { dayName, goalLabel, timeText } from '../../text/words';
import { freeSeats, seatsTaken, type Board } from '../board';
import { endTime, type Group, type Location } from '../../domain/catalog';
import type { Intake } from '../../domain/intake';
import { FORMATS, GOALS, WEEKDAYS } from '../../domain/types';
import { t } from '../../text/t';
import type { Viewer } from '../auth/viewer';
import { isOpenOverflow } from '../operations';
import type { GroupForm } from '../schemas';
import { barChart } from './charts';
import { checked, html, selected } from '../../http/html';
import { dateLabel, kindLabel, statusLabel } from './labels';
import { rowsTable } from './table';
import { moveSelect } from './move-page';
import { byFit } from '../../domain/move-fit';
import { csrfField, layout, type Flash } from './layout';

export const scheduleOf = (group: Group) =>
  group.times.map((s) => `${dayName(s.weekday)} ${timeText(s.start)}–${timeText(endTime(s))}`).join(', ');

/** Every group of the viewer's places with its fill; groups the bot opened stand out until confirmed. */
export function groupsPage(board: Board, viewer: Viewer, groups: Group[], flash?: Flash): string {
  const place = (id: string) => board.catalog.findLocation(id)?.name ?? id;
  return layout({
    title: t('coordinator.groups.title'),
    viewer,
    ...(flash ? { flash } : {}),
    body: html`<p><a class="button" href="/coordinator/groups/new">${t('coordinator.groups.new')}</a>
<a href="/api/coordinator/reports/groups.csv" download>${t('coordinator.stats.groupsCsv')}</a></p>
${barChart(t('coordinator.stats.groupFill'), groups.map((g) => ({ label: g.name, value: seatsTaken(board, g.id), max: g.capacity, highlight: isOpenOverflow(g) })))}
${rowsTable<Group>([
  { label: t('coordinator.fields.name'), cell: (g) => html`<a href="/coordinator/groups/${g.id}">${g.name}</a>${isOpenOverflow(g) && html` <span class="flag warn">${t('coordinator.flags.overflow')}</span>`}` },
  { label: t('coordinator.fields.kind'), cell: (g) => kindLabel(g.kind) },
  { label: t('coordinator.groups.when'), cell: (g) => scheduleOf(g) },
  { label: t('coordinator.fields.location'), cell: (g) => place(g.locationId) },
  { label: t('coordinator.fields.teacher'), cell: (g) => g.teacher || '—' },
  { label: t('coordinator.groups.fill'), cell: (g) => `${seatsTaken(board, g.id)}/${g.capacity}`, className: 'number' },
  { label: t('coordinator.groups.actions'), cell: (g) => (isOpenOverflow(g) ? html`<form method="post" action="/coordinator/groups/${g.id}/confirm">${csrfField(viewer)}<button type="submit">${t('coordinator.groups.confirm')}</button></form>` : '') },
], groups, { rowClass: (g) => (isOpenOverflow(g) ? 'overflow' : undefined) })}`,
  });
}

/** One group: its roster with a move per worker, and the form to change it. */
export function groupPage(board: Board, viewer: Viewer, group: Group, roster: Intake[], locations: Location[], targets: Group[], options: { flash?: Flash; problem?: string } = {}): string {
  return layout({
    title: group.name,
    viewer,
    ...options,
    body: html`${isOpenOverflow(group) && html`<div class="overflow-note"><p>${t('coordinator.groups.overflowNote')}</p>
<form method="post" action="/coordinator/groups/${group.id}/confirm">${csrfField(viewer)}<button type="submit">${t('coordinator.groups.confirm')}</button></form></div>`}
<p>${scheduleOf(group)} · ${t('coordinator.groups.freeSeats', { count: freeSeats(board, group) })}</p>
<p><a class="button" href="/coordinator/attendance/${group.id}">${t('coordinator.attendance.open')}</a></p>
<section aria-labelledby="roster"><h2 id="roster">${t('coordinator.groups.roster')}</h2>
${roster.length === 0 ? html`<p>${t('coordinator.groups.empty')}</p>` : rowsTable<Intake>([
  { label: t('coordinator.fields.name'), cell: (intake) => html`<a href="/coordinator/intakes/${intake.id}">${intake.name}</a>` },
  { label: t('coordinator.intakes.status'), cell: (intake) => statusLabel(intake) },
  { label: t('coordinator.file.firstLesson'), cell: (intake) => dateLabel(intake.booking?.firstLesson) },
  { label: t('coordinator.file.move'), cell: (intake) => (targets.length > 0 ? html`<form method="post" action="/coordinator/intakes/${intake.id}/move" class="inline">${csrfField(viewer)}
<label class="visually-hidden" for="move-${intake.id}">${t('coordinator.file.moveTo')}</label>
${moveSelect(`move-${intake.id}`, byFit(targets, intake, (id) => board.catalog.findGroup(id)), board)}
<input type="hidden" name="back" value="group"><button type="submit">${t('coordinator.file.move')}</button></form>` : '') },
], roster)}
</section>
<section aria-labelledby="edit"><h2 id="edit">${t('coordinator.groups.edit')}</h2>
${groupForm(viewer, `/coordinator/groups/${group.id}`, formOf(group), locations)}
</section>`,
  });
}

export function newGroupPage(viewer: Viewer, locations: Location[], values: Partial<GroupForm>, problem?: string): string {
  return layout({
    title: t('coordinator.groups.new'),
    viewer,
    ...(problem ? { problem } : {}),
    body: groupForm(viewer, '/coordinator/groups', values, locations),
  });
}

function formOf(group: Group): Partial<GroupForm> {
  return {
    name: group.name,
    kind: group.kind,
    goals: group.goals,
    weekdays: group.times.map((s) => s.weekday),
    start: group.times[0]?.start,
    minutes: group.times[0]?.minutes,
    locationId: group.locationId,
    capacity: group.capacity,
    teacher: group.teacher,
    startDate: group.startDate,
    ...(group.endDate ? { endDate: group.endDate } : {}),
    ...(group.bring ? { bring: group.bring } : {}),
  };
}

function groupForm(viewer: Viewer, action: string, v: Partial<GroupForm>, locations: Location[]) {
  return html`<form method="post" action="${action}" class="stack">${csrfField(viewer)}
<label for="g-name">${t('coordinator.fields.name')}</label><input id="g-name" name="name" required value="${v.name ?? ''}">
<fieldset><legend>${t('coordinator.fields.kind')}</legend>
${FORMATS.map((k) => html`<label class="check"><input type="radio" name="kind" value="${k}"${checked((v.kind ?? 'group') === k)}> ${kindLabel(k)}</label>`)}
</fieldset>
<fieldset><legend>${t('coordinator.fields.goals')}</legend>
${GOALS.map((g) => html`<label class="check"><input type="checkbox" name="goals" value="${g}"${checked(!!v.goals?.includes(g))}> ${goalLabel(g)}</label>`)}
</fieldset>
<fieldset><legend>${t('coordinator.fields.weekdays')}</legend>
${WEEKDAYS.map((d) => html`<label class="check"><input type="checkbox" name="weekdays" value="${d}"${checked(!!v.weekdays?.includes(d))}> ${dayName(d)}</label>`)}
</fieldset>
<label for="g-start">${t('coordinator.fields.start')}</label><input id="g-start" name="start" type="time" required value="${v.start ?? '09:30'}">
<label for="g-minutes">${t('coordinator.fields.minutes')}</label><input id="g-minutes" name="minutes" type="number" min="15" max="480" required value="${v.minutes ?? 90}">
<label for="g-location">${t('coordinator.fields.location')}</label>
<select id="g-location" name="locationId" required>${locations.map((l) => html`<option value="${l.id}"${selected(v.locationId === l.id)}>${l.name}</option>`)}</select>
<label for="g-capacity">${t('coordinator.fields.capacity')}</label><input id="g-capacity" name="capacity" type="number" min="1" max="100" required value="${v.capacity ?? 8}">
<label for="g-teacher">${t('coordinator.fields.teacher')}</label><input id="g-teacher" name="teacher" value="${v.teacher ?? ''}">
<label for="g-startDate">${t('coordinator.fields.startDate')}</label><input id="g-startDate" name="startDate" type="date" required value="${v.startDate ?? ''}">
<label for="g-endDate">${t('coordinator.fields.endDate')}</label><input id="g-endDate" name="endDate" type="date" value="${v.endDate ?? ''}">
<label for="g-bring">${t('coordinator.fields.bring')}</label><input id="g-bring" name="bring" value="${v.bring ?? ''}">
<button type="submit">${t('coordinator.groups.save')}</button>
</form>`;
}
