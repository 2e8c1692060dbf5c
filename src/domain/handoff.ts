import type { Reach } from './ambassadors';

/**
 * A worker asked for a person mid-chat, and a taalambassadeur takes over for a while.
 * - waiting: the ambassador has been asked and has not answered yet;
 * - open: messages pass both ways through the bot;
 * - unanswered: nobody answered in time; the worker chooses the coordinator or goes on alone;
 * - closed: the worker is back with the bot, where they left off.
 */
export type HandoffStatus = 'waiting' | 'open' | 'unanswered' | 'closed';
export type Side = 'worker' | 'ambassador';
export type HandoffOutcome = 'helped' | 'coordinator' | 'alone';

/** What the bot must tell one side, kept until it is delivered, so a restart loses none. */
export type HandoffMessage =
  | { kind: 'request' }
  | { kind: 'text'; text: string }
  | { kind: 'accepted' }
  | { kind: 'closed'; by: Side }
  | { kind: 'unanswered' }
  | { kind: 'expired' };

export interface Envelope {
  id: string;
  to: Side;
  message: HandoffMessage;
  at: string;
  /** While one instance delivers it, until this moment, no other one does. */
  claimedUntil?: string;
}

export interface Handoff {
  id: string;
  worker: Reach & { name: string };
  ambassadorId: string;
  /** Whose contact person to offer when nobody answers. */
  locationId: string;
  /** The question the worker was at, as they saw it. */
  where: string;
  /** What the worker said when they asked for a person. */
  asked: string;
  status: HandoffStatus;
  requestedAt: string;
  /** When the worker hears that nobody answered. */
  answerBy: string;
  acceptedAt?: string;
  closedAt?: string;
  outcome?: HandoffOutcome;
  outbox: Envelope[];
  /** Messages the worker wrote while nobody had answered yet: for the coordinator to read. */
  unsent?: string[];
}

export const ACTIVE: readonly HandoffStatus[] = ['waiting', 'open', 'unanswered'];

/**
 * Whether a message may go out now. A worker's messages wait until the ambassador has
 * accepted; they are never dropped.
 */
export function deliverable(handoff: Handoff, envelope: Envelope): boolean {
  return !(envelope.to === 'ambassador' && envelope.message.kind === 'text' && !handoff.acceptedAt);
}
