import { addDays } from '../../domain/dates';
import { firstLessonDate } from '../../domain/matching';
import type { Intake } from '../../domain/intake';
import type { MoveFit } from '../../domain/move-fit';
import type { Difference } from '../../domain/seat-fit';
import { html, type SafeHtml } from '../../http/html';
import { t } from '../../text/t';
import type { Viewer } from '../auth/viewer';
import { freeSeats, type Board } from '../board';
import { dateLabel } from './labels';
import { csrfField, layout } from './layout';

/** The groups to move to, best fit first, each saying how it differs from the wish; nothing is chosen yet. */
export function moveSelect(id: string, fits: MoveFit[], board: Board, describedBy?: string): SafeHtml {
  return html`<select id="${id}" name="groupId" required${describedBy ? html` aria-describedby="${describedBy}"` : ''}>
<option value="">${t('coordinator.file.moveChoose')}</option>
${fits.map(({ group, differences }) => html`<option value="${group.id}">${group.name} · ${seatsText(freeSeats(board, group))} · ${fitText(differences)}</option>`)}
</select>`;
}

const seatsText = (count: number) => (count === 1 ? t('coordinator.groups.oneFreeSeat') : t('coordinator.groups.freeSeats', { count }));

/** "past bij de wens", or what differs: "andere dag, andere plek". */
export function fitText(differences: Difference[]): string {
  return differences.length === 0 ? t('coordinator.fit.fits') : differences.map((d) => t(`coordinator.fit.${d}`)).join(', ');
}

/** The one question before a move: who goes from which group to which, and when the first lesson there is. */
export function moveConfirmPage(board: Board, viewer: Viewer, intake: Intake, fit: MoveFit, back: 'group' | 'file'): string {
  const from = intake.booking ? board.catalog.findGroup(intake.booking.groupId) : undefined;
  const firstLesson = firstLessonDate(fit.group, addDays(board.today, 1));
  const backTo = back === 'group' && from ? `/coordinator/groups/${from.id}` : `/coordinator/intakes/${intake.id}`;
  return layout({
    title: t('coordinator.move.title'),
    viewer,
    body: html`<p>${t('coordinator.move.question', { name: intake.name, from: from?.name ?? t('coordinator.move.noGroup'), to: fit.group.name })}</p>
${firstLesson && html`<p>${t('coordinator.move.firstLesson', { date: dateLabel(firstLesson) })}</p>`}
<p>${fit.differences.length === 0 ? t('coordinator.move.fits') : t('coordinator.move.fit', { fit: fitText(fit.differences) })}</p>
<form method="post" action="/coordinator/intakes/${intake.id}/move/confirmed" class="inline">${csrfField(viewer)}
<input type="hidden" name="groupId" value="${fit.group.id}">
${back === 'group' && html`<input type="hidden" name="back" value="group">`}
<button type="submit">${t('coordinator.move.yes')}</button>
<a href="${backTo}">${t('coordinator.move.back')}</a>
</form>`,
  });
}
