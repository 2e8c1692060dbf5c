import { randomBytes } from 'node:crypto';
import type { Store } from '../domain/store';

/**
 * A random key made once per name and kept in the database, so what it signs outlives a
 * restart. Two instances starting at once agree: the first key written wins.
 */
export async function storedSecret(store: Store, name: string): Promise<Buffer> {
  const secrets = store.documents('secrets');
  const stored = await secrets.get(name);
  if (stored) return Buffer.from(String(stored.value), 'base64');
  return Buffer.from(String(await secrets.putFirst(name, randomBytes(32).toString('base64'))), 'base64');
}
