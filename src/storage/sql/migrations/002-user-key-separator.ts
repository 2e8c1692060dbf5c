import type { Kysely } from 'kysely';
import { userKey } from '../../../domain/store';

/**
 * The key of a person in a channel (handoffs.worker_key, ambassadors.reach_key) was
 * "channel NUL user id". PostgreSQL text cannot hold a NUL byte, so every chat failed
 * there; the separator is now 0x1F. SQLite rows written before are keyed again from
 * their documents (no PostgreSQL row can hold the old key).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const handoffs = await db.selectFrom('handoffs').select(['id', 'data']).execute();
  for (const row of handoffs) {
    const { worker } = JSON.parse(String(row.data)) as { worker: { channel: string; userId: string } };
    await db.updateTable('handoffs').set({ worker_key: userKey(worker.channel, worker.userId) }).where('id', '=', row.id).execute();
  }
  const ambassadors = await db.selectFrom('ambassadors').select(['id', 'data']).where('reach_key', 'is not', null).execute();
  for (const row of ambassadors) {
    const { reach } = JSON.parse(String(row.data)) as { reach?: { channel: string; userId: string } };
    await db.updateTable('ambassadors').set({ reach_key: reach ? userKey(reach.channel, reach.userId) : null }).where('id', '=', row.id).execute();
  }
}
