import { t } from '../../text/t';
import { CSRF_FIELD } from '../auth/guard';
import type { Viewer } from '../auth/viewer';
import { html, type SafeHtml } from '../../http/html';

export const FLASHES = {
  saved: () => t('coordinator.flash.saved'),
  moved: () => t('coordinator.flash.moved'),
  erased: () => t('coordinator.flash.erased'),
  confirmed: () => t('coordinator.flash.confirmed'),
  created: () => t('coordinator.flash.created'),
  password: () => t('coordinator.flash.password'),
  retention: () => t('coordinator.flash.retention'),
  marked: () => t('coordinator.flash.marked'),
} as const;
export type Flash = keyof typeof FLASHES;

export interface PageOptions {
  title: string;
  viewer?: Viewer;
  flash?: Flash;
  /** A problem to show at the top, such as a field that is wrong. */
  problem?: string;
  body: SafeHtml;
}

/** The hidden CSRF field every form of a logged-in page carries. */
export const csrfField = (viewer: Viewer) => html`<input type="hidden" name="${CSRF_FIELD}" value="${viewer.session?.csrf ?? ''}">`;

/** The frame of every dashboard page: skip link, menu, messages, content. No inline script or style. */
export function layout({ title, viewer, flash, problem, body }: PageOptions): string {
  const nav = viewer
    ? html`<nav aria-label="${t('coordinator.nav.label')}"><ul>
${viewer.role !== 'teacher' && html`<li><a href="/coordinator/intakes">${t('coordinator.nav.intakes')}</a></li>
<li><a href="/coordinator/groups">${t('coordinator.nav.groups')}</a></li>
<li><a href="/coordinator/stats">${t('coordinator.nav.stats')}</a></li>`}
<li><a href="/coordinator/attendance">${t('coordinator.nav.attendance')}</a></li>
${viewer.role === 'admin' && html`<li><a href="/coordinator/audit">${t('coordinator.nav.audit')}</a></li>
<li><a href="/coordinator/accounts">${t('coordinator.nav.accounts')}</a></li>`}
${viewer.account && html`<li><a href="/coordinator/account">${t('coordinator.nav.account')}</a></li>`}
<li><form method="post" action="/coordinator/logout">${csrfField(viewer)}<button type="submit" class="link">${t('coordinator.nav.logout')}</button></form></li>
</ul></nav>`
    : '';
  return html`<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · ${t('coordinator.title')}</title>
<link rel="stylesheet" href="/coordinator/static/dashboard.css">
</head>
<body>
<a class="skip" href="#main">${t('coordinator.skip')}</a>
<header class="top"><p class="brand">${t('coordinator.title')}</p>${nav}</header>
<main id="main">
<h1>${title}</h1>
${flash && html`<p class="flash" role="status">${FLASHES[flash]()}</p>`}
${problem && html`<p class="problem" role="alert">${problem}</p>`}
${body}
</main>
</body>
</html>`.text;
}
