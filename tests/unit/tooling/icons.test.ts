import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ICON_DIR, ICON_FILES } from '../../../tools/icons/iconSet';
import { MASKABLE_SAFE_RADIUS, type Pixels, renderIcon } from '../../../tools/icons/raster';
import { dashPolylines, flattenPath, parseColour, parseIconSvg } from '../../../tools/icons/svgDesign';

const design = parseIconSvg(readFileSync(join(process.cwd(), 'assets', 'icon.svg'), 'utf8'));
const BACKGROUND = [0x1d, 0x35, 0x57, 255];

/** The RGBA of one pixel. */
function pixel({ size, rgba }: Pixels, x: number, y: number): number[] {
  return [...rgba.subarray((y * size + x) * 4, (y * size + x) * 4 + 4)];
}

/** Reads back a PNG written by our encoder (8-bit RGBA, filter 0 on every row). */
function decodeOwnPng(file: Buffer): Pixels & { height: number } {
  const size = file.readUInt32BE(16);
  const height = file.readUInt32BE(20);
  const idat: Buffer[] = [];
  for (let offset = 8; offset < file.length; offset += 12 + file.readUInt32BE(offset)) {
    if (file.toString('latin1', offset + 4, offset + 8) === 'IDAT')
      idat.push(file.subarray(offset + 8, offset + 8 + file.readUInt32BE(offset)));
  }
  const raw = inflateSync(Buffer.concat(idat));
  const rgba = new Uint8Array(size * height * 4);
  for (let y = 0; y < height; y++) {
    expect(raw[y * (size * 4 + 1)], 'filter byte').toBe(0);
    rgba.set(raw.subarray(y * (size * 4 + 1) + 1, (y + 1) * (size * 4 + 1)), y * size * 4);
  }
  return { size, height, rgba };
}

describe('icon SVG reader', () => {
  it('reads the project icon: a rounded background and two round-capped strokes, one dashed', () => {
    expect(design.viewBox).toEqual({ x: 0, y: 0, width: 64, height: 64 });
    expect(design.shapes.map((shape) => shape.kind)).toEqual(['rect', 'stroke', 'stroke']);
    expect(design.shapes[0]).toMatchObject({ width: 64, height: 64, rx: 12, fill: BACKGROUND });
    const [, solid, dashed] = design.shapes;
    expect(solid?.kind === 'stroke' && solid.polylines.length).toBe(1);
    expect(dashed?.kind === 'stroke' && dashed.polylines.length).toBeGreaterThan(3);
  });

  it('parses #rgb and #rrggbb colours and refuses others', () => {
    expect(parseColour('#f3cf7a')).toEqual([0xf3, 0xcf, 0x7a, 255]);
    expect(parseColour('#0a8')).toEqual([0x00, 0xaa, 0x88, 255]);
    expect(() => parseColour('red')).toThrow('unsupported colour');
  });

  it('flattens lines and curves, absolute and relative, with smooth curves reflecting the last control', () => {
    expect(flattenPath('M1 2 h3 v4 L0 0 z')).toEqual([
      [
        { x: 1, y: 2 },
        { x: 4, y: 2 },
        { x: 4, y: 6 },
        { x: 0, y: 0 },
        { x: 1, y: 2 },
      ],
    ]);
    const [curve = []] = flattenPath('M0 0 C0 10 10 10 10 0 s10 -10 10 0');
    expect(curve.at(-1)).toEqual({ x: 20, y: 0 });
    const middleOfSecond = curve[48 + 24];
    expect(middleOfSecond?.x).toBeCloseTo(15);
    expect(middleOfSecond?.y).toBeCloseTo(-7.5);
    expect(() => flattenPath('M0 0 A1 1 0 0 1 2 2')).toThrow('"A" is not supported');
  });

  it('cuts dashes along the path and repeats an odd dash list twice', () => {
    const line = [
      [
        { x: 0, y: 0 },
        { x: 10, y: 0 },
        { x: 20, y: 0 },
      ],
    ];
    const xs = (lines: { x: number }[][]) => lines.map((dash) => [dash[0]?.x, dash.at(-1)?.x]);
    expect(xs(dashPolylines(line, [6, 5]))).toEqual([
      [0, 6],
      [11, 17],
    ]);
    expect(xs(dashPolylines(line, [4]))).toEqual([
      [0, 4],
      [8, 12],
      [16, 20],
    ]);
  });

  it('refuses what it cannot draw, by name', () => {
    const svg = (body: string) => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 8">${body}</svg>`;
    expect(() => parseIconSvg(svg('<circle r="3"/>'))).toThrow('<circle> is not supported');
    expect(() => parseIconSvg(svg('<path d="M0 0 L8 8" fill="none" stroke="#000"/>'))).toThrow(
      'stroke-linecap="round"',
    );
    expect(() => parseIconSvg(svg('<path d="M0 0 L8 8 Z" fill="#000"/>'))).toThrow('filled paths');
  });
});

describe('icon rasteriser', () => {
  const any = renderIcon(design, 128, 'any');
  const fullBleed = renderIcon(design, 128, 'full-bleed');
  const maskable = renderIcon(design, 256, 'maskable');

  it('keeps the rounded corners transparent for "any" and fills them for full-bleed icons', () => {
    expect(pixel(any, 0, 0)[3]).toBe(0);
    expect(pixel(any, 64, 10)).toEqual(BACKGROUND);
    expect(pixel(fullBleed, 0, 0)).toEqual(BACKGROUND);
    expect(pixel(fullBleed, 127, 127)).toEqual(BACKGROUND);
  });

  it('draws the strokes in their own colours', () => {
    const colours = new Set<string>();
    for (let i = 0; i < any.rgba.length; i += 4) colours.add([...any.rgba.subarray(i, i + 4)].join());
    expect(colours).toContain([0xf3, 0xcf, 0x7a, 255].join());
    expect(colours).toContain([0xe8, 0x87, 0x6a, 255].join());
  });

  it('keeps everything but the background inside the maskable safe zone', () => {
    const { size } = maskable;
    const outside: string[] = [];
    let inside = 0;
    for (let y = 0; y < size; y++) {
      for (let x = 0; x < size; x++) {
        if (pixel(maskable, x, y).join() === BACKGROUND.join()) continue;
        if (Math.hypot(x + 0.5 - size / 2, y + 0.5 - size / 2) > MASKABLE_SAFE_RADIUS * size)
          outside.push(`${x},${y}`);
        else inside += 1;
      }
    }
    expect(outside).toEqual([]);
    expect(inside).toBeGreaterThan(size * size * 0.05);
  });
});

describe('committed icons', () => {
  it.each(ICON_FILES)('$file is current with assets/icon.svg (run npm run icons:build)', (icon) => {
    const file = readFileSync(join(process.cwd(), ICON_DIR, icon.file));
    const decoded = decodeOwnPng(file);
    expect([decoded.size, decoded.height]).toEqual([icon.size, icon.size]);
    const expected = renderIcon(design, icon.size, icon.variant);
    expect(Buffer.from(decoded.rgba).equals(Buffer.from(expected.rgba))).toBe(true);
  });
});
