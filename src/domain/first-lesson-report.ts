import type { Group, Location } from './catalog';
import { addDays, daysBetween } from './dates';
import { fallbackSeat } from './fallback-seat';
import { FIRST_LESSON_WITHIN_DAYS, seatOffers } from './seat-offers';
import type { Wish } from './wish-spread';

/** Groups and the free seats in them, as the bot sees them at sign-up. */
export interface CatalogState {
  name: string;
  groups: Group[];
  locations: Location[];
  freeSeats: (groupId: string) => number;
}

/** The seats one worker gets: the first button, and the fallback after "none of these". */
export interface SeatOutcome {
  wish: Wish;
  /** Days from sign-up to the first lesson of the first offer, or of the fallback when nothing is offered. */
  firstOffer: number;
  firstOfferFits: boolean;
  fallback: number;
  fallbackOpensGroup: boolean;
}

/** The catalog as it is, crowded (three in four groups full) and full (no seat left anywhere). */
export function catalogStates(groups: Group[], locations: Location[]): CatalogState[] {
  const ids = groups.map((g) => g.id).sort();
  const stillFree = new Set(ids.filter((_, i) => i % 4 === 0));
  const capacity = (id: string) => groups.find((g) => g.id === id)?.capacity ?? 0;
  return [
    { name: 'demo', groups, locations, freeSeats: capacity },
    { name: 'crowded', groups, locations, freeSeats: (id) => (stillFree.has(id) ? capacity(id) : 0) },
    { name: 'full', groups, locations, freeSeats: () => 0 },
  ];
}

export function seatsFor(catalog: CatalogState, wishes: Wish[]): SeatOutcome[] {
  return wishes.map((wish) => {
    const from = addDays(wish.signUp, 1);
    const offers = seatOffers(catalog.groups, catalog.freeSeats, wish.request, from);
    const newGroup = { id: 'new', now: `${wish.signUp}T09:00:00.000Z`, nameOf: () => 'new' };
    const refused = offers.map((o) => o.groupId);
    const fallback = fallbackSeat(catalog.groups, catalog.locations, catalog.freeSeats, wish.request, from, newGroup, refused);
    const first = offers[0] ?? fallback.offer;
    return {
      wish,
      firstOffer: daysBetween(wish.signUp, first.firstLesson),
      firstOfferFits: offers.length > 0 && first.differs.length === 0,
      fallback: daysBetween(wish.signUp, fallback.offer.firstLesson),
      fallbackOpensGroup: fallback.action === 'open',
    };
  });
}

const percent = (part: number, whole: number) => `${Math.round((100 * part) / Math.max(1, whole))}%`;

/** A markdown table: per catalog, how many workers reach their first lesson after how many days. */
export function daysTable(results: { catalog: string; outcomes: SeatOutcome[] }[]): string {
  const columns = results.flatMap(({ catalog, outcomes }) => [
    { name: `${catalog}: first offer`, days: outcomes.map((o) => o.firstOffer), outcomes },
    { name: `${catalog}: fallback`, days: outcomes.map((o) => o.fallback), outcomes },
  ]);
  const row = (label: string, cells: string[]) => `| ${label} | ${cells.join(' | ')} |`;
  const dayRows = Array.from({ length: FIRST_LESSON_WITHIN_DAYS }, (_, i) => i + 1).map((d) =>
    row(d === 1 ? '1 day' : `${d} days`, columns.map((c) => String(c.days.filter((days) => days === d).length))),
  );
  return [
    row('days from sign-up to first lesson', columns.map((c) => c.name)),
    row('---', columns.map(() => '---:')),
    ...dayRows,
    row(`more than ${FIRST_LESSON_WITHIN_DAYS}`, columns.map((c) => String(c.days.filter((d) => d > FIRST_LESSON_WITHIN_DAYS).length))),
    row(`**within ${FIRST_LESSON_WITHIN_DAYS} days**`, columns.map((c) => percent(c.days.filter((d) => d <= FIRST_LESSON_WITHIN_DAYS).length, c.days.length))),
    row('first offer fits the wish', columns.map((c, i) => (i % 2 === 0 ? percent(c.outcomes.filter((o) => o.firstOfferFits).length, c.outcomes.length) : ''))),
    row('fallback opens a new group', columns.map((c, i) => (i % 2 === 1 ? percent(c.outcomes.filter((o) => o.fallbackOpensGroup).length, c.outcomes.length) : ''))),
  ].join('\n');
}
