import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SentActivity {
  type: string;
  text?: string;
  suggestedActions?: { actions: { title: string; value: string }[] };
  attachments?: unknown[];
  conversation: { id: string };
  recipient?: { id: string };
  [key: string]: unknown;
}

/**
 * Plays the Bot Connector service on 127.0.0.1: the bot posts its replies here, as it
 * would to Teams or Direct Line, and the tests read them back per conversation.
 */
export class FakeConnector {
  private readonly server: Server;
  private readonly sent = new Map<string, SentActivity[]>();
  private readonly failures = new Map<string, number>();
  /** Teams profiles by user id, for GET /v3/conversations/:id/members/:userId. */
  readonly members = new Map<string, Record<string, unknown>>();
  url = '';

  constructor() {
    this.server = createServer((req, res) => void this.handle(req, res));
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** From now on, every message to this conversation gets this status (403: the app was removed). */
  failFor(conversationId: string, status: number): void {
    this.failures.set(conversationId, status);
  }

  activities(conversationId: string): SentActivity[] {
    return this.sent.get(conversationId) ?? [];
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const member = /^\/v3\/conversations\/([^/]+)\/members\/([^/?]+)/.exec(req.url ?? '');
    if (req.method === 'GET' && member) {
      const profile = this.members.get(decodeURIComponent(member[2]));
      res.writeHead(profile ? 200 : 404, { 'content-type': 'application/json' });
      res.end(JSON.stringify(profile ?? { error: { code: 'MemberNotFoundInConversation' } }));
      return;
    }
    const match = /^\/v3\/conversations\/([^/]+)\/activities/.exec(req.url ?? '');
    if (req.method === 'POST' && match) {
      const conversationId = decodeURIComponent(match[1]);
      const failure = this.failures.get(conversationId);
      if (failure) {
        res.writeHead(failure, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { code: 'BotNotInConversationRoster', message: 'The bot is not part of the conversation roster.' } }));
        return;
      }
      const activity = JSON.parse(Buffer.concat(chunks).toString('utf8')) as SentActivity;
      const list = this.sent.get(conversationId) ?? [];
      list.push(activity);
      this.sent.set(conversationId, list);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: `reply-${list.length}` }));
      return;
    }
    res.writeHead(404).end();
  }
}
