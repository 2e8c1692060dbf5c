import { spoken } from './spoken';
import { understandYesNo } from './yes-no';

/**
 * Dutch phone numbers, written as people write them: 06-12345678, 06 1234 5678,
 * +31 6 12345678, +31 (0)6 12345678, +31 06 12345678, 0031612345678, 0570-123456. The result is
 * E.164 ("+31612345678"); anything else is not understood.
 */
export function understandPhone(typed: string): string | undefined {
  // "o6" typed for "06" (autocorrect, or the letter next to the zero).
  const text = typed.replace(/(^|[^\p{L}])[oO](?=6[\s-]?\d)/u, '$10');
  const candidate = /(\+|00)?[\d][\d\s\-.()/]{7,20}\d/.exec(text);
  if (!candidate) return undefined;
  // A time in the rest is no second number: "0619283746 maar niet na 9 uur bellen".
  const rest = text.replace(candidate[0], '').replace(/\b(na|voor|om|tot|vanaf|tussen|van|en) \d{1,2}([.:]\d{2})?( uur)?\b/gi, ' ');
  if (/\d/.test(rest)) return undefined;
  const digits = candidate[0].replace(/\(0\)/g, '').replace(/[\s\-.()/]/g, '');
  let national: string | undefined;
  if (/^(\+|00)310?[1-9]\d{8}$/.test(digits)) national = digits.slice(-9);
  else if (/^0[1-9]\d{8}$/.test(digits)) national = digits.slice(1);
  if (!national || national.startsWith('0')) return undefined;
  return `+31${national}`;
}

/** The answer at "Wil je je nummer geven?": the number, or yes (no number typed yet), or no. */
export type PhoneAnswer = string | 'yes' | 'no';

/**
 * "06-12345678" (the number), "ja" or "weet mijn nummer niet uit mijn hoofd" (yes, but no number
 * yet), "nee", "liever niet", "heb geen telefoon" (no). A question back is not understood.
 */
export function understandPhoneAnswer(text: string): PhoneAnswer | undefined {
  const number = understandPhone(text);
  if (number) return number;
  const normal = spoken(text);
  if (/\d{5,}/.test(normal.replace(/[\s-]/g, ''))) return undefined;
  if (/\?/.test(text) || /^(wie|wat|waarom|hoezo|wanneer|hoe|waarvoor)\b/.test(normal)) return undefined;
  // "mag ik het later geven": not now, and not no.
  if (/\blater\b/.test(normal)) return undefined;
  if (/\b(geen|heb niet een) (telefoon|mobiel|gsm|nummer)\b|\bniet bellen\b|\bbel (me |mij )?maar niet\b|\bik bel (zelf|zelluf)( wel)?\b/.test(normal)) return 'no';
  if (/^(mag|mag wel|is goed|prima|oke|ja)\b.*\b(appen|whatsapp|sms)\b/.test(normal)) return 'yes';
  if (/\b(weet|ken)( ik)? (mijn |het |me )?nummer niet\b|\bniet uit (mijn|het) hoofd\b|\bmoet (het |mijn nummer )?(even )?(opzoeken|kijken)\b|\bzoek (het|ik) (even )?op\b/.test(normal)) return 'yes';
  const yesNo = understandYesNo(text);
  return yesNo === 'yes' || yesNo === 'no' ? yesNo : undefined;
}
