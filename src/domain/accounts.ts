/** Who works with the dashboard: an admin sees everything, a coordinator only their own places. */
export const ROLES = ['admin', 'coordinator'] as const;
export type Role = (typeof ROLES)[number];

/** A stored password: scrypt's cost parameters, the per-user salt and the derived key. */
export interface PasswordHash {
  algorithm: 'scrypt';
  N: number;
  r: number;
  p: number;
  salt: string;
  hash: string;
}

export interface Account {
  id: string;
  email: string;
  name: string;
  role: Role;
  locationIds: string[];
  password: PasswordHash;
  disabled?: boolean;
  createdAt: string;
}

/** A logged-in browser. Stored under a hash of its cookie, so the database holds no usable session. */
export interface Session {
  id: string;
  accountId: string;
  /** The synchronizer token that every form and API change must send back. */
  csrf: string;
  createdAt: string;
  expiresAt: string;
}
