import { randomUUID } from 'node:crypto';
import type { Actor } from '../../domain/audit';
import type { Clock } from '../../domain/clock';
import type { Collection } from '../../domain/collection';
import { invalid, notFound } from '../../domain/errors';
import { decoyHash, hashPassword, verifyPassword, type PasswordHash } from './passwords';

export const ROLES = ['admin', 'coordinator'] as const;
export type Role = (typeof ROLES)[number];

/** A person who works with the dashboard: an admin sees everything, a coordinator only their own places. */
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

export interface NewAccount {
  email: string;
  name: string;
  role: Role;
  locationIds: string[];
  password: string;
}

export const actorOf = (account: Account): Actor => ({ kind: 'account', id: account.id, label: account.email });

/** The coordinators' accounts, with passwords hashed by scrypt. */
export class AccountService {
  constructor(
    private readonly accounts: Collection<Account>,
    private readonly clock: Clock,
  ) {}

  get isEmpty(): boolean {
    return this.accounts.size === 0;
  }

  list(): Account[] {
    return this.accounts.all().sort((a, b) => a.email.localeCompare(b.email));
  }

  get(id: string): Account | undefined {
    return this.accounts.get(id);
  }

  async create(input: NewAccount): Promise<Account> {
    const email = input.email.trim().toLowerCase();
    if (this.byEmail(email)) throw invalid(`an account for ${email} already exists`, 'email');
    const account: Account = {
      id: randomUUID(),
      email,
      name: input.name,
      role: input.role,
      locationIds: input.role === 'admin' ? [] : [...input.locationIds],
      password: await hashPassword(input.password),
      createdAt: this.clock.now().toISOString(),
    };
    await this.accounts.save(account);
    return account;
  }

  async update(id: string, changes: Partial<Pick<Account, 'name' | 'role' | 'locationIds' | 'disabled'>>): Promise<Account> {
    const account = this.require(id);
    const changed = { ...account, ...changes };
    await this.accounts.save(changed);
    return changed;
  }

  async setPassword(id: string, password: string): Promise<void> {
    await this.accounts.save({ ...this.require(id), password: await hashPassword(password) });
  }

  /** The account when the e-mail address and password match and it is not disabled. Always costs one scrypt. */
  async verify(email: string, password: string): Promise<Account | undefined> {
    const account = this.byEmail(email.trim().toLowerCase());
    const ok = await verifyPassword(password, account?.password ?? (await decoyHash()));
    return ok && account && !account.disabled ? account : undefined;
  }

  private byEmail(email: string): Account | undefined {
    return this.accounts.all().find((a) => a.email === email);
  }

  private require(id: string): Account {
    const account = this.accounts.get(id);
    if (!account) throw notFound('account', id);
    return account;
  }
}
