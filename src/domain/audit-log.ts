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

  /** Newest first. */
  list({ intakeId, action, limit = 500 }: AuditQuery = {}): Promise<AuditEntry[]> {
    return this.store.audit.find({ ...(intakeId ? { intakeId } : {}), ...(action ? { action } : {}) }, { by: 'at', desc: true, limit });
  }
}
