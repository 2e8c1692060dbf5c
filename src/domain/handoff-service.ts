import { randomUUID } from 'node:crypto';
import { firstNameOf, type Ambassador, type Reach } from './ambassadors';
import type { AmbassadorService } from './ambassador-service';
import type { CatalogService } from './catalog-service';
import type { Clock } from './clock';
import type { Collection } from './collection';
import { notFound } from './errors';
import { ACTIVE, deliverable, type Envelope, type Handoff, type HandoffOutcome, type HandoffMessage, type Side } from './handoff';

const BY_WORKER = 'worker';
const BY_AMBASSADOR = 'ambassador';
const userKey = (channel: string, userId: string) => `${channel}\u0000${userId}`;

export interface HandoffRequest {
  worker: Reach & { name: string };
  where: string;
  asked: string;
  /** "help van Anja": the first name the worker asked for. */
  helperName?: string;
  referralCode?: string;
  locationId?: string;
}

export type RequestResult =
  | { kind: 'asked'; handoff: Handoff; ambassador: Ambassador }
  | { kind: 'nobody'; locationId?: string; unknownName?: string };

export type AcceptResult = { kind: 'accepted'; handoff: Handoff } | { kind: 'nothing-waiting' } | { kind: 'busy'; handoff: Handoff };

/**
 * The live handoff from the bot to a taalambassadeur and back. Pure bookkeeping: who
 * talks to whom, and what each side must still be told (the outbox). The bot layer
 * delivers the outbox; the state is stored, so a restart drops no handoff and no message.
 */
export class HandoffService {
  constructor(
    private readonly handoffs: Collection<Handoff>,
    private readonly ambassadors: AmbassadorService,
    private readonly catalog: CatalogService,
    private readonly clock: Clock,
    /** How long a worker waits at most before hearing that nobody answered. */
    readonly answerMinutes: number,
  ) {
    handoffs.addIndex(BY_WORKER, (h) => (ACTIVE.includes(h.status) ? userKey(h.worker.channel, h.worker.userId) : ''));
    handoffs.addIndex(BY_AMBASSADOR, (h) => (ACTIVE.includes(h.status) ? h.ambassadorId : ''));
  }

  /**
   * Asks the best ambassador: the one named, else the one whose link the worker used,
   * else a free one of the worker's place. Only ambassadors who linked a chat can be asked.
   */
  async request(request: HandoffRequest): Promise<RequestResult> {
    const ambassador = this.pick(request);
    const locationId = ambassador?.locationId ?? request.locationId ?? this.ambassadors.byCode(request.referralCode)?.locationId;
    if (!ambassador) {
      const named = request.helperName ? { unknownName: request.helperName } : {};
      return { kind: 'nobody', ...(locationId ? { locationId } : {}), ...named };
    }
    const now = this.clock.now();
    const handoff: Handoff = {
      id: randomUUID(),
      worker: request.worker,
      ambassadorId: ambassador.id,
      locationId: ambassador.locationId,
      where: request.where,
      asked: request.asked,
      status: 'waiting',
      requestedAt: now.toISOString(),
      answerBy: new Date(now.getTime() + this.answerMinutes * 60_000).toISOString(),
      outbox: [],
    };
    await this.handoffs.save(this.post(handoff, 'ambassador', { kind: 'request' }));
    return { kind: 'asked', handoff: this.get(handoff.id), ambassador };
  }

  /** The handoff a worker is in, if any. */
  activeForWorker(channel: string, userId: string): Handoff | undefined {
    return this.handoffs.findBy(BY_WORKER, userKey(channel, userId))[0];
  }

  /** The handoffs an ambassador is in: at most one open, maybe some waiting. */
  activeForAmbassador(ambassadorId: string): Handoff[] {
    return this.handoffs.findBy(BY_AMBASSADOR, ambassadorId).sort((a, b) => a.requestedAt.localeCompare(b.requestedAt));
  }

  openForAmbassador(ambassadorId: string): Handoff | undefined {
    return this.activeForAmbassador(ambassadorId).find((h) => h.status === 'open');
  }

  /** One tap: the ambassador takes the oldest request that waits for them. */
  async accept(ambassadorId: string): Promise<AcceptResult> {
    const open = this.openForAmbassador(ambassadorId);
    if (open) return { kind: 'busy', handoff: open };
    const waiting = this.activeForAmbassador(ambassadorId).find((h) => h.status === 'waiting');
    if (!waiting) return { kind: 'nothing-waiting' };
    const accepted: Handoff = { ...waiting, status: 'open', acceptedAt: this.clock.now().toISOString() };
    await this.handoffs.save(this.post(accepted, 'worker', { kind: 'accepted' }));
    return { kind: 'accepted', handoff: this.get(waiting.id) };
  }

  /** A message from one side for the other, kept until delivered. */
  async relay(handoffId: string, from: Side, text: string): Promise<void> {
    const handoff = this.get(handoffId);
    await this.handoffs.save(this.post(handoff, from === 'worker' ? 'ambassador' : 'worker', { kind: 'text', text }));
  }

  /** "klaar" from either side, or the worker going on alone. The other side hears it. */
  async close(handoffId: string, by: Side, outcome?: HandoffOutcome): Promise<Handoff> {
    const handoff = this.get(handoffId);
    const ended = this.end(handoff, outcome ?? (handoff.acceptedAt ? 'helped' : 'alone'));
    const other: Side = by === 'worker' ? 'ambassador' : 'worker';
    // After "nobody answered" the ambassador already heard that it is over.
    const told = handoff.status === 'unanswered' ? ended : this.post(ended, other, { kind: 'closed', by });
    await this.handoffs.save(told);
    return this.get(handoff.id);
  }

  /** Waiting requests whose time is up: the worker hears so and chooses; the ambassador hears it is over. */
  async expireDue(): Promise<Handoff[]> {
    const now = this.clock.now().toISOString();
    const due = this.handoffs.all().filter((h) => h.status === 'waiting' && h.answerBy <= now);
    for (const handoff of due) {
      const unanswered = this.post({ ...handoff, status: 'unanswered' }, 'worker', { kind: 'unanswered' });
      await this.handoffs.save(this.post(unanswered, 'ambassador', { kind: 'expired' }));
    }
    return due.map((h) => this.get(h.id));
  }

  /** The ambassador cannot be reached at all: the worker hears at once that nobody answers. */
  async giveUp(handoffId: string): Promise<void> {
    const handoff = this.get(handoffId);
    if (handoff.status !== 'waiting') return;
    await this.handoffs.save(this.post({ ...handoff, status: 'unanswered' }, 'worker', { kind: 'unanswered' }));
  }

  /** Everything that may be delivered now, oldest first per handoff. */
  undelivered(): { handoff: Handoff; envelopes: Envelope[] }[] {
    return this.handoffs
      .all()
      .map((handoff) => ({ handoff, envelopes: handoff.outbox.filter((e) => deliverable(handoff, e)) }))
      .filter((entry) => entry.envelopes.length > 0);
  }

  async delivered(handoffId: string, envelopeId: string): Promise<void> {
    const handoff = this.get(handoffId);
    await this.handoffs.save({ ...handoff, outbox: handoff.outbox.filter((e) => e.id !== envelopeId) });
  }

  /** The contact person to offer when no ambassador can help. */
  contactFor(handoff: Handoff): ReturnType<CatalogService['helpContact']> {
    return this.catalog.helpContact(handoff.locationId);
  }

  list(): Handoff[] {
    return this.handoffs.all().sort((a, b) => b.requestedAt.localeCompare(a.requestedAt));
  }

  get(id: string): Handoff {
    const handoff = this.handoffs.get(id);
    if (!handoff) throw notFound('handoff', id);
    return handoff;
  }

  private pick(request: HandoffRequest): Ambassador | undefined {
    const reachable = (a: Ambassador | undefined): boolean =>
      !!a?.reach && !(a.reach.channel === request.worker.channel && a.reach.userId === request.worker.userId);
    const free = (a: Ambassador) => !this.openForAmbassador(a.id);
    if (request.helperName) {
      const wanted = request.helperName.toLowerCase();
      const named = this.ambassadors.list().filter((a) => firstNameOf(a.name).toLowerCase() === wanted && reachable(a));
      return named.find(free) ?? named[0];
    }
    const referred = this.ambassadors.byCode(request.referralCode);
    if (referred && reachable(referred)) return referred;
    const locationId = request.locationId ?? referred?.locationId;
    const local = locationId ? this.ambassadors.ofLocation(locationId).filter(reachable) : [];
    return local.find(free) ?? local[0];
  }

  private end(handoff: Handoff, outcome: HandoffOutcome): Handoff {
    // Messages the ambassador never got stay with the handoff, for the coordinator.
    const held = handoff.outbox.filter((e) => !deliverable(handoff, e));
    const unsent = held.map((e) => (e.message.kind === 'text' ? e.message.text : '')).filter(Boolean);
    return {
      ...handoff,
      status: 'closed',
      outcome,
      closedAt: this.clock.now().toISOString(),
      outbox: handoff.outbox.filter((e) => deliverable(handoff, e)),
      ...(unsent.length > 0 ? { unsent: [...(handoff.unsent ?? []), ...unsent] } : {}),
    };
  }

  private post(handoff: Handoff, to: Side, message: HandoffMessage): Handoff {
    const envelope: Envelope = { id: randomUUID(), to, message, at: this.clock.now().toISOString() };
    return { ...handoff, outbox: [...handoff.outbox, envelope] };
  }
}
