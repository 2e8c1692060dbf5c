import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Clock } from '../domain/clock';

/** What a web chat token grants: one conversation, as one user, until it expires. */
export interface TokenClaims {
  conversationId: string;
  userId: string;
  /** Seconds since the epoch. */
  expires: number;
  /** The conversation's token version when issued: a refresh or a resume moves it on, so older tokens stop working. */
  version?: number;
  /** The conversation's resume version when issued: a resume moves it on, so a token reopens a chat once. */
  resume?: number;
}

/**
 * Signs and checks web chat tokens (HMAC-SHA256). A token opens exactly one
 * conversation, so one visitor can never read or post into another's.
 */
export class TokenService {
  constructor(
    private readonly key: Buffer,
    private readonly clock: Clock,
    readonly lifetimeSeconds: number,
  ) {}

  issue(conversationId: string, userId: string, versions: { version?: number; resume?: number } = {}): { token: string; expiresIn: number } {
    const claims: TokenClaims = { conversationId, userId, expires: this.nowSeconds() + this.lifetimeSeconds, ...versions };
    const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
    return { token: `${payload}.${this.sign(payload)}`, expiresIn: this.lifetimeSeconds };
  }

  /** The claims of a token with a good signature, or undefined. Expiry is checked by the caller. */
  read(token: string): TokenClaims | undefined {
    const [payload, signature, extra] = token.split('.');
    if (!payload || !signature || extra !== undefined) return undefined;
    const expected = Buffer.from(this.sign(payload));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
    try {
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Partial<TokenClaims>;
      if (typeof claims.conversationId !== 'string' || typeof claims.userId !== 'string' || typeof claims.expires !== 'number') {
        return undefined;
      }
      const { version, resume } = claims;
      return {
        conversationId: claims.conversationId,
        userId: claims.userId,
        expires: claims.expires,
        ...(typeof version === 'number' ? { version } : {}),
        ...(typeof resume === 'number' ? { resume } : {}),
      };
    } catch {
      return undefined;
    }
  }

  isExpired(claims: TokenClaims, graceSeconds = 0): boolean {
    return claims.expires + graceSeconds <= this.nowSeconds();
  }

  private sign(payload: string): string {
    return createHmac('sha256', this.key).update(payload).digest('base64url');
  }

  private nowSeconds(): number {
    return Math.floor(this.clock.now().getTime() / 1000);
  }
}
