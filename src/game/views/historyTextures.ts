import type { BBox, PolygonPart } from '../../core/map/mapTypes';
import { CESSION_INK, REGION_LINE_GREY } from '../palette';
import { tracePolygons } from './regionTextures';

/** Margin (map units) around a shape's box in its texture, so outlines are not cut. */
const PAD = 2;

/** A canvas covering a box in map units at `scale` texture pixels per unit, and where it goes on the map. */
export interface PlacedCanvas {
  /** The drawing. */
  canvas: HTMLCanvasElement;
  /** Map x of the canvas's left edge. */
  x: number;
  /** Map y of the canvas's top edge. */
  y: number;
}

/** A history area drawn in white, so that the renderer tints it with its holder's colour. */
export interface AreaCanvases {
  /** Plain fill with a grey outline: the holder's colour. */
  solid: PlacedCanvas;
  /** Diagonal stripes only: laid over the fill in the second holder's colour (a holding not recognised). */
  stripes: PlacedCanvas;
}

/** Gap between hatch or stripe lines, in map units. */
const STRIPE_SPACING = 7;

/** A blank canvas for a box, with its 2D context set to draw in map units shifted to the box's corner. */
function canvasFor(
  bbox: BBox,
  scale: number,
): { canvas: HTMLCanvasElement; ctx: CanvasRenderingContext2D; x: number; y: number } {
  const [x0, y0, x1, y1] = bbox;
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.ceil((x1 - x0 + PAD * 2) * scale));
  canvas.height = Math.max(1, Math.ceil((y1 - y0 + PAD * 2) * scale));
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('Canvas 2D is not available to draw the history map');
  return { canvas, ctx, x: x0 - PAD, y: y0 - PAD };
}

/** Strokes parallel diagonal lines over the whole canvas (`rising`: bottom-left to top-right). */
function strokeDiagonals(ctx: CanvasRenderingContext2D, spacing: number, rising: boolean): void {
  const { width, height } = ctx.canvas;
  ctx.beginPath();
  for (let offset = -height; offset < width; offset += spacing) {
    if (rising) {
      ctx.moveTo(offset, height);
      ctx.lineTo(offset + height, 0);
    } else {
      ctx.moveTo(offset, 0);
      ctx.lineTo(offset + height, height);
    }
  }
  ctx.stroke();
}

/**
 * Rasterises a history area once, as a white fill and as white stripes, with Canvas 2D: a change of
 * holder then only changes the images' tints, and panning never re-tessellates the polygons.
 */
export function drawAreaCanvases(parts: readonly PolygonPart[], bbox: BBox, scale: number): AreaCanvases {
  const solid = canvasFor(bbox, scale);
  tracePolygons(solid.ctx, parts, solid.x, solid.y, scale);
  solid.ctx.fillStyle = '#ffffff';
  solid.ctx.fill('evenodd');
  solid.ctx.strokeStyle = REGION_LINE_GREY;
  solid.ctx.lineWidth = Math.max(1, 1.2 * scale);
  solid.ctx.lineJoin = 'round';
  solid.ctx.stroke();

  const stripes = canvasFor(bbox, scale);
  tracePolygons(stripes.ctx, parts, stripes.x, stripes.y, scale);
  stripes.ctx.clip('evenodd');
  stripes.ctx.strokeStyle = '#ffffff';
  stripes.ctx.lineWidth = STRIPE_SPACING * 0.4 * scale;
  strokeDiagonals(stripes.ctx, STRIPE_SPACING * scale, true);
  return {
    solid: { canvas: solid.canvas, x: solid.x, y: solid.y },
    stripes: { canvas: stripes.canvas, x: stripes.x, y: stripes.y },
  };
}

/**
 * Rasterises a ceded land once: thin hatching (falling the other way from an area's stripes, so the two
 * never read as one) inside a firm outline, drawn in ink over whatever the borders show beneath.
 */
export function drawCessionCanvas(parts: readonly PolygonPart[], bbox: BBox, scale: number): PlacedCanvas {
  const { canvas, ctx, x, y } = canvasFor(bbox, scale);
  ctx.save();
  tracePolygons(ctx, parts, x, y, scale);
  ctx.clip('evenodd');
  ctx.strokeStyle = CESSION_INK;
  ctx.globalAlpha = 0.45;
  ctx.lineWidth = Math.max(1, 0.9 * scale);
  strokeDiagonals(ctx, STRIPE_SPACING * scale, false);
  ctx.restore();
  tracePolygons(ctx, parts, x, y, scale);
  ctx.strokeStyle = CESSION_INK;
  ctx.globalAlpha = 0.9;
  ctx.lineWidth = Math.max(1.5, 2 * scale);
  ctx.lineJoin = 'round';
  ctx.setLineDash([6 * scale, 3 * scale]);
  ctx.stroke();
  return { canvas, x, y };
}
