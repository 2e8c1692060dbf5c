import type { DocumentCollection, Documents, Versioned } from '../../domain/store';
import type { Db } from './engine';

/** Small documents by key, each with a version that goes up on every write. */
export class SqlDocuments implements Documents<unknown> {
  constructor(
    private readonly db: Db,
    private readonly collection: DocumentCollection,
  ) {}

  async get(id: string): Promise<Versioned<unknown> | undefined> {
    const row = await this.db
      .selectFrom('documents')
      .select(['version', 'data'])
      .where('collection', '=', this.collection)
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? { value: JSON.parse(String(row.data)), version: Number(row.version) } : undefined;
  }

  async putIf(id: string, value: unknown, expected: number | undefined): Promise<boolean> {
    const data = JSON.stringify(value);
    if (expected === undefined) {
      const inserted = await this.db
        .insertInto('documents')
        .values({ collection: this.collection, id, version: 1, data })
        .onConflict((conflict) => conflict.columns(['collection', 'id']).doNothing())
        .executeTakeFirst();
      return Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0;
    }
    const updated = await this.db
      .updateTable('documents')
      .set((eb) => ({ data, version: eb('version', '+', 1) }))
      .where('collection', '=', this.collection)
      .where('id', '=', id)
      .where('version', '=', expected)
      .executeTakeFirst();
    return Number(updated.numUpdatedRows) === 1;
  }

  async put(id: string, value: unknown): Promise<void> {
    const data = JSON.stringify(value);
    await this.db
      .insertInto('documents')
      .values({ collection: this.collection, id, version: 1, data })
      .onConflict((conflict) => conflict.columns(['collection', 'id']).doUpdateSet((eb) => ({ data, version: eb('documents.version', '+', 1) })))
      .execute();
  }

  async putFirst(id: string, value: unknown): Promise<unknown> {
    await this.putIf(id, value, undefined);
    return (await this.get(id))!.value;
  }

  async remove(id: string): Promise<void> {
    await this.db.deleteFrom('documents').where('collection', '=', this.collection).where('id', '=', id).execute();
  }
}
