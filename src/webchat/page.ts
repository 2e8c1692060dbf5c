import { t } from '../i18n/t';

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** The web chat page. Its words come from the locale; its script and styles are served by the bot. */
export function chatPage(): string {
  const words = {
    readAloud: t('page.readAloud'),
    stopReading: t('page.stopReading'),
    offline: t('page.offline'),
    placeholder: t('page.placeholder'),
    chatLabel: t('page.chatLabel'),
  };
  return htmlPage(
    t('page.title'),
    `<header class="top">
  <h1>${escape(t('page.heading'))}</h1>
  <p>${escape(t('page.intro'))}</p>
</header>
<main id="chat" aria-label="${escape(words.chatLabel)}"></main>
<p id="status" role="status" aria-live="polite" hidden></p>
<noscript><p>${escape(t('page.noScript'))}</p></noscript>
<script id="words" type="application/json">${JSON.stringify(words).replace(/</g, '\\u003c')}</script>
<script src="/static/webchat.js"></script>
<script src="/static/chat.js"></script>`,
  );
}

/** What the bot keeps and why, in plain words: linked from Teams and the chat page. */
export function privacyPage(retentionMonths: number): string {
  const lines = [t('privacy.what'), t('consent.explain'), t('privacy.how', { months: retentionMonths }), t('privacy.rights')];
  return htmlPage(
    t('privacy.title'),
    `<main class="text">
<h1>${escape(t('privacy.title'))}</h1>
${lines.map((line) => `<p>${escape(line)}</p>`).join('\n')}
<p><a href="/">${escape(t('privacy.back'))}</a></p>
</main>`,
  );
}

/** A Dutch page with the chat's styles around `body`. */
function htmlPage(title: string, body: string): string {
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
<link rel="stylesheet" href="/static/chat.css">
</head>
<body>
${body}
</body>
</html>`;
}
