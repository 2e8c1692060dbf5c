/** A web chat page without the page: Direct Line calls over real HTTP, as the page's script makes them. */
export interface WebChatSession {
  conversationId: string;
  userId: string;
  token: string;
  expires_in: number;
}

export interface WebChatActivity {
  id: string;
  type: string;
  text?: string;
  from: { id: string; role?: string };
  channelData?: Record<string, unknown>;
}

export class WebChatClient {
  constructor(readonly url: string, private readonly headers: Record<string, string> = {}) {}

  async call(method: string, path: string, token?: string, body?: unknown): Promise<{ status: number; body: unknown }> {
    const response = await fetch(`${this.url}/directline${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...this.headers, ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json().catch(() => null)) as unknown };
  }

  /** A new conversation (or a resumed one), started. */
  async open(fields: Record<string, unknown> = {}): Promise<WebChatSession> {
    const generated = await this.call('POST', '/tokens/generate', undefined, fields);
    if (generated.status !== 200) throw new Error(`tokens/generate answered ${generated.status}`);
    const session = generated.body as WebChatSession;
    const started = await this.call('POST', '/conversations', session.token);
    if (started.status !== 200) throw new Error(`conversations answered ${started.status}`);
    return session;
  }

  async activities(session: WebChatSession, watermark = 0): Promise<{ activities: WebChatActivity[]; watermark: string }> {
    const result = await this.call('GET', `/conversations/${session.conversationId}/activities?watermark=${watermark}`, session.token);
    if (result.status !== 200) throw new Error(`activities answered ${result.status}`);
    return result.body as { activities: WebChatActivity[]; watermark: string };
  }

  /** Says something and returns the bot's replies to it, as one text. */
  async say(session: WebChatSession, text: string): Promise<string> {
    const before = Number((await this.activities(session)).watermark);
    const posted = await this.call('POST', `/conversations/${session.conversationId}/activities`, session.token, { type: 'message', text });
    if (posted.status !== 200) throw new Error(`posting answered ${posted.status}`);
    return (await this.activities(session, before + 1)).activities.map((a) => a.text ?? '').join('\n');
  }
}
