import { createHash, randomBytes } from 'node:crypto';
import type { Session } from '../../domain/accounts';
import type { Clock } from '../../domain/clock';
import type { Store } from '../../domain/store';

export type { Session };

const idOf = (token: string) => createHash('sha256').update(token).digest('hex');

/** Logged-in sessions, kept in the database so a restart logs nobody out. */
export class SessionService {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly hours: number,
  ) {}

  /** Starts a session; the token goes into the cookie and is never stored. */
  async start(accountId: string): Promise<{ token: string; session: Session }> {
    const token = randomBytes(32).toString('base64url');
    const now = this.clock.now();
    const session: Session = {
      id: idOf(token),
      accountId,
      csrf: randomBytes(32).toString('base64url'),
      createdAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + this.hours * 3_600_000).toISOString(),
    };
    await this.store.sessions.insert(session);
    return { token, session };
  }

  /** The session of a cookie token, when it exists and has not expired. */
  async find(token: string): Promise<Session | undefined> {
    const session = await this.store.sessions.get(idOf(token));
    return session && session.expiresAt > this.clock.now().toISOString() ? session : undefined;
  }

  async end(token: string): Promise<void> {
    await this.store.sessions.remove(idOf(token));
  }

  /** Ends every session of an account, when it is disabled. */
  async endAllOf(accountId: string): Promise<void> {
    await this.store.sessions.removeWhere({ accountId });
  }

  /** Ends every other session of an account, after its password changed: only the one that changed it stays. */
  async endOthersOf(accountId: string, keepId: string): Promise<void> {
    for (const session of await this.store.sessions.find({ accountId })) if (session.id !== keepId) await this.store.sessions.remove(session.id);
  }

  /** Drops expired sessions; part of the daily job. */
  async purgeExpired(): Promise<number> {
    const now = this.clock.now().toISOString();
    const expired = (await this.store.sessions.find()).filter((s) => s.expiresAt <= now);
    for (const session of expired) await this.store.sessions.remove(session.id);
    return expired.length;
  }
}
