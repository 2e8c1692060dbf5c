import type { PersonalDataHolder } from '../domain/privacy';
import type { WebChatConversations } from './conversations';
import { WEBCHAT_CHANNEL } from './webchat-adapter';

/** The web chat transcript: every message of the conversation, kept so a reload shows it again; and copies in an ambassador's transcript. */
export function webChatData(conversations: WebChatConversations): PersonalDataHolder {
  return {
    name: 'webChatTranscript',
    export: async (intake) => {
      if (intake.channel !== WEBCHAT_CHANNEL) return null;
      if (!(await conversations.get(intake.conversationId))) return null;
      const activities = await conversations.transcript(intake.conversationId);
      return activities.map((a) => ({ from: a.from?.id === intake.channelUserId ? 'worker' : 'bot', text: a.text ?? '', at: a.timestamp }));
    },
    erase: async (erased) => {
      if (erased.channel === WEBCHAT_CHANNEL && (await conversations.get(erased.conversationId))) await conversations.clear(erased.conversationId);
      // What the bot copied into an ambassador's web chat during the worker's handoffs.
      for (const relay of erased.relays) {
        if (relay.to?.channel === WEBCHAT_CHANNEL) await conversations.eraseCopies(relay.to.conversationId, new Set([relay.handoffId]), relay.talked);
      }
    },
  };
}
