import { firstNameOf, type Ambassador } from '../domain/ambassadors';
import { t } from '../text/t';
import { escapeHtml } from '../http/html';

/**
 * A printable A4 poster: one big question, a QR code that fills half the page, and
 * the first name of the colleague to ask. Large type, high contrast, no clutter.
 */
export function posterPage(ambassador: Ambassador, link: string, svg: string): string {
  const qr = svg.replace('<svg ', `<svg role="img" aria-label="${escapeHtml(t('poster.qrAlt'))}" `);
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(t('poster.title'))}</title>
<style>
  @page { size: A4 portrait; margin: 15mm; }
  * { box-sizing: border-box; }
  body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #111; background: #fff; }
  main { width: 180mm; min-height: 267mm; margin: 0 auto; padding: 10mm 0; display: flex; flex-direction: column; align-items: center; text-align: center; gap: 8mm; }
  h1 { font-size: 30pt; line-height: 1.2; margin: 0; }
  p { font-size: 20pt; line-height: 1.35; margin: 0; }
  .qr { width: 120mm; height: 120mm; }
  .qr svg { width: 100%; height: 100%; }
  .link { font-size: 14pt; word-break: break-all; }
  .ask { font-size: 24pt; font-weight: 700; }
  .screen-only { font-size: 12pt; color: #4a4a4a; }
  @media print { .screen-only { display: none; } }
</style>
</head>
<body>
<main>
  <h1>${escapeHtml(t('poster.heading'))}</h1>
  <p>${escapeHtml(t('poster.intro'))}</p>
  <div class="qr">${qr}</div>
  <p>${escapeHtml(t('poster.scan'))}</p>
  <p class="link">${escapeHtml(t('poster.orGoTo'))} ${escapeHtml(link)}</p>
  <p class="ask">${escapeHtml(t('poster.askMe', { name: firstNameOf(ambassador.name) }))}</p>
  <p class="screen-only">${escapeHtml(t('poster.print'))}</p>
</main>
</body>
</html>`;
}
