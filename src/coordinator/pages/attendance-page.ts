import type { ListRow, SessionList } from '../../domain/attendance-service';
import type { AttendanceRow, Period } from '../../domain/reports';
import { MARKS, type AttendanceMark, type Mark } from '../../domain/attendance';
import type { Group } from '../../domain/catalog';
import { localDateOf, type LocalDate } from '../../domain/dates';
import type { Notice } from '../../domain/notice';
import { html, selected, type SafeHtml } from '../../http/html';
import { t } from '../../text/t';
import { dateText } from '../../text/words';
import type { Viewer } from '../auth/viewer';
import { scheduleOf } from './groups-page';
import { csrfField, layout, type Flash } from './layout';

export const markLabel = (mark: Mark): string =>
  ({ present: t('coordinator.attendance.present'), absent: t('coordinator.attendance.absent'), excused: t('coordinator.attendance.excused') })[mark];

export const attendanceUrl = (groupId: string, date?: LocalDate) => `/coordinator/attendance/${encodeURIComponent(groupId)}${date ? `/${date}` : ''}`;

/** The groups the viewer takes attendance for, each with a link to its lesson of today (or the latest). */
export function attendanceGroupsPage(viewer: Viewer, groups: { group: Group; date?: LocalDate }[]): string {
  return layout({
    title: t('coordinator.attendance.title'),
    viewer,
    body: groups.length === 0
      ? html`<p>${t('coordinator.attendance.noGroups')}</p>`
      : html`<p>${t('coordinator.attendance.pick')}</p>
<ul class="attendance-groups">${groups.map(({ group, date }) => html`<li><a class="button big" href="${attendanceUrl(group.id, date)}">${group.name}</a>
<span class="muted">${scheduleOf(group)}${date && html` · ${t('coordinator.attendance.nextLesson', { date: dateText(date) })}`}</span></li>`)}</ul>`,
  });
}

/**
 * One lesson's list on a phone: per worker three big buttons that save as tapped (a
 * plain form each, no script), and one button for "everyone else came".
 */
export function attendancePage(viewer: Viewer, list: SessionList, sessions: LocalDate[], flash?: Flash): string {
  const { group, date, rows } = list;
  const action = attendanceUrl(group.id, date);
  const done = rows.filter((row) => row.mark).length;
  return layout({
    title: group.name,
    viewer,
    ...(flash ? { flash } : {}),
    body: html`<p class="lesson-date"><strong>${t('coordinator.attendance.lesson', { date: dateText(date) })}</strong></p>
${sessions.length > 1 && html`<form method="get" action="${attendanceUrl(group.id)}" class="filters other-lesson">
<label for="date">${t('coordinator.attendance.otherLesson')}</label>
<select id="date" name="date">${sessions.map((d) => html`<option value="${d}"${selected(d === date)}>${dateText(d)}</option>`)}</select>
<button type="submit">${t('coordinator.attendance.show')}</button></form>`}
${rows.length === 0 ? html`<p>${t('coordinator.attendance.nobody')}</p>` : html`<p role="status">${t('coordinator.attendance.count', { done, total: rows.length })}</p>
<ul class="attendance">${rows.map((row) => rowHtml(viewer, action, row))}</ul>
${done < rows.length && html`<form method="post" action="${action}" class="rest">${csrfField(viewer)}<input type="hidden" name="rest" value="present">
<button type="submit" class="big">${t('coordinator.attendance.restPresent')}</button></form>`}`}`,
  });
}

function rowHtml(viewer: Viewer, action: string, { intake, mark, followUp }: ListRow): SafeHtml {
  const id = `p-${intake.id}`;
  return html`<li id="${id}" class="attendee${mark ? ` is-${mark.mark}` : ''}">
<p class="who"><span class="name">${intake.name}</span>${mark && markedBy(viewer, mark) && html` <span class="muted">${markedBy(viewer, mark)}</span>`}</p>
${followUp && html`<p class="follow-up">${followUpText(followUp)}</p>`}
<form method="post" action="${action}#${id}" class="marks" aria-label="${intake.name}">${csrfField(viewer)}<input type="hidden" name="intakeId" value="${intake.id}">
${MARKS.map((m) => html`<button type="submit" name="mark" value="${m}" class="mark mark-${m}${mark?.mark === m ? ' on' : ''}" aria-pressed="${mark?.mark === m ? 'true' : 'false'}">${markLabel(m)}</button>`)}
</form></li>`;
}

/** Who marked it, when not the viewer: the worker in the chat, or a colleague. */
function markedBy(viewer: Viewer, mark: AttendanceMark): string {
  if (mark.byKind === 'worker') return t('coordinator.attendance.byWorker');
  return mark.by === viewer.actor.label ? '' : t('coordinator.attendance.by', { by: mark.by });
}

/** Who was written to after a missed first lesson, and what they answered. */
export function followUpText(notice: Notice): string {
  const sent = notice.status === 'sent' ? t('coordinator.attendance.followUpSent', { date: dateText(localDateOf(new Date(notice.dueAt))) }) : t('coordinator.attendance.followUpWaiting');
  const answer = !notice.answer
    ? t('coordinator.attendance.answerNone')
    : { 'new-time': t('coordinator.attendance.answerNewTime'), 'next-time': t('coordinator.attendance.answerNextTime'), talk: t('coordinator.attendance.answerTalk') }[notice.answer.choice];
  return `${t('coordinator.attendance.followUp')}: ${sent}. ${notice.status === 'sent' ? answer : ''}`.trim();
}

/** Attendance per group and per place in the period, for the numbers page, with its CSV. */
export function attendanceRatesSection(rows: AttendanceRow[], period: Period): SafeHtml {
  const percent = (rate?: number) => (rate === undefined ? '—' : `${Math.round(rate * 100)}%`);
  return html`<section aria-labelledby="attendance"><h2 id="attendance">${t('coordinator.stats.attendance')}</h2>
<p><a href="/api/coordinator/reports/attendance.csv?from=${period.from}&amp;to=${period.to}" download>${t('coordinator.stats.attendanceCsv')}</a></p>
${rows.length === 0 ? html`<p>${t('coordinator.stats.noAttendance')}</p>` : html`<table class="compact attendance-rates"><tbody>${rows.map((row) => html`<tr${row.groupId ? '' : html` class="total"`}>
<th scope="row">${row.groupId ? row.groupName : html`${row.locationName}: ${t('coordinator.stats.wholePlace')}`}</th>
<td class="number">${percent(row.rate)} ${t('coordinator.attendance.rate')}</td>
<td class="number">${row.present}/${row.present + row.absent + row.excused}</td></tr>`)}</tbody></table>`}
</section>`;
}
