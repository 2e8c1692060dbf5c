import type { Account, Session } from '../../domain/accounts';
import { normalizeCode, type Ambassador } from '../../domain/ambassadors';
import type { AttendanceMark } from '../../domain/attendance';
import type { AuditEntry } from '../../domain/audit';
import type { Group, Location } from '../../domain/catalog';
import type { Handoff } from '../../domain/handoff';
import type { Intake } from '../../domain/intake';
import type { Notice } from '../../domain/notice';
import type {
  AccountColumns,
  AmbassadorColumns,
  AttendanceColumns,
  AuditColumns,
  FactColumns,
  GroupColumns,
  HandoffColumns,
  IntakeColumns,
  NoticeColumns,
  SessionColumns,
} from '../../domain/store';
import { userKey } from '../../domain/store';
import type { AnonymousFacts } from '../../domain/worker-facts';
import type { TableDef } from './sql-table';

/** Where each kind of document lives, and which of its fields are columns (see the first migration). */

export const locations: TableDef<Location, Record<string, never>> = { table: 'locations', columns: {} };

export const groups: TableDef<Group, GroupColumns> = {
  table: 'groups',
  columns: {
    locationId: { column: 'location_id', of: (g) => g.locationId },
    kind: { column: 'kind', of: (g) => g.kind },
    capacity: { column: 'capacity', of: (g) => g.capacity },
  },
};

export const intakes: TableDef<Intake, IntakeColumns> = {
  table: 'intakes',
  columns: {
    channel: { column: 'channel', of: (i) => i.channel },
    channelUserId: { column: 'channel_user_id', of: (i) => i.channelUserId },
    conversationId: { column: 'conversation_id', of: (i) => i.conversationId },
    status: { column: 'status', of: (i) => i.status },
    bookedGroupId: { column: 'booked_group_id', of: (i) => (i.status === 'booked' ? i.booking?.groupId : undefined) },
    firstLesson: { column: 'first_lesson', of: (i) => (i.status === 'booked' ? i.booking?.firstLesson : undefined) },
    referralCode: { column: 'referral_code', of: (i) => (i.referralCode ? normalizeCode(i.referralCode) : undefined) },
    helpedBy: { column: 'helped_by', of: (i) => i.helpedBy },
    requestKey: { column: 'request_key', of: (i) => i.requestKey },
    createdAt: { column: 'created_at', of: (i) => i.createdAt },
  },
};

export const notices: TableDef<Notice, NoticeColumns> = {
  table: 'notices',
  columns: {
    intakeId: { column: 'intake_id', of: (n) => n.intakeId },
    kind: { column: 'kind', of: (n) => n.kind },
    status: { column: 'status', of: (n) => n.status },
    dueAt: { column: 'due_at', of: (n) => n.dueAt },
  },
};

export const ambassadors: TableDef<Ambassador, AmbassadorColumns> = {
  table: 'ambassadors',
  columns: {
    code: { column: 'code', of: (a) => a.code },
    locationId: { column: 'location_id', of: (a) => a.locationId },
    reachKey: { column: 'reach_key', of: (a) => (a.reach ? userKey(a.reach.channel, a.reach.userId) : undefined) },
    linkSecretHash: { column: 'link_secret_hash', of: (a) => a.linkSecret?.hash },
  },
};

export const handoffs: TableDef<Handoff, HandoffColumns> = {
  table: 'handoffs',
  columns: {
    workerKey: { column: 'worker_key', of: (h) => userKey(h.worker.channel, h.worker.userId) },
    ambassadorId: { column: 'ambassador_id', of: (h) => h.ambassadorId },
    status: { column: 'status', of: (h) => h.status },
    answerBy: { column: 'answer_by', of: (h) => h.answerBy },
    requestedAt: { column: 'requested_at', of: (h) => h.requestedAt },
    pendingOutbox: { column: 'pending_outbox', of: (h) => (h.outbox.length > 0 ? 'yes' : undefined) },
  },
};

export const audit: TableDef<AuditEntry, AuditColumns> = {
  table: 'audit',
  columns: {
    intakeId: { column: 'intake_id', of: (e) => e.intakeId },
    action: { column: 'action', of: (e) => e.action },
    at: { column: 'at', of: (e) => e.at },
  },
};

export const anonymousFacts: TableDef<AnonymousFacts, FactColumns> = {
  table: 'anonymous_facts',
  columns: { erasedOn: { column: 'erased_on', of: (f) => f.erasedOn } },
};

export const accounts: TableDef<Account, AccountColumns> = {
  table: 'accounts',
  columns: { email: { column: 'email', of: (a) => a.email } },
};

export const sessions: TableDef<Session, SessionColumns> = {
  table: 'sessions',
  columns: {
    accountId: { column: 'account_id', of: (s) => s.accountId },
    expiresAt: { column: 'expires_at', of: (s) => s.expiresAt },
  },
};

/** Attendance marks (see the second migration). */
export const attendance: TableDef<AttendanceMark, AttendanceColumns> = {
  table: 'attendance',
  columns: {
    groupId: { column: 'group_id', of: (m) => m.groupId },
    date: { column: 'date', of: (m) => m.date },
    intakeId: { column: 'intake_id', of: (m) => m.intakeId },
    mark: { column: 'mark', of: (m) => m.mark },
  },
};
