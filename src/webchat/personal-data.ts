import type { PersonalDataHolder } from '../domain/privacy';
import type { WebChatConversations } from './conversations';
import { WEBCHAT_CHANNEL } from './webchat-adapter';

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
