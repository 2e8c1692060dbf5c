import { crc32, deflateSync } from 'node:zlib';

/** Drawing code for the app's icons: the Teams package and the web chat (favicon, manifest) share it. */

type Rgba = [number, number, number, number];
type Paint = (x: number, y: number) => Rgba | undefined;

/** A PNG (8-bit RGBA), written with zlib alone, so the running bot needs no image package. */
function png(size: number, paint: Paint): Buffer {
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    const row = y * (size * 4 + 1);
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = paint(x + 0.5, y + 0.5) ?? [0, 0, 0, 0];
      rows.set([r, g, b, a], row + 1 + x * 4);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A speech bubble: an ellipse with a small tail at the bottom left, in units of the icon size. */
function inBubble(u: number, v: number): boolean {
  const ellipse = ((u - 0.5) / 0.36) ** 2 + ((v - 0.45) / 0.27) ** 2 <= 1;
  const tail = v >= 0.6 && v <= 0.82 && u >= 0.27 && u <= 0.45 && u - 0.27 <= (0.82 - v) * 0.9;
  return ellipse || tail;
}

const WHITE: Rgba = [255, 255, 255, 255];
const TEAL: Rgba = [0, 121, 107, 255];
export const ICON_COLOR = '#00796B';

/** The full-colour icon: a white speech bubble with three dots on teal (Teams 192×192, the web app 192 and 512). */
export function colorIcon(size = 192): Buffer {
  return png(size, (x, y) => {
    const u = x / size;
    const v = y / size;
    const dot = [0.36, 0.5, 0.64].some((cx) => (u - cx) ** 2 + (v - 0.45) ** 2 <= 0.045 ** 2);
    if (inBubble(u, v)) return dot ? TEAL : WHITE;
    return TEAL;
  });
}

/** The outline icon (32×32): a white bubble outline on transparent, as Teams asks. */
export function outlineIcon(size = 32): Buffer {
  const stroke = 2 / size;
  return png(size, (x, y) => {
    const u = x / size;
    const v = y / size;
    const edge = inBubble(u, v) && [[stroke, 0], [-stroke, 0], [0, stroke], [0, -stroke]].some(([du, dv]) => !inBubble(u + du, v + dv));
    return edge ? WHITE : undefined;
  });
}

/** The chat's avatar and favicon: the same bubble, now smiling, on a teal circle. */
export function avatarSvg(): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">
<circle cx="50" cy="50" r="50" fill="${ICON_COLOR}"/>
<path d="M50 20c-19.9 0-36 11.9-36 26.5 0 8.4 5.3 15.9 13.6 20.7L24 80l14.6-7.6c3.6 0.9 7.4 1.4 11.4 1.4 19.9 0 36-11.9 36-26.5S69.9 20 50 20z" fill="#fff"/>
<circle cx="38" cy="42" r="4.5" fill="${ICON_COLOR}"/>
<circle cx="62" cy="42" r="4.5" fill="${ICON_COLOR}"/>
<path d="M36 53c3.5 6 8.3 9 14 9s10.5-3 14-9" fill="none" stroke="${ICON_COLOR}" stroke-width="5" stroke-linecap="round"/>
</svg>`;
}
