import { t } from '../text/t';
import { escapeHtml } from '../http/html';

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
  <h1>${escapeHtml(t('page.heading'))}</h1>
  <p>${escapeHtml(t('page.intro'))}</p>
</header>
<main id="chat" aria-label="${escapeHtml(words.chatLabel)}"></main>
<p id="status" role="status" aria-live="polite" hidden></p>
<noscript><p>${escapeHtml(t('page.noScript'))}</p></noscript>
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
<h1>${escapeHtml(t('privacy.title'))}</h1>
${lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('\n')}
<p><a href="/">${escapeHtml(t('privacy.back'))}</a></p>
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
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="/static/chat.css">
</head>
<body>
${body}
</body>
</html>`;
}
