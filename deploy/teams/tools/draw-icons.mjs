// Draws the Teams app icons (../color.png 192x192, ../outline.png 32x32) as a speech bubble with three dots.
// Shapes are signed distance functions sampled 4x4 per pixel, so edges are smooth without a graphics library.
// Run: npm ci && node draw-icons.mjs (the PNGs are committed; rerun only to change the mark).
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { PNG } from "pngjs";

const here = dirname(fileURLToPath(import.meta.url));
const ACCENT = [0x1a, 0x6f, 0xa8]; // keep in sync with accentColor in ../manifest.json
const WHITE = [255, 255, 255];

const roundedBox = (cx, cy, hw, hh, r) => (x, y) => {
  const qx = Math.abs(x - cx) - (hw - r);
  const qy = Math.abs(y - cy) - (hh - r);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
};

const circle = (cx, cy, r) => (x, y) => Math.hypot(x - cx, y - cy) - r;

// Exact distance to a triangle (negative inside), after Inigo Quilez's 2D distance functions.
const triangle = (a, b, c) => (x, y) => {
  const edge = (p, q) => {
    const ex = q[0] - p[0], ey = q[1] - p[1], wx = x - p[0], wy = y - p[1];
    const t = Math.min(Math.max((wx * ex + wy * ey) / (ex * ex + ey * ey), 0), 1);
    return { dist: Math.hypot(wx - ex * t, wy - ey * t), side: ex * wy - ey * wx };
  };
  const edges = [edge(a, b), edge(b, c), edge(c, a)];
  const dist = Math.min(...edges.map((e) => e.dist));
  const inside = edges.every((e) => e.side >= 0) || edges.every((e) => e.side <= 0);
  return inside ? -dist : dist;
};

const union = (...shapes) => (x, y) => Math.min(...shapes.map((s) => s(x, y)));

/** A bubble with a tail at the lower left and three dots, laid out on a 32x32 grid and scaled to the icon size. */
function mark(scale, inset) {
  const s = (v) => v * scale;
  const body = roundedBox(s(16 + inset), s(14), s(13 - inset), s(9.5 - inset * 0.6), s(6));
  const tail = triangle([s(6.5 + inset), s(19)], [s(13 + inset), s(22)], [s(4.5 + inset), s(28.5 - inset)]);
  const dots = [10.5, 16, 21.5].map((dx) => circle(s(dx + inset), s(14), s(1.9)));
  return { bubble: union(body, tail), dots: union(...dots) };
}

/** Renders size x size pixels; paint(x, y) returns [r, g, b, a] (a in 0..1) for one sample point. */
function render(size, paint, file) {
  const png = new PNG({ width: size, height: size });
  const n = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const [r, g, b, a] = paint(px + (sx + 0.5) / n, py + (sy + 0.5) / n);
          sum[0] += r * a; sum[1] += g * a; sum[2] += b * a; sum[3] += a;
        }
      }
      const i = (py * size + px) * 4;
      const alpha = sum[3] / (n * n);
      for (let c = 0; c < 3; c++) png.data[i + c] = sum[3] > 0 ? Math.round(sum[c] / sum[3]) : 0;
      png.data[i + 3] = Math.round(alpha * 255);
    }
  }
  writeFileSync(join(here, "..", file), PNG.sync.write(png));
}

// Colour icon: white bubble with accent-coloured dots on a full accent background; the mark stays in the
// centre area Teams recommends (about 120 of the 192 pixels).
const big = mark(192 / 32 * 0.72, 0);
const offset = 192 * 0.14;
render(192, (x, y) => {
  const mx = x - offset, my = y - offset + 4;
  if (big.dots(mx, my) <= 0) return [...ACCENT, 1];
  if (big.bubble(mx, my) <= 0) return [...WHITE, 1];
  return [...ACCENT, 1];
}, "color.png");

// Outline icon: only white pixels with varying transparency, as Teams requires.
const small = mark(1, 0);
const stroke = 2.2;
render(32, (x, y) => {
  const d = small.bubble(x, y);
  const onStroke = d <= 0 && d >= -stroke;
  return [...WHITE, onStroke || small.dots(x, y) <= 0 ? 1 : 0];
}, "outline.png");
