import { t } from '../text/t';
import { escapeHtml } from '../http/html';

/** Web Chat's own screen and screen-reader texts, in our plain Dutch: nothing English, and "je" instead of "u". */
function webChatStrings(): Record<string, string> {
  const attachments = t('page.webChat.attachments');
  return {
    ACTIVITY_BOT_SAID_ALT: t('page.webChat.botSaid'),
    ACTIVITY_YOU_SAID_ALT: t('page.webChat.youSaid'),
    ACTIVITY_BOT_ATTACHED_ALT: t('page.webChat.botAttached'),
    ACTIVITY_YOU_ATTACHED_ALT: t('page.webChat.youAttached'),
    ACTIVITY_STATUS_SEND_STATUS_ALT_SENDING: t('page.webChat.sending'),
    ACTIVITY_STATUS_SEND_FAILED_RETRY: t('page.webChat.sendFailed'),
    SUGGESTED_ACTIONS_LABEL_ALT: t('page.webChat.buttons'),
    TEXT_INPUT_ALT: t('page.placeholder'),
    TEXT_INPUT_PLACEHOLDER: t('page.placeholder'),
    TEXT_INPUT_SEND_BUTTON_ALT: t('page.webChat.sendButton'),
    TEXT_INPUT_TELEPHONE_KEYPAD_BUTTON_ALT: t('page.webChat.keypad'),
    TEXT_INPUT_DROP_ZONE: t('page.webChat.dropFiles'),
    TEXT_INPUT_LENGTH_EXCEEDED_ALT: t('page.webChat.tooLong'),
    TELEPHONE_KEYPAD_INPUT_MESSAGE: t('page.webChat.oneDigit'),
    TEXT_INPUT_ATTACHMENTS_ONE: t('page.webChat.oneAttachment'),
    TEXT_INPUT_ATTACHMENTS_TWO: attachments,
    TEXT_INPUT_ATTACHMENTS_FEW: attachments,
    TEXT_INPUT_ATTACHMENTS_MANY: attachments,
    TEXT_INPUT_ATTACHMENTS_OTHER: attachments,
    TRANSCRIPT_ARIA_LABEL_ALT: t('page.webChat.transcript'),
    MARKDOWN_EXTERNAL_LINK_ALT: t('page.webChat.externalLink'),
    TYPING_INDICATOR_SINGLE_TEXT: t('page.webChat.typing'),
  };
}

/** The web chat page. Its words come from the locale; its script and styles are served by the bot. */
export function chatPage(): string {
  const words = {
    readAloud: t('page.readAloud'),
    stopReading: t('page.stopReading'),
    offline: t('page.offline'),
    chatLabel: t('page.chatLabel'),
    hintButtons: t('page.hintButtons'),
    hintName: t('page.hintName'),
    hintType: t('page.hintType'),
    // The name question is the one a worker must type; other buttonless questions get the general hint.
    nameQuestion: t('name.ask'),
    // Terug and Help are under every question; they do not make it a question with buttons.
    navButtons: [t('commands.back'), t('commands.helpButton')],
    message: t('page.webChat.message'),
    attachment: t('page.webChat.attachment'),
    strings: webChatStrings(),
  };
  return htmlPage(
    t('page.title'),
    `<header class="top">
  <div class="top-line">
    <h1>${escapeHtml(t('page.heading'))}</h1>
    <a class="privacy-link" href="/privacy">${escapeHtml(t('page.privacyLink'))}</a>
  </div>
  <p id="hint">${escapeHtml(t('page.intro'))}</p>
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

/** The web app manifest, so "add to home screen" gives the chat a name and an icon. */
export function webAppManifest(themeColor: string): string {
  return JSON.stringify({
    name: t('page.title'),
    short_name: t('page.shortName'),
    lang: 'nl',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    background_color: '#FFFFFF',
    theme_color: themeColor,
    icons: [
      { src: '/static/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: '/static/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: '/static/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: '/static/avatar.svg', sizes: 'any', type: 'image/svg+xml' },
    ],
  });
}

/** A Dutch page with the chat's styles, icons and manifest around `body`. */
function htmlPage(title: string, body: string): string {
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="theme-color" content="#0B4F8A">
<title>${escapeHtml(title)}</title>
<link rel="icon" href="/static/avatar.svg" type="image/svg+xml">
<link rel="icon" href="/static/icon-192.png" sizes="192x192" type="image/png">
<link rel="apple-touch-icon" href="/static/icon-192.png">
<link rel="manifest" href="/manifest.webmanifest">
<link rel="stylesheet" href="/static/chat.css">
</head>
<body>
${body}
</body>
</html>`;
}
