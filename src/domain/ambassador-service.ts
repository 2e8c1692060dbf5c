import { randomUUID } from 'node:crypto';
import {
  CODE_LENGTH,
  LINK_SECRET_DAYS,
  LINK_SECRET_LENGTH,
  firstNameOf,
  hashSecret,
  normalizeCode,
  randomCode,
  type Ambassador,
  type Reach,
} from './ambassadors';
import type { CatalogService } from './catalog-service';
import type { Clock } from './clock';
import { invalid, notFound } from './errors';
import type { Intake, IntakeStatus } from './intake';
import { userKey, type Store } from './store';


/** What an ambassador may see of a colleague they helped: first name and status, nothing else. */
export interface SignUp {
  firstName: string;
  status: IntakeStatus;
}

/** A new ambassador, with the one-time secret the coordinator passes on for linking a chat. */
export interface NewAmbassador {
  ambassador: Ambassador;
  linkSecret: string;
}

/**
 * Keeps the taalambassadeurs: their codes, how to reach them, and which sign-ups are
 * theirs. A sign-up is credited by the code it came with, or by the helper the worker named.
 */
export class AmbassadorService {
  constructor(
    private readonly store: Store,
    private readonly catalog: CatalogService,
    private readonly clock: Clock,
  ) {}

  async add(input: { name: string; locationId: string }): Promise<NewAmbassador> {
    const name = input.name.trim();
    if (!name) throw invalid('an ambassador needs a name', 'name');
    (await this.catalog.current()).location(input.locationId);
    const now = this.clock.now().toISOString();
    const secret = randomCode(LINK_SECRET_LENGTH);
    for (;;) {
      const ambassador: Ambassador = {
        id: randomUUID(),
        name,
        locationId: input.locationId,
        code: randomCode(CODE_LENGTH),
        linkSecret: { hash: hashSecret(secret), expiresAt: this.secretExpiry() },
        createdAt: now,
        updatedAt: now,
      };
      // The code is unique in the database; a clash with an existing code just draws another.
      if ((await this.store.ambassadors.count({ code: ambassador.code })) > 0) continue;
      await this.store.ambassadors.insert(ambassador);
      return { ambassador, linkSecret: secret };
    }
  }

  /** A fresh one-time secret for linking a chat; an older one stops working. */
  async newLinkSecret(id: string): Promise<string> {
    const secret = randomCode(LINK_SECRET_LENGTH);
    await this.change(id, (a) => ({ ...a, linkSecret: { hash: hashSecret(secret), expiresAt: this.secretExpiry() } }));
    return secret;
  }

  /**
   * Links the chat at `reach` to the ambassador whose secret this is, once. A chat
   * that was linked to someone else before is theirs no longer.
   */
  async link(secret: string, reach: Reach): Promise<Ambassador | undefined> {
    const now = this.clock.now().toISOString();
    return this.store.transaction(async (tx) => {
      const [found] = await tx.ambassadors.find({ linkSecretHash: hashSecret(secret) });
      const owner = found ? await tx.ambassadors.lock(found.id) : undefined;
      if (!owner?.linkSecret || owner.linkSecret.expiresAt <= now) return undefined;
      for (const previous of await tx.ambassadors.find({ reachKey: userKey(reach.channel, reach.userId) })) {
        if (previous.id !== owner.id) await tx.ambassadors.put({ ...previous, reach: undefined, updatedAt: now });
      }
      const linked: Ambassador = { ...owner, reach, linkSecret: undefined, updatedAt: now };
      await tx.ambassadors.put(linked);
      return linked;
    });
  }

  /** Teams keeps one chat per person, but a web chat may start a new one: follow the latest. */
  async noteConversation(ambassador: Ambassador, conversationId: string): Promise<void> {
    if (ambassador.reach && ambassador.reach.conversationId !== conversationId) {
      await this.change(ambassador.id, (a) => (a.reach ? { ...a, reach: { ...a.reach, conversationId } } : a));
    }
  }

  async get(id: string): Promise<Ambassador> {
    const ambassador = await this.store.ambassadors.get(id);
    if (!ambassador) throw notFound('ambassador', id);
    return ambassador;
  }

  find(id: string): Promise<Ambassador | undefined> {
    return this.store.ambassadors.get(id);
  }

  async list(): Promise<Ambassador[]> {
    return (await this.store.ambassadors.find()).sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.name.localeCompare(b.name));
  }

  async byCode(code: string | undefined): Promise<Ambassador | undefined> {
    return code ? (await this.store.ambassadors.find({ code: normalizeCode(code) }))[0] : undefined;
  }

  async byReach(channel: string, userId: string): Promise<Ambassador | undefined> {
    return (await this.store.ambassadors.find({ reachKey: userKey(channel, userId) }))[0];
  }

  async ofLocation(locationId: string): Promise<Ambassador[]> {
    return (await this.store.ambassadors.find({ locationId })).sort((a, b) => a.name.localeCompare(b.name));
  }

  /** Who helped this worker: the one they named, or the one whose link they used. */
  async creditedTo(intake: Intake): Promise<Ambassador | undefined> {
    return (intake.helpedBy ? await this.find(intake.helpedBy) : undefined) ?? (await this.byCode(intake.referralCode));
  }

  /** The worker names their helper; a sign-up that came with a code keeps that credit. */
  async credit(intakeId: string, ambassadorId: string): Promise<void> {
    await this.get(ambassadorId);
    await this.store.transaction(async (tx) => {
      const intake = await tx.intakes.lock(intakeId);
      if (!intake) throw notFound('intake', intakeId);
      if (await this.byCode(intake.referralCode)) return;
      await tx.intakes.put({ ...intake, helpedBy: ambassadorId, updatedAt: this.clock.now().toISOString() });
    });
  }

  /** Whom to offer when asking "Wie heeft je geholpen?": nobody when a code already credits someone. */
  async helpersToOffer(intakeId: string): Promise<Ambassador[]> {
    const intake = await this.store.intakes.get(intakeId);
    if (!intake?.booking || (await this.creditedTo(intake))) return [];
    return this.ofLocation((await this.catalog.current()).group(intake.booking.groupId).locationId);
  }

  async signUps(id: string): Promise<SignUp[]> {
    const ambassador = await this.get(id);
    const credited = [...(await this.store.intakes.find({ referralCode: ambassador.code })), ...(await this.store.intakes.find({ helpedBy: ambassador.id }))];
    const mine: Intake[] = [];
    for (const intake of new Map(credited.map((i) => [i.id, i])).values()) {
      if ((await this.creditedTo(intake))?.id === ambassador.id) mine.push(intake);
    }
    return mine.sort((a, b) => a.createdAt.localeCompare(b.createdAt)).map((intake) => ({ firstName: firstNameOf(intake.name), status: intake.status }));
  }

  private secretExpiry(): string {
    return new Date(this.clock.now().getTime() + LINK_SECRET_DAYS * 86_400_000).toISOString();
  }

  private change(id: string, next: (ambassador: Ambassador) => Ambassador): Promise<Ambassador> {
    return this.store.transaction(async (tx) => {
      const ambassador = await tx.ambassadors.lock(id);
      if (!ambassador) throw notFound('ambassador', id);
      const changed = { ...next(ambassador), updatedAt: this.clock.now().toISOString() };
      await tx.ambassadors.put(changed);
      return changed;
    });
  }
}
