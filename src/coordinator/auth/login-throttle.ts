import type { Clock } from '../../domain/clock';

export interface ThrottleOptions {
  /** Wrong passwords for one account before it waits. */
  perAccount: number;
  /** Wrong passwords from one address before it waits, over all accounts. */
  perAddress: number;
  /** The first wait; each further failure doubles it, up to maxWaitMs. */
  baseWaitMs: number;
  maxWaitMs: number;
}

export const DEFAULT_THROTTLE: ThrottleOptions = { perAccount: 5, perAddress: 20, baseWaitMs: 30_000, maxWaitMs: 15 * 60_000 };

interface Failures {
  count: number;
  lastAt: number;
}

/**
 * Slows down password guessing: after a few wrong passwords for an account, or from an
 * address, the next try must wait, and the wait doubles with each further failure. A good
 * login clears the account's count. Failures are forgotten after the longest wait.
 */
export class LoginThrottle {
  private readonly accounts = new Map<string, Failures>();
  private readonly addresses = new Map<string, Failures>();

  constructor(
    private readonly clock: Clock,
    private readonly options: ThrottleOptions = DEFAULT_THROTTLE,
  ) {}

  /** Milliseconds to wait before this try is allowed; 0 when it may go ahead. */
  waitFor(email: string, address: string): number {
    return Math.max(this.wait(this.accounts.get(key(email)), this.options.perAccount), this.wait(this.addresses.get(address), this.options.perAddress));
  }

  failed(email: string, address: string): void {
    this.bump(this.accounts, key(email));
    this.bump(this.addresses, address);
  }

  succeeded(email: string): void {
    this.accounts.delete(key(email));
  }

  private wait(failures: Failures | undefined, allowed: number): number {
    if (!failures || failures.count < allowed) return 0;
    const wait = Math.min(this.options.maxWaitMs, this.options.baseWaitMs * 2 ** (failures.count - allowed));
    return Math.max(0, failures.lastAt + wait - this.clock.now().getTime());
  }

  private bump(map: Map<string, Failures>, id: string): void {
    const now = this.clock.now().getTime();
    const previous = map.get(id);
    const stale = previous && now - previous.lastAt > this.options.maxWaitMs;
    map.set(id, { count: previous && !stale ? previous.count + 1 : 1, lastAt: now });
    if (map.size > 100_000) map.delete(map.keys().next().value as string);
  }
}

const key = (email: string) => email.trim().toLowerCase();
