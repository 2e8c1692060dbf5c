import { readdirSync } from 'node:fs';
import { connect } from 'node:net';
import { suiteServer } from '../support/test-app';

const openFiles = () => readdirSync('/proc/self/fd').length;

/** Sends a WebSocket upgrade request and resolves with what came back once the server closed the socket. */
function upgradeRequest(url: string, path: string): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    let answer = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk) => (answer += chunk));
    socket.on('close', () => resolve(answer));
    socket.on('error', reject);
    socket.write(
      `GET ${path} HTTP/1.1\r\nHost: ${hostname}\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n` +
        'Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n',
    );
  });
}

async function settle(check: () => boolean, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return check();
}

describe('the HTTP server', () => {
  const server = suiteServer();

  it('refuses a WebSocket upgrade at once and closes the socket, on any route', async () => {
    for (const path of ['/healthz', '/api/messages', '/directline/conversations', '/nothing-here']) {
      expect(await upgradeRequest(server.app.url, path)).toMatch(/^HTTP\/1\.1 400 /);
    }
  });

  it('holds no socket open after 200 upgrade requests', async () => {
    await upgradeRequest(server.app.url, '/healthz');
    const before = openFiles();
    const answers = await Promise.all(Array.from({ length: 200 }, () => upgradeRequest(server.app.url, '/healthz')));
    expect(answers.every((answer) => answer.startsWith('HTTP/1.1 400'))).toBe(true);
    expect(await settle(() => openFiles() <= before + 2, 5_000)).toBe(true);
  });

  it('closes idle and slow connections on its own', () => {
    const http = server.app.server.server;
    expect(http.headersTimeout).toBeGreaterThan(0);
    expect(http.headersTimeout).toBeLessThanOrEqual(15_000);
    expect(http.requestTimeout).toBeLessThanOrEqual(60_000);
    expect(http.keepAliveTimeout).toBeLessThanOrEqual(10_000);
  });
});
