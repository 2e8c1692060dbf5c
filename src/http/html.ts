import { withoutHiddenCharacters } from '../text/plain-text';

/** HTML that is already escaped; only the `html` tag makes it. */
export class SafeHtml {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

type Part = SafeHtml | string | number | boolean | null | undefined | Part[];

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

function render(part: Part): string {
  if (part === null || part === undefined || part === false || part === true) return '';
  if (part instanceof SafeHtml) return part.text;
  if (Array.isArray(part)) return part.map(render).join('');
  // Stored text from before hidden characters were stripped at the door cannot reorder a page either.
  return escapeHtml(withoutHiddenCharacters(String(part)));
}

/**
 * A tagged template that escapes every value put into it, unless the value is itself
 * made by `html`. Lists are joined; null, undefined and booleans print nothing, so
 * `${cond && html`...`}` works.
 */
export function html(strings: TemplateStringsArray, ...values: Part[]): SafeHtml {
  return new SafeHtml(strings.reduce((out, s, i) => out + s + (i < values.length ? render(values[i]) : ''), ''));
}

export const selected = (yes: boolean) => (yes ? html` selected` : '');
export const checked = (yes: boolean) => (yes ? html` checked` : '');
