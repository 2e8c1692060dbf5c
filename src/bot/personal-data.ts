import type { PersonalDataHolder } from '../domain/privacy';
import type { ConversationReferences } from './conversation-references';
import type { Documents } from '../domain/store';

/** botbuilder's ConversationState key for a conversation (its namespace is empty). */
const dialogStateKey = (channel: string, conversationId: string) => `${channel}/conversations/${conversationId}/`;

/** The dialog state of the worker's conversation: answers in progress, where the chat stands. */
export function dialogStateData(states: Documents<unknown>): PersonalDataHolder {
  return {
    name: 'dialogState',
    export: async (intake) => (await states.get(dialogStateKey(intake.channel, intake.conversationId)))?.value ?? null,
    erase: (intake) => states.remove(dialogStateKey(intake.channel, intake.conversationId)),
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
