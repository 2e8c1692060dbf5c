import type { Storage, StoreItems } from 'botbuilder';
import type { Store } from '../domain/store';

const COLLECTION = 'dialog-state';

interface StateDoc {
  id: string;
  item: StoreItems[string];
}

/**
 * Keeps botbuilder's conversation state in our store, one document per conversation,
 * so a worker continues at the same question after a restart. Turns of one
 * conversation run one at a time (see the server), so eTags are not needed.
 */
export class DialogStateStorage implements Storage {
  constructor(private readonly store: Store) {}

  async read(keys: string[]): Promise<StoreItems> {
    const items: StoreItems = {};
    for (const key of keys) {
      const doc = await this.store.get<StateDoc>(COLLECTION, key);
      if (doc) items[key] = doc.item;
    }
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    await Promise.all(
      Object.entries(changes).map(([key, item]) => this.store.put<StateDoc>(COLLECTION, { id: key, item: { ...item, eTag: '*' } })),
    );
  }

  async delete(keys: string[]): Promise<void> {
    await Promise.all(keys.map((key) => this.store.remove(COLLECTION, key)));
  }
}
