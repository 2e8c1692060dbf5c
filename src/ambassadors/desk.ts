import { CardFactory, MessageFactory, type TurnContext } from 'botbuilder';
import { say, textOf } from '../../dialogs/prompt';
import { linksFor, type LinkSettings } from './links';
import { qrDataUrl } from './qr';
import type { Domain } from '../domain';
import { firstNameOf, type Ambassador } from '../domain/ambassadors';
import type { Handoff } from '../domain/handoff';
import { t } from '../text/t';
import { understandChoice } from '../nlu';
import { understandAmbassadorCommand, understandLinkSecret } from '../nlu/ambassador-words';
import type { ConversationReferences } from '../bot/conversation-references';
import type { HandoffCourier, Resume } from '../bot/handoff-courier';
import { ambassadorName, contactText, workerName } from '../text/handoff-text';
import { markedWith } from '../bot/handoff-mark';

/**
 * The taalambassadeurs' side of the bot, in front of the dialogs: linking a chat,
 * "mijn link", "mijn aanmeldingen", accepting a request, and passing messages both ways
 * during a handoff. The worker's dialog state is not touched while a handoff runs, so
 * afterwards they go on exactly where they were.
 */
export class AmbassadorDesk {
  constructor(
    private readonly domain: Domain,
    private readonly references: ConversationReferences,
    private readonly courier: HandoffCourier,
    private readonly resume: Resume,
    private readonly links: LinkSettings,
  ) {}

  /** Runs a turn: the desk takes it, or passes it on to `next` (the dialogs). Then the other side hears what it must. */
  async turn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    await this.references.remember(context);
    if (!(await this.take(context))) await next();
    await this.courier.flush(context);
  }

  private async take(context: TurnContext): Promise<boolean> {
    const { activity } = context;
    const secret = linkSecretOf(context);
    if (secret) return this.link(context, secret);
    if (activity.type !== 'message') return false;

    const text = textOf(context);
    const asWorker = await this.domain.handoffs.activeForWorker(activity.channelId, activity.from.id);
    if (asWorker) return this.fromWorker(context, asWorker, text);
    const ambassador = await this.domain.ambassadors.byReach(activity.channelId, activity.from.id);
    if (ambassador) {
      await this.domain.ambassadors.noteConversation(ambassador, activity.conversation.id);
      return this.fromAmbassador(context, ambassador, text);
    }
    return false;
  }

  private async link(context: TurnContext, secret: string): Promise<boolean> {
    const { channelId, from, conversation } = context.activity;
    const ambassador = await this.domain.ambassadors.link(secret, { channel: channelId, userId: from.id, conversationId: conversation.id });
    if (!ambassador) {
      await say(context, t('ambassador.linkFailed'));
      return true;
    }
    await say(context, t('ambassador.linked', { name: firstNameOf(ambassador.name) }), t('ambassador.linkedHow'), t('ambassador.linkedCount'));
    return true;
  }

  private async fromWorker(context: TurnContext, handoff: Handoff, text: string): Promise<boolean> {
    const name = await ambassadorName(this.domain, handoff);
    const done = understandAmbassadorCommand(text) === 'done' || isChoice(text, t('handoff.alone'));
    if (handoff.status === 'open') {
      if (!done) return this.relay(handoff, 'worker', text);
      await this.domain.handoffs.close(handoff.id, 'worker');
      await say(context, t('handoff.backAfterHelp', { name }));
      await this.resume(context);
      return true;
    }
    if (handoff.status === 'waiting' && !done) {
      await this.relay(handoff, 'worker', text);
      await say(context, t('handoff.waitingNote', { name }));
      return true;
    }
    const contact = (await this.domain.handoffs.contactFor(handoff))?.name;
    const wantsContact = handoff.status === 'unanswered' && !!contact && isChoice(text, t('handoff.contactButton', { contact }));
    await this.domain.handoffs.close(handoff.id, 'worker', wantsContact ? 'coordinator' : 'alone');
    // After "nobody answered", any other message is an answer to the question they were at.
    if (!done && !wantsContact) return false;
    if (wantsContact) await say(context, contactText(await this.domain.catalog.current(), handoff.locationId) ?? '');
    await say(context, t('handoff.goOn'));
    await this.resume(context);
    return true;
  }

  private async fromAmbassador(context: TurnContext, ambassador: Ambassador, text: string): Promise<boolean> {
    const open = await this.domain.handoffs.openForAmbassador(ambassador.id);
    const command = understandAmbassadorCommand(text);
    if (open) {
      if (command !== 'done') return this.relay(open, 'ambassador', text);
      await this.domain.handoffs.close(open.id, 'ambassador');
      await say(markedWith(context, open.id), t('ambassador.youAreDone', { worker: workerName(open) }));
      return true;
    }
    switch (command) {
      case 'accept':
        return this.accept(context, ambassador, text);
      case 'myLink':
        await this.sendLink(context, ambassador);
        return true;
      case 'mySignUps':
        await say(context, await this.signUpsText(ambassador));
        return true;
      default:
        return false;
    }
  }

  /** One tap on "Ja, ik help". A plain "ja" counts only when someone is waiting; else it is for the dialogs. */
  private async accept(context: TurnContext, ambassador: Ambassador, text: string): Promise<boolean> {
    const result = await this.domain.handoffs.accept(ambassador.id);
    if (result.kind === 'accepted') {
      const worker = workerName(result.handoff);
      await say(markedWith(context, result.handoff.id), t('ambassador.started', { worker }), t('ambassador.howToStop'));
      return true;
    }
    if (result.kind === 'busy') {
      await say(markedWith(context, result.handoff.id), t('ambassador.busy', { worker: workerName(result.handoff) }));
      return true;
    }
    if (!isChoice(text, t('ambassador.accept'))) return false;
    await say(context, t('ambassador.nothingWaiting'));
    return true;
  }

  private async relay(handoff: Handoff, from: 'worker' | 'ambassador', text: string): Promise<boolean> {
    if (text) await this.domain.handoffs.relay(handoff.id, from, text);
    return true;
  }

  private async sendLink(context: TurnContext, ambassador: Ambassador): Promise<void> {
    const links = linksFor(ambassador, this.links);
    await say(context, t('ambassador.myLink', { link: links.webChat }));
    if (links.teams) await say(context, t('ambassador.myTeamsLink', { link: links.teams }));
    const qr = { url: await qrDataUrl(links.webChat), alt: t('ambassador.qrName', { name: firstNameOf(ambassador.name) }) };
    const image = CardFactory.heroCard('', t('ambassador.scanMe'), [qr]);
    await context.sendActivity(MessageFactory.attachment(image));
    await say(context, t('ambassador.myPoster', { link: links.poster }));
  }

  private async signUpsText(ambassador: Ambassador): Promise<string> {
    const signUps = await this.domain.ambassadors.signUps(ambassador.id);
    if (signUps.length === 0) return t('ambassador.noSignUps');
    const head = signUps.length === 1 ? t('ambassador.oneSignUp') : t('ambassador.signUps', { count: signUps.length });
    const lines = signUps.map((s) => t('ambassador.signUpLine', { name: s.firstName, status: t(`ambassador.status.${s.status}`) }));
    return [head, ...lines].join('\n');
  }
}

/** "koppel SECRET" typed in a chat, or the web chat opened with /?ambassador=SECRET. */
function linkSecretOf(context: TurnContext): string | undefined {
  const data: unknown = context.activity.channelData;
  const fromPage = data && typeof data === 'object' ? (data as { ambassadorLink?: unknown }).ambassadorLink : undefined;
  if (typeof fromPage === 'string' && context.activity.type === 'conversationUpdate') return fromPage;
  return context.activity.type === 'message' ? understandLinkSecret(textOf(context)) : undefined;
}

function isChoice(text: string, label: string): boolean {
  return understandChoice(text, [{ value: true, words: [label] }]) === true;
}
