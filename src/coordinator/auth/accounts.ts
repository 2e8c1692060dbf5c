import { randomUUID } from 'node:crypto';
import type { Actor } from '../../domain/audit';
import type { Clock } from '../../domain/clock';
import type { Store } from '../../domain/store';
import { invalid, notFound } from '../../domain/errors';
import { ROLES, type Account, type Role } from '../../domain/accounts';
import { decoyHash, hashPassword, verifyPassword } from './passwords';

export { ROLES };
export type { Account, Role };

export interface NewAccount {
  email: string;
  name: string;
  role: Role;
  locationIds: string[];
  groupIds?: string[];
  password: string;
}

export const actorOf = (account: Account): Actor => ({ kind: 'account', id: account.id, label: account.email });

/** The coordinators' accounts, with passwords hashed by scrypt. */
export class AccountService {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
  ) {}

  async isEmpty(): Promise<boolean> {
    return (await this.store.accounts.count()) === 0;
  }

  async list(): Promise<Account[]> {
    return this.store.accounts.find({}, { by: 'email' });
  }

  get(id: string): Promise<Account | undefined> {
    return this.store.accounts.get(id);
  }

  async create(input: NewAccount): Promise<Account> {
    const email = input.email.trim().toLowerCase();
    if (await this.byEmail(email)) throw invalid(`an account for ${email} already exists`, 'email');
    const account: Account = {
      id: randomUUID(),
      email,
      name: input.name,
      role: input.role,
      locationIds: input.role === 'coordinator' ? [...input.locationIds] : [],
      ...(input.role === 'teacher' ? { groupIds: [...(input.groupIds ?? [])] } : {}),
      password: await hashPassword(input.password),
      createdAt: this.clock.now().toISOString(),
    };
    await this.store.accounts.insert(account);
    return account;
  }

  async update(id: string, changes: Partial<Pick<Account, 'name' | 'role' | 'locationIds' | 'groupIds' | 'disabled'>>): Promise<Account> {
    return this.change(id, (account) => ({ ...account, ...changes }));
  }

  async setPassword(id: string, password: string): Promise<void> {
    const hash = await hashPassword(password);
    await this.change(id, (account) => ({ ...account, password: hash }));
  }

  /** The account when the e-mail address and password match and it is not disabled. Always costs one scrypt. */
  async verify(email: string, password: string): Promise<Account | undefined> {
    const account = await this.byEmail(email.trim().toLowerCase());
    const ok = await verifyPassword(password, account?.password ?? (await decoyHash()));
    return ok && account && !account.disabled ? account : undefined;
  }

  private async byEmail(email: string): Promise<Account | undefined> {
    return (await this.store.accounts.find({ email }))[0];
  }

  private change(id: string, next: (account: Account) => Account): Promise<Account> {
    return this.store.transaction(async (tx) => {
      const account = await tx.accounts.lock(id);
      if (!account) throw notFound('account', id);
      const changed = next(account);
      await tx.accounts.put(changed);
      return changed;
    });
  }
}
