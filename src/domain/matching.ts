import { dayPartOf, type Group, type LessonTime } from './catalog';
import { addDays, maxDate, nextWeekday, type LocalDate } from './dates';
import type { Availability, Goal, LessonFormat } from './types';

/** What a worker asks for, taken from their answers. */
export interface PlaceRequest {
  goals: Goal[];
  availability: Availability;
  format: LessonFormat | 'any';
  preferredLocationId?: string;
}

/** How an offer differs from what the worker asked for. */
export type OfferKind = 'match' | 'other-day-part' | 'other-day' | 'other-location' | 'one-on-one' | 'group';

export interface Offer {
  groupId: string;
  kind: OfferKind;
  firstLesson: LocalDate;
}

export interface PlaceSearch {
  match?: Offer;
  alternatives: Offer[];
}

/** @deprecated MAX_OFFERS in seat-offers.ts. */
export const MAX_ALTERNATIVES = 3;

export function lessonTimeFits(session: LessonTime, availability: Availability): boolean {
  const dayFits = availability.days.length === 0 || availability.days.includes(session.weekday);
  const partFits = availability.dayParts.length === 0 || availability.dayParts.includes(dayPartOf(session.start));
  return dayFits && partFits;
}

/**
 * The first lesson on or after `from`, of any of the group's lessons; joining a running group is fine.
 * To book a worker, firstLessonFor (seat-offers.ts) picks the lesson that fits them.
 */
export function firstLessonDate(group: Group, from: LocalDate): LocalDate | undefined {
  if (group.cancelledAt) return undefined;
  const start = maxDate(from, group.startDate);
  const skipCancelled = (date: LocalDate): LocalDate => (group.cancelledSessions?.includes(date) ? skipCancelled(addDays(date, 7)) : date);
  const first = group.times.map((session) => skipCancelled(nextWeekday(start, session.weekday))).sort()[0];
  if (!first || (group.endDate && first > group.endDate)) return undefined;
  return first;
}

export function goalsCovered(group: Group, goals: Goal[]): number {
  return goals.filter((goal) => group.goals.includes(goal)).length;
}

interface Candidate {
  group: Group;
  firstLesson: LocalDate;
  covered: number;
  timeFits: boolean;
  dayFits: boolean;
  formatFits: boolean;
  locationFits: boolean;
}

function candidate(group: Group, request: PlaceRequest, from: LocalDate): Candidate | undefined {
  const firstLesson = firstLessonDate(group, from);
  if (!firstLesson) return undefined;
  const covered = goalsCovered(group, request.goals);
  if (request.goals.length > 0 && covered === 0) return undefined;
  const days = request.availability.days;
  return {
    group,
    firstLesson,
    covered,
    timeFits: group.times.every((session) => lessonTimeFits(session, request.availability)),
    dayFits: group.times.some((session) => days.length === 0 || days.includes(session.weekday)),
    formatFits: request.format === 'any' || request.format === group.kind,
    locationFits: !request.preferredLocationId || request.preferredLocationId === group.locationId,
  };
}

function kindOf(c: Candidate, request: PlaceRequest): OfferKind {
  if (c.timeFits && c.formatFits && c.locationFits) return 'match';
  if (!c.formatFits) return request.format === 'group' ? 'one-on-one' : 'group';
  if (c.timeFits) return 'other-location';
  return c.dayFits ? 'other-day-part' : 'other-day';
}

/** Lower is nearer to what the worker asked for. */
function distance(c: Candidate, request: PlaceRequest): number {
  const time = c.timeFits ? 0 : c.dayFits ? 1 : 2;
  // With "maakt niet uit", a group comes before a scarce 1-on-1 volunteer.
  const sparesVolunteer = request.format === 'any' && c.group.kind === 'one-on-one' ? 0.25 : 0;
  return time + (c.formatFits ? 0 : 1) + (c.locationFits ? 0 : 1) + (request.goals.length - c.covered) * 0.5 + sparesVolunteer;
}

function byFit(request: PlaceRequest) {
  return (a: Candidate, b: Candidate) =>
    distance(a, request) - distance(b, request) ||
    b.covered - a.covered ||
    a.firstLesson.localeCompare(b.firstLesson) ||
    a.group.id.localeCompare(b.group.id);
}

/**
 * @deprecated seatOffers (seat-offers.ts): no seat is booked unasked, the worker taps one of up to three.
 * The group that fits goals and times best and has a free seat, earliest start first;
 * else up to three nearest alternatives, one of each kind where possible.
 */
export function findPlace(
  groups: Group[],
  freeSeats: (groupId: string) => number,
  request: PlaceRequest,
  from: LocalDate,
): PlaceSearch {
  const candidates = groups
    .filter((group) => freeSeats(group.id) > 0)
    .map((group) => candidate(group, request, from))
    .filter((c): c is Candidate => c !== undefined)
    .sort(byFit(request));

  const toOffer = (c: Candidate): Offer => ({ groupId: c.group.id, kind: kindOf(c, request), firstLesson: c.firstLesson });
  const best = candidates[0];
  if (best && kindOf(best, request) === 'match') return { match: toOffer(best), alternatives: [] };

  const offers = candidates.map(toOffer);
  const oneOfEachKind = offers.filter((offer, i) => offers.findIndex((o) => o.kind === offer.kind) === i);
  const rest = offers.filter((offer) => !oneOfEachKind.includes(offer));
  return { alternatives: [...oneOfEachKind, ...rest].slice(0, MAX_ALTERNATIVES) };
}

/** @deprecated fallbackSeat (fallback-seat.ts). A free 1-on-1 slot whose times fit, for a worker who wants none of the offers. */
export function findOneOnOne(
  groups: Group[],
  freeSeats: (groupId: string) => number,
  availability: Availability,
  from: LocalDate,
): Offer | undefined {
  return groups
    .filter((g) => g.kind === 'one-on-one' && freeSeats(g.id) > 0)
    .filter((g) => g.times.every((session) => lessonTimeFits(session, availability)))
    .flatMap((g): Offer[] => {
      const firstLesson = firstLessonDate(g, from);
      return firstLesson ? [{ groupId: g.id, kind: 'one-on-one', firstLesson }] : [];
    })
    .sort((a, b) => a.firstLesson.localeCompare(b.firstLesson))[0];
}
