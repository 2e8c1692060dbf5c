import type { Weekday } from '../domain/types';
import { understandChoice } from './choice';

/** One seat offered as a button, in the words a worker may use to pick it. */
export interface OfferWords {
  /** The button text, e.g. "Di 9.30 · Bibliotheek Centrum". */
  label: string;
  weekday: Weekday;
  /** Start time 'HH:MM'. */
  start: string;
  /** Place name, e.g. "Bibliotheek Centrum". */
  place: string;
  /** Street address, e.g. "Kerkstraat 1", when the worker may name the place by it. */
  address?: string;
  /** Teacher or volunteer first name. */
  person?: string;
  oneOnOne: boolean;
}

/** Which offer (1-based), 'none' when none fits ("Andere tijd", "geen van allen"), or not understood. */
export type OfferAnswer = number | 'none';

// Contract stub: the NLU work replaces the body; callers rely only on the signature.
export function understandOffer(text: string, offers: OfferWords[]): OfferAnswer | undefined {
  return understandChoice(text, offers.map((offer, index) => ({ value: index + 1, words: [offer.label] })));
}
