import type { Account, Session } from './accounts';
import type { Ambassador } from './ambassadors';
import type { AttendanceMark } from './attendance';
import type { AuditEntry } from './audit';
import type { Group, Location } from './catalog';
import type { Handoff } from './handoff';
import type { Intake } from './intake';
import type { Notice } from './notice';
import type { AnonymousFacts } from './worker-facts';

/**
 * The storage port: the domain asks the database, and keeps no copy of the truth. Each
 * table holds whole documents, and a few of their fields as columns, so the database can
 * find rows by them and refuse data that breaks a rule (a status that does not exist, a
 * booking in a group that does not exist).
 */
export interface Doc {
  id: string;
}

/** The key of one person in one channel, as the tables keep it. */
/** The unit separator (0x1F): channel ids never hold it, and PostgreSQL text can (unlike 0x00). */
export const USER_KEY_SEPARATOR = '\u001f';
export const userKey = (channel: string, userId: string) => `${channel}${USER_KEY_SEPARATOR}${userId}`;

/** Column values a table can be searched by. `null` finds rows where the column is empty. */
export type Where<C> = { [K in keyof C]?: C[K] | null };

export interface Table<T extends Doc, C> {
  get(id: string): Promise<T | undefined>;
  /** Inside a transaction: the row, locked against other writers until the transaction ends. */
  lock(id: string): Promise<T | undefined>;
  find(where?: Where<C>, order?: { by: keyof C | 'id'; desc?: boolean; limit?: number }): Promise<T[]>;
  count(where?: Where<C>): Promise<number>;
  /** How many rows per value of a column, among those that match. Rows where it is empty are left out. */
  countBy(column: keyof C, where?: Where<C>): Promise<Map<string, number>>;
  /** Every matching row, a page at a time, so a large table is never all in memory. */
  each(visit: (doc: T) => void | Promise<void>, where?: Where<C>): Promise<void>;
  /** Inserts or replaces. */
  put(doc: T): Promise<void>;
  /** Inserts when no row has this id; false when one had. */
  insert(doc: T): Promise<boolean>;
  remove(id: string): Promise<void>;
  removeWhere(where: Where<C>): Promise<number>;
}

export interface IntakeColumns {
  channel: string;
  channelUserId: string;
  conversationId: string;
  status: string;
  bookedGroupId: string;
  firstLesson: string;
  referralCode: string;
  helpedBy: string;
  /** The sign-up request that made this file: a retried "ja" finds it and books nothing twice. */
  requestKey: string;
  createdAt: string;
}
export interface GroupColumns {
  locationId: string;
  kind: string;
  capacity: number;
}
export interface NoticeColumns {
  intakeId: string;
  status: string;
  dueAt: string;
  kind: string;
}
export interface AmbassadorColumns {
  code: string;
  locationId: string;
  reachKey: string;
  linkSecretHash: string;
}
export interface HandoffColumns {
  workerKey: string;
  ambassadorId: string;
  status: string;
  answerBy: string;
  requestedAt: string;
  /** 'yes' while the outbox holds something to deliver. */
  pendingOutbox: string;
}
export interface AttendanceColumns {
  groupId: string;
  date: string;
  intakeId: string;
  mark: string;
}
export interface AuditColumns {
  intakeId: string;
  action: string;
  at: string;
}
export interface FactColumns {
  erasedOn: string;
}
export interface AccountColumns {
  email: string;
}
export interface SessionColumns {
  accountId: string;
  expiresAt: string;
}

/** A document whose writers must not overwrite each other: each write names the version it read. */
export interface Versioned<T> {
  value: T;
  version: number;
}

/** Small documents kept by key: secrets, dialog state, where to reach a conversation. */
export interface Documents<T> {
  get(id: string): Promise<Versioned<T> | undefined>;
  /** Writes when the stored version is still `expected` (undefined: no document yet); false when another writer came first. */
  putIf(id: string, value: T, expected: number | undefined): Promise<boolean>;
  /** Writes whatever is stored. */
  put(id: string, value: T): Promise<void>;
  /** Writes only when there is no document yet; returns what is stored afterwards. */
  putFirst(id: string, value: T): Promise<T>;
  remove(id: string): Promise<void>;
}

export interface Tables {
  locations: Table<Location, Record<string, never>>;
  groups: Table<Group, GroupColumns>;
  intakes: Table<Intake, IntakeColumns>;
  notices: Table<Notice, NoticeColumns>;
  ambassadors: Table<Ambassador, AmbassadorColumns>;
  handoffs: Table<Handoff, HandoffColumns>;
  audit: Table<AuditEntry, AuditColumns>;
  /** Who came to which lesson: one mark per worker per session. */
  attendance: Table<AttendanceMark, AttendanceColumns>;
  anonymousFacts: Table<AnonymousFacts, FactColumns>;
  /** The dashboard's accounts and logged-in sessions. */
  accounts: Table<Account, AccountColumns>;
  sessions: Table<Session, SessionColumns>;
  documents(collection: DocumentCollection): Documents<unknown>;
  /** The web chat's conversations and their transcripts. */
  webChat: WebChatStore;
  /** A number that goes up with every change to places and groups, for caches that must never be stale. */
  catalogVersion(): Promise<number>;
  bumpCatalogVersion(): Promise<void>;
}

export type DocumentCollection = 'secrets' | 'dialog-state' | 'conversation-refs';

export interface WebChatConversationRow extends Doc {
  userId: string;
}

export interface WebChatStore {
  get<T extends WebChatConversationRow>(id: string): Promise<T | undefined>;
  put<T extends WebChatConversationRow>(conversation: T): Promise<void>;
  /** Adds an activity at the end; returns its number in the conversation. */
  append(conversationId: string, activity: object): Promise<number>;
  /** Activities from number `from` on, oldest first; at most `limit`. */
  since(conversationId: string, from: number, limit: number): Promise<{ seq: number; activity: object }[]>;
  /** Keeps only the newest `keep` activities. */
  trim(conversationId: string, keep: number): Promise<void>;
  /** Writes `activity` in place of the activities with these numbers; numbering goes on as before. */
  overwrite(conversationId: string, seqs: number[], activity: object): Promise<void>;
  /** The conversation and its whole transcript. */
  remove(id: string): Promise<void>;
}

export interface Store extends Tables {
  /** Runs `work` as one transaction: all of its writes or none; rows it locks stay locked until it ends. */
  transaction<T>(work: (tx: Tables) => Promise<T>): Promise<T>;
  /**
   * Runs `work` only when no other instance runs the job of this name at the moment;
   * resolves undefined without running it otherwise. For the scheduled jobs.
   */
  exclusive<T>(job: string, work: () => Promise<T>): Promise<T | undefined>;
  /** Throws unless the database can be read and written now. */
  check(): Promise<void>;
  /** After an erasure: no erased byte stays anywhere the database keeps old pages. */
  scrub(): Promise<void>;
  close(): Promise<void>;
}

/** Another writer changed the document first; the work can run again on what is stored now. */
export class WriteConflict extends Error {
  constructor(what: string) {
    super(`${what} was changed by another writer at the same time`);
    this.name = 'WriteConflict';
  }
}

/** Runs `work`, and again (up to `tries` times in all) when it lost a race to another writer. */
export async function retryOnConflict<T>(work: () => Promise<T>, tries = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (!(error instanceof WriteConflict) || attempt >= tries) throw error;
    }
  }
}
