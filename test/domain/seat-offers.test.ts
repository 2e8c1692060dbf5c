import type { Group, LessonTime } from '../../src/domain/catalog';
import { testGroup } from '../support/test-catalog';
import type { PlaceRequest } from '../../src/domain/matching';
import { firstLessonFor, seatOffers } from '../../src/domain/seat-offers';
import type { Availability, LessonFormat, TimeWindow, Weekday } from '../../src/domain/types';

/** Signed up on Wednesday 25 November 2026: lessons from Thursday the 26th up to Wednesday 2 December. */
const from = '2026-11-26';

function lesson(weekday: Weekday, start: string, minutes = 90): LessonTime {
  return { weekday, start, minutes };
}

function group(id: string, times: LessonTime[], fields: Partial<Group> = {}): Group {
  return testGroup(id, { times, ...fields });
}

function volunteer(id: string, time: LessonTime): Group {
  return group(id, [time], { kind: 'one-on-one', capacity: 1, goals: ['reading', 'writing', 'numeracy', 'digital', 'speaking'], teacher: id });
}

function wish(availability: Partial<Availability>, format: LessonFormat | 'any' = 'any', time?: TimeWindow): PlaceRequest {
  return { goals: ['reading'], availability: { days: [], dayParts: [], ...availability, ...(time ? { time } : {}) }, format };
}

const free = (_id: string) => 1;
const full = (...ids: string[]) => (id: string) => (ids.includes(id) ? 0 : 1);
const offered = (groups: Group[], request: PlaceRequest, seats = free) =>
  seatOffers(groups, seats, request, from).map((o) => [o.groupId, o.firstLesson, o.differs.join(',')]);

const friMorning = group('fri-morning', [lesson('fri', '09:30')]);
const friAfternoon = group('fri-afternoon', [lesson('fri', '13:30')]);
const monAfternoon = group('mon-afternoon', [lesson('mon', '13:30')]);
const wedAfternoon = group('wed-afternoon', [lesson('wed', '14:00')]);
const thuAfternoonVolunteer = volunteer('wim', lesson('thu', '14:00', 60));
const tueMorning = group('tue-morning', [lesson('tue', '09:30')]);
const monMorning = group('mon-morning', [lesson('mon', '09:30')]);
const tueThu = group('tue-thu', [lesson('tue', '09:30'), lesson('thu', '09:30')]);
const sunEvening = group('sun-evening', [lesson('sun', '19:00')]);

type Case = [name: string, groups: Group[], request: PlaceRequest, expected: string[][], seats?: (id: string) => number];

const cases: Case[] = [
  [
    'a worker who wants only Friday afternoon gets the Friday afternoon seat, not the Friday morning',
    [friMorning, friAfternoon, monAfternoon],
    wish({ days: ['fri'], dayParts: ['afternoon'] }),
    [['fri-afternoon', '2026-11-27', '']],
  ],
  [
    'only Friday afternoon with nothing then: afternoon seats on other days, in date order, and never a morning',
    [friMorning, monAfternoon, wedAfternoon, thuAfternoonVolunteer],
    wish({ days: ['fri'], dayParts: ['afternoon'] }),
    [
      ['wim', '2026-11-26', 'day'],
      ['mon-afternoon', '2026-11-30', 'day'],
      ['wed-afternoon', '2026-12-02', 'day'],
    ],
  ],
  [
    'only Sunday evening gets the Sunday evening group within the week',
    [tueMorning, sunEvening],
    wish({ days: ['sun'], dayParts: ['evening'] }),
    [['sun-evening', '2026-11-29', '']],
  ],
  [
    'only Sunday evening with no evening anywhere: the nearest seats at other times, earliest first',
    [tueMorning, monAfternoon, friMorning, monMorning],
    wish({ days: ['sun'], dayParts: ['evening'] }),
    [
      ['fri-morning', '2026-11-27', 'day,day-part'],
      ['mon-morning', '2026-11-30', 'day,day-part'],
      ['mon-afternoon', '2026-11-30', 'day,day-part'],
    ],
  ],
  [
    '"not Monday" never gets a Monday seat while another day fits',
    [monMorning, tueMorning],
    wish({ days: ['tue', 'wed', 'thu', 'fri', 'sat', 'sun'] }),
    [['tue-morning', '2026-12-01', '']],
  ],
  [
    'a Tuesday and Thursday group fits a worker who can only come on Tuesday mornings, from the Tuesday',
    [tueThu],
    wish({ days: ['tue'], dayParts: ['morning'] }),
    [['tue-thu', '2026-12-01', '']],
  ],
  [
    'a worker with any time gets the earliest seats first, one button per group',
    [tueMorning, friAfternoon, tueThu, monMorning],
    wish({}),
    [
      ['tue-thu', '2026-11-26', ''],
      ['fri-afternoon', '2026-11-27', ''],
      ['mon-morning', '2026-11-30', ''],
    ],
  ],
  [
    'a fitting seat is offered alone: never one at another day part, even an earlier one',
    [monMorning, group('thu-evening', [lesson('thu', '19:00')]), group('mon-evening', [lesson('mon', '19:00')])],
    wish({ dayParts: ['morning'] }),
    [['mon-morning', '2026-11-30', '']],
  ],
  [
    'with no fit, the asked day part on the asked day comes first, then other days, then a volunteer',
    [
      group('tue-writing', [lesson('tue', '09:30')], { goals: ['writing', 'reading'] }),
      group('tue-place', [lesson('tue', '10:00')], { locationId: 'work' }),
      group('thu-morning', [lesson('thu', '09:30')]),
      volunteer('wim', lesson('fri', '10:00', 60)),
      group('tue-evening', [lesson('tue', '19:00')]),
    ],
    { ...wish({ days: ['tue'], dayParts: ['morning'] }), goals: ['reading', 'numeracy'], preferredLocationId: 'lib' },
    [
      ['thu-morning', '2026-11-26', 'goals,day'],
      ['tue-writing', '2026-12-01', 'goals'],
      ['tue-place', '2026-12-01', 'goals,location'],
    ],
  ],
  [
    'a volunteer at the asked time is offered only after the groups at that time on other days',
    [
      volunteer('wim', lesson('thu', '10:00', 60)),
      group('fri-morning', [lesson('fri', '10:00')]),
      group('mon-morning', [lesson('mon', '10:00')]),
      group('wed-morning', [lesson('wed', '10:00')]),
      group('tue-evening', [lesson('tue', '19:00')]),
    ],
    wish({ days: ['tue'], dayParts: ['morning'] }),
    [
      ['fri-morning', '2026-11-27', 'day'],
      ['mon-morning', '2026-11-30', 'day'],
      ['wed-morning', '2026-12-02', 'day'],
    ],
  ],
  [
    'a full group, an ended group, one with no goal in common and one that starts in two weeks are never offered',
    [
      group('full', [lesson('thu', '09:30')]),
      group('ended', [lesson('thu', '09:30')], { endDate: '2026-11-20' }),
      group('numbers', [lesson('thu', '09:30')], { goals: ['numeracy'] }),
      group('later', [lesson('thu', '09:30')], { startDate: '2026-12-10' }),
      monMorning,
    ],
    wish({}),
    [['mon-morning', '2026-11-30', '']],
    full('full'),
  ],
];

const timeCases: Case[] = [
  [
    '"om 3 uur" fits a lesson starting within an hour of three',
    [group('at-1330', [lesson('tue', '13:30')]), group('at-1430', [lesson('tue', '14:30')]), group('at-1600', [lesson('tue', '16:00')])],
    wish({ days: ['tue'] }, 'any', { at: '15:00' }),
    [
      ['at-1430', '2026-12-01', ''],
      ['at-1600', '2026-12-01', ''],
    ],
  ],
  [
    '"na 2 uur" fits a lesson starting at or after two, and is never offered 13.30 while one fits',
    [group('at-1330', [lesson('mon', '13:30')]), group('at-1400', [lesson('wed', '14:00')]), group('at-1900', [lesson('thu', '19:00')])],
    wish({}, 'any', { after: '14:00' }),
    [
      ['at-1900', '2026-11-26', ''],
      ['at-1400', '2026-12-02', ''],
    ],
  ],
  [
    '"tot 12 uur" fits a lesson that ends by twelve',
    [group('ends-1130', [lesson('fri', '10:00')]), group('ends-1230', [lesson('thu', '11:00')])],
    wish({}, 'any', { before: '12:00' }),
    [['ends-1130', '2026-11-27', '']],
  ],
  [
    'a clock time that nothing meets: first the same day part at another clock time, never another day part',
    [group('at-1330', [lesson('mon', '13:30')]), group('at-0930', [lesson('thu', '09:30')])],
    wish({}, 'any', { after: '14:00' }),
    [['at-1330', '2026-11-30', 'time']],
  ],
];

const formatCases: Case[] = [
  [
    'a worker who did not say group or 1-on-1 gets both, earliest first, and the kind is on the offer',
    [volunteer('wim', lesson('thu', '10:00', 60)), tueMorning],
    wish({ dayParts: ['morning'] }),
    [
      ['wim', '2026-11-26', ''],
      ['tue-morning', '2026-12-01', ''],
    ],
  ],
  [
    'a worker who asked for 1-on-1 gets only volunteers',
    [tueThu, volunteer('bert', lesson('tue', '10:00', 60))],
    wish({ dayParts: ['morning'] }, 'one-on-one'),
    [['bert', '2026-12-01', '']],
  ],
  [
    'a worker who asked for 1-on-1 with no volunteer at their time gets groups that say they are groups',
    [tueThu, volunteer('bert', lesson('tue', '19:00', 60))],
    wish({ dayParts: ['morning'] }, 'one-on-one'),
    [['tue-thu', '2026-11-26', 'format']],
  ],
  [
    'a worker who asked for a group gets a volunteer only after the groups at their time',
    [volunteer('wim', lesson('thu', '10:00', 60)), tueMorning],
    wish({ dayParts: ['morning'] }, 'group'),
    [['tue-morning', '2026-12-01', '']],
  ],
];

describe('the seats offered as buttons', () => {
  it.each([...cases, ...timeCases, ...formatCases])('%s', (_name, groups, request, expected, seats = free) => {
    expect(offered(groups, request, seats)).toEqual(expected);
  });

  it('offers at most three seats, and each says its kind and the lesson of its first date', () => {
    const groups = ['a', 'b', 'c', 'd'].map((id) => group(id, [lesson('mon', '09:30')]));
    const offers = seatOffers([...groups, tueThu], free, wish({ days: ['tue'] }), from);
    expect(offers).toHaveLength(1);
    expect(offers[0]).toEqual({ groupId: 'tue-thu', kind: 'group', firstLesson: '2026-12-01', lesson: lesson('tue', '09:30'), differs: [] });
    expect(seatOffers(groups, free, wish({}), from)).toHaveLength(3);
  });

  it('keeps every first lesson within seven days of sign-up', () => {
    const everyDay = (['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const).map((d) => group(d, [lesson(d, '09:30')]));
    const dates = seatOffers(everyDay, free, wish({}), from, 7).map((o) => o.firstLesson);
    expect(dates).toEqual(['2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29', '2026-11-30', '2026-12-01', '2026-12-02']);
  });
});

describe('the first lesson of a booked worker', () => {
  it('is the lesson that fits them, when a group meets twice a week', () => {
    expect(firstLessonFor(tueThu, wish({ days: ['tue'] }), from)).toMatchObject({ firstLesson: '2026-12-01', lesson: { weekday: 'tue' } });
    expect(firstLessonFor(tueThu, wish({}), from)).toMatchObject({ firstLesson: '2026-11-26', lesson: { weekday: 'thu' } });
  });
});
