import { suiteServer } from '../support/test-app';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): [number, number] {
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('the chat page over HTTP', () => {
  const server = suiteServer();

  it.each(['/', '/chat', '/privacy'])('%s may not be framed by any other site', async (path) => {
    const response = await fetch(`${server.app.url}${path}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toMatch(/(^|;)\s*frame-ancestors 'none'\s*(;|$)/);
    expect(response.headers.get('x-frame-options')).toBe('DENY');
  });

  it('links to /privacy, the favicon and the web app manifest', async () => {
    const html = await (await fetch(server.app.url)).text();
    expect(html).toContain('<a class="privacy-link" href="/privacy">Wat we bewaren</a>');
    expect(html).toContain('<link rel="manifest" href="/manifest.webmanifest">');
    expect(html).toContain('<link rel="icon" href="/static/avatar.svg" type="image/svg+xml">');
  });

  it('serves a Dutch web app manifest whose icons are there, at the sizes it says', async () => {
    const response = await fetch(`${server.app.url}/manifest.webmanifest`);
    expect(response.headers.get('content-type')).toMatch(/^application\/manifest\+json/);
    const manifest = (await response.json()) as { name: string; lang: string; start_url: string; display: string; icons: { src: string; sizes: string; type: string }[] };
    expect(manifest).toMatchObject({ name: 'Taalbot: een les voor jou', lang: 'nl', start_url: '/', display: 'standalone' });
    for (const icon of manifest.icons) {
      const file = await fetch(`${server.app.url}${icon.src}`);
      expect(file.status).toBe(200);
      expect(file.headers.get('content-type')).toBe(icon.type);
      const bytes = Buffer.from(await file.arrayBuffer());
      if (icon.type === 'image/png') expect(pngSize(bytes).join('x')).toBe(icon.sizes);
      else expect(bytes.toString()).toMatch(/^<svg /);
    }
    expect(manifest.icons.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    const favicon = await fetch(`${server.app.url}/favicon.ico`);
    expect(pngSize(Buffer.from(await favicon.arrayBuffer()))).toEqual([192, 192]);
  });
});
