import type { App } from '../../src/app/index';
import { Chat } from '../support/chat';
import type { FakeConnector, SentActivity } from '../support/fake-connector';
import { COORDINATOR_TOKEN } from '../support/test-app';

export interface AddedAmbassador {
  ambassador: { id: string; code: string; name: string; links: { webChat: string; poster: string; qrPng: string; qrSvg: string } };
  linkSecret: string;
}

export async function coordinator(app: App, method: string, path: string, body?: unknown): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${app.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${COORDINATOR_TOKEN}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}

export async function addAmbassador(app: App, name: string, locationId = 'bieb-centrum'): Promise<AddedAmbassador> {
  const response = await coordinator(app, 'POST', '/api/coordinator/ambassadors', { name, locationId });
  if (response.status !== 201) throw new Error(`could not add ambassador: ${JSON.stringify(response.body)}`);
  return response.body as AddedAmbassador;
}

/** An ambassador who linked their chat by typing "koppel SECRET". */
export async function linkedAmbassador(app: App, connector: FakeConnector, name: string, locationId?: string) {
  const added = await addAmbassador(app, name, locationId);
  const chat = new Chat(app.url, connector, { userName: name });
  const reply = await chat.say(`koppel ${added.linkSecret}`);
  if (!/Gelukt/.test(reply.texts.join('\n'))) throw new Error(`linking failed: ${reply.texts.join(' ')}`);
  return { ...added, chat };
}

/** What the bot sent into a conversation on its own since `mark` (a count from `mark()`). */
export function inbox(connector: FakeConnector, chat: Chat) {
  let seen = connector.activities(chat.conversationId).length;
  return {
    /** The messages that arrived since the last call. */
    fresh(): SentActivity[] {
      const all = connector.activities(chat.conversationId);
      const fresh = all.slice(seen);
      seen = all.length;
      return fresh;
    },
  };
}

export const textOf = (activities: SentActivity[]) => activities.map((a) => a.text ?? '').join('\n');
export const buttonsOf = (activities: SentActivity[]) => activities.at(-1)?.suggestedActions?.actions.map((a) => a.title) ?? [];
