/**
 * Reads the project's icon (`assets/icon.svg`) into shapes the icon rasteriser can draw: filled
 * rectangles (with rounded corners) and stroked paths with round caps, optionally dashed. That is all the
 * icon uses; anything else is refused by name, so a change to the SVG cannot be dropped silently.
 */
import { XMLParser } from 'fast-xml-parser';

/** A point in the SVG's user units. */
export interface Point {
  x: number;
  y: number;
}

/** A colour as red, green, blue and alpha, each 0–255. */
export type Rgba = readonly [number, number, number, number];

/** A filled rectangle, possibly with rounded corners. */
export interface RectShape {
  kind: 'rect';
  x: number;
  y: number;
  width: number;
  height: number;
  /** Corner radius. */
  rx: number;
  fill: Rgba;
}

/** A stroked path with round caps and joins, flattened to polylines (one per dash, or per subpath). */
export interface StrokeShape {
  kind: 'stroke';
  polylines: Point[][];
  width: number;
  colour: Rgba;
}

/** The icon: its view box and its shapes in drawing order. */
export interface IconDesign {
  viewBox: { x: number; y: number; width: number; height: number };
  shapes: (RectShape | StrokeShape)[];
}

/** Line segments each cubic Bézier is flattened into: chords stay well under a pixel at 512 px. */
const CURVE_STEPS = 48;

/** Parses `#rgb` or `#rrggbb`. */
export function parseColour(text: string): Rgba {
  const hex = text.trim().toLowerCase();
  const long = /^#[0-9a-f]{3}$/.test(hex) ? hex.replace(/[0-9a-f]/g, '$&$&') : hex;
  if (/^#[0-9a-f]{6}$/.test(long)) {
    const [r = 0, g = 0, b = 0] = [1, 3, 5].map((at) => parseInt(long.slice(at, at + 2), 16));
    return [r, g, b, 255];
  }
  throw new Error(`icon.svg: unsupported colour "${text}" (use #rgb or #rrggbb)`);
}

/** A point on the cubic Bézier p0–p3 at parameter t. */
function cubicAt(p0: Point, p1: Point, p2: Point, p3: Point, t: number): Point {
  const u = 1 - t;
  const a = u * u * u;
  const b = 3 * u * u * t;
  const c = 3 * u * t * t;
  const d = t * t * t;
  return { x: a * p0.x + b * p1.x + c * p2.x + d * p3.x, y: a * p0.y + b * p1.y + c * p2.y + d * p3.y };
}

/**
 * Flattens SVG path data into polylines, one per subpath. Supports M, L, H, V, C, S and Z, absolute and
 * relative.
 */
export function flattenPath(d: string): Point[][] {
  const tokens = d.match(/[a-zA-Z]|-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/g) ?? [];
  const paths: Point[][] = [];
  let current: Point[] = [];
  let pen: Point = { x: 0, y: 0 };
  let start: Point = pen;
  let lastControl: Point | null = null;
  let command = '';
  let i = 0;
  const number = (): number => {
    const token = tokens[i++];
    const value = Number(token);
    if (token === undefined || !Number.isFinite(value))
      throw new Error(`icon.svg: path "${d}" ends early or has "${token}" where a number belongs`);
    return value;
  };
  const point = (relative: boolean): Point => {
    const x = number();
    const y = number();
    return relative ? { x: pen.x + x, y: pen.y + y } : { x, y };
  };
  const curveTo = (c1: Point, c2: Point, end: Point) => {
    for (let step = 1; step <= CURVE_STEPS; step++)
      current.push(cubicAt(pen, c1, c2, end, step / CURVE_STEPS));
    pen = end;
    return c2;
  };
  while (i < tokens.length) {
    if (/^[a-zA-Z]$/.test(tokens[i] ?? '')) command = tokens[i++] ?? '';
    const relative = command === command.toLowerCase();
    switch (command.toUpperCase()) {
      case 'M':
        if (current.length > 1) paths.push(current);
        pen = point(relative);
        start = pen;
        current = [pen];
        lastControl = null;
        command = relative ? 'l' : 'L';
        break;
      case 'L':
        pen = point(relative);
        current.push(pen);
        lastControl = null;
        break;
      case 'H':
        pen = { x: (relative ? pen.x : 0) + number(), y: pen.y };
        current.push(pen);
        lastControl = null;
        break;
      case 'V':
        pen = { x: pen.x, y: (relative ? pen.y : 0) + number() };
        current.push(pen);
        lastControl = null;
        break;
      case 'C': {
        const c1 = point(relative);
        const c2 = point(relative);
        lastControl = curveTo(c1, c2, point(relative));
        break;
      }
      case 'S': {
        const reflected: Point = lastControl
          ? { x: 2 * pen.x - lastControl.x, y: 2 * pen.y - lastControl.y }
          : pen;
        const c2 = point(relative);
        lastControl = curveTo(reflected, c2, point(relative));
        break;
      }
      case 'Z':
        current.push(start);
        pen = start;
        lastControl = null;
        break;
      default:
        throw new Error(`icon.svg: path command "${command}" is not supported (use M, L, H, V, C, S, Z)`);
    }
  }
  if (current.length > 1) paths.push(current);
  return paths;
}

/** The point a distance `at` along the segment a–b of length `length`. */
function along(a: Point, b: Point, length: number, at: number): Point {
  const t = length === 0 ? 0 : at / length;
  return { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
}

/**
 * Cuts polylines into dashes following an SVG `stroke-dasharray` (dash, gap, dash, …; an odd list is
 * repeated, as SVG does). The pattern starts afresh on each subpath.
 */
export function dashPolylines(polylines: Point[][], pattern: readonly number[]): Point[][] {
  const dashes = pattern.length % 2 === 1 ? [...pattern, ...pattern] : [...pattern];
  if (dashes.length === 0 || dashes.some((value) => value < 0) || dashes.every((value) => value === 0))
    return polylines;
  const out: Point[][] = [];
  for (const line of polylines) {
    let index = 0;
    let left = dashes[0] ?? 0;
    let drawing = true;
    let dash: Point[] = line[0] ? [line[0]] : [];
    for (let k = 1; k < line.length; k++) {
      const a = line[k - 1] as Point;
      const b = line[k] as Point;
      const length = Math.hypot(b.x - a.x, b.y - a.y);
      let used = 0;
      while (length - used > left) {
        used += left;
        const cut = along(a, b, length, used);
        if (drawing) {
          dash.push(cut);
          out.push(dash);
        }
        dash = [cut];
        drawing = !drawing;
        index = (index + 1) % dashes.length;
        left = dashes[index] ?? 0;
      }
      left -= length - used;
      dash.push(b);
    }
    if (drawing && dash.length > 1) out.push(dash);
  }
  return out;
}

/** Reads a numeric attribute, with a default when it is absent. */
function numberAttr(attrs: Record<string, string>, name: string, fallback?: number): number {
  const text = attrs[name];
  if (text === undefined && fallback !== undefined) return fallback;
  const value = Number(text);
  if (text === undefined || !Number.isFinite(value))
    throw new Error(`icon.svg: attribute ${name}="${text ?? ''}" must be a number`);
  return value;
}

/** Parses the icon SVG into an {@link IconDesign}. */
export function parseIconSvg(text: string): IconDesign {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', preserveOrder: true });
  type Node = Record<string, Node[]> & { ':@'?: Record<string, string> };
  const root = (parser.parse(text) as Node[]).find((node) => 'svg' in node);
  if (!root) throw new Error('icon.svg: no <svg> element');
  const box = (root[':@']?.viewBox ?? '')
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  if (box.length !== 4 || box.some((value) => !Number.isFinite(value)))
    throw new Error('icon.svg: the <svg> element needs a viewBox of four numbers');
  const [x = 0, y = 0, width = 0, height = 0] = box;
  const shapes: IconDesign['shapes'] = [];
  for (const node of root.svg ?? []) {
    const attrs = node[':@'] ?? {};
    const tag = Object.keys(node).find((key) => key !== ':@') ?? '';
    if (tag === '#text') continue;
    if (tag === 'rect') {
      shapes.push({
        kind: 'rect',
        x: numberAttr(attrs, 'x', 0),
        y: numberAttr(attrs, 'y', 0),
        width: numberAttr(attrs, 'width'),
        height: numberAttr(attrs, 'height'),
        rx: numberAttr(attrs, 'rx', numberAttr(attrs, 'ry', 0)),
        fill: parseColour(attrs.fill ?? '#000'),
      });
    } else if (tag === 'path') {
      if ((attrs.fill ?? 'black') !== 'none')
        throw new Error('icon.svg: filled paths are not supported (use fill="none" and a stroke)');
      if ((attrs['stroke-linecap'] ?? 'butt') !== 'round')
        throw new Error('icon.svg: strokes must have stroke-linecap="round"');
      const dash = (attrs['stroke-dasharray'] ?? 'none').trim();
      const polylines = flattenPath(attrs.d ?? '');
      shapes.push({
        kind: 'stroke',
        polylines: dash === 'none' ? polylines : dashPolylines(polylines, dash.split(/[\s,]+/).map(Number)),
        width: numberAttr(attrs, 'stroke-width', 1),
        colour: parseColour(attrs.stroke ?? '#000'),
      });
    } else {
      throw new Error(`icon.svg: <${tag}> is not supported (use <rect> and <path>)`);
    }
  }
  return { viewBox: { x, y, width, height }, shapes };
}
