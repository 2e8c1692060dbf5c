import { understandAvailability, understandGoals, understandOffer, type OfferWords } from '../../src/nlu';

/** The three seats of WRITING.md's "offers" group, as the bot shows them. */
export const FIXTURE_OFFERS: OfferWords[] = [
  { label: 'Di 9.30 · Bibliotheek Centrum', weekday: 'tue', start: '09:30', place: 'Bibliotheek Centrum', person: 'Anja', oneOnOne: false },
  { label: 'Wo 19.00 · met vrijwilliger Wim', weekday: 'wed', start: '19:00', place: 'Buurthuis De Linde', person: 'Wim', oneOnOne: true },
  { label: 'Do 13.30 · Buurthuis De Linde', weekday: 'thu', start: '13:30', place: 'Buurthuis De Linde', person: 'Marco', oneOnOne: false },
];

/**
 * Readers for the slot groups of the new batches (owned by the NLU-B work, which may replace
 * this file; keep the export's name and type). Each turns a reading into the label shape of
 * test/fixtures/nlu/WRITING.md, null when not understood.
 */
export const SLOT_READERS: Record<'when' | 'offers' | 'goals', (input: string, today: string) => unknown> = {
  when: (input) => {
    const reading = understandAvailability(input);
    if (!reading) return null;
    if (reading.any) return 'any';
    const time = reading.time ?? {};
    return {
      days: reading.days,
      parts: reading.dayParts,
      ...(time.at ? { at: time.at } : {}),
      ...(time.after ? { after: time.after } : {}),
      ...(time.before ? { before: time.before } : {}),
    };
  },
  offers: (input) => understandOffer(input, FIXTURE_OFFERS) ?? null,
  goals: (input) => {
    const reading = understandGoals(input);
    return reading ? { goals: reading.goals } : null;
  },
};
