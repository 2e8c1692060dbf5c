import type { Group, Location } from './catalog';
import type { LocalDate } from './dates';
import type { PlaceRequest } from './matching';
import { newGroupFor, type NewGroupFields } from './overflow';
import { differences, timeOfDayRank } from './seat-fit';
import { byNearness, offerOf, placeSeats, type SeatOffer } from './seat-offers';

/** What the booking service must do: book an existing seat, or save this new group and book it. */
export type FallbackSeat = { action: 'book'; offer: SeatOffer } | { action: 'open'; group: Group; offer: SeatOffer };

/**
 * For a worker who wants none of the offers, or when nothing fits: a free volunteer at the
 * asked time of day within a week; else a new group of the bot's that fits; else a new one
 * at the asked time within a week, for the coordinator to confirm by `overflow.confirmBy`.
 * A seat the worker just refused is never the answer. A volunteer at a time of day the worker
 * did not ask for is not booked either: a new group at their own time fits them better.
 */
export function fallbackSeat(
  groups: Group[],
  locations: Location[],
  freeSeats: (groupId: string) => number,
  request: PlaceRequest,
  from: LocalDate,
  newGroup: NewGroupFields,
  refused: string[] = [],
): FallbackSeat {
  const seats = placeSeats(
    groups.filter((group) => !refused.includes(group.id)),
    freeSeats,
    request,
    from,
  ).filter((seat) => timeOfDayRank(seat.nearness) === 0);
  const opened = new Set(groups.filter((group) => group.overflow).map((group) => group.id));

  const volunteer = seats.filter((seat) => seat.kind === 'one-on-one').sort(byNearness)[0];
  if (volunteer) return { action: 'book', offer: offerOf(volunteer) };
  const ownGroup = seats.filter((seat) => opened.has(seat.groupId) && ['fits', 'same-time'].includes(seat.nearness)).sort(byNearness)[0];
  if (ownGroup) return { action: 'book', offer: offerOf(ownGroup) };

  const group = newGroupFor(groups, locations, request, from, newGroup);
  const [lesson] = group.times;
  const offer: SeatOffer = { groupId: group.id, kind: group.kind, firstLesson: group.startDate, lesson, differs: differences(group, lesson, request) };
  return { action: 'open', group, offer };
}
