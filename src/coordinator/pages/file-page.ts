import { answerText, availabilityText, goalLabel, reasonLabel } from '../../text/words';
import type { Board } from '../board';
import type { Group } from '../../domain/catalog';
import type { WorkerFile } from '../../domain/file-service';
import type { HistoryEntry } from '../../domain/intake';
import { nextLessonOf, toldFirstLesson } from '../../domain/lesson-dates';
import { byFit } from '../../domain/move-fit';
import { MIN_LESSONS } from '../../domain/participation';
import { t } from '../../text/t';
import type { Viewer } from '../auth/viewer';
import type { Notice } from '../../domain/notice';
import { followUpText } from './attendance-page';
import { flagsOf } from './flags';
import { html, type SafeHtml } from '../../http/html';
import { dayOf, timeOf, channelLabel, dateLabel, formatLabel, statusLabel } from './labels';
import { rowsTable } from './table';
import { moveSelect } from './move-page';
import { csrfField, layout, type Flash } from './layout';

export interface FilePageOptions {
  flash?: Flash;
  /** The messages after a missed first lesson, and what the worker answered. */
  followUps?: Notice[];
  problem?: string;
  status?: number;
}

/** The worker's file ("mapje"): own words, where they stand, evaluations, notes, certificates, history, privacy. */
export function filePage(board: Board, viewer: Viewer, file: WorkerFile, moveTargets: Group[], options: FilePageOptions = {}): string {
  const { intake, participation } = file;
  const group = intake.booking ? board.catalog.findGroup(intake.booking.groupId) : undefined;
  const base = `/coordinator/intakes/${intake.id}`;
  const form = (action: string, body: SafeHtml, label: string, extra = '') =>
    html`<form method="post" action="${base}/${action}" class="stack ${extra}">${csrfField(viewer)}${body}<button type="submit"${extra === 'danger' ? html` class="danger"` : ''}>${label}</button></form>`;
  const groupName = (id?: string) => (id ? (board.catalog.findGroup(id)?.name ?? id) : '');

  const sections: [string, string][] = [
    ['about', t('coordinator.file.about')],
    ['lessons', t('coordinator.file.lessons')],
    ['evaluations', t('coordinator.file.evaluations')],
    ['notes', t('coordinator.file.notes')],
    ['certificates', t('coordinator.file.certificates')],
    ['history', t('coordinator.file.history')],
    ['privacy', t('coordinator.file.privacy')],
  ];
  const groupOf = (id: string) => board.catalog.findGroup(id);
  const nextLesson = nextLessonOf(intake, groupOf, board.today);
  const fits = byFit(moveTargets, intake, groupOf);
  /** A form to add something, folded away so the file reads short; open again after a mistake in it. */
  const adding = (summary: string, body: SafeHtml) => html`<details class="add"${options.problem ? html` open` : ''}><summary>${summary}</summary>${body}</details>`;

  return layout({
    title: t('coordinator.file.title', { name: intake.name }),
    viewer,
    flash: options.flash,
    problem: options.problem,
    body: html`<p>${flagsOf(intake, participation, group)}</p>
<nav aria-label="${t('coordinator.file.sections')}" class="sections"><ul>${sections.map(([id, name]) => html`<li><a href="#${id}">${name}</a></li>`)}</ul></nav>

<section aria-labelledby="about"><h2 id="about">${t('coordinator.file.about')}</h2>
<dl>
<dt>${t('coordinator.intakes.status')}</dt><dd>${statusLabel(intake)}${intake.handover && html` · ${t('coordinator.file.handoverTo', { to: intake.handover.to })}`}</dd>
<dt>${t('coordinator.file.goals')}</dt><dd>${answerText(intake.goals.choices, goalLabel)}</dd>
${intake.goals.ownWords && html`<dt>${t('coordinator.file.goalsOwnWords')}</dt><dd class="own-words">${intake.goals.ownWords}</dd>`}
<dt>${t('coordinator.file.reasons')}</dt><dd>${answerText(intake.reasons.choices, reasonLabel)}</dd>
${intake.reasons.ownWords && html`<dt>${t('coordinator.file.reasonsOwnWords')}</dt><dd class="own-words">${intake.reasons.ownWords}</dd>`}
<dt>${t('coordinator.file.when')}</dt><dd>${availabilityText(intake.availability)}</dd>
<dt>${t('coordinator.file.format')}</dt><dd>${formatLabel(intake.format)}</dd>
<dt>${t('coordinator.file.phone')}</dt><dd>${intake.phone ?? '—'}</dd>
<dt>${t('coordinator.file.channel')}</dt><dd>${channelLabel(intake.channel)}</dd>
<dt>${t('coordinator.intakes.signedUp')}</dt><dd>${dateLabel(dayOf(intake.createdAt))}</dd>
${intake.referralCode && html`<dt>${t('coordinator.file.ambassador')}</dt><dd>${intake.referralCode}</dd>`}
</dl>
${form('handover', html`<label for="handover">${t('coordinator.file.handoverLabel')}</label>
<p class="hint" id="handover-hint">${t('coordinator.file.handoverHint')}</p>
<input id="handover" name="to" aria-describedby="handover-hint" value="${intake.handover?.to ?? ''}">`, t('coordinator.file.saveHandover'))}
</section>

<section aria-labelledby="lessons"><h2 id="lessons">${t('coordinator.file.lessons')}</h2>
<dl>
<dt>${t('coordinator.fields.group')}</dt><dd>${group ? html`<a href="/coordinator/groups/${group.id}">${group.name}</a>` : '—'}</dd>
<dt>${t('coordinator.file.firstLesson')}</dt><dd>${dateLabel(toldFirstLesson(intake, participation))}</dd>
<dt>${t('coordinator.file.nextLesson')}</dt><dd>${dateLabel(nextLesson)}</dd>
<dt>${t('coordinator.file.lessonCount')}</dt><dd>${participation.lessons} ${participation.enoughLessons ? t('coordinator.file.enoughLessons') : t('coordinator.file.notEnoughLessons', { min: MIN_LESSONS })}
<br><span class="muted">${t('coordinator.file.lessonSource', { attended: participation.attended, unmarked: participation.unmarked })}${participation.missed > 0 && html` · ${t('coordinator.file.lessonMissed', { missed: participation.missed })}`}</span></dd>
<dt>${t('coordinator.file.twoYearsOn')}</dt><dd>${dateLabel(participation.twoYearsOn)}</dd>
${(options.followUps ?? []).map((notice) => html`<dt>${t('coordinator.attendance.followUp')}</dt><dd>${followUpText(notice).replace(`${t('coordinator.attendance.followUp')}: `, '')}</dd>`)}
</dl>
${group && html`<p><a href="/coordinator/attendance/${group.id}">${t('coordinator.attendance.open')}</a></p>`}
${intake.status !== 'cancelled' && !intake.finished && (fits.length > 0
  ? form('move', html`<label for="groupId">${t('coordinator.file.moveTo')}</label>
<p class="hint" id="groupId-hint">${t('coordinator.file.moveHint')}</p>
${moveSelect('groupId', fits, board, 'groupId-hint')}`, t('coordinator.file.move'))
  : html`<p>${t('coordinator.file.noMoveTargets')}</p>`)}
${!intake.finished && form('finish', html`<p>${t('coordinator.file.finishText')}</p>`, t('coordinator.file.finish'))}
</section>

<section aria-labelledby="evaluations"><h2 id="evaluations">${t('coordinator.file.evaluations')}</h2>
${intake.evaluations.length === 0 ? html`<p>${t('coordinator.file.noneYet')}</p>` : rowsTable([
  { label: t('coordinator.fields.date'), cell: (e) => dateLabel(e.date) },
  { label: t('coordinator.fields.wentWell'), cell: (e) => e.wentWell },
  { label: t('coordinator.fields.nextGoal'), cell: (e) => e.nextGoal },
  { label: t('coordinator.fields.done'), cell: (e) => (e.done ? t('coordinator.yes') : t('coordinator.no')) },
], intake.evaluations)}
${adding(t('coordinator.file.addEvaluation'), form('evaluations', html`<label for="ev-date">${t('coordinator.fields.date')}</label><input id="ev-date" name="date" type="date" required value="${board.today}">
<label for="ev-well">${t('coordinator.fields.wentWell')}</label><textarea id="ev-well" name="wentWell" required rows="2"></textarea>
<label for="ev-next">${t('coordinator.fields.nextGoal')}</label><textarea id="ev-next" name="nextGoal" required rows="2"></textarea>
<label class="check"><input type="checkbox" name="done" value="on"> ${t('coordinator.fields.done')}</label>`, t('coordinator.file.saveEvaluation')))}
</section>

<section aria-labelledby="notes"><h2 id="notes">${t('coordinator.file.notes')}</h2>
${(intake.notes ?? []).length === 0 ? html`<p>${t('coordinator.file.noneYet')}</p>` : html`<ul class="notes">${(intake.notes ?? []).map((n) => html`<li><p>${n.text}</p><p class="meta">${dateLabel(dayOf(n.at))}, ${timeOf(n.at)} · ${n.by}</p></li>`)}</ul>`}
${adding(t('coordinator.file.addNote'), form('notes', html`<label for="note">${t('coordinator.fields.note')}</label><textarea id="note" name="text" required rows="3"></textarea>`, t('coordinator.file.saveNote')))}
</section>

<section aria-labelledby="certificates"><h2 id="certificates">${t('coordinator.file.certificates')}</h2>
${(intake.certificates ?? []).length === 0 ? html`<p>${t('coordinator.file.noneYet')}</p>` : html`<ul>${(intake.certificates ?? []).map((c) => html`<li>${dateLabel(c.date)}: ${c.which}</li>`)}</ul>`}
${adding(t('coordinator.file.addCertificate'), form('certificates', html`<label for="cert-date">${t('coordinator.fields.date')}</label><input id="cert-date" name="date" type="date" required value="${board.today}">
<label for="cert-which">${t('coordinator.fields.which')}</label><input id="cert-which" name="which" required>`, t('coordinator.file.saveCertificate')))}
</section>

<section aria-labelledby="history"><h2 id="history">${t('coordinator.file.history')}</h2>
<ol>${intake.history.map((h) => html`<li>${dateLabel(dayOf(h.at))}: ${historyText(h.event)}${h.groupId && html` · ${groupName(h.groupId)}`}</li>`)}</ol>
</section>

<section aria-labelledby="privacy"><h2 id="privacy">${t('coordinator.file.privacy')}</h2>
<p><a href="/api/coordinator/intakes/${intake.id}/export" download>${t('coordinator.file.export')}</a></p>
${form('erase', html`<p>${t('coordinator.file.eraseText')}</p>
<label class="check"><input type="checkbox" name="confirm" value="erase" required> ${t('coordinator.file.eraseConfirm')}</label>`, t('coordinator.file.erase'), 'danger')}
</section>`,
  });
}

function historyText(event: HistoryEntry['event']): string {
  return t(`coordinator.history.${event}`);
}
