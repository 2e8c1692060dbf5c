import { t } from '../../text/t';
import { html } from '../../http/html';
import { layout } from './layout';

export const LOGIN_CSRF_FIELD = '_login';

/** The login form. Its token is also in a cookie (double submit), so another site cannot log someone in. */
export function loginPage(loginToken: string, problem?: string, email = ''): string {
  return layout({
    title: t('coordinator.login.title'),
    ...(problem ? { problem } : {}),
    body: html`<form method="post" action="/coordinator/login" class="stack narrow">
<input type="hidden" name="${LOGIN_CSRF_FIELD}" value="${loginToken}">
<label for="email">${t('coordinator.fields.email')}</label>
<input id="email" name="email" type="email" autocomplete="username" required value="${email}">
<label for="password">${t('coordinator.fields.password')}</label>
<input id="password" name="password" type="password" autocomplete="current-password" required>
<button type="submit">${t('coordinator.login.submit')}</button>
</form>`,
  });
}
