import { randomUUID } from 'node:crypto';
import { firstNameOf, type Ambassador, type Reach } from './ambassadors';
import type { AmbassadorService } from './ambassador-service';
import type { Catalog, CatalogService } from './catalog-service';
import type { Clock } from './clock';
import { notFound } from './errors';
import { userKey, type Store } from './store';
import { ACTIVE, deliverable, type Envelope, type Handoff, type HandoffOutcome, type HandoffMessage, type Side } from './handoff';


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
    private readonly store: Store,
    private readonly ambassadors: AmbassadorService,
    private readonly catalog: CatalogService,
    private readonly clock: Clock,
    /** How long a worker waits at most before hearing that nobody answered. */
    readonly answerMinutes: number,
  ) {}

  /**
   * Asks the best ambassador: the one named, else the one whose link the worker used,
   * else a free one of the worker's place. Only ambassadors who linked a chat can be asked.
   */
  async request(request: HandoffRequest): Promise<RequestResult> {
    const ambassador = await this.pick(request);
    const locationId = ambassador?.locationId ?? request.locationId ?? (await this.ambassadors.byCode(request.referralCode))?.locationId;
    if (!ambassador) {
      const named = request.helperName ? { unknownName: request.helperName } : {};
      return { kind: 'nobody', ...(locationId ? { locationId } : {}), ...named };
    }
    const now = this.clock.now();
    const handoff: Handoff = this.post(
      {
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
      },
      'ambassador',
      { kind: 'request' },
    );
    await this.store.handoffs.insert(handoff);
    return { kind: 'asked', handoff, ambassador };
  }

  /** The handoff a worker is in, if any. */
  async activeForWorker(channel: string, userId: string): Promise<Handoff | undefined> {
    return (await this.store.handoffs.find({ workerKey: userKey(channel, userId) })).find((h) => ACTIVE.includes(h.status));
  }

  /** The handoffs an ambassador is in: at most one open, maybe some waiting. */
  async activeForAmbassador(ambassadorId: string): Promise<Handoff[]> {
    const all = await this.store.handoffs.find({ ambassadorId }, { by: 'requestedAt' });
    return all.filter((h) => ACTIVE.includes(h.status));
  }

  async openForAmbassador(ambassadorId: string): Promise<Handoff | undefined> {
    return (await this.activeForAmbassador(ambassadorId)).find((h) => h.status === 'open');
  }

  /** One tap: the ambassador takes the oldest request that waits for them. */
  async accept(ambassadorId: string): Promise<AcceptResult> {
    const open = await this.openForAmbassador(ambassadorId);
    if (open) return { kind: 'busy', handoff: open };
    const waiting = (await this.activeForAmbassador(ambassadorId)).find((h) => h.status === 'waiting');
    if (!waiting) return { kind: 'nothing-waiting' };
    const accepted = await this.change(waiting.id, (h) =>
      h.status === 'waiting' ? this.post({ ...h, status: 'open', acceptedAt: this.clock.now().toISOString() }, 'worker', { kind: 'accepted' }) : undefined,
    );
    return accepted.status === 'open' && accepted.ambassadorId === ambassadorId ? { kind: 'accepted', handoff: accepted } : { kind: 'nothing-waiting' };
  }

  /** A message from one side for the other, kept until delivered. */
  async relay(handoffId: string, from: Side, text: string): Promise<void> {
    await this.change(handoffId, (h) => this.post(h, from === 'worker' ? 'ambassador' : 'worker', { kind: 'text', text }));
  }

  /** "klaar" from either side, or the worker going on alone. The other side hears it. */
  async close(handoffId: string, by: Side, outcome?: HandoffOutcome): Promise<Handoff> {
    return this.change(handoffId, (handoff) => {
      if (handoff.status === 'closed') return undefined;
      const ended = this.end(handoff, outcome ?? (handoff.acceptedAt ? 'helped' : 'alone'));
      const other: Side = by === 'worker' ? 'ambassador' : 'worker';
      // After "nobody answered" the ambassador already heard that it is over.
      return handoff.status === 'unanswered' ? ended : this.post(ended, other, { kind: 'closed', by });
    });
  }

  /** Waiting requests whose time is up: the worker hears so and chooses; the ambassador hears it is over. */
  async expireDue(): Promise<Handoff[]> {
    const now = this.clock.now().toISOString();
    const due = (await this.store.handoffs.find({ status: 'waiting' })).filter((h) => h.answerBy <= now);
    const expired: Handoff[] = [];
    for (const handoff of due) {
      const changed = await this.change(handoff.id, (h) =>
        h.status === 'waiting' ? this.post(this.post({ ...h, status: 'unanswered' }, 'worker', { kind: 'unanswered' }), 'ambassador', { kind: 'expired' }) : undefined,
      );
      if (changed.status === 'unanswered') expired.push(changed);
    }
    return expired;
  }

  /** The ambassador cannot be reached at all: the worker hears at once that nobody answers. */
  async giveUp(handoffId: string): Promise<void> {
    await this.change(handoffId, (h) => (h.status === 'waiting' ? this.post({ ...h, status: 'unanswered' }, 'worker', { kind: 'unanswered' }) : undefined));
  }

  /** Everything that may be delivered now, oldest first per handoff. */
  async undelivered(): Promise<{ handoff: Handoff; envelopes: Envelope[] }[]> {
    return (await this.store.handoffs.find({ pendingOutbox: 'yes' }, { by: 'requestedAt' }))
      .map((handoff) => ({ handoff, envelopes: handoff.outbox.filter((e) => deliverable(handoff, e)) }))
      .filter((entry) => entry.envelopes.length > 0);
  }

  /**
   * The next message of this handoff to deliver, claimed for a while so no other instance
   * sends it too; undefined when there is none, or the next one is being delivered elsewhere
   * (messages go out in order). A claim that is never confirmed runs out and is tried again.
   */
  async claimNext(handoffId: string, forMs = 30_000): Promise<{ handoff: Handoff; envelope: Envelope } | undefined> {
    const now = this.clock.now();
    let claimed: Envelope | undefined;
    const handoff = await this.change(handoffId, (h) => {
      const next = h.outbox.find((e) => deliverable(h, e));
      if (!next || (next.claimedUntil && next.claimedUntil > now.toISOString())) return undefined;
      claimed = { ...next, claimedUntil: new Date(now.getTime() + forMs).toISOString() };
      return { ...h, outbox: h.outbox.map((e) => (e.id === next.id ? claimed! : e)) };
    });
    return claimed ? { handoff, envelope: claimed } : undefined;
  }

  /** A claimed message could not go out now: another round may try it at once. */
  async release(handoffId: string, envelopeId: string): Promise<void> {
    const unclaimed = ({ claimedUntil: _claim, ...envelope }: Envelope): Envelope => envelope;
    await this.change(handoffId, (h) => ({ ...h, outbox: h.outbox.map((e) => (e.id === envelopeId ? unclaimed(e) : e)) }));
  }

  async delivered(handoffId: string, envelopeId: string): Promise<void> {
    await this.change(handoffId, (h) => ({ ...h, outbox: h.outbox.filter((e) => e.id !== envelopeId) }));
  }

  /** The contact person to offer when no ambassador can help. */
  async contactFor(handoff: Handoff): Promise<ReturnType<Catalog['helpContact']>> {
    return (await this.catalog.current()).helpContact(handoff.locationId);
  }

  list(): Promise<Handoff[]> {
    return this.store.handoffs.find({}, { by: 'requestedAt', desc: true });
  }

  async get(id: string): Promise<Handoff> {
    const handoff = await this.store.handoffs.get(id);
    if (!handoff) throw notFound('handoff', id);
    return handoff;
  }

  /** Reads, changes and writes one handoff while it is locked, so two instances never lose each other's messages. */
  private change(id: string, next: (handoff: Handoff) => Handoff | undefined): Promise<Handoff> {
    return this.store.transaction(async (tx) => {
      const handoff = await tx.handoffs.lock(id);
      if (!handoff) throw notFound('handoff', id);
      const changed = next(handoff);
      if (!changed) return handoff;
      await tx.handoffs.put(changed);
      return changed;
    });
  }

  private async pick(request: HandoffRequest): Promise<Ambassador | undefined> {
    const reachable = (a: Ambassador | undefined): boolean =>
      !!a?.reach && !(a.reach.channel === request.worker.channel && a.reach.userId === request.worker.userId);
    const firstFree = async (candidates: Ambassador[]) => {
      for (const a of candidates) if (!(await this.openForAmbassador(a.id))) return a;
      return candidates[0];
    };
    if (request.helperName) {
      const wanted = request.helperName.toLowerCase();
      return firstFree((await this.ambassadors.list()).filter((a) => firstNameOf(a.name).toLowerCase() === wanted && reachable(a)));
    }
    const referred = await this.ambassadors.byCode(request.referralCode);
    if (referred && reachable(referred)) return referred;
    const locationId = request.locationId ?? referred?.locationId;
    return firstFree(locationId ? (await this.ambassadors.ofLocation(locationId)).filter(reachable) : []);
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
