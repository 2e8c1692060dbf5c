import { PNG } from 'pngjs';

type Paint = (x: number, y: number) => [number, number, number, number] | undefined;

function draw(size: number, paint: Paint): Buffer {
  const png = new PNG({ width: size, height: size });
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = paint(x + 0.5, y + 0.5) ?? [0, 0, 0, 0];
      png.data.set([r, g, b, a], (y * size + x) * 4);
    }
  }
  return PNG.sync.write(png);
}

/** A speech bubble: an ellipse with a small tail at the bottom left, in units of the icon size. */
function inBubble(u: number, v: number): boolean {
  const ellipse = ((u - 0.5) / 0.36) ** 2 + ((v - 0.45) / 0.27) ** 2 <= 1;
  const tail = v >= 0.6 && v <= 0.82 && u >= 0.27 && u <= 0.45 && u - 0.27 <= (0.82 - v) * 0.9;
  return ellipse || tail;
}

const WHITE = [255, 255, 255, 255] as [number, number, number, number];
const TEAL = [0, 121, 107, 255] as [number, number, number, number];

/** The full-colour icon (192×192): a white speech bubble with three dots on teal. */
export function colorIcon(size = 192): Buffer {
  return draw(size, (x, y) => {
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
  return draw(size, (x, y) => {
    const u = x / size;
    const v = y / size;
    const edge = inBubble(u, v) && [[stroke, 0], [-stroke, 0], [0, stroke], [0, -stroke]].some(([du, dv]) => !inBubble(u + du, v + dv));
    return edge ? WHITE : undefined;
  });
}
