import { sql, type Kysely } from 'kysely';

/**
 * The first schema. Every table keeps its document as JSON text in `data`; the columns
 * beside it are the fields the bot searches by, and the rules the database itself keeps:
 * a status that exists, a booking in a group that exists, one file per sign-up request.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('meta')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('locations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('data', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('groups')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('location_id', 'text', (c) => c.notNull().references('locations.id'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('group', 'one-on-one')`))
    .addColumn('capacity', 'integer', (c) => c.notNull().check(sql`capacity between 1 and 100`))
    .addColumn('data', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('ambassadors')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('location_id', 'text', (c) => c.notNull().references('locations.id'))
    .addColumn('reach_key', 'text')
    .addColumn('link_secret_hash', 'text')
    .addColumn('data', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('ambassadors_by_reach').on('ambassadors').column('reach_key').execute();
  await db.schema.createIndex('ambassadors_by_secret').on('ambassadors').column('link_secret_hash').execute();

  await db.schema
    .createTable('intakes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('channel_user_id', 'text', (c) => c.notNull())
    .addColumn('conversation_id', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('new', 'booked', 'cancelled')`))
    .addColumn('booked_group_id', 'text', (c) => c.references('groups.id'))
    .addColumn('first_lesson', 'text')
    .addColumn('referral_code', 'text')
    .addColumn('helped_by', 'text', (c) => c.references('ambassadors.id'))
    .addColumn('request_key', 'text', (c) => c.unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addCheckConstraint('booked_has_group', sql`(status = 'booked') = (booked_group_id is not null)`)
    .execute();
  await db.schema.createIndex('intakes_by_user').on('intakes').columns(['channel', 'channel_user_id']).execute();
  await db.schema.createIndex('intakes_by_group').on('intakes').column('booked_group_id').execute();
  await db.schema.createIndex('intakes_by_first_lesson').on('intakes').column('first_lesson').execute();
  await db.schema.createIndex('intakes_by_referral').on('intakes').column('referral_code').execute();
  await db.schema.createIndex('intakes_by_helper').on('intakes').column('helped_by').execute();
  await db.schema.createIndex('intakes_by_created').on('intakes').column('created_at').execute();

  await db.schema
    .createTable('notices')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('intake_id', 'text', (c) => c.notNull().references('intakes.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('pending', 'sending', 'sent', 'failed')`))
    .addColumn('due_at', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('notices_open').on('notices').columns(['status', 'due_at']).execute();
  await db.schema.createIndex('notices_by_intake').on('notices').column('intake_id').execute();

  await db.schema
    .createTable('handoffs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('worker_key', 'text', (c) => c.notNull())
    .addColumn('ambassador_id', 'text', (c) => c.notNull().references('ambassadors.id'))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('waiting', 'open', 'unanswered', 'closed')`))
    .addColumn('answer_by', 'text', (c) => c.notNull())
    .addColumn('requested_at', 'text', (c) => c.notNull())
    .addColumn('pending_outbox', 'text')
    .addColumn('data', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('handoffs_outbox').on('handoffs').column('pending_outbox').execute();
  await db.schema.createIndex('handoffs_by_worker').on('handoffs').column('worker_key').execute();
  await db.schema.createIndex('handoffs_by_ambassador').on('handoffs').column('ambassador_id').execute();
  await db.schema.createIndex('handoffs_by_status').on('handoffs').column('status').execute();

  await db.schema
    .createTable('audit')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('intake_id', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('audit_by_intake').on('audit').column('intake_id').execute();
  await db.schema.createIndex('audit_by_time').on('audit').column('at').execute();

  await db.schema
    .createTable('anonymous_facts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('erased_on', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('accounts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('data', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sessions_by_account').on('sessions').column('account_id').execute();

  await db.schema
    .createTable('documents')
    .addColumn('collection', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('documents_key', ['collection', 'id'])
    .execute();

  await db.schema
    .createTable('webchat_conversations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('webchat_activities')
    .addColumn('conversation_id', 'text', (c) => c.notNull().references('webchat_conversations.id').onDelete('cascade'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('webchat_activities_key', ['conversation_id', 'seq'])
    .execute();
}
