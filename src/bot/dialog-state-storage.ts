import type { Storage, StoreItems } from 'botbuilder';
import { WriteConflict, type Documents } from '../domain/store';

/**
 * Keeps botbuilder's conversation state in the database, one document per conversation,
 * so a worker continues at the same question after a restart. Each read hands out the
 * stored version as the eTag, and a write succeeds only while that version is still the
 * stored one: a turn of the same conversation on another instance at the same moment
 * cannot silently overwrite this one's answers (the losing turn runs again).
 */
export class DialogStateStorage implements Storage {
  constructor(private readonly documents: Documents<unknown>) {}

  async read(keys: string[]): Promise<StoreItems> {
    const items: StoreItems = {};
    for (const key of keys) {
      const stored = await this.documents.get(key);
      if (stored) items[key] = { ...(stored.value as object), eTag: String(stored.version) };
    }
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    for (const [key, item] of Object.entries(changes)) {
      const { eTag, ...value } = item as { eTag?: string };
      if (eTag === '*') {
        await this.documents.put(key, value);
        continue;
      }
      const written = await this.documents.putIf(key, value, eTag === undefined ? undefined : Number(eTag));
      if (!written) throw new WriteConflict(`the conversation state ${key}`);
    }
  }

  async delete(keys: string[]): Promise<void> {
    for (const key of keys) await this.documents.remove(key);
  }
}
