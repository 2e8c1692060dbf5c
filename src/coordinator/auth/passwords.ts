import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

import type { PasswordHash } from '../../domain/accounts';

export type { PasswordHash };

/**
 * scrypt with N = 2^15, r = 8, p = 3: one of the settings OWASP's password storage cheat
 * sheet lists as equal to its first choice (N = 2^17, p = 1), at 32 MiB of memory per
 * check instead of 128, so a burst of logins cannot exhaust a small server's memory.
 * Stored with each hash, so the cost can be raised later without breaking old accounts.
 */
export const SCRYPT_COST = { N: 2 ** 15, r: 8, p: 3 } as const;
const KEY_LENGTH = 32;
export const MIN_PASSWORD_LENGTH = 12;

function derive(password: string, salt: Buffer, cost: { N: number; r: number; p: number }): Promise<Buffer> {
  const options: ScryptOptions = { ...cost, maxmem: 256 * cost.N * cost.r };
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, KEY_LENGTH, options, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

export async function hashPassword(password: string): Promise<PasswordHash> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, SCRYPT_COST);
  return { algorithm: 'scrypt', ...SCRYPT_COST, salt: salt.toString('base64'), hash: key.toString('base64') };
}

export async function verifyPassword(password: string, stored: PasswordHash): Promise<boolean> {
  const expected = Buffer.from(stored.hash, 'base64');
  const key = await derive(password, Buffer.from(stored.salt, 'base64'), stored);
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/** A hash to check against when no account has the e-mail address, so a wrong address takes as long as a wrong password. */
let decoy: Promise<PasswordHash> | undefined;
export function decoyHash(): Promise<PasswordHash> {
  return (decoy ??= hashPassword(randomBytes(16).toString('base64')));
}
