import { randomUUID } from 'node:crypto';
import type { Actor, AuditAction, AuditEntry, AuditQuery } from './audit';
import type { Clock } from './clock';
import type { Store } from './store';

/** Every read of a worker's file and every change, kept for the admins. */
export class AuditLog {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
  ) {}

  async record(actor: Actor, action: AuditAction, about: Pick<AuditEntry, 'intakeId' | 'groupId' | 'detail'> = {}): Promise<AuditEntry> {
    const entry: AuditEntry = { id: randomUUID(), at: this.clock.now().toISOString(), actor, action, ...about };
    await this.store.audit.insert(entry);
    return entry;
  }

  /** One entry per file, in one transaction: a list or roster that showed these workers. */
  async recordEach(actor: Actor, action: AuditAction, intakeIds: readonly string[], detail: string): Promise<void> {
    if (intakeIds.length === 0) return;
    const at = this.clock.now().toISOString();
    await this.store.transaction(async (tx) => {
      for (const intakeId of intakeIds) await tx.audit.insert({ id: randomUUID(), at, actor, action, intakeId, detail });
    });
  }

  /** Newest first. */
  list({ intakeId, action, limit = 500 }: AuditQuery = {}): Promise<AuditEntry[]> {
    return this.store.audit.find({ ...(intakeId ? { intakeId } : {}), ...(action ? { action } : {}) }, { by: 'at', desc: true, limit });
  }
}
