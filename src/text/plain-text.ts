/**
 * Characters that hide or reorder text without being seen: bidi overrides, embeddings,
 * isolates and marks (a "right-to-left override" can make `exe.txt` read as `txt.exe`),
 * zero-width spaces, byte-order marks, and C0/C1 controls such as escape and bell.
 * Tab and newline stay. Zero-width joiners stay too: emoji and some scripts need them.
 */
const HIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200B\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

/** The text without characters that hide or reorder what a reader sees. */
export function withoutHiddenCharacters(text: string): string {
  return text.replace(HIDDEN, '');
}
