import { createHash, randomBytes } from 'node:crypto';
import type { Clock } from '../../domain/clock';
import type { Collection } from '../../domain/collection';

/** A logged-in browser. Stored under a hash of its cookie, so the data directory holds no usable session. */
export interface Session {
  id: string;
  accountId: string;
  /** The synchronizer token that every form and API change must send back. */
  csrf: string;
  createdAt: string;
  expiresAt: string;
}

const idOf = (token: string) => createHash('sha256').update(token).digest('hex');

/** Logged-in sessions, kept in the store so a restart logs nobody out. */
export class SessionService {
  constructor(
    private readonly sessions: Collection<Session>,
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
    await this.sessions.save(session);
    return { token, session };
  }

  /** The session of a cookie token, when it exists and has not expired. */
  find(token: string): Session | undefined {
    const session = this.sessions.get(idOf(token));
    return session && session.expiresAt > this.clock.now().toISOString() ? session : undefined;
  }

  async end(token: string): Promise<void> {
    await this.sessions.remove(idOf(token));
  }

  /** Ends every session of an account, after a password change or when it is disabled. */
  async endAllOf(accountId: string): Promise<void> {
    for (const session of this.sessions.all()) if (session.accountId === accountId) await this.sessions.remove(session.id);
  }

  /** Drops expired sessions; part of the daily job. */
  async purgeExpired(): Promise<number> {
    const now = this.clock.now().toISOString();
    const expired = this.sessions.all().filter((s) => s.expiresAt <= now);
    for (const session of expired) await this.sessions.remove(session.id);
    return expired.length;
  }
}
