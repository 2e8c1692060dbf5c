/**
 * Dutch phone numbers, written as people write them: 06-12345678, 06 1234 5678,
 * +31 6 12345678, +31 (0)6 12345678, +31 06 12345678, 0031612345678, 0570-123456. The result is
 * E.164 ("+31612345678"); anything else is not understood.
 */
export function understandPhone(text: string): string | undefined {
  const candidate = /(\+|00)?[\d][\d\s\-.()/]{7,20}\d/.exec(text);
  if (!candidate) return undefined;
  const rest = text.replace(candidate[0], '');
  if (/\d/.test(rest)) return undefined;
  const digits = candidate[0].replace(/\(0\)/g, '').replace(/[\s\-.()/]/g, '');
  let national: string | undefined;
  if (/^(\+|00)310?[1-9]\d{8}$/.test(digits)) national = digits.slice(-9);
  else if (/^0[1-9]\d{8}$/.test(digits)) national = digits.slice(1);
  if (!national || national.startsWith('0')) return undefined;
  return `+31${national}`;
}
