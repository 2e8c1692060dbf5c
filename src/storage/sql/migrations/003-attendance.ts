import { sql, type Kysely } from 'kysely';

/**
 * Attendance: one mark per worker per lesson of a group. The database keeps the rules:
 * a mark that exists, a group and a file that exist, one mark per worker per session;
 * an erased file takes its marks with it.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('attendance')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('group_id', 'text', (c) => c.notNull().references('groups.id'))
    .addColumn('date', 'text', (c) => c.notNull().check(sql`length(date) = 10`))
    .addColumn('intake_id', 'text', (c) => c.notNull().references('intakes.id').onDelete('cascade'))
    .addColumn('mark', 'text', (c) => c.notNull().check(sql`mark in ('present', 'absent', 'excused')`))
    .addColumn('data', 'text', (c) => c.notNull())
    .addUniqueConstraint('attendance_one_per_session', ['group_id', 'date', 'intake_id'])
    .execute();
  await db.schema.createIndex('attendance_by_session').on('attendance').columns(['group_id', 'date']).execute();
  await db.schema.createIndex('attendance_by_intake').on('attendance').column('intake_id').execute();
  await db.schema.createIndex('attendance_by_date').on('attendance').columns(['date', 'mark']).execute();
}
