import { randomBytes } from 'node:crypto';
import type { Store } from '../domain/store';

interface SecretDoc {
  id: string;
  value: string;
}

/** A random key made once per name and kept in the store, so what it signs outlives a restart. */
export async function storedSecret(store: Store, name: string): Promise<Buffer> {
  const stored = await store.get<SecretDoc>('secrets', name);
  if (stored) return Buffer.from(stored.value, 'base64');
  const key = randomBytes(32);
  await store.put<SecretDoc>('secrets', { id: name, value: key.toString('base64') });
  return key;
}
