import { TokenService } from '../../src/webchat/token-service';

describe('web chat tokens', () => {
  let now = new Date('2026-11-25T09:00:00Z');
  const clock = { now: () => now };
  const tokens = new TokenService(Buffer.alloc(32, 7), clock, 1800);

  it('carry the conversation and user they were issued for', () => {
    const { token, expiresIn } = tokens.issue('wc-1', 'wu-1');
    expect(expiresIn).toBe(1800);
    expect(tokens.read(token)).toMatchObject({ conversationId: 'wc-1', userId: 'wu-1' });
  });

  it('cannot be changed to open another conversation', () => {
    const { token } = tokens.issue('wc-1', 'wu-1');
    const [, signature] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ conversationId: 'wc-2', userId: 'wu-1', expires: 9_999_999_999 })).toString('base64url');
    expect(tokens.read(`${forged}.${signature}`)).toBeUndefined();
    expect(tokens.read('nonsense')).toBeUndefined();
    expect(tokens.read(`${token}.extra`)).toBeUndefined();
  });

  it('are refused by a service with another key', () => {
    const { token } = tokens.issue('wc-1', 'wu-1');
    expect(new TokenService(Buffer.alloc(32, 8), clock, 1800).read(token)).toBeUndefined();
  });

  it('expire after their lifetime', () => {
    const claims = tokens.read(tokens.issue('wc-1', 'wu-1').token)!;
    expect(tokens.isExpired(claims)).toBe(false);
    now = new Date(now.getTime() + 1801_000);
    expect(tokens.isExpired(claims)).toBe(true);
    expect(tokens.isExpired(claims, 3600)).toBe(false);
  });
});
