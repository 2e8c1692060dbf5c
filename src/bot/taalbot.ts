import { ActivityHandler, type ConversationState, type TurnContext } from 'botbuilder';
import { DialogSet, type DialogState } from 'botbuilder-dialogs';
import type { Domain } from '../domain';
import type { ConversationReferences } from './conversation-references';
import { BookingDialog } from '../../dialogs/booking-dialog';
import { CreditDialog } from '../../dialogs/credit-dialog';
import { IntakeDialog, type IntakeSettings } from '../../dialogs/intake-dialog';
import { MAIN_DIALOG, MainDialog, type MainOptions } from '../../dialogs/main-dialog';

/** The activity handler: greets new members and runs every message through the dialogs. */
export class Taalbot extends ActivityHandler {
  private readonly dialogs: DialogSet;

  constructor(
    private readonly conversationState: ConversationState,
    private readonly references: ConversationReferences,
    domain: Domain,
    settings: IntakeSettings,
  ) {
    super();
    this.dialogs = new DialogSet(conversationState.createProperty<DialogState>('dialogState'));
    this.dialogs.add(new MainDialog(domain)).add(new IntakeDialog(domain, settings)).add(new BookingDialog(domain));
    this.dialogs.add(new CreditDialog(domain));

    this.onMembersAdded(async (context, next) => {
      const bot = context.activity.recipient?.id;
      if (context.activity.membersAdded?.some((member) => member.id !== bot)) await this.converse(context, true);
      await next();
    });
    this.onMessage(async (context, next) => {
      await this.converse(context, false);
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    await this.references.remember(context);
    await super.run(context);
    await this.conversationState.saveChanges(context);
  }

  /** After a chat with a taalambassadeur: the question the worker was at, asked again. */
  async resume(context: TurnContext): Promise<void> {
    const dc = await this.dialogs.createContext(context);
    if (dc.activeDialog) await dc.repromptDialog();
  }

  /** A new member is greeted once; a message continues where the conversation was. */
  private async converse(context: TurnContext, greeting: boolean): Promise<void> {
    const dc = await this.dialogs.createContext(context);
    if (dc.activeDialog) {
      if (!greeting) await dc.continueDialog();
      return;
    }
    await dc.beginDialog(MAIN_DIALOG, referralOf(context));
  }
}

function referralOf(context: TurnContext): MainOptions {
  const data: unknown = context.activity.channelData;
  const code = data && typeof data === 'object' ? (data as { referralCode?: unknown }).referralCode : undefined;
  return typeof code === 'string' && /^[A-Za-z0-9-]{2,32}$/.test(code) ? { referralCode: code } : {};
}
