/**
 * Text as the understanding sees it: lower case, no accents, no punctuation, one space
 * between words. "Ja, dát klopt!" becomes "ja dat klopt", "'s middags" becomes "smiddags"
 * (the way many workers type it anyway), a thumbs-up becomes "ja".
 * Digits keep the signs between them ("14.00", "06-123", "+31"), so times, dates and
 * phone numbers survive.
 */
export function normalize(text: string): string {
  return text
    .replace(/👍|👌|✅|✔️?/gu, ' ja ')
    .replace(/👎|❌|🚫/gu, ' nee ')
    .replace(/🤷/gu, ' misschien ')
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘`´]/g, "'")
    .replace(/(^|[^\p{L}])'?s'?\s*-?\s*(?=(ochtends|morgens|middags|avonds|nachts|maandags|dinsdags|woensdags|donderdags|vrijdags|zaterdags|zondags)\b)/gu, '$1s')
    .replace(/\bm'?n\b/g, 'mijn')
    .replace(/\bz'?n\b/g, 'zijn')
    .replace(/(^|\s)'t\b/g, '$1het')
    .replace(/\be-?mail/g, 'email')
    .replace(/[^\p{L}\p{N}+/:.\s-]/gu, ' ')
    .replace(/(\p{L})[.:]+(?=\s|$)/gu, '$1')
    .replace(/(^|\s)[.:/-]+(?=\s|$)/g, '$1')
    .replace(/(\p{L})\1{2,}/gu, '$1$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The words of a text; signs between letters split words, signs between digits stay. */
export function words(text: string): string[] {
  const normal = normalize(text).replace(/[/:.+-]+/g, (match, offset: number, whole: string) =>
    /\d/.test(whole[offset - 1] ?? '') && /\d/.test(whole[offset + match.length] ?? '') ? match : ' ',
  );
  return normal.split(' ').filter(Boolean);
}

/** Splits a message into the parts a worker separated with commas, "maar" or full stops. */
export function clauses(text: string): string[] {
  return text
    .split(/[,;!?]|\.(?!\d)|\bmaar\b/i)
    .map((part) => part.trim())
    .filter(Boolean);
}
