import { sql } from 'kysely';
import type { WebChatConversationRow, WebChatStore } from '../../domain/store';
import type { Db } from './engine';

/**
 * The web chat's conversations, one row each, and their activities, one row per message,
 * so adding a message never rewrites the transcript and erasing the conversation takes
 * every message with it.
 */
export class SqlWebChat implements WebChatStore {
  constructor(private readonly db: Db) {}

  async get<T extends WebChatConversationRow>(id: string): Promise<T | undefined> {
    const row = await this.db.selectFrom('webchat_conversations').select('data').where('id', '=', id).executeTakeFirst();
    return row ? (JSON.parse(String(row.data)) as T) : undefined;
  }

  async put<T extends WebChatConversationRow>(conversation: T): Promise<void> {
    const data = JSON.stringify(conversation);
    await this.db
      .insertInto('webchat_conversations')
      .values({ id: conversation.id, user_id: conversation.userId, data })
      .onConflict((conflict) => conflict.column('id').doUpdateSet({ user_id: conversation.userId, data }))
      .execute();
  }

  async append(conversationId: string, activity: object): Promise<number> {
    // The next number in one statement; two writers at once clash on the key and one tries again.
    for (let attempt = 0; ; attempt++) {
      try {
        const row = await this.db
          .insertInto('webchat_activities')
          .columns(['conversation_id', 'seq', 'data'])
          .expression(
            this.db
              .selectFrom('webchat_conversations')
              .select([
                'id',
                sql<number>`coalesce((select max(seq) from webchat_activities where conversation_id = ${conversationId}), -1) + 1`.as('seq'),
                sql<string>`${JSON.stringify(activity)}`.as('data'),
              ])
              .where('id', '=', conversationId),
          )
          .returning('seq')
          .executeTakeFirst();
        if (!row) throw new Error(`web chat conversation ${conversationId} does not exist`);
        return Number(row.seq);
      } catch (error) {
        if (attempt >= 5 || !isUniqueViolation(error)) throw error;
      }
    }
  }

  async since(conversationId: string, from: number, limit: number): Promise<{ seq: number; activity: object }[]> {
    const rows = await this.db
      .selectFrom('webchat_activities')
      .select(['seq', 'data'])
      .where('conversation_id', '=', conversationId)
      .where('seq', '>=', from)
      .orderBy('seq')
      .limit(limit)
      .execute();
    return rows.map((row) => ({ seq: Number(row.seq), activity: JSON.parse(String(row.data)) as object }));
  }

  async trim(conversationId: string, keep: number): Promise<void> {
    await this.db
      .deleteFrom('webchat_activities')
      .where('conversation_id', '=', conversationId)
      .where('seq', '<', sql<number>`(select max(seq) from webchat_activities where conversation_id = ${conversationId}) - ${keep} + 1`)
      .execute();
  }

  async overwrite(conversationId: string, seqs: number[], activity: object): Promise<void> {
    if (seqs.length === 0) return;
    await this.db
      .updateTable('webchat_activities')
      .set({ data: JSON.stringify(activity) })
      .where('conversation_id', '=', conversationId)
      .where('seq', 'in', seqs)
      .execute();
  }

  async remove(id: string): Promise<void> {
    await this.db.deleteFrom('webchat_activities').where('conversation_id', '=', id).execute();
    await this.db.deleteFrom('webchat_conversations').where('id', '=', id).execute();
  }
}

function isUniqueViolation(error: unknown): boolean {
  const { code } = (error ?? {}) as { code?: unknown };
  return code === '23505' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}
