import type { Group } from '../../src/domain/catalog';
import type { Intake } from '../../src/domain/intake';
import { addMonths, isoWeekOf } from '../../src/domain/months';
import { lessonsBetween, participationOf, workerLocationId } from '../../src/domain/participation';
import { TUESDAY_AND_THURSDAY, testGroup } from '../support/test-catalog';
import { bookedIntake } from '../support/workers';

const twiceAWeek = testGroup('di-do', { name: 'Taal', goals: ['reading'], times: TUESDAY_AND_THURSDAY, locationId: 'bieb' });
const weekly: Group = { ...twiceAWeek, id: 'vr', times: [{ weekday: 'fri', start: '09:00', minutes: 60 }], locationId: 'werkplaats' };
const groups = new Map([twiceAWeek, weekly].map((g) => [g.id, g]));
const groupOf = (id: string) => groups.get(id);

/** Booked into di-do on Wednesday 25 November 2026; first lesson Thursday the 26th. */
const booked = bookedIntake('Anna', 'di-do');

describe('where a worker stands: 6 lessons up to 2 years', () => {
  it('counts the lessons held so far', () => {
    expect(lessonsBetween(twiceAWeek, '2026-11-26', '2026-12-10')).toBe(5);
    expect(participationOf(booked, groupOf, '2026-12-10')).toMatchObject({ firstLesson: '2026-11-26', lessons: 5, enoughLessons: false });
    expect(participationOf(booked, groupOf, '2026-12-11')).toMatchObject({ lessons: 5, enoughLessons: false });
    expect(participationOf(booked, groupOf, '2026-12-15')).toMatchObject({ lessons: 6, enoughLessons: true });
  });

  it('counts no lessons before the first one', () => {
    expect(participationOf(booked, groupOf, '2026-11-25')).toEqual({ lessons: 0, attended: 0, unmarked: 0, missed: 0, missedTwice: false, enoughLessons: false });
  });

  it('adds up lessons over a move to another group', () => {
    const moved: Intake = {
      ...booked,
      booking: { groupId: 'vr', firstLesson: '2026-12-04', bookedAt: '2026-12-02T09:00:00.000Z' },
      history: [...booked.history, { at: '2026-12-02T09:00:00.000Z', event: 'moved', groupId: 'vr' }],
    };
    // di-do: 26 Nov and 1 Dec; vr: 4 and 11 Dec.
    expect(participationOf(moved, groupOf, '2026-12-11').lessons).toBe(4);
    expect(workerLocationId(moved, groupOf)).toBe('werkplaats');
  });

  it('flags a worker in the last 60 days before 2 years, and once 2 years have passed', () => {
    expect(participationOf(booked, groupOf, '2028-09-26').twoYears).toBeUndefined();
    expect(participationOf(booked, groupOf, '2028-10-01')).toMatchObject({ twoYears: 'soon', twoYearsOn: '2028-11-26' });
    expect(participationOf(booked, groupOf, '2028-11-26').twoYears).toBe('over');
  });

  it('no longer flags a worker who has finished', () => {
    const finished = { ...booked, finished: { at: '2028-06-01T10:00:00.000Z', by: 'els' } };
    expect(participationOf(finished, groupOf, '2028-12-01').twoYears).toBeUndefined();
  });

  it('places a worker without a booking at the place they asked for', () => {
    const unbooked: Intake = { ...booked, status: 'new', history: booked.history.slice(0, 1), preferredLocationId: 'bieb' };
    delete unbooked.booking;
    expect(workerLocationId(unbooked, groupOf)).toBe('bieb');
  });
});

describe('calendar helpers', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-02-29', 12, '2029-02-28'],
    ['2026-11-26', 24, '2028-11-26'],
    ['2026-12-15', 1, '2027-01-15'],
  ])('%s plus %i months is %s', (from, months, to) => expect(addMonths(from, months)).toBe(to));

  it.each([
    ['2026-11-25', '2026-W48'],
    ['2027-01-01', '2026-W53'],
    ['2026-12-28', '2026-W53'],
    ['2024-12-30', '2025-W01'],
  ])('%s falls in ISO week %s', (date, week) => expect(isoWeekOf(date)).toBe(week));
});
