import jsQR from 'jsqr';
import { PNG } from 'pngjs';

/** Reads a QR code from a PNG the way a phone would: from its pixels. */
export function decodePng(png: Buffer): string | undefined {
  const image = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data;
}

/**
 * Reads a QR code from the SVG that the qrcode package makes: its dark modules are one
 * path of "M x y h n" / "m dx dy h n" runs. They are painted onto pixels, then decoded.
 */
export function decodeSvg(svg: string): string | undefined {
  const size = Number(/viewBox="0 0 (\d+) \d+"/.exec(svg)?.[1]);
  const path = /<path stroke="[^"]+" d="([^"]+)"/.exec(svg)?.[1];
  if (!size || !path) return undefined;
  const scale = 8;
  const width = size * scale;
  const pixels = new Uint8ClampedArray(width * width * 4).fill(255);
  let x = 0;
  let y = 0;
  for (const [, op, a, b] of path.matchAll(/([MmHh])\s*(-?[\d.]+)(?:\s+(-?[\d.]+))?/g)) {
    if (op === 'M') [x, y] = [Number(a), Number(b)];
    else if (op === 'm') [x, y] = [x + Number(a), y + Number(b)];
    else {
      const run = Number(a);
      for (let col = Math.round(x * scale); col < Math.round((x + run) * scale); col++) {
        for (let row = Math.floor(y) * scale; row < (Math.floor(y) + 1) * scale; row++) {
          pixels.fill(0, (row * width + col) * 4, (row * width + col) * 4 + 3);
        }
      }
      x += run;
    }
  }
  return jsQR(pixels, width, width)?.data;
}
