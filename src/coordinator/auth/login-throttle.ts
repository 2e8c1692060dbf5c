import type { Clock } from '../../domain/clock';

export interface ThrottleOptions {
  /** Wrong passwords for one account from one address before that pair waits. */
  perAccount: number;
  /** Wrong passwords from one address before it waits, over all accounts. */
  perAddress: number;
  /** Wrong passwords for one account from addresses it never logged in from, before those wait. */
  perAccountElsewhere: number;
  /** The first wait; each further failure doubles it, up to maxWaitMs. */
  baseWaitMs: number;
  maxWaitMs: number;
  /** How long an address where the account logged in stays known. */
  knownForMs: number;
}

export const DEFAULT_THROTTLE: ThrottleOptions = {
  perAccount: 5,
  perAddress: 20,
  perAccountElsewhere: 10,
  baseWaitMs: 30_000,
  maxWaitMs: 15 * 60_000,
  knownForMs: 90 * 86_400_000,
};

interface Failures {
  count: number;
  lastAt: number;
}

/** One try that was let through and counted as a failure until it is known to be right. */
export interface LoginTry {
  email: string;
  address: string;
}

/**
 * Slows down password guessing, without letting an attacker lock out the real user:
 * - one account from one address: after a few wrong passwords the next try waits, and the
 *   wait doubles with each further failure;
 * - one address over all accounts: the same, with a higher count;
 * - one account from addresses it never logged in from: the same, so guessing from many
 *   addresses is slowed too; an address where the account logged in keeps working.
 * A try is counted the moment it is let through (check and count in one step), so wrong
 * passwords sent at once are not all checked; a right password takes its count back and
 * clears its address's count for the account. Tries refused while waiting count nothing.
 */
export class LoginThrottle {
  private readonly pairs = new Map<string, Failures>();
  private readonly addresses = new Map<string, Failures>();
  private readonly elsewhere = new Map<string, Failures>();
  private readonly known = new Map<string, number>();

  constructor(
    private readonly clock: Clock,
    private readonly options: ThrottleOptions = DEFAULT_THROTTLE,
  ) {}

  /** Milliseconds to wait; or 0 and the try, already counted: report it with `failed` or `succeeded`. */
  begin(email: string, address: string): { wait: number } | { wait: 0; attempt: LoginTry } {
    const account = key(email);
    const isKnown = this.isKnown(account, address);
    const wait = Math.max(
      this.wait(this.pairs.get(pair(account, address)), this.options.perAccount),
      this.wait(this.addresses.get(address), this.options.perAddress),
      isKnown ? 0 : this.wait(this.elsewhere.get(account), this.options.perAccountElsewhere),
    );
    if (wait > 0) return { wait };
    this.bump(this.pairs, pair(account, address), 1);
    this.bump(this.addresses, address, 1);
    if (!isKnown) this.bump(this.elsewhere, account, 1);
    return { wait: 0, attempt: { email: account, address } };
  }

  /** The password was wrong: the count stays. */
  failed(_attempt: LoginTry): void {}

  /** The password was right: this address is known for the account, and its failures for it are forgotten. */
  succeeded({ email, address }: LoginTry): void {
    const wasKnown = this.isKnown(email, address);
    this.pairs.delete(pair(email, address));
    this.bump(this.addresses, address, -1);
    if (!wasKnown) this.bump(this.elsewhere, email, -1);
    this.known.delete(pair(email, address));
    this.known.set(pair(email, address), this.clock.now().getTime());
    if (this.known.size > 100_000) this.known.delete(this.known.keys().next().value as string);
  }

  private isKnown(account: string, address: string): boolean {
    const at = this.known.get(pair(account, address));
    return at !== undefined && this.clock.now().getTime() - at < this.options.knownForMs;
  }

  private wait(failures: Failures | undefined, allowed: number): number {
    if (!failures || failures.count < allowed) return 0;
    const wait = Math.min(this.options.maxWaitMs, this.options.baseWaitMs * 2 ** (failures.count - allowed));
    return Math.max(0, failures.lastAt + wait - this.clock.now().getTime());
  }

  private bump(map: Map<string, Failures>, id: string, by: 1 | -1): void {
    const now = this.clock.now().getTime();
    const previous = map.get(id);
    const stale = !previous || now - previous.lastAt > this.options.maxWaitMs;
    const count = (stale ? 0 : previous.count) + by;
    map.delete(id);
    if (count <= 0) return;
    // Taking a try back keeps the time of the last failure, so a right password never makes a wait shorter or longer.
    map.set(id, { count, lastAt: by > 0 || !previous ? now : previous.lastAt });
    if (map.size > 100_000) map.delete(map.keys().next().value as string);
  }
}

const key = (email: string) => email.trim().toLowerCase();
const pair = (account: string, address: string) => `${account}\u0000${address}`;
