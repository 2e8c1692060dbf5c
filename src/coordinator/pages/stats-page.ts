import { goalLabel } from '../../text/words';
import type { GroupFill, Summary, Tally } from '../../domain/reports';
import { GOALS, type Goal } from '../../domain/types';
import { t } from '../../text/t';
import type { Viewer } from '../auth/viewer';
import { isOpenOverflow } from '../operations';
import { barChart } from './charts';
import { html, type SafeHtml } from '../../http/html';
import { weekLabels } from './labels';
import { layout } from './layout';

/** The numbers for a period, as charts and as tables, with the CSV downloads. */
export function statsPage(viewer: Viewer, summary: Summary, fill: GroupFill[], problem?: string, attendance?: SafeHtml): string {
  const goalName = (key: string) => ((GOALS as readonly string[]).includes(key) ? goalLabel(key as Goal) : key);
  const weeks = weekLabels(summary.perWeek.map((row) => row.key));
  /** A tally as bars and a table; the rows without a key ("no place", "no taalambassadeur") are in the table only. */
  const section = (id: string, title: string, tally: Tally, label: (key: string) => string, empty: string = t('coordinator.stats.nothing')) => {
    const named = tally.filter((row) => row.key !== '');
    return html`<section aria-labelledby="${id}"><h2 id="${id}">${title}</h2>
${tally.length === 0 ? html`<p>${t('coordinator.stats.nothing')}</p>` : html`${barChart(title, named.map((row) => ({ label: label(row.key), value: row.count })))}
<table class="compact"><tbody>${tally.map((row) => html`<tr><th scope="row">${row.key === '' ? empty : label(row.key)}</th><td class="number">${row.count}</td></tr>`)}</tbody></table>`}
</section>`;
  };
  return layout({
    title: t('coordinator.stats.title'),
    viewer,
    ...(problem ? { problem } : {}),
    body: html`<form method="get" action="/coordinator/stats" class="filters">
<label for="from">${t('coordinator.fields.from')}</label><input id="from" name="from" type="date" value="${summary.period.from}">
<label for="to">${t('coordinator.fields.to')}</label><input id="to" name="to" type="date" value="${summary.period.to}">
<button type="submit">${t('coordinator.intakes.apply')}</button>
</form>
<p><a href="/api/coordinator/reports/intakes.csv" download>${t('coordinator.stats.intakesCsv')}</a> · <a href="/api/coordinator/reports/groups.csv" download>${t('coordinator.stats.groupsCsv')}</a></p>
<section aria-labelledby="totals"><h2 id="totals">${t('coordinator.stats.totals')}</h2>
<dl class="totals">
<div><dt>${t('coordinator.stats.signUps')}</dt><dd>${summary.signUps}</dd></div>
<div><dt>${t('coordinator.stats.started')}</dt><dd>${summary.started}</dd></div>
<div><dt>${t('coordinator.stats.stopped')}</dt><dd>${summary.stopped}</dd></div>
<div><dt>${t('coordinator.stats.finished')}</dt><dd>${summary.finished}</dd></div>
<div><dt>${t('coordinator.stats.certificates')}</dt><dd>${summary.certificates}</dd></div>
</dl></section>
${section('per-week', t('coordinator.stats.perWeek'), summary.perWeek, (key) => weeks.get(key) ?? key)}
${section('per-location', t('coordinator.stats.perLocation'), summary.perLocation, (key) => key, t('coordinator.stats.noPlace'))}
${section('per-goal', t('coordinator.stats.perGoal'), summary.perGoal, goalName)}
${section('per-ambassador', t('coordinator.stats.perAmbassador'), summary.perAmbassador, (key) => key, t('coordinator.stats.noAmbassador'))}
<section aria-labelledby="fill"><h2 id="fill">${t('coordinator.stats.groupFill')}</h2>
${barChart(t('coordinator.stats.groupFill'), fill.map((f) => ({ label: f.group.name, value: f.taken, max: f.group.capacity, highlight: isOpenOverflow(f.group) })))}
</section>
${attendance}`,
  });
}
