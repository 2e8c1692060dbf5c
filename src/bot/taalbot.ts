import { TeamsActivityHandler, TeamsInfo, type ConversationState, type TurnContext } from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
// Only the dialog classes: the package index also loads every prompt and its recognizers (about 40 MB).
import { DialogSet } from 'botbuilder-dialogs/lib/dialogSet';
import type { Domain } from '../domain';
import type { ConversationReferences } from './conversation-references';
import { answerMissedLesson } from './missed-lesson-answers';
import { TEAMS_CHANNEL } from '../../dialogs/prompt';
import { AfterBookingDialog } from '../../dialogs/after-booking-dialog';
import { CreditDialog } from '../../dialogs/credit-dialog';
import { IntakeDialog, type IntakeSettings } from '../../dialogs/intake-dialog';
import { LessonDialog, type LessonSettings } from '../../dialogs/lesson-dialog';
import { ERASED_THIS_TURN, PrivacyDialog } from '../../dialogs/privacy-dialog';
import { MAIN_DIALOG, MainDialog, type MainOptions } from '../../dialogs/main-dialog';

export type TaalbotSettings = IntakeSettings & LessonSettings;

/**
 * The activity handler for every channel, Teams included: greets a new person once
 * (on install or when added), and runs every message through the dialogs.
 */
export class Taalbot extends TeamsActivityHandler {
  private readonly dialogs: DialogSet;

  constructor(
    private readonly conversationState: ConversationState,
    private readonly references: ConversationReferences,
    private readonly domain: Domain,
    settings: TaalbotSettings,
  ) {
    super();
    this.dialogs = new DialogSet(conversationState.createProperty<DialogState>('dialogState'));
    const lessons = new LessonDialog(domain, settings);
    this.dialogs
      .add(new MainDialog(domain, lessons))
      .add(new IntakeDialog(domain, settings))
      .add(new AfterBookingDialog(domain))
      .add(lessons)
      .add(new CreditDialog(domain))
      .add(new PrivacyDialog(domain));

    this.onMembersAdded(async (context, next) => {
      const bot = context.activity.recipient?.id;
      if (context.activity.membersAdded?.some((member) => member.id !== bot)) await this.converse(context, true);
      await next();
    });
    // Teams sends this when a person installs the app; membersAdded may follow. One welcome only.
    this.onInstallationUpdateAdd(async (context, next) => {
      await this.converse(context, true);
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
    // Earlier versions of the dialog state hold the answers just erased; they leave the disk
    // before the worker hears "Alles is weg." (replies wait until the turn is done).
    if (context.turnState.get(ERASED_THIS_TURN)) await this.domain.privacy.clearOldCopies();
  }

  /** After a chat with a taalambassadeur: the question the worker was at, asked again. */
  async resume(context: TurnContext): Promise<void> {
    const dc = await this.dialogs.createContext(context);
    if (dc.activeDialog) await dc.repromptDialog();
  }

  /** A new person is greeted once; a message continues where the conversation was. */
  private async converse(context: TurnContext, greeting: boolean): Promise<void> {
    const dc = await this.dialogs.createContext(context);
    if (!greeting && (await answerMissedLesson(dc, this.domain))) return;
    if (dc.activeDialog) {
      if (!greeting) await dc.continueDialog();
      return;
    }
    await dc.beginDialog(MAIN_DIALOG, { ...referralOf(context), knownName: await knownName(context) } satisfies MainOptions);
  }
}

function referralOf(context: TurnContext): Pick<MainOptions, 'referralCode'> {
  const data: unknown = context.activity.channelData;
  const code = data && typeof data === 'object' ? (data as { referralCode?: unknown }).referralCode : undefined;
  return typeof code === 'string' && /^[A-Za-z0-9-]{2,32}$/.test(code) ? { referralCode: code } : {};
}

/** The name the channel knows: the Teams profile's first name, or the name on the activity. */
async function knownName(context: TurnContext): Promise<string | undefined> {
  const { channelId, from } = context.activity;
  if (channelId === TEAMS_CHANNEL && from?.id) {
    try {
      const member = await TeamsInfo.getMember(context, from.id);
      return member.givenName || member.name || from.name;
    } catch {
      // The profile cannot be read (for instance outside a tenant): ask the name instead.
    }
  }
  return from?.name;
}
