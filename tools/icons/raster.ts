/**
 * Draws an {@link IconDesign} into RGBA pixels at any size, with anti-aliased edges: each pixel is covered
 * in proportion to how far its centre lies inside the shape (distance to a rounded rectangle's outline, or
 * to a stroke's centre line). That is exact enough for the icon's few broad shapes and needs no library.
 */
import type { IconDesign, Point, RectShape, Rgba, StrokeShape } from './svgDesign';

/**
 * How the icon is laid out:
 * - `any`: as drawn, transparent outside the rounded background (manifest icons with purpose "any");
 * - `full-bleed`: the background fills the square, for platforms that cut their own corners (iOS);
 * - `maskable`: full-bleed, with the strokes shrunk into the maskable safe zone (Android adaptive icons).
 */
export type IconVariant = 'any' | 'full-bleed' | 'maskable';

/** Radius of a maskable icon's safe zone as a share of its width: platforms may crop anything outside. */
export const MASKABLE_SAFE_RADIUS = 0.4;

/** Room kept inside the safe zone, so anti-aliased edges stay clear of it too. */
const SAFE_MARGIN = 0.95;

/** Straight-alpha RGBA pixels, row by row. */
export interface Pixels {
  size: number;
  rgba: Uint8Array;
}

/** True when a rectangle covers the whole view box (the icon's background). */
function coversViewBox(rect: RectShape, box: IconDesign['viewBox']): boolean {
  return (
    rect.x <= box.x &&
    rect.y <= box.y &&
    rect.x + rect.width >= box.x + box.width &&
    rect.y + rect.height >= box.y + box.height
  );
}

/**
 * For the maskable variant: scales the strokes about their common centre and moves that centre to the
 * middle of the icon, so every stroke (with its width) fits in the safe circle.
 */
function fitStrokesInSafeZone(design: IconDesign): IconDesign {
  const strokes = design.shapes.filter((shape): shape is StrokeShape => shape.kind === 'stroke');
  const points = strokes.flatMap((stroke) => stroke.polylines.flat());
  if (points.length === 0) return design;
  const xs = points.map((point) => point.x);
  const ys = points.map((point) => point.y);
  const centre = { x: (Math.min(...xs) + Math.max(...xs)) / 2, y: (Math.min(...ys) + Math.max(...ys)) / 2 };
  const reach = Math.max(
    ...strokes.flatMap((stroke) =>
      stroke.polylines
        .flat()
        .map((point) => Math.hypot(point.x - centre.x, point.y - centre.y) + stroke.width / 2),
    ),
  );
  const box = design.viewBox;
  const middle = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  const k = Math.min(1, (MASKABLE_SAFE_RADIUS * box.width * SAFE_MARGIN) / reach);
  const move = (point: Point): Point => ({
    x: middle.x + (point.x - centre.x) * k,
    y: middle.y + (point.y - centre.y) * k,
  });
  return {
    viewBox: box,
    shapes: design.shapes.map((shape) =>
      shape.kind === 'stroke'
        ? { ...shape, width: shape.width * k, polylines: shape.polylines.map((line) => line.map(move)) }
        : shape,
    ),
  };
}

/** Distance from (px, py) to the segment a–b. */
function segmentDistance(px: number, py: number, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const lengthSquared = dx * dx + dy * dy;
  const t =
    lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((px - a.x) * dx + (py - a.y) * dy) / lengthSquared));
  return Math.hypot(px - (a.x + t * dx), py - (a.y + t * dy));
}

/** A canvas of premultiplied float RGBA that shapes are composited onto, source over. */
class Canvas {
  readonly colour: Float64Array;
  readonly alpha: Float64Array;

  constructor(readonly size: number) {
    this.colour = new Float64Array(size * size * 3);
    this.alpha = new Float64Array(size * size);
  }

  /** Paints `colour` over pixel `index` with the given coverage (0–1). */
  blend(index: number, colour: Rgba, coverage: number): void {
    if (coverage <= 0) return;
    const a = Math.min(1, coverage) * (colour[3] / 255);
    const keep = 1 - a;
    for (let c = 0; c < 3; c++)
      this.colour[index * 3 + c] = (colour[c] ?? 0) * a + (this.colour[index * 3 + c] ?? 0) * keep;
    this.alpha[index] = a + (this.alpha[index] ?? 0) * keep;
  }

  /** Straight-alpha 8-bit RGBA. */
  toPixels(): Pixels {
    const rgba = new Uint8Array(this.size * this.size * 4);
    for (let i = 0; i < this.size * this.size; i++) {
      const a = this.alpha[i] ?? 0;
      for (let c = 0; c < 3; c++) rgba[i * 4 + c] = a > 0 ? Math.round((this.colour[i * 3 + c] ?? 0) / a) : 0;
      rgba[i * 4 + 3] = Math.round(a * 255);
    }
    return { size: this.size, rgba };
  }
}

/** Fills a rectangle (pixel units) with rounded corners, anti-aliased by its signed distance. */
function fillRect(
  canvas: Canvas,
  x: number,
  y: number,
  width: number,
  height: number,
  radius: number,
  colour: Rgba,
) {
  const halfW = width / 2;
  const halfH = height / 2;
  const r = Math.min(radius, halfW, halfH);
  const cx = x + halfW;
  const cy = y + halfH;
  for (let py = 0; py < canvas.size; py++) {
    for (let px = 0; px < canvas.size; px++) {
      const qx = Math.abs(px + 0.5 - cx) - halfW + r;
      const qy = Math.abs(py + 0.5 - cy) - halfH + r;
      const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
      canvas.blend(py * canvas.size + px, colour, 0.5 - outside);
    }
  }
}

/** Strokes polylines (pixel units) with round caps and joins, anti-aliased by distance to the centre line. */
function strokeLines(canvas: Canvas, polylines: Point[][], width: number, colour: Rgba): void {
  const size = canvas.size;
  const half = width / 2;
  const nearest = new Float64Array(size * size).fill(Infinity);
  for (const line of polylines) {
    for (let k = 0; k < line.length; k++) {
      const a = line[Math.max(0, k - 1)] as Point;
      const b = line[k] as Point;
      const x0 = Math.max(0, Math.floor(Math.min(a.x, b.x) - half - 1));
      const x1 = Math.min(size - 1, Math.ceil(Math.max(a.x, b.x) + half + 1));
      const y0 = Math.max(0, Math.floor(Math.min(a.y, b.y) - half - 1));
      const y1 = Math.min(size - 1, Math.ceil(Math.max(a.y, b.y) + half + 1));
      for (let py = y0; py <= y1; py++) {
        for (let px = x0; px <= x1; px++) {
          const index = py * size + px;
          const distance = segmentDistance(px + 0.5, py + 0.5, a, b);
          if (distance < (nearest[index] ?? Infinity)) nearest[index] = distance;
        }
      }
    }
  }
  for (let index = 0; index < size * size; index++) {
    const distance = nearest[index] ?? Infinity;
    if (distance < Infinity) canvas.blend(index, colour, half + 0.5 - distance);
  }
}

/** Renders the icon as a `size`×`size` square in the chosen variant. */
export function renderIcon(design: IconDesign, size: number, variant: IconVariant): Pixels {
  const box = design.viewBox;
  if (box.width !== box.height) throw new Error('icon.svg: the view box must be square');
  const laidOut = variant === 'maskable' ? fitStrokesInSafeZone(design) : design;
  const scale = size / box.width;
  const toPixel = (point: Point): Point => ({ x: (point.x - box.x) * scale, y: (point.y - box.y) * scale });
  const canvas = new Canvas(size);
  for (const shape of laidOut.shapes) {
    if (shape.kind === 'rect') {
      if (variant !== 'any' && coversViewBox(shape, box)) fillRect(canvas, 0, 0, size, size, 0, shape.fill);
      else {
        const corner = toPixel(shape);
        fillRect(
          canvas,
          corner.x,
          corner.y,
          shape.width * scale,
          shape.height * scale,
          shape.rx * scale,
          shape.fill,
        );
      }
    } else {
      strokeLines(
        canvas,
        shape.polylines.map((line) => line.map(toPixel)),
        shape.width * scale,
        shape.colour,
      );
    }
  }
  return canvas.toPixels();
}
