import type { Group, LessonTime, Location } from '../../src/domain/catalog';
import { testGroup } from '../support/test-catalog';
import { fallbackSeat } from '../../src/domain/fallback-seat';
import type { PlaceRequest } from '../../src/domain/matching';
import type { Availability, LessonFormat, TimeWindow, Weekday } from '../../src/domain/types';

/** Signed up on Wednesday 25 November 2026: lessons from Thursday the 26th up to Wednesday 2 December. */
const from = '2026-11-26';
const now = '2026-11-25T09:00:00.000Z';
const locations: Location[] = [
  { id: 'lib', name: 'Bieb', street: 'Brink 1', town: 'Deventer', contact: { name: 'Els' } },
  { id: 'work', name: 'Werkplaats', street: 'Weg 2', town: 'Deventer', contact: { name: 'Marco' } },
];
const newGroup = { id: 'new', now, nameOf: (goals: string[], s: LessonTime) => `${goals.join('+')} ${s.weekday} ${s.start}` };

function lesson(weekday: Weekday, start: string, minutes = 90): LessonTime {
  return { weekday, start, minutes };
}

function group(id: string, time: LessonTime, fields: Partial<Group> = {}): Group {
  return testGroup(id, { times: [time], ...fields });
}

const volunteer = (id: string, time: LessonTime) => group(id, time, { kind: 'one-on-one', capacity: 1, teacher: id });

function wish(availability: Partial<Availability>, format: LessonFormat | 'any' = 'any', time?: TimeWindow): PlaceRequest {
  return { goals: ['reading'], availability: { days: [], dayParts: [], ...availability, ...(time ? { time } : {}) }, format };
}

const onlyFree = (...ids: string[]) => (id: string) => (ids.includes(id) ? 1 : 0);
const noneFree = () => 0;

type Case = [name: string, groups: Group[], seats: (id: string) => number, request: PlaceRequest, expected: object, refused?: string[]];

const cases: Case[] = [
  [
    'all groups full: a free volunteer within the week, at the asked time',
    [group('full', lesson('tue', '09:30')), volunteer('wim', lesson('thu', '10:00', 60)), volunteer('bert', lesson('mon', '10:00', 60))],
    onlyFree('wim', 'bert'),
    wish({ days: ['mon'], dayParts: ['morning'] }),
    { action: 'book', offer: { groupId: 'bert', kind: 'one-on-one', firstLesson: '2026-11-30', differs: [] } },
  ],
  [
    'all groups full: a volunteer on another day at the asked day part, when none is free on the asked day',
    [group('full', lesson('tue', '09:30')), volunteer('wim', lesson('thu', '10:00', 60))],
    onlyFree('wim'),
    wish({ days: ['tue'], dayParts: ['morning'] }),
    { action: 'book', offer: { groupId: 'wim', firstLesson: '2026-11-26', differs: ['day'] } },
  ],
  [
    'a volunteer the worker just refused is never booked',
    [volunteer('wim', lesson('thu', '10:00', 60))],
    onlyFree('wim'),
    wish({ dayParts: ['morning'] }),
    { action: 'open', offer: { groupId: 'new' } },
    ['wim'],
  ],
  [
    'a volunteer at a day part the worker did not ask for is not booked: a new group at their time is opened',
    [volunteer('bert', lesson('tue', '19:00', 60))],
    onlyFree('bert'),
    wish({ days: ['fri'], dayParts: ['afternoon'] }),
    { action: 'open', group: { times: [lesson('fri', '13:30')], startDate: '2026-11-27' } },
  ],
  [
    'no volunteer: only Friday afternoon opens a Friday afternoon group this week, flagged for the coordinator by the day before',
    [group('fri-afternoon', lesson('fri', '13:30'))],
    noneFree,
    wish({ days: ['fri'], dayParts: ['afternoon'] }),
    {
      action: 'open',
      group: {
        id: 'new',
        kind: 'group',
        goals: ['reading'],
        times: [lesson('fri', '13:30')],
        startDate: '2026-11-27',
        teacher: '',
        overflow: { openedAt: now, confirmed: false, confirmBy: '2026-11-26' },
      },
      offer: { groupId: 'new', kind: 'group', firstLesson: '2026-11-27', lesson: lesson('fri', '13:30'), differs: [] },
    },
  ],
  [
    'no volunteer: only Sunday evening opens a Sunday evening group this week',
    [],
    noneFree,
    wish({ days: ['sun'], dayParts: ['evening'] }),
    { action: 'open', group: { times: [lesson('sun', '19:00')], startDate: '2026-11-29', overflow: { confirmBy: '2026-11-28' } } },
  ],
  [
    'any day: the new group starts on the first working day that leaves the coordinator three days',
    [],
    noneFree,
    wish({}),
    { action: 'open', group: { times: [lesson('mon', '09:30')], startDate: '2026-11-30', overflow: { confirmBy: '2026-11-29' } } },
  ],
  [
    'several days: the first of them that leaves three days, else the last of them this week',
    [],
    noneFree,
    wish({ days: ['thu', 'fri'], dayParts: ['evening'] }),
    { action: 'open', group: { times: [lesson('fri', '19:00')], startDate: '2026-11-27' } },
  ],
  [
    'the new group takes the time and place of a full group that fits',
    [group('full', lesson('tue', '10:00'), { locationId: 'work' })],
    noneFree,
    wish({ days: ['tue'] }),
    { action: 'open', group: { times: [lesson('tue', '10:00')], locationId: 'work', startDate: '2026-12-01' } },
  ],
  [
    '"na 2 uur" opens a new group at two',
    [],
    noneFree,
    wish({ days: ['wed'] }, 'any', { after: '14:00' }),
    { action: 'open', group: { times: [lesson('wed', '14:00')], startDate: '2026-12-02' } },
  ],
  [
    '"tot 12 uur" opens a new group that ends by twelve',
    [],
    noneFree,
    wish({ days: ['tue'] }, 'any', { before: '12:00' }),
    { action: 'open', group: { times: [lesson('tue', '09:30')] } },
  ],
  [
    '"dinsdag om 3 uur" opens a new group on Tuesday at three',
    [],
    noneFree,
    wish({ days: ['tue'] }, 'any', { at: '15:00' }),
    { action: 'open', group: { times: [lesson('tue', '15:00')], startDate: '2026-12-01' } },
  ],
  [
    'the next worker whose wish fits joins the new group the bot opened, instead of another',
    [group('opened', lesson('tue', '09:30'), { teacher: '', overflow: { openedAt: now, confirmed: false, confirmBy: '2026-11-30' } })],
    onlyFree('opened'),
    wish({ days: ['tue'], dayParts: ['morning'] }),
    { action: 'book', offer: { groupId: 'opened', firstLesson: '2026-12-01' } },
  ],
  [
    'a worker who asked for 1-on-1 gets a free volunteer',
    [volunteer('wim', lesson('thu', '10:00', 60))],
    onlyFree('wim'),
    wish({}, 'one-on-one'),
    { action: 'book', offer: { groupId: 'wim', kind: 'one-on-one', differs: [] } },
  ],
  [
    'a worker who asked for 1-on-1 with no volunteer free gets a new group that says it is a group, so the dialog asks first',
    [volunteer('wim', lesson('thu', '10:00', 60))],
    noneFree,
    wish({ dayParts: ['morning'] }, 'one-on-one'),
    { action: 'open', offer: { kind: 'group', differs: ['format'] } },
  ],
];

describe('when the worker wants none of the offers, or nothing fits', () => {
  it.each(cases)('%s', (_name, groups, seats, request, expected, refused = []) => {
    expect(fallbackSeat(groups, locations, seats, request, from, newGroup, refused)).toMatchObject(expected);
  });
});
