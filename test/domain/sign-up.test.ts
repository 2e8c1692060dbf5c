import type { Domain } from '../../src/domain';
import { WEDNESDAY, domainWith, testGroup } from '../support/test-catalog';
import type { Group, Location } from '../../src/domain/catalog';
import type { IntakeDraft } from '../../src/domain/intake';
import type { Availability } from '../../src/domain/types';

const clock = WEDNESDAY;
const library: Location = { id: 'lib', name: 'Bieb', street: 'Brink 1', town: 'Deventer', contact: { name: 'Els', phone: '0570 123 456' } };


const domainOf = (groups: Group[]): Promise<Domain> => domainWith([library], groups);

let users = 0;
function draft(availability: Availability = { days: [], dayParts: [] }): IntakeDraft {
  users += 1;
  return {
    channel: 'test',
    channelUserId: `u${users}`,
    conversationId: `c${users}`,
    name: `Worker ${users}`,
    goals: { choices: ['reading'] },
    reasons: { choices: [] },
    availability,
    format: 'any',
    consent: { at: clock.now().toISOString(), version: 'v1' },
  };
}

const morning: Availability = { days: [], dayParts: ['morning'] };
const request = (availability: Availability) => ({ goals: ['reading' as const], availability, format: 'any' as const });

describe('book first: signing up and claiming a seat in one step', () => {
  it('offers real seats earliest first, leaving out refused ones', async () => {
    const domain = await domainOf([testGroup('tue'), testGroup('thu', { times: [{ weekday: 'thu', start: '09:30', minutes: 90 }] })]);
    expect((await domain.bookings.offers(request(morning))).map((o) => [o.groupId, o.firstLesson])).toEqual([
      ['thu', '2026-11-26'],
      ['tue', '2026-12-01'],
    ]);
    expect((await domain.bookings.offers(request(morning), ['thu'])).map((o) => o.groupId)).toEqual(['tue']);
  });

  it('stores the file and books the seat together; the same request key again returns that booking', async () => {
    const domain = await domainOf([testGroup('tue')]);
    const worker = draft(morning);
    const booked = await domain.bookings.signUp(worker, 'tue', 'key-1');
    expect(booked).toMatchObject({ status: 'booked', booking: { groupId: 'tue', firstLesson: '2026-12-01' } });
    const again = await domain.bookings.signUp(worker, 'tue', 'key-1');
    expect(again.id).toBe(booked.id);
    expect(await domain.intakes.filesOf('test', worker.channelUserId)).toHaveLength(1);
    expect(await domain.bookings.seatsTaken('tue')).toBe(1);
  });

  it('stores no file when the last seat was just taken', async () => {
    const domain = await domainOf([testGroup('tue', { capacity: 1 })]);
    await domain.bookings.signUp(draft(morning), 'tue', 'key-a');
    const late = draft(morning);
    await expect(domain.bookings.signUp(late, 'tue', 'key-b')).rejects.toMatchObject({ code: 'group-full' });
    expect(await domain.intakes.filesOf('test', late.channelUserId)).toEqual([]);
  });

  it('starts a Tuesday-only worker in a Tuesday and Thursday group on the Tuesday', async () => {
    const domain = await domainOf([testGroup('both', { times: [{ weekday: 'tue', start: '09:30', minutes: 90 }, { weekday: 'thu', start: '09:30', minutes: 90 }] })]);
    const booked = await domain.bookings.signUp(draft({ days: ['tue'], dayParts: [] }), 'both', 'key-t');
    expect(booked.booking!.firstLesson).toBe('2026-12-01');
  });

  it('books elsewhere, never a refused seat, within a week: a new group flagged with who confirms and by when', async () => {
    const domain = await domainOf([testGroup('tue')]);
    const booked = await domain.bookings.signUpElsewhere(draft(morning), ['tue'], 'key-e');
    expect(booked.booking!.groupId).not.toBe('tue');
    expect(booked.booking!.firstLesson <= '2026-12-02').toBe(true);
    const opened = (await domain.catalog.current()).group(booked.booking!.groupId);
    expect(opened.overflow).toMatchObject({ confirmed: false, confirmBy: expect.any(String) });
    expect(opened.overflow!.confirmBy! < booked.booking!.firstLesson).toBe(true);
    const again = await domain.bookings.signUpElsewhere(draft(morning), ['tue'], 'key-e');
    expect(again.id).toBe(booked.id);
  });

  it('adds why and a phone number to the file after booking, and removes the number again', async () => {
    const domain = await domainOf([testGroup('tue')]);
    const booked = await domain.bookings.signUp(draft(morning), 'tue', 'key-c');
    await domain.intakes.complete(booked.id, { reasons: { choices: ['family'] }, phone: '+31612345678' });
    expect(await domain.intakes.get(booked.id)).toMatchObject({ reasons: { choices: ['family'] }, phone: '+31612345678', status: 'booked' });
    await domain.intakes.complete(booked.id, { phone: null, name: 'Piet' });
    const file = (await domain.intakes.get(booked.id))!;
    expect(file.phone).toBeUndefined();
    expect(file.name).toBe('Piet');
  });
});
