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
  /**
   * botbuilder writes back the very object `read` handed out, but with eTag '*': the version
   * it was read at is remembered here, so the write is still conditional.
   */
  private readonly versions = new WeakMap<object, number>();

  constructor(private readonly documents: Documents<unknown>) {}

  async read(keys: string[]): Promise<StoreItems> {
    const items: StoreItems = {};
    for (const key of keys) {
      const stored = await this.documents.get(key);
      if (!stored) continue;
      const item = { ...(stored.value as object), eTag: String(stored.version) };
      this.versions.set(item, stored.version);
      items[key] = item;
    }
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    for (const [key, item] of Object.entries(changes)) {
      const { eTag, ...value } = item as { eTag?: string };
      const read = this.versions.get(item as object);
      if (eTag === '*' && read === undefined) {
        await this.documents.put(key, value);
        continue;
      }
      const expected = eTag === '*' ? read : eTag === undefined ? undefined : Number(eTag);
      if (await this.documents.putIf(key, value, expected)) {
        this.versions.set(item as object, (expected ?? 0) + 1);
        continue;
      }
      // Erased during this turn ("verwijder mijn gegevens"): nothing to lose, write what the turn left.
      if (eTag === '*' && !(await this.documents.get(key))) {
        await this.documents.put(key, value);
        this.versions.delete(item as object);
        continue;
      }
      throw new WriteConflict(`the conversation state ${key}`);
    }
  }

  async delete(keys: string[]): Promise<void> {
    for (const key of keys) await this.documents.remove(key);
  }
}
