import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A reply as the bot posts it to the connector. */
export interface ReplyActivity {
  type: string;
  text?: string;
  suggestedActions?: { actions: { title: string; value: string }[] };
}

const ROUTE = /^\/v3\/conversations\/([^/]+)\/activities/;

/**
 * The load generator's own Bot Connector on 127.0.0.1: the bot posts its replies here.
 * Replies wait in an inbox per conversation until the worker takes them.
 */
export class ReplyInbox {
  private readonly server: Server;
  private readonly inboxes = new Map<string, ReplyActivity[]>();
  private replies = 0;
  url = '';

  constructor() {
    this.server = createServer((req, res) => void this.receive(req, res));
    this.server.keepAliveTimeout = 60_000;
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

  /** The replies that came in for a conversation since the last take. */
  take(conversationId: string): ReplyActivity[] {
    const replies = this.inboxes.get(conversationId) ?? [];
    this.inboxes.delete(conversationId);
    return replies;
  }

  get received(): number {
    return this.replies;
  }

  private async receive(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const match = ROUTE.exec(req.url ?? '');
    if (req.method !== 'POST' || !match) {
      res.statusCode = 404;
      return void res.end();
    }
    const conversationId = decodeURIComponent(match[1]);
    const inbox = this.inboxes.get(conversationId) ?? [];
    inbox.push(JSON.parse(Buffer.concat(chunks).toString('utf8')) as ReplyActivity);
    this.inboxes.set(conversationId, inbox);
    this.replies += 1;
    res.setHeader('content-type', 'application/json');
    res.end(`{"id":"r${this.replies}"}`);
  }
}
