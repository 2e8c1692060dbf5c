import { randomUUID } from 'node:crypto';
import type { Group, Location } from '../../src/domain/catalog';
import { addDays, localDateOf } from '../../src/domain/dates';
import type { Intake } from '../../src/domain/intake';
import type { Store } from '../../src/domain/store';
import { draft } from './workers';

/** The first words of a reminder (locales/nl.json lesson.reminder). */
export const REMINDER = /^Morgen is je les!/;

const place: Location = { id: 'reminder-place', name: 'Bieb Noord', street: 'Markt 2', town: 'Zwolle', contact: { name: 'Els' } };

/**
 * Workers booked two days ago whose first lesson is tomorrow, stored straight in the
 * database with where to reach them (`serviceUrl`, on channel `channel`): with
 * REMINDER_HOUR=0 each has a reminder due now. Returns their conversation ids.
 */
export async function seedDueReminders(store: Store, { count, serviceUrl, now, channel = 'bench', prefix = 'remind' }: {
  count: number;
  serviceUrl: string;
  now: Date;
  channel?: string;
  prefix?: string;
}): Promise<string[]> {
  const group: Group = {
    id: `reminder-group-${prefix}`,
    kind: 'group',
    name: 'Lezen op dinsdag',
    goals: ['reading'],
    times: [{ weekday: 'tue', start: '09:30', minutes: 90 }],
    locationId: place.id,
    capacity: 100,
    startDate: '2026-01-06',
    teacher: 'Anja',
    createdAt: '2026-01-01T00:00:00.000Z',
  };
  const tomorrow = addDays(localDateOf(now), 1);
  const booked = new Date(now.getTime() - 2 * 24 * 3600_000).toISOString();
  const conversations = Array.from({ length: count }, (_, i) => `${prefix}-${i}-${randomUUID().slice(0, 8)}`);
  await store.transaction(async (tx) => {
    await tx.locations.put(place);
    await tx.groups.put(group);
    await tx.bumpCatalogVersion();
    for (const conversationId of conversations) {
      const intake: Intake = {
        ...draft('Reminder Worker', { channel, channelUserId: conversationId, conversationId }),
        id: randomUUID(),
        status: 'booked',
        booking: { groupId: group.id, firstLesson: tomorrow, bookedAt: booked },
        evaluations: [],
        history: [{ at: booked, event: 'booked', groupId: group.id }],
        createdAt: booked,
        updatedAt: booked,
      };
      await tx.intakes.put(intake);
      await tx.documents('conversation-refs').put(`${channel}:${conversationId}`, {
        channelId: channel,
        serviceUrl,
        conversation: { id: conversationId },
        user: { id: conversationId },
        bot: { id: 'bot' },
      });
    }
  });
  return conversations;
}
