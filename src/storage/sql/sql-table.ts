import { sql } from 'kysely';
import type { Doc, Table, Where } from '../../domain/store';
import type { Db, Engine } from './engine';

type ColumnValue = string | number | null;

/** How a table keeps one kind of document: its SQL name, and each searchable field as a column. */
export interface TableDef<T extends Doc, C> {
  table: string;
  columns: { [K in keyof C]: { column: string; of: (doc: T) => ColumnValue | undefined } };
}

/** A row whose document and columns disagree: the data was changed outside the bot, or broke. */
export class StoredDataBroken extends Error {
  constructor(table: string, id: string, detail: string) {
    super(`stored ${table} row ${id} is broken: ${detail}`);
    this.name = 'StoredDataBroken';
  }
}

const PAGE = 500;

/**
 * One table over Kysely, for either engine. Every write stores the document and derives the
 * columns from it, so they can never disagree; every read checks they still do.
 */
export class SqlTable<T extends Doc, C> implements Table<T, C> {
  private readonly names: [keyof C, string][];

  constructor(
    private readonly db: Db,
    private readonly engine: Engine,
    private readonly def: TableDef<T, C>,
    /** Inside a transaction, `lock` takes a row lock (PostgreSQL; SQLite's transaction holds the whole file). */
    private readonly inTransaction: boolean,
  ) {
    this.names = Object.entries(def.columns).map(([key, spec]) => [key as keyof C, (spec as { column: string }).column]);
  }

  async get(id: string): Promise<T | undefined> {
    const row = await this.db.selectFrom(this.def.table).selectAll().where('id', '=', id).executeTakeFirst();
    return row ? this.docOf(row) : undefined;
  }

  async lock(id: string): Promise<T | undefined> {
    let query = this.db.selectFrom(this.def.table).selectAll().where('id', '=', id);
    // NO KEY UPDATE: it does not wait for the key-share locks that foreign keys to this row take.
    if (this.engine === 'postgres' && this.inTransaction) query = query.forNoKeyUpdate();
    const row = await query.executeTakeFirst();
    return row ? this.docOf(row) : undefined;
  }

  async find(where: Where<C> = {}, order?: { by: keyof C | 'id'; desc?: boolean; limit?: number }): Promise<T[]> {
    let query = this.filtered(where).selectAll();
    if (order) {
      query = query.orderBy(this.column(order.by), order.desc ? 'desc' : 'asc').orderBy('id', order.desc ? 'desc' : 'asc');
      if (order.limit !== undefined) query = query.limit(order.limit);
    }
    const rows = await query.execute();
    return rows.map((row) => this.docOf(row));
  }

  async count(where: Where<C> = {}): Promise<number> {
    const row = await this.filtered(where).select(sql<number>`count(*)`.as('n')).executeTakeFirst();
    return Number(row?.n ?? 0);
  }

  async countBy(key: keyof C, where: Where<C> = {}): Promise<Map<string, number>> {
    const column = this.column(key);
    const rows = await this.filtered(where)
      .select([column, sql<number>`count(*)`.as('n')])
      .where(column, 'is not', null)
      .groupBy(column)
      .execute();
    return new Map(rows.map((row) => [String(row[column]), Number(row.n)]));
  }

  async each(visit: (doc: T) => void | Promise<void>, where: Where<C> = {}): Promise<void> {
    let after = '';
    for (;;) {
      const rows = await this.filtered(where).selectAll().where('id', '>', after).orderBy('id').limit(PAGE).execute();
      for (const row of rows) await visit(this.docOf(row));
      if (rows.length < PAGE) return;
      after = String(rows[rows.length - 1].id);
    }
  }

  async put(doc: T): Promise<void> {
    const row = this.rowOf(doc);
    const { id: _id, ...changes } = row;
    await this.db
      .insertInto(this.def.table)
      .values(row)
      .onConflict((conflict) => conflict.column('id').doUpdateSet(changes))
      .execute();
  }

  async insert(doc: T): Promise<boolean> {
    const result = await this.db
      .insertInto(this.def.table)
      .values(this.rowOf(doc))
      .onConflict((conflict) => conflict.column('id').doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
  }

  async remove(id: string): Promise<void> {
    await this.db.deleteFrom(this.def.table).where('id', '=', id).execute();
  }

  async removeWhere(where: Where<C>): Promise<number> {
    let query = this.db.deleteFrom(this.def.table);
    for (const [key, value] of Object.entries(where) as [keyof C, ColumnValue | undefined][]) {
      if (value === undefined) continue;
      query = value === null ? query.where(this.column(key), 'is', null) : query.where(this.column(key), '=', value);
    }
    const result = await query.executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  private filtered(where: Where<C>) {
    let query = this.db.selectFrom(this.def.table);
    for (const [key, value] of Object.entries(where) as [keyof C, ColumnValue | undefined][]) {
      if (value === undefined) continue;
      query = value === null ? query.where(this.column(key), 'is', null) : query.where(this.column(key), '=', value);
    }
    return query;
  }

  private column(key: keyof C | 'id'): string {
    if (key === 'id') return 'id';
    const found = this.names.find(([name]) => name === key);
    if (!found) throw new Error(`${this.def.table} has no column for ${String(key)}`);
    return found[1];
  }

  private rowOf(doc: T): Record<string, ColumnValue> {
    const row: Record<string, ColumnValue> = { id: doc.id, data: JSON.stringify(doc) };
    for (const [key, column] of this.names) row[column] = normalized(this.def.columns[key].of(doc));
    return row;
  }

  private docOf(row: Record<string, unknown>): T {
    const id = String(row.id);
    let doc: T;
    try {
      doc = JSON.parse(String(row.data)) as T;
    } catch {
      throw new StoredDataBroken(this.def.table, id, 'its data is not JSON');
    }
    if (doc.id !== id) throw new StoredDataBroken(this.def.table, id, `its data names id ${String(doc.id)}`);
    for (const [key, column] of this.names) {
      const expected = normalized(this.def.columns[key].of(doc));
      const stored = row[column] === null || row[column] === undefined ? null : typeof expected === 'number' ? Number(row[column]) : String(row[column]);
      if (stored !== expected) throw new StoredDataBroken(this.def.table, id, `its data gives ${column} ${JSON.stringify(expected)}, the column holds ${JSON.stringify(stored)}`);
    }
    return doc;
  }
}

function normalized(value: ColumnValue | undefined): ColumnValue {
  return value === undefined || value === '' ? null : value;
}
