import type { Group } from '../../domain/catalog';
import type { Intake } from '../../domain/intake';
import type { Participation } from '../../domain/participation';
import { t } from '../../text/t';
import { isOpenOverflow } from '../operations';
import { html, type SafeHtml } from '../../http/html';

/** Short marks that ask for a coordinator's attention: 2 years passed or near, an unconfirmed new group, a handoff. */
export function flagsOf(intake: Intake, participation: Participation, group?: Group): SafeHtml {
  const flags: SafeHtml[] = [];
  if (participation.twoYears === 'over') flags.push(html`<span class="flag warn">${t('coordinator.flags.overTwoYears')}</span>`);
  if (participation.twoYears === 'soon') flags.push(html`<span class="flag">${t('coordinator.flags.twoYearsSoon')}</span>`);
  if (group && isOpenOverflow(group)) flags.push(html`<span class="flag warn">${t('coordinator.flags.overflow')}</span>`);
  if (intake.handover) flags.push(html`<span class="flag">${t('coordinator.flags.handoff')}</span>`);
  if (participation.missedTwice) flags.push(html`<span class="flag warn">${t('coordinator.flags.missedTwice')}</span>`);
  return html`${flags}`;
}
