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
import type { Collection } from './collection';
import { invalid, notFound } from './errors';
import type { Intake, IntakeStatus } from './intake';

const BY_CODE = 'code';
const BY_REACH = 'reach';
const BY_LOCATION = 'location';
const BY_REFERRAL = 'referral';
const BY_HELPER = 'helped-by';
const reachKey = (channel: string, userId: string) => `${channel}\u0000${userId}`;

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
    private readonly ambassadors: Collection<Ambassador>,
    private readonly intakes: Collection<Intake>,
    private readonly catalog: CatalogService,
    private readonly clock: Clock,
  ) {
    ambassadors.addIndex(BY_CODE, (a) => a.code);
    ambassadors.addIndex(BY_REACH, (a) => (a.reach ? reachKey(a.reach.channel, a.reach.userId) : ''));
    ambassadors.addIndex(BY_LOCATION, (a) => a.locationId);
    intakes.addIndex(BY_REFERRAL, (intake) => (intake.referralCode ? normalizeCode(intake.referralCode) : ''));
    intakes.addIndex(BY_HELPER, (intake) => intake.helpedBy ?? '');
  }

  async add(input: { name: string; locationId: string }): Promise<NewAmbassador> {
    const name = input.name.trim();
    if (!name) throw invalid('an ambassador needs a name', 'name');
    this.catalog.location(input.locationId);
    const now = this.clock.now().toISOString();
    const ambassador: Ambassador = { id: randomUUID(), name, locationId: input.locationId, code: this.freeCode(), createdAt: now, updatedAt: now };
    await this.ambassadors.save(ambassador);
    const linkSecret = await this.newLinkSecret(ambassador.id);
    return { ambassador: this.get(ambassador.id), linkSecret };
  }

  /** A fresh one-time secret for linking a chat; an older one stops working. */
  async newLinkSecret(id: string): Promise<string> {
    const ambassador = this.get(id);
    const secret = randomCode(LINK_SECRET_LENGTH);
    const expiresAt = new Date(this.clock.now().getTime() + LINK_SECRET_DAYS * 86_400_000).toISOString();
    await this.save({ ...ambassador, linkSecret: { hash: hashSecret(secret), expiresAt } });
    return secret;
  }

  /**
   * Links the chat at `reach` to the ambassador whose secret this is, once. A chat
   * that was linked to someone else before is theirs no longer.
   */
  async link(secret: string, reach: Reach): Promise<Ambassador | undefined> {
    const hash = hashSecret(secret);
    const now = this.clock.now().toISOString();
    const owner = this.ambassadors.all().find((a) => a.linkSecret?.hash === hash && a.linkSecret.expiresAt > now);
    if (!owner) return undefined;
    const previous = this.byReach(reach.channel, reach.userId);
    if (previous && previous.id !== owner.id) await this.save({ ...previous, reach: undefined });
    await this.save({ ...owner, reach, linkSecret: undefined });
    return this.get(owner.id);
  }

  /** Teams keeps one chat per person, but a web chat may start a new one: follow the latest. */
  async noteConversation(ambassador: Ambassador, conversationId: string): Promise<void> {
    if (ambassador.reach && ambassador.reach.conversationId !== conversationId) {
      await this.save({ ...ambassador, reach: { ...ambassador.reach, conversationId } });
    }
  }

  get(id: string): Ambassador {
    const ambassador = this.ambassadors.get(id);
    if (!ambassador) throw notFound('ambassador', id);
    return ambassador;
  }

  find(id: string): Ambassador | undefined {
    return this.ambassadors.get(id);
  }

  list(): Ambassador[] {
    return this.ambassadors.all().sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.name.localeCompare(b.name));
  }

  byCode(code: string | undefined): Ambassador | undefined {
    return code ? this.ambassadors.findBy(BY_CODE, normalizeCode(code))[0] : undefined;
  }

  byReach(channel: string, userId: string): Ambassador | undefined {
    return this.ambassadors.findBy(BY_REACH, reachKey(channel, userId))[0];
  }

  ofLocation(locationId: string): Ambassador[] {
    return this.ambassadors.findBy(BY_LOCATION, locationId).sort((a, b) => a.name.localeCompare(b.name));
  }

  /** Who helped this worker: the one they named, or the one whose link they used. */
  creditedTo(intake: Intake): Ambassador | undefined {
    return (intake.helpedBy ? this.find(intake.helpedBy) : undefined) ?? this.byCode(intake.referralCode);
  }

  /** The worker names their helper; a sign-up that came with a code keeps that credit. */
  async credit(intakeId: string, ambassadorId: string): Promise<void> {
    const intake = this.intakes.get(intakeId);
    if (!intake) throw notFound('intake', intakeId);
    this.get(ambassadorId);
    if (this.byCode(intake.referralCode)) return;
    await this.intakes.save({ ...intake, helpedBy: ambassadorId, updatedAt: this.clock.now().toISOString() });
  }

  /** Whom to offer when asking "Wie heeft je geholpen?": nobody when a code already credits someone. */
  helpersToOffer(intakeId: string): Ambassador[] {
    const intake = this.intakes.get(intakeId);
    if (!intake?.booking || this.creditedTo(intake)) return [];
    return this.ofLocation(this.catalog.group(intake.booking.groupId).locationId);
  }

  signUps(id: string): SignUp[] {
    const ambassador = this.get(id);
    const credited = [...this.intakes.findBy(BY_REFERRAL, ambassador.code), ...this.intakes.findBy(BY_HELPER, ambassador.id)];
    return [...new Map(credited.map((intake) => [intake.id, intake])).values()]
      .filter((intake) => this.creditedTo(intake)?.id === ambassador.id)
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
      .map((intake) => ({ firstName: firstNameOf(intake.name), status: intake.status }));
  }

  private freeCode(): string {
    for (;;) {
      const code = randomCode(CODE_LENGTH);
      if (this.ambassadors.findBy(BY_CODE, code).length === 0) return code;
    }
  }

  private async save(ambassador: Ambassador): Promise<void> {
    await this.ambassadors.save({ ...ambassador, updatedAt: this.clock.now().toISOString() });
  }
}
