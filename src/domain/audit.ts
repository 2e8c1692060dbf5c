/** Who did something: a coordinator's account, the API token, the worker in the chat, or the bot itself. */
export interface Actor {
  kind: 'account' | 'api' | 'worker' | 'system';
  id: string;
  /** How the audit log shows the actor. Never a worker's name. */
  label: string;
}

export const systemActor: Actor = { kind: 'system', id: 'system', label: 'system' };
export const apiActor: Actor = { kind: 'api', id: 'api-token', label: 'API token' };
/** The worker acting on their own file, from the chat; named by file, never by name. */
export const workerActor = (intakeId: string): Actor => ({ kind: 'worker', id: intakeId, label: 'worker' });

export type AuditAction =
  | 'file.read'
  /** A list, roster or CSV showed the file's worker; one entry per file. */
  | 'file.listed'
  | 'file.exported'
  | 'file.note-added'
  | 'file.evaluation-added'
  | 'file.certificate-added'
  | 'file.finished'
  | 'file.handover-changed'
  | 'worker.moved'
  | 'worker.erased'
  | 'group.created'
  | 'group.changed'
  | 'group.overflow-confirmed'
  | 'group.session-cancelled'
  | 'group.cancelled'
  | 'location.created'
  | 'report.exported'
  | 'account.created'
  | 'account.changed'
  | 'account.login'
  | 'account.logout'
  | 'attendance.marked';

/**
 * One line of the audit log: who did what, to which file or group, when. Details
 * name fields and ids, never what a worker said, so an erased worker leaves no trace here.
 */
export interface AuditEntry {
  id: string;
  at: string;
  actor: Actor;
  action: AuditAction;
  intakeId?: string;
  groupId?: string;
  detail?: string;
}

export interface AuditQuery {
  intakeId?: string;
  action?: AuditAction;
  limit?: number;
}
