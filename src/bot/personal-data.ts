import type { PersonalDataHolder } from '../domain/privacy';
import type { ConversationReferences } from './conversation-references';
import type { Store } from '../storage/store';
import type { WebChatConversations } from '../webchat/conversations';
import { WEBCHAT_CHANNEL } from '../webchat/webchat-adapter';

const DIALOG_STATE = 'dialog-state';

/** botbuilder's ConversationState key for a conversation (its namespace is empty). */
const dialogStateKey = (channel: string, conversationId: string) => `${channel}/conversations/${conversationId}/`;

/** The dialog state of the worker's conversation: answers in progress, where the chat stands. */
export function dialogStateData(store: Store): PersonalDataHolder {
  return {
    name: 'dialogState',
    export: async (intake) => (await store.get<{ id: string; item: unknown }>(DIALOG_STATE, dialogStateKey(intake.channel, intake.conversationId)))?.item ?? null,
    erase: (intake) => store.remove(DIALOG_STATE, dialogStateKey(intake.channel, intake.conversationId)),
  };
}

/** The web chat transcript: every message of the conversation, kept so a reload shows it again. */
export function webChatData(conversations: WebChatConversations): PersonalDataHolder {
  return {
    name: 'webChatTranscript',
    export: async (intake) => {
      if (intake.channel !== WEBCHAT_CHANNEL) return null;
      const conversation = await conversations.get(intake.conversationId);
      return conversation?.activities.map((a) => ({ from: a.from?.id === intake.channelUserId ? 'worker' : 'bot', text: a.text ?? '', at: a.timestamp })) ?? null;
    },
    erase: async (intake) => {
      if (intake.channel === WEBCHAT_CHANNEL) await conversations.remove(intake.conversationId);
    },
  };
}

/** Where the bot reaches the worker for reminders: their channel account and conversation. */
export function conversationReferenceData(references: ConversationReferences): PersonalDataHolder {
  return {
    name: 'conversationReference',
    export: async (intake) => (await references.get(intake.channel, intake.conversationId)) ?? null,
    erase: (intake) => references.forget(intake.channel, intake.conversationId),
  };
}
