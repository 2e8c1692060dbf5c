import * as Recognizers from '@microsoft/recognizers-text-suite';
import type { Answer, Reader } from './nlu-fixture';

/** What @microsoft/recognizers-text-suite makes of the fixture, for the groups it has a model for. */
const DUTCH = Recognizers.Culture.Dutch;

/** Noon of the fixture's day, so "today" is the same date in every time zone we run in. */
const referenceOf = (today: string) => new Date(`${today}T12:00:00Z`);

function firstDateTime(input: string, today: string, type: 'date' | 'time'): string | undefined {
  for (const result of Recognizers.recognizeDateTime(input, DUTCH, undefined, referenceOf(today))) {
    const values = (result.resolution?.values ?? []) as { type: string; value?: string }[];
    const found = values.filter((value) => value.type === type && value.value).map((value) => value.value!);
    if (found.length > 0) return found.find((value) => value >= today) ?? found[0];
  }
  return undefined;
}

/** The phone recognizer only finds a number; this writes what it found the way ours does (E.164). */
function asE164(found: string): string | null {
  const digits = found.replace(/[^\d+]/g, '');
  const national = /^(?:\+31|0031|0)([1-9]\d{8})$/.exec(digits);
  return national ? `+31${national[1]}` : null;
}

export const RECOGNIZERS_TEXT: Partial<Record<Reader, Answer>> = {
  yesno: (input) => {
    const result = Recognizers.recognizeBoolean(input, DUTCH)[0];
    return result ? (result.resolution.value ? 'yes' : 'no') : null;
  },
  numbers: (input) => {
    const result = Recognizers.recognizeNumber(input, DUTCH)[0];
    return result ? Number(result.resolution.value) : null;
  },
  times: (input, today) => firstDateTime(input, today, 'time')?.slice(0, 5) ?? null,
  dates: (input, today) => firstDateTime(input, today, 'date') ?? null,
  phone: (input) => {
    const result = Recognizers.recognizePhoneNumber(input, DUTCH)[0];
    return result ? asE164(String(result.resolution.value)) : null;
  },
};
