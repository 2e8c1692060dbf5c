import type { Group, Location } from '../../domain/catalog';
import type { AuditEntry } from '../../domain/audit';
import { t } from '../../text/t';
import { ROLES, type Account } from '../auth/accounts';
import { MIN_PASSWORD_LENGTH } from '../auth/passwords';
import type { Viewer } from '../auth/viewer';
import { checked, html } from '../../http/html';
import { roleLabel } from './labels';
import { rowsTable } from './table';
import { csrfField, layout, type Flash } from './layout';

/** The audit log, newest first: who did what to which file or group, and when. */
export function auditPage(viewer: Viewer, entries: AuditEntry[], intakeId?: string): string {
  return layout({
    title: t('coordinator.audit.title'),
    viewer,
    body: html`<form method="get" action="/coordinator/audit" class="filters">
<label for="intakeId">${t('coordinator.audit.forFile')}</label><input id="intakeId" name="intakeId" value="${intakeId ?? ''}">
<button type="submit">${t('coordinator.intakes.apply')}</button></form>
${rowsTable<AuditEntry>([
  { label: t('coordinator.audit.when'), cell: (e) => e.at.slice(0, 19).replace('T', ' ') },
  { label: t('coordinator.audit.who'), cell: (e) => e.actor.label },
  { label: t('coordinator.audit.what'), cell: (e) => e.action },
  { label: t('coordinator.audit.about'), cell: (e) => html`${e.intakeId && html`<a href="/coordinator/intakes/${e.intakeId}">${e.intakeId.slice(0, 8)}</a> `}${e.groupId && html`<a href="/coordinator/groups/${e.groupId}">${e.groupId.slice(0, 12)}</a> `}${e.detail ?? ''}` },
], entries)}`,
  });
}

/** Accounts: who may use the dashboard, with which role and places. */
export function accountsPage(viewer: Viewer, accounts: Account[], locations: Location[], groups: Group[], options: { flash?: Flash; problem?: string } = {}): string {
  const placeBoxes = (name: string, chosen: string[]) =>
    locations.map((l) => html`<label class="check"><input type="checkbox" name="${name}" value="${l.id}"${checked(chosen.includes(l.id))}> ${l.name}</label>`);
  const groupBoxes = (chosen: string[]) =>
    groups.map((g) => html`<label class="check"><input type="checkbox" name="groupIds" value="${g.id}"${checked(chosen.includes(g.id))}> ${g.name}</label>`);
  const roleRadios = (current: string, prefix: string) =>
    ROLES.map((r) => html`<label class="check"><input type="radio" name="role" id="${prefix}-${r}" value="${r}"${checked(current === r)}> ${roleLabel(r)}</label>`);
  return layout({
    title: t('coordinator.accounts.title'),
    viewer,
    ...options,
    body: html`${rowsTable<Account>([
  { label: t('coordinator.fields.email'), cell: (a) => a.email },
  { label: t('coordinator.fields.name'), cell: (a) => a.name },
  { label: t('coordinator.accounts.change'), cell: (a) => html`<form method="post" action="/coordinator/accounts/${a.id}" class="inline-stack">${csrfField(viewer)}
<fieldset><legend>${t('coordinator.fields.role')}</legend>${roleRadios(a.role, a.id)}</fieldset>
<fieldset><legend>${t('coordinator.fields.locations')}</legend>${placeBoxes('locationIds', a.locationIds)}</fieldset>
<fieldset><legend>${t('coordinator.fields.groups')}</legend>${groupBoxes(a.groupIds ?? [])}</fieldset>
<label class="check"><input type="checkbox" name="disabled" value="on"${checked(!!a.disabled)}> ${t('coordinator.accounts.disabled')}</label>
<button type="submit">${t('coordinator.groups.save')}</button></form>` },
], accounts)}
<section aria-labelledby="new-account"><h2 id="new-account">${t('coordinator.accounts.new')}</h2>
<form method="post" action="/coordinator/accounts" class="stack">${csrfField(viewer)}
<label for="a-email">${t('coordinator.fields.email')}</label><input id="a-email" name="email" type="email" required autocomplete="off">
<label for="a-name">${t('coordinator.fields.name')}</label><input id="a-name" name="name" required>
<fieldset><legend>${t('coordinator.fields.role')}</legend>${roleRadios('coordinator', 'new')}</fieldset>
<fieldset><legend>${t('coordinator.fields.locations')}</legend>${placeBoxes('locationIds', [])}</fieldset>
<fieldset><legend>${t('coordinator.fields.groups')}</legend>${groupBoxes([])}</fieldset>
<label for="a-password">${t('coordinator.fields.password')}</label><input id="a-password" name="password" type="password" required minlength="${MIN_PASSWORD_LENGTH}" autocomplete="new-password">
<button type="submit">${t('coordinator.accounts.create')}</button>
</form></section>
<section aria-labelledby="new-place"><h2 id="new-place">${t('coordinator.accounts.newPlace')}</h2>
<form method="post" action="/coordinator/locations" class="stack">${csrfField(viewer)}
<label for="l-id">${t('coordinator.fields.id')}</label><input id="l-id" name="id" required pattern="[a-z0-9-]{2,40}">
<label for="l-name">${t('coordinator.fields.name')}</label><input id="l-name" name="name" required>
<label for="l-street">${t('coordinator.fields.street')}</label><input id="l-street" name="street" required>
<label for="l-town">${t('coordinator.fields.town')}</label><input id="l-town" name="town" required>
<label for="l-contact">${t('coordinator.fields.contactName')}</label><input id="l-contact" name="contactName" required>
<label for="l-phone">${t('coordinator.fields.contactPhone')}</label><input id="l-phone" name="contactPhone">
<button type="submit">${t('coordinator.accounts.createPlace')}</button>
</form></section>
<section aria-labelledby="retention"><h2 id="retention">${t('coordinator.accounts.retention')}</h2>
<form method="post" action="/coordinator/retention" class="stack">${csrfField(viewer)}<p>${t('coordinator.accounts.retentionText')}</p>
<button type="submit">${t('coordinator.accounts.retentionRun')}</button></form></section>`,
  });
}

/** The viewer's own account: change the password. */
export function myAccountPage(viewer: Viewer, options: { flash?: Flash; problem?: string } = {}): string {
  return layout({
    title: t('coordinator.account.title'),
    viewer,
    ...options,
    body: html`<p>${viewer.account?.email} · ${roleLabel(viewer.role)}</p>
<form method="post" action="/coordinator/account/password" class="stack narrow">${csrfField(viewer)}
<label for="current">${t('coordinator.fields.currentPassword')}</label><input id="current" name="current" type="password" required autocomplete="current-password">
<label for="password">${t('coordinator.fields.password')}</label><input id="password" name="password" type="password" required minlength="${MIN_PASSWORD_LENGTH}" autocomplete="new-password">
<button type="submit">${t('coordinator.account.save')}</button>
</form>`,
  });
}
