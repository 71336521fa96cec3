import type { MapPoint } from './mapTypes';

/** A box `[left, top, right, bottom]` in screen pixels. */
export type ScreenBox = [number, number, number, number];

/** A label to place: a dot on the map and the measured size of its text. */
export interface LabelRequest {
  /** The place's id, given back with its placement. */
  id: string;
  /** Where the dot is, in map units. */
  point: MapPoint;
  /** The text's measured width, in screen pixels. */
  width: number;
  /** The text's measured height, in screen pixels. */
  height: number;
  /** Higher goes first: when two labels compete for room, the one placed first keeps it. */
  priority: number;
}

/**
 * Something already on the map that labels must not cover (a region's name, a numbered mark, an answer pin):
 * a box in screen pixels around a map point, so that it keeps its size on screen at every zoom.
 */
export interface LabelObstacle {
  /** The map point the box is drawn around, in map units. */
  point: MapPoint;
  /** The box relative to that point's place on screen, in screen pixels. */
  box: ScreenBox;
}

/** Where a label goes: its text box's top-left corner relative to its dot, in screen pixels. */
export interface PlacedLabel {
  /** The place's id. */
  id: string;
  /** Offset of the box's left edge from the dot. */
  dx: number;
  /** Offset of the box's top edge from the dot. */
  dy: number;
}

/** How labels are placed. */
export interface PlacementOptions {
  /** Screen pixels per map unit (the camera's zoom, in CSS pixels). */
  zoom: number;
  /** The dots' radius on screen, in pixels: labels keep clear of every dot. */
  dotRadius: number;
  /** Free space kept between a label and its dot, and between any two things, in pixels. */
  gap: number;
  /** What the labels must not cover, besides the dots and each other. */
  obstacles?: readonly LabelObstacle[];
  /**
   * The least distance on screen (pixels) between two labelled dots; 0 or absent for none. It thins the
   * labels of the whole map to the places asked about most, and lets the others appear as the map zooms in.
   */
  spacing?: number;
}

/**
 * The positions tried around a dot for a box of `width` × `height`, best first, as the top-left corner's
 * offset: right, then above and below on the right, then the same on the left, then straight above and
 * below (the order map-makers prefer for point labels).
 */
function candidates(width: number, height: number, distance: number): [number, number][] {
  const diagonal = distance * Math.SQRT1_2;
  return [
    [distance, -height / 2],
    [diagonal, -height - diagonal],
    [diagonal, diagonal],
    [-distance - width, -height / 2],
    [-diagonal - width, -height - diagonal],
    [-diagonal - width, diagonal],
    [-width / 2, -distance - height],
    [-width / 2, distance],
  ];
}

/** Whether two boxes overlap, or come closer than `gap`. */
export function boxesOverlap(a: ScreenBox, b: ScreenBox, gap = 0): boolean {
  return a[0] < b[2] + gap && b[0] < a[2] + gap && a[1] < b[3] + gap && b[1] < a[3] + gap;
}

/** A box relative to a map point, moved to where that point shows at `zoom` (screen pixels from the map's origin). */
export function boxOnScreen(point: MapPoint, box: ScreenBox, zoom: number): ScreenBox {
  const x = point[0] * zoom;
  const y = point[1] * zoom;
  return [x + box[0], y + box[1], x + box[2], y + box[3]];
}

/**
 * Places point labels without overlap, greedily by priority: each label takes the first position around its
 * dot (see {@link candidates}) that covers no dot, no obstacle and no label placed before it; a label with no
 * such position, or whose dot is closer than `spacing` to a labelled dot, is not shown. More labels find room as the map zooms in, since dots move apart on screen while
 * text keeps its size. The result depends only on the zoom, not on where the map is panned, so panning needs no
 * new placement. Pure: the caller measures the text and draws the result.
 *
 * @param labels - the labels to place, with their measured text sizes
 * @param options - the zoom, the dots' size, the spacing and the obstacles
 * @returns the labels shown, with their positions, in the order they were placed
 */
export function placeLabels(labels: readonly LabelRequest[], options: PlacementOptions): PlacedLabel[] {
  const { zoom, dotRadius, gap } = options;
  const dot: ScreenBox = [-dotRadius, -dotRadius, dotRadius, dotRadius];
  const dots = labels.map((label) => ({ id: label.id, box: boxOnScreen(label.point, dot, zoom) }));
  const taken: ScreenBox[] = (options.obstacles ?? []).map((obstacle) =>
    boxOnScreen(obstacle.point, obstacle.box, zoom),
  );
  const order = [...labels].sort((a, b) => b.priority - a.priority || a.id.localeCompare(b.id, 'en'));
  const placed: PlacedLabel[] = [];
  const labelled: MapPoint[] = [];
  const spacing = (options.spacing ?? 0) / zoom;
  for (const label of order) {
    if (labelled.some((point) => Math.hypot(point[0] - label.point[0], point[1] - label.point[1]) < spacing))
      continue;
    for (const [dx, dy] of candidates(label.width, label.height, dotRadius + gap)) {
      const box = boxOnScreen(label.point, [dx, dy, dx + label.width, dy + label.height], zoom);
      // A label's own dot is kept clear by the candidate positions themselves.
      if (dots.some((other) => other.id !== label.id && boxesOverlap(box, other.box, gap))) continue;
      if (taken.some((other) => boxesOverlap(box, other, gap))) continue;
      taken.push(box);
      labelled.push(label.point);
      placed.push({ id: label.id, dx, dy });
      break;
    }
  }
  return placed;
}
