import { understandAvailability } from '../../src/nlu/days';
import { goalsInOrder } from '../../src/nlu/goals';
import { understandOffer, type OfferWords } from '../../src/nlu/offers';

export type SlotGroup = 'when' | 'offers' | 'goals';

/** The three seats WRITING.md shows at "Welke past jou?", as the dialog hands them over. */
export const FIXTURE_OFFERS: OfferWords[] = [
  { label: 'Di 9.30 · Bibliotheek Centrum', weekday: 'tue', start: '09:30', place: 'Bibliotheek Centrum', address: 'Kerkstraat 1', person: 'Anja', oneOnOne: false },
  { label: 'Wo 19.00 · met vrijwilliger Wim', weekday: 'wed', start: '19:00', place: 'Buurthuis De Linde', person: 'Wim', oneOnOne: true },
  { label: 'Do 13.30 · Buurthuis De Linde', weekday: 'thu', start: '13:30', place: 'Buurthuis De Linde', person: 'Marco', oneOnOne: false },
];

/** Our slot readers in the fixture's label shape (WRITING.md): plain JSON, null for "not understood". */
export const SLOT_READERS: Record<SlotGroup, (input: string, today: string) => unknown> = {
  when: (input) => {
    const reading = understandAvailability(input);
    if (!reading) return null;
    if (reading.any) return 'any';
    return { days: reading.days, parts: reading.dayParts, ...reading.time };
  },
  offers: (input) => understandOffer(input, FIXTURE_OFFERS) ?? null,
  goals: (input) => {
    const goals = goalsInOrder(input);
    return goals ? { goals } : null;
  },
};
