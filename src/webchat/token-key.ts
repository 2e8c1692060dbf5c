import type { Store } from '../domain/store';
import { storedSecret } from '../http/secrets';

/** The key that signs web chat tokens. */
export function webChatTokenKey(store: Store): Promise<Buffer> {
  return storedSecret(store, 'webchat-token-key');
}
