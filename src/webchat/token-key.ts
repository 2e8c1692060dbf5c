import { randomBytes } from 'node:crypto';
import type { Store } from '../storage/store';

interface SecretDoc {
  id: string;
  value: string;
}

const KEY_ID = 'webchat-token-key';

/** The key that signs web chat tokens, made once and kept, so tokens outlive a restart. */
export async function webChatTokenKey(store: Store): Promise<Buffer> {
  const stored = await store.get<SecretDoc>('secrets', KEY_ID);
  if (stored) return Buffer.from(stored.value, 'base64');
  const key = randomBytes(32);
  await store.put<SecretDoc>('secrets', { id: KEY_ID, value: key.toString('base64') });
  return key;
}
