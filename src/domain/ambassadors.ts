import { createHash, randomInt } from 'node:crypto';

/**
 * A taalambassadeur: a colleague who signed up earlier and now helps others take the
 * step. They get a short personal code for their link, QR code and poster, and they
 * can take over a chat when a worker asks for a person.
 */
export interface Ambassador {
  id: string;
  name: string;
  locationId: string;
  /** Printed on posters and in links, so short and easy to read aloud. */
  code: string;
  /** Where the bot reaches them; set when they link their chat. */
  reach?: Reach;
  /** A one-time secret for linking a chat; only its hash is kept. */
  linkSecret?: { hash: string; expiresAt: string };
  createdAt: string;
  updatedAt: string;
}

/** One side of a chat: enough for the bot to write there first. */
export interface Reach {
  channel: string;
  userId: string;
  conversationId: string;
}

/** "koppel K7M3P9QX2ABC": the message that links an ambassador's chat with its one-time secret. */
export const LINK_MESSAGE = /^\s*koppel(?:en)?[\s:]+([A-Za-z0-9]{8,20})\s*$/i;

/** No 0/O, 1/I/L: a code read from a poster or said on the phone cannot be mistaken. */
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const CODE_LENGTH = 6;
/** Long enough that guessing is hopeless, short enough to type in Teams after "koppel". */
export const LINK_SECRET_LENGTH = 12;
export const LINK_SECRET_DAYS = 7;

export function randomCode(length: number): string {
  let code = '';
  for (let i = 0; i < length; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/** Codes are shown in capitals but typed any way; look-ups go through this. */
export function normalizeCode(code: string): string {
  return code.trim().toUpperCase();
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(normalizeCode(secret)).digest('hex');
}

export function firstNameOf(name: string): string {
  return name.trim().split(/\s+/)[0] ?? '';
}
