import type { Group } from '../../src/domain/catalog';
import type { Intake } from '../../src/domain/intake';
import { nextLessonOf, toldFirstLesson, weekAround } from '../../src/domain/lesson-dates';
import { byFit } from '../../src/domain/move-fit';
import { participationOf } from '../../src/domain/participation';
import { TUESDAY_AND_THURSDAY, testGroup } from '../support/test-catalog';
import { bookedIntake } from '../support/workers';

const group = (id: string, change: Partial<Group> = {}): Group =>
  testGroup(id, { goals: ['reading'], times: TUESDAY_AND_THURSDAY, locationId: 'bieb', ...change });
const diDo = group('di-do');
const groups = new Map([[diDo.id, diDo]]);
const groupOf = (id: string) => groups.get(id);

/** Booked on Wednesday 25 November 2026 into di-do; told the first lesson is Thursday the 26th. */
const anna = bookedIntake('Anna', 'di-do');

describe('the lesson dates a coordinator sees', () => {
  it.each([
    ['2026-11-25', '2026-11-26', '2026-11-26'],
    ['2026-11-26', '2026-11-26', '2026-11-26'],
    ['2026-11-27', '2026-11-26', '2026-12-01'],
    ['2026-12-02', '2026-11-26', '2026-12-03'],
  ])('on %s the first lesson told is %s and the next lesson %s', (today, first, next) => {
    expect(toldFirstLesson(anna, participationOf(anna, groupOf, today))).toBe(first);
    expect(nextLessonOf(anna, groupOf, today)).toBe(next);
  });

  it('has no next lesson once the worker stopped, finished, or the group ended', () => {
    expect(nextLessonOf({ ...anna, status: 'cancelled' }, groupOf, '2026-11-27')).toBeUndefined();
    expect(nextLessonOf({ ...anna, finished: { at: '2026-11-27T09:00:00Z', by: 'els' } }, groupOf, '2026-11-27')).toBeUndefined();
    const ended = (id: string) => (id === 'di-do' ? { ...diDo, endDate: '2026-11-30' } : undefined);
    expect(nextLessonOf(anna, ended, '2026-12-01')).toBeUndefined();
  });

  it('takes "this week" as Monday to Sunday', () => {
    expect(weekAround('2026-11-25')).toEqual({ from: '2026-11-23', to: '2026-11-29' });
    expect(weekAround('2026-11-23')).toEqual({ from: '2026-11-23', to: '2026-11-29' });
    expect(weekAround('2026-11-29')).toEqual({ from: '2026-11-23', to: '2026-11-29' });
  });
});

describe('the groups to move a worker to, by fit', () => {
  it('puts the asked time of day first, then the goals, the place and the day', () => {
    const wants = { ...anna, goals: { choices: ['writing' as const] }, availability: { days: ['tue' as const], dayParts: ['morning' as const] } };
    const candidates = [
      group('evening', { goals: ['writing'], times: [{ weekday: 'tue', start: '19:00', minutes: 90 }] }),
      group('other-goals', { goals: ['numeracy'] }),
      group('other-place', { goals: ['writing'], locationId: 'werkplaats' }),
      group('other-day', { goals: ['writing'], times: [{ weekday: 'fri', start: '09:30', minutes: 90 }] }),
      group('fits', { goals: ['writing'] }),
    ];
    const sorted = byFit(candidates, wants, (id) => (id === 'di-do' ? diDo : undefined));
    expect(sorted.map((f) => [f.group.id, f.differences])).toEqual([
      ['fits', []],
      ['other-day', ['day']],
      ['other-place', ['location']],
      ['other-goals', ['goals']],
      ['evening', ['day-part']],
    ]);
  });
});
