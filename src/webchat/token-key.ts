import type { Store } from '../storage/store';
import { storedSecret } from '../server/secrets';

/** The key that signs web chat tokens. */
export function webChatTokenKey(store: Store): Promise<Buffer> {
  return storedSecret(store, 'webchat-token-key');
}
