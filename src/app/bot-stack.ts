import { ConfigurationBotFrameworkAuthentication, ConversationState, type TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import type { LinkSettings } from '../ambassadors/links';
import { AmbassadorDesk } from '../ambassadors/desk';
import { TaalbotAdapter } from '../bot/adapter';
import { ConversationReferences } from '../bot/conversation-references';
import { DialogStateStorage } from '../bot/dialog-state-storage';
import { HandoffCourier } from '../bot/handoff-courier';
import { HandoffTimer } from '../bot/handoff-timer';
import { HoldReplies } from '../bot/hold-replies';
import { NoticeScheduler } from '../bot/notice-scheduler';
import { PlainInput } from '../bot/plain-input';
import { conversationReferenceData, dialogStateData } from '../bot/personal-data';
import { ProactiveSender } from '../bot/proactive';
import { Taalbot } from '../bot/taalbot';
import type { Config } from '../config';
import type { Domain } from '../domain';
import type { Clock } from '../domain/clock';
import { WriteConflict, type Store } from '../domain/store';
import { t } from '../text/t';
import { WebChatConversations } from '../webchat/conversations';
import { webChatData } from '../webchat/personal-data';
import { WEBCHAT_CHANNEL, WebChatAdapter } from '../webchat/webchat-adapter';

export interface BotStack {
  /** The Bot Connector's adapter, for Teams and other channels. */
  adapter: TaalbotAdapter;
  /** The bot's own web chat channel. */
  webChatAdapter: WebChatAdapter;
  webChatConversations: WebChatConversations;
  /** One turn: the ambassadors' desk first, then the dialogs. */
  logic: (context: TurnContext) => Promise<void>;
  proactive: ProactiveSender;
  scheduler: NoticeScheduler;
  handoffTimer: HandoffTimer;
}

export interface BotStackOptions {
  config: Config;
  domain: Domain;
  store: Store;
  clock: Clock;
  logger: Logger;
  links: LinkSettings;
  calendarLink: (intakeId: string) => string;
}

/** Adapters, the bot and its helpers, and every place they keep a worker's data, known to the privacy service. */
export function buildBotStack({ config, domain, store, clock, logger, links, calendarLink }: BotStackOptions): BotStack {
  const onTurnError = async (context: TurnContext, error: Error) => {
    // Another instance wrote this conversation's state first: the turn runs again from there.
    if (error instanceof WriteConflict) throw error;
    logger.error({ err: error, conversation: context.activity.conversation?.id }, 'unhandled error in turn');
    await context.sendActivity(t('errors.general')).catch(() => undefined);
  };
  const adapter = new TaalbotAdapter(
    new ConfigurationBotFrameworkAuthentication({
      MicrosoftAppId: config.MicrosoftAppId,
      MicrosoftAppPassword: config.MicrosoftAppPassword,
      MicrosoftAppTenantId: config.MicrosoftAppTenantId,
      MicrosoftAppType: config.MicrosoftAppType,
    }),
  );
  const webChatConversations = new WebChatConversations(store.webChat, clock);
  const webChatAdapter = new WebChatAdapter(webChatConversations, clock);
  for (const channel of [adapter, webChatAdapter]) {
    channel.use(new PlainInput());
    channel.use(new HoldReplies());
    channel.onTurnError = onTurnError;
  }

  const references = new ConversationReferences(store.documents('conversation-refs'));
  const dialogStates = store.documents('dialog-state');
  domain.privacy.addHolder(dialogStateData(dialogStates));
  domain.privacy.addHolder(webChatData(webChatConversations));
  domain.privacy.addHolder(conversationReferenceData(references));

  const proactive = new ProactiveSender(references, (channelId) =>
    channelId === WEBCHAT_CHANNEL
      ? (reference, turn) => webChatAdapter.continueConversation(reference, turn)
      : (reference, turn) => adapter.continueConversationAsync(config.MicrosoftAppId ?? '', reference, turn),
  );
  const bot = new Taalbot(new ConversationState(new DialogStateStorage(dialogStates)), references, domain, {
    retentionMonths: config.RETENTION_MONTHS,
    calendarLink,
  });
  const resume = (context: TurnContext) => bot.resume(context);
  const courier = new HandoffCourier(domain, proactive, resume, logger);
  const desk = new AmbassadorDesk(domain, references, courier, resume, links);
  return {
    adapter,
    webChatAdapter,
    webChatConversations,
    logic: (context) => desk.turn(context, () => bot.run(context)),
    proactive,
    scheduler: new NoticeScheduler(domain, proactive, logger, calendarLink),
    handoffTimer: new HandoffTimer(domain, courier, logger),
  };
}
