/**
 * Who works with the dashboard: an admin sees everything, a coordinator only their own places,
 * a teacher (a teacher or volunteer) only the attendance of their own groups, nothing else.
 */
export const ROLES = ['admin', 'coordinator', 'teacher'] as const;
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
  /** A teacher's own groups: the only lists they can open and mark. */
  groupIds?: string[];
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
