import type { Domain } from '../../src/domain';
import { WEDNESDAY, domainWith, testGroup } from '../support/test-catalog';
import type { Group, Location } from '../../src/domain/catalog';
import type { IntakeDraft } from '../../src/domain/intake';
import type { Availability, Goal, LessonFormat } from '../../src/domain/types';

const clock = WEDNESDAY;

const library: Location = { id: 'lib', name: 'Bieb', street: 'Brink 1', town: 'Deventer', contact: { name: 'Els' } };
const workshop: Location = { id: 'work', name: 'Werkplaats', street: 'Weg 2', town: 'Deventer', contact: { name: 'Marco' } };


const domainOf = (groups: Group[]): Promise<Domain> => domainWith([library, workshop], groups);

let users = 0;
function draft(goals: Goal[], availability: Availability, format: LessonFormat | 'any' = 'group'): IntakeDraft {
  users += 1;
  return {
    channel: 'test',
    channelUserId: `u${users}`,
    conversationId: `c${users}`,
    name: `Worker ${users}`,
    goals: { choices: goals },
    reasons: { choices: ['work'] },
    availability,
    format,
    consent: { at: clock.now().toISOString(), version: 'v1' },
  };
}

const anyTime: Availability = { days: [], dayParts: [] };

describe('matching a worker to a group', () => {
  it('picks the group that covers the most goals within the worker’s times', async () => {
    const domain = await domainOf([
      testGroup('reading-only', { goals: ['reading'] }),
      testGroup('reading-writing', { goals: ['reading', 'writing'] }),
      testGroup('thursday', { goals: ['reading', 'writing'], times: [{ weekday: 'thu', start: '09:30', minutes: 90 }] }),
    ]);
    const intake = await domain.intakes.submit(draft(['reading', 'writing'], { days: ['tue'], dayParts: ['morning'] }));
    expect((await domain.bookings.findPlace(intake.id)).match).toEqual({ groupId: 'reading-writing', kind: 'match', firstLesson: '2026-12-01' });
  });

  it('takes the earliest first lesson among equal fits', async () => {
    const domain = await domainOf([
      testGroup('tuesday', {}),
      testGroup('friday', { times: [{ weekday: 'fri', start: '09:30', minutes: 90 }] }),
    ]);
    const intake = await domain.intakes.submit(draft(['reading'], anyTime));
    expect((await domain.bookings.findPlace(intake.id)).match?.groupId).toBe('friday');
  });

  it('lets a worker join a group that already runs, from its next lesson', async () => {
    const domain = await domainOf([testGroup('running', { startDate: '2026-01-06' })]);
    const intake = await domain.intakes.submit(draft(['reading'], anyTime));
    expect((await domain.bookings.findPlace(intake.id)).match?.firstLesson).toBe('2026-12-01');
  });

  it('never offers a group that has ended or has no goal in common', async () => {
    const domain = await domainOf([
      testGroup('ended', { endDate: '2026-11-20' }),
      testGroup('numbers', { goals: ['numeracy'] }),
    ]);
    const intake = await domain.intakes.submit(draft(['reading'], anyTime));
    expect((await domain.bookings.findPlace(intake.id))).toEqual({ alternatives: [] });
  });

  it('offers up to three nearest alternatives, one of each kind first', async () => {
    const domain = await domainOf([
      testGroup('tue-evening', { times: [{ weekday: 'tue', start: '19:00', minutes: 90 }] }),
      testGroup('thu-morning', { times: [{ weekday: 'thu', start: '09:30', minutes: 90 }] }),
      testGroup('fri-morning', { times: [{ weekday: 'fri', start: '09:30', minutes: 90 }] }),
      testGroup('volunteer', { kind: 'one-on-one', capacity: 1, times: [{ weekday: 'mon', start: '14:00', minutes: 60 }] }),
    ]);
    const intake = await domain.intakes.submit(draft(['reading'], { days: ['tue'], dayParts: ['morning'] }));
    const { match, alternatives } = (await domain.bookings.findPlace(intake.id));
    expect(match).toBeUndefined();
    expect(alternatives.map((o) => [o.groupId, o.kind])).toEqual([
      ['tue-evening', 'other-day-part'],
      ['thu-morning', 'other-day'],
      ['volunteer', 'one-on-one'],
    ]);
  });

  it('books a worker who wants 1-on-1 with a volunteer whose time fits', async () => {
    const domain = await domainOf([
      testGroup('group', {}),
      testGroup('volunteer', { kind: 'one-on-one', capacity: 1, teacher: 'Bert' }),
    ]);
    const intake = await domain.intakes.submit(draft(['reading'], anyTime, 'one-on-one'));
    expect((await domain.bookings.findPlace(intake.id)).match?.groupId).toBe('volunteer');
  });

  it('prefers a group over a volunteer when either is fine', async () => {
    const domain = await domainOf([
      testGroup('volunteer', { kind: 'one-on-one', capacity: 1 }),
      testGroup('group', {}),
    ]);
    const intake = await domain.intakes.submit(draft(['reading'], anyTime, 'any'));
    expect((await domain.bookings.findPlace(intake.id)).match?.groupId).toBe('group');
  });
});

describe('booking a seat', () => {
  it('stores the booking with the first lesson date in the worker’s file', async () => {
    const domain = await domainOf([testGroup('g', {})]);
    const intake = await domain.intakes.submit(draft(['reading'], anyTime));
    const booked = await domain.bookings.book(intake.id, 'g');
    expect(booked.status).toBe('booked');
    expect(booked.booking).toMatchObject({ groupId: 'g', firstLesson: '2026-12-01' });
    expect(booked.history.map((h) => h.event)).toEqual(['submitted', 'booked']);
    expect((await domain.bookings.seatsTaken('g'))).toBe(1);
  });

  it('never exceeds capacity, even when many book the last seats at once', async () => {
    const domain = await domainOf([testGroup('small', { capacity: 3 })]);
    const intakes = await Promise.all(Array.from({ length: 20 }, () => domain.intakes.submit(draft(['reading'], anyTime))));
    const results = await Promise.allSettled(intakes.map((i) => domain.bookings.book(i.id, 'small')));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(3);
    expect(results.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason.code)).toEqual(
      Array(17).fill('group-full'),
    );
    expect((await domain.bookings.seatsTaken('small'))).toBe(3);
  });

  it('moves a worker without taking two seats', async () => {
    const domain = await domainOf([testGroup('a', {}), testGroup('b', {})]);
    const intake = await domain.intakes.submit(draft(['reading'], anyTime));
    await domain.bookings.book(intake.id, 'a');
    await domain.bookings.book(intake.id, 'b');
    expect([(await domain.bookings.seatsTaken('a')), (await domain.bookings.seatsTaken('b'))]).toEqual([0, 1]);
  });
});

describe('when no seat fits: no waiting list', () => {
  it('books a free volunteer whose time fits', async () => {
    const domain = await domainOf([
      testGroup('full', { capacity: 1 }),
      testGroup('volunteer', { kind: 'one-on-one', capacity: 1, times: [{ weekday: 'thu', start: '10:00', minutes: 60 }] }),
    ]);
    await domain.bookings.book((await domain.intakes.submit(draft(['reading'], anyTime))).id, 'full');
    const intake = await domain.intakes.submit(draft(['reading'], { days: [], dayParts: ['morning'] }));
    const booked = await domain.bookings.bookFallback(intake.id);
    expect(booked.booking).toMatchObject({ groupId: 'volunteer', firstLesson: '2026-11-26' });
  });

  it('opens a new group at the full group’s time, flagged for the coordinator, with a start date', async () => {
    const domain = await domainOf([testGroup('full', { capacity: 1, locationId: 'work' })]);
    await domain.bookings.book((await domain.intakes.submit(draft(['reading'], anyTime))).id, 'full');
    const intake = await domain.intakes.submit(draft(['reading', 'writing'], { days: ['tue'], dayParts: [] }));
    const booked = await domain.bookings.bookFallback(intake.id);
    const opened = (await domain.catalog.current()).group(booked.booking!.groupId);
    expect(opened).toMatchObject({
      kind: 'group',
      goals: ['reading', 'writing'],
      times: [{ weekday: 'tue', start: '09:30', minutes: 90 }],
      locationId: 'work',
      startDate: '2026-12-08',
      overflow: { confirmed: false },
    });
    expect(booked.booking?.firstLesson).toBe('2026-12-08');
  });

  it('opens a new group on the worker’s own day when nothing is like it', async () => {
    const domain = await domainOf([]);
    const intake = await domain.intakes.submit(draft(['numeracy'], { days: ['thu'], dayParts: ['evening'] }));
    const booked = await domain.bookings.bookFallback(intake.id);
    const opened = (await domain.catalog.current()).group(booked.booking!.groupId);
    expect(opened.times).toEqual([{ weekday: 'thu', start: '19:00', minutes: 90 }]);
    expect(booked.booking?.firstLesson).toBe('2026-12-03');
  });

  it('puts the next worker in the new group instead of opening another', async () => {
    const domain = await domainOf([]);
    const first = await domain.bookings.bookFallback((await domain.intakes.submit(draft(['reading'], anyTime))).id);
    const second = await domain.bookings.bookFallback((await domain.intakes.submit(draft(['reading'], anyTime))).id);
    expect(second.booking?.groupId).toBe(first.booking?.groupId);
    expect((await domain.catalog.current()).groups).toHaveLength(1);
  });
});
