import demo from '../src/demo/demo-data.json';
import type { Group } from '../src/domain/catalog';
import type { Intake } from '../src/domain/intake';
import { GOALS, REASONS, WEEKDAYS, DAY_PARTS } from '../src/domain/types';
import type { Store } from '../src/domain/store';

/** A finished group holds this many past bookings. */
const PAST_GROUP_SIZE = 100;
/** Sign-ups written per transaction. */
const BATCH = 1_000;

/**
 * Fills a store as a year of use would: the demo places and open groups, and `count`
 * earlier sign-ups. Half of those were booked into groups that ended three months ago
 * (so they take no open seat), half were cancelled. All of them are still inside the
 * retention time, as real stored data is, so the daily erasure finds nothing to do.
 * Open groups stay free, so new bookings land as on a fresh start.
 */
export async function seedStore(store: Store, count: number, now: Date): Promise<void> {
  const created = now.toISOString();
  const booked = Math.ceil(count / 2);
  const pastGroups = Math.ceil(booked / PAST_GROUP_SIZE);
  await store.transaction(async (tx) => {
    for (const location of demo.locations) await tx.locations.put(location);
    for (const group of demo.groups) await tx.groups.put({ ...(group as Omit<Group, 'createdAt'>), createdAt: created });
    for (let g = 0; g < pastGroups; g++) await tx.groups.put(pastGroup(g, now));
    await tx.bumpCatalogVersion();
  });
  for (let from = 0; from < count; from += BATCH) {
    await store.transaction(async (tx) => {
      for (let i = from; i < Math.min(count, from + BATCH); i++) {
        await tx.intakes.put(pastIntake(i, i < booked ? `past-${Math.floor(i / PAST_GROUP_SIZE)}` : undefined, now));
      }
    });
  }
}

function monthsAgo(now: Date, months: number): string {
  return new Date(now.getTime() - months * 30 * 86_400_000).toISOString().slice(0, 10);
}

function pastGroup(g: number, now: Date): Group {
  return {
    id: `past-${g}`,
    kind: 'group',
    name: `Afgelopen groep ${g}`,
    goals: ['reading', 'writing'],
    times: [{ weekday: WEEKDAYS[g % 5], start: '09:30', minutes: 90 }],
    locationId: demo.locations[g % demo.locations.length].id,
    capacity: PAST_GROUP_SIZE,
    startDate: monthsAgo(now, 12),
    endDate: monthsAgo(now, 3),
    teacher: 'Anja',
    createdAt: `${monthsAgo(now, 12)}T08:00:00.000Z`,
  };
}

function pastIntake(i: number, groupId: string | undefined, now: Date): Intake {
  const at = `${monthsAgo(now, 10 - (i % 8))}T10:${String(i % 60).padStart(2, '0')}:00.000Z`;
  const intake: Intake = {
    id: `seed-${String(i).padStart(7, '0')}`,
    channel: i % 3 === 0 ? 'webchat' : 'msteams',
    channelUserId: `seed-user-${i}`,
    conversationId: `seed-conversation-${i}`,
    name: ['Anja', 'Bram', 'Cor', 'Dewi', 'Ed', 'Fatma'][i % 6],
    goals: { choices: [GOALS[i % GOALS.length]], ...(i % 4 === 0 ? { ownWords: 'brieven van de gemeente lezen' } : {}) },
    reasons: { choices: [REASONS[i % REASONS.length]] },
    availability: { days: [WEEKDAYS[i % 5]], dayParts: [DAY_PARTS[i % 3]] },
    format: 'group',
    ...(i % 2 === 0 ? { phone: '06 1234 5678' } : {}),
    consent: { at, version: 'seeded' },
    status: groupId ? 'booked' : 'cancelled',
    evaluations: [],
    history: [{ at, event: 'submitted' }],
    createdAt: at,
    updatedAt: at,
  };
  if (groupId) {
    intake.booking = { groupId, firstLesson: monthsAgo(now, 12), bookedAt: at };
    intake.history.push({ at, event: 'booked', groupId });
  } else {
    intake.history.push({ at, event: 'cancelled' });
  }
  return intake;
}
