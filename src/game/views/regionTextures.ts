import type { MapRegion, PolygonPart } from '../../core/map/mapTypes';
import { LAND_BORDER_COLOUR, LAND_COLOUR, REGION_LINE_GREY } from '../palette';

/** Gap between hatch lines of a locked region, in map units. */
const HATCH_SPACING = 9;

/** Draws polygon parts (outer rings and holes) as one even-odd path, shifted by `(dx, dy)` and scaled. */
export function tracePolygons(
  ctx: CanvasRenderingContext2D,
  parts: readonly PolygonPart[],
  dx: number,
  dy: number,
  scale: number,
): void {
  ctx.beginPath();
  for (const rings of parts) {
    for (const ring of rings) {
      for (let i = 0; i + 1 < ring.length; i += 2) {
        const x = ((ring[i] as number) - dx) * scale;
        const y = ((ring[i + 1] as number) - dy) * scale;
        if (i === 0) ctx.moveTo(x, y);
        else ctx.lineTo(x, y);
      }
      ctx.closePath();
    }
  }
}

/** A region drawn in white (plus grey lines) so that the renderer can tint it by status. */
export interface RegionCanvases {
  /** Plain fill with an outline: open and cleared regions. */
  solid: HTMLCanvasElement;
  /** Fill with diagonal hatching: locked regions. */
  hatched: HTMLCanvasElement;
  /** Map units per texture pixel is `1 / scale`. */
  scale: number;
}

/**
 * Rasterises a region once, in two variants, with Canvas 2D. The map then never re-tessellates polygons
 * per frame (slow under SwiftShader WebGL): a status change only swaps the texture or the tint.
 */
export function drawRegionCanvases(region: MapRegion, scale: number): RegionCanvases {
  const [x0, y0, x1, y1] = region.bbox;
  const pad = 2;
  const width = Math.max(1, Math.ceil((x1 - x0 + pad * 2) * scale));
  const height = Math.max(1, Math.ceil((y1 - y0 + pad * 2) * scale));
  const dx = x0 - pad;
  const dy = y0 - pad;

  const make = (hatched: boolean): HTMLCanvasElement => {
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('Canvas 2D is not available to draw the map');
    tracePolygons(ctx, region.polys, dx, dy, scale);
    ctx.fillStyle = '#ffffff';
    ctx.fill('evenodd');
    if (hatched) {
      ctx.save();
      ctx.clip('evenodd');
      ctx.strokeStyle = REGION_LINE_GREY;
      ctx.globalAlpha = 0.35;
      ctx.lineWidth = Math.max(1, 1.2 * scale);
      ctx.beginPath();
      const step = HATCH_SPACING * scale;
      for (let offset = -height; offset < width; offset += step) {
        ctx.moveTo(offset, height);
        ctx.lineTo(offset + height, 0);
      }
      ctx.stroke();
      ctx.restore();
      tracePolygons(ctx, region.polys, dx, dy, scale);
    }
    ctx.strokeStyle = REGION_LINE_GREY;
    ctx.globalAlpha = 0.9;
    ctx.lineWidth = Math.max(1, 1.1 * scale);
    ctx.lineJoin = 'round';
    ctx.stroke();
    return canvas;
  };

  return { solid: make(false), hatched: make(true), scale };
}

/** Rasterises the non-playable countries into one canvas covering the whole map. */
export function drawBackgroundCanvas(
  background: readonly PolygonPart[],
  width: number,
  height: number,
  scale: number,
): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(width * scale);
  canvas.height = Math.ceil(height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('Canvas 2D is not available to draw the map');
  tracePolygons(ctx, background, 0, 0, scale);
  ctx.fillStyle = LAND_COLOUR;
  ctx.fill('evenodd');
  ctx.strokeStyle = LAND_BORDER_COLOUR;
  ctx.lineWidth = Math.max(1, 0.8 * scale);
  ctx.lineJoin = 'round';
  ctx.stroke();
  return canvas;
}
