import * as Phaser from 'phaser';
import {
  type HistoryArea,
  type HistoryAsset,
  type HistoryPipeline,
  type HistoryRiver,
  type Holding,
  areasChangedBetween,
  holdingsAt,
} from '../../core/map/history';
import {
  type FeatureRef,
  HISTORY_LAYERS,
  type HistoryDisplay,
  type HistoryLayerId,
  parseFeatureRef,
} from '../../core/map/historyDisplay';
import { spreadDots } from '../../core/map/dotSpread';
import { areaParts, partsBox, recognisedHolderAt, tinyAreaDot } from '../../core/map/historyShapes';
import type { MapAsset, MapPoint, PolygonPart } from '../../core/map/mapTypes';
import { dashPolyline, pointsAlong } from '../../core/map/polylineDashes';
import {
  APPROXIMATE_BAND_COLOUR,
  CASING_COLOUR,
  DAMAGED_PIPELINE_COLOUR,
  FOCUS_COLOUR,
  HOLDER_FILL_ALPHA,
  PIPELINE_COLOUR,
  POINT_FEATURE_COLOUR,
  RIVER_COLOUR,
  holderColour,
} from '../palette';
import { LineTexture } from './LineTexture';
import type { MapBox } from './MapComposite';
import { type PlacedCanvas, drawAreaCanvases, drawCessionCanvas } from './historyTextures';

/** Texture pixels per map unit of the baked areas and ceded lands (as for the regions). */
const TEXTURE_SCALE = 1.25;

/**
 * Depth of each layer's container: above the regions (1) and their small-region markers (3), below the
 * region highlight (4) and the labels (5), in the order of {@link HISTORY_LAYERS}.
 */
const LAYER_DEPTH: Record<HistoryLayerId, number> = {
  borders: 3.1,
  cessions: 3.2,
  rivers: 3.3,
  pipelines: 3.4,
  places: 3.5,
};

/** The selection's glow: above the lines (a selected line is drawn again on its glow), below the symbols. */
const HIGHLIGHT_DEPTH = 3.45;

/** Line widths and pattern lengths in screen pixels (multiplied by `1 / zoom` when drawn). */
const PX = {
  river: 3,
  riverCasing: 5.5,
  riverDot: [2.5, 4] as const,
  pipeline: 3,
  pipelineCasing: 5.5,
  plannedDash: [10, 6] as const,
  approximateBand: 13,
  damageSpacing: 34,
  damageArm: 5,
  pointSize: 7,
  haloLine: 14,
  focusLine: 8,
  haloOutline: 8,
  focusOutline: 3.5,
  ring: 12,
  markerRadius: 6,
  dotGap: 2,
} as const;

/** Gives each history layer's textures their own keys (a new history replaces the layer). */
let historyLayerCount = 0;

/** One history area as drawn. */
interface AreaSprite {
  area: HistoryArea;
  /** The baked fill of an area with polygons. */
  fill?: Phaser.GameObjects.Image;
  /** Stripes in the holder's colour over the fill in the recognised holder's (a holding not recognised). */
  stripes?: Phaser.GameObjects.Image;
  /** The circle of an area drawn as a marker, or the dot that keeps a tiny area visible when zoomed out. */
  dot?: Phaser.GameObjects.Arc;
  /** The dot's least radius in map units: the marker's own radius, 0 for a tiny area's dot. */
  dotRadius: number;
  /** Where the dot stands for (it is drawn a little aside when another dot crowds it). */
  dotPoint?: MapPoint;
  /** The colours shown: the holder's, and the recognised holder's where the holding is not recognised. */
  colours: { holder: number; recognised: number | null } | null;
}

/**
 * The history layers on the map (`assets/history.json`): the areas filled in their holder's colour, the
 * ceded lands of 1858 and 1860 hatched, the border rivers, the pipelines and the point features, each layer
 * in its own container that is shown or hidden, and a glow around the selected feature.
 *
 * Everything is built once, when the history arrives. Moving the year only re-tints the areas whose
 * holding changed; areas and ceded lands are baked into textures, and the map flattens those images with
 * the regions under them (`MapComposite`, fed by {@link bakedObjects} and {@link takeChangedBoxes}), so
 * panning draws each screen pixel once for all of them. Lines
 * and symbols keep their width on screen: they are redrawn when the zoom changes (never while panning,
 * never per frame), and only for the layers shown. Nothing is animated.
 */
export class HistoryLayer {
  private readonly containers: Record<HistoryLayerId, Phaser.GameObjects.Container>;
  private readonly areas = new Map<string, AreaSprite>();
  /** The rivers and the pipelines as drawn (off the display list): baked into {@link lineTextures}. */
  private readonly rivers: Phaser.GameObjects.Graphics;
  private readonly pipelines: Phaser.GameObjects.Graphics;
  private readonly lineTextures: Record<'rivers' | 'pipelines', LineTexture>;
  /** The box (map units) of each line layer's points, before the lines' width is added. */
  private readonly lineBoxes: Record<'rivers' | 'pipelines', MapBox>;
  /** Screen pixels per map unit: the resolution the lines are baked at. */
  private resolution = 1;
  private readonly symbols: Phaser.GameObjects.Graphics[] = [];
  private readonly highlight: Phaser.GameObjects.Graphics;
  private readonly textureKeys: string[] = [];
  private readonly regions: MapAsset['regions'];
  /** Map units per screen pixel (`1 / zoom`). */
  private scale = 1;
  /** The resolution each line layer was last baked at (absent: never). */
  private readonly drawnAt: Partial<Record<'rivers' | 'pipelines', number>> = {};
  /** The point features' symbols by id, shown from the year each opened. */
  private readonly pointSymbols = new Map<string, Phaser.GameObjects.Graphics>();
  /** How many pipelines the pipeline layer was drawn with (those built by the year shown). */
  private pipelinesDrawn = -1;
  /** The year the areas are tinted for, or null before the first display. */
  private year: number | null = null;
  private selected: FeatureRef | null = null;
  private shown = false;
  /** The boxes (map units) of the baked images changed since {@link takeChangedBoxes} was last asked. */
  private changedBoxes: MapBox[] = [];

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly history: HistoryAsset,
    map: MapAsset,
  ) {
    this.regions = map.regions;
    const container = (id: HistoryLayerId) =>
      scene.add.container(0, 0).setDepth(LAYER_DEPTH[id]).setVisible(false);
    this.containers = {
      borders: container('borders'),
      cessions: container('cessions'),
      rivers: container('rivers'),
      pipelines: container('pipelines'),
      places: container('places'),
    };
    for (const area of history.areas) this.buildArea(area);
    this.buildCessions();
    this.rivers = scene.make.graphics({}, false);
    this.pipelines = scene.make.graphics({}, false);
    this.lineTextures = {
      rivers: new LineTexture(scene, `history:lines:rivers:${historyLayerCount}`),
      pipelines: new LineTexture(scene, `history:lines:pipelines:${historyLayerCount}`),
    };
    historyLayerCount += 1;
    this.containers.rivers.add(this.lineTextures.rivers.image);
    this.containers.pipelines.add(this.lineTextures.pipelines.image);
    this.lineBoxes = {
      rivers: pointsBox(history.rivers.flatMap((river) => river.stretches.map((stretch) => stretch.points))),
      pipelines: pointsBox(
        history.pipelines.flatMap((pipeline) => pipeline.lines.map((line) => line.points)),
      ),
    };
    this.buildPoints();
    this.sizeMarkers();
    this.highlight = scene.add.graphics().setDepth(HIGHLIGHT_DEPTH).setVisible(false);
  }

  /**
   * Shows the chosen layers at a year with the selected feature highlighted; null hides everything.
   * Returns the ids of the areas re-tinted (all of them at the first display, then those whose holding
   * changed since the year drawn).
   */
  show(display: HistoryDisplay | null): string[] {
    this.shown = display !== null;
    for (const id of HISTORY_LAYERS) {
      const visible = display?.layers.has(id) ?? false;
      if (visible === this.containers[id].visible) continue;
      this.containers[id].setVisible(visible);
      if (id === 'borders' || id === 'cessions')
        this.changedBoxes.push(...this.containers[id].list.map(boxOf));
    }
    this.highlight.setVisible(this.shown);
    if (!display) return [];
    const changed = this.tintForYear(display.year);
    for (const point of this.history.points)
      this.pointSymbols.get(point.id)?.setVisible(point.since <= display.year);
    this.refreshLines();
    if (display.selected !== this.selected) {
      this.selected = display.selected;
      this.drawHighlight();
    }
    return changed;
  }

  /**
   * Keeps lines, symbols and the highlight the same size on screen: `scale` is map units per CSS pixel,
   * `resolution` screen (device) pixels per map unit, at which the lines are baked.
   */
  setScale(scale: number, resolution = 1 / scale): void {
    if (scale === this.scale && resolution === this.resolution) return;
    this.scale = scale;
    this.resolution = resolution;
    for (const symbol of this.symbols) symbol.setScale(scale);
    this.sizeMarkers();
    this.refreshLines();
    this.drawHighlight();
  }

  /**
   * The images that keep their size in map units, in drawing order: the areas' fills and stripes, then the
   * ceded lands. The map may flatten them with the regions under them; dots, lines and symbols stay live.
   */
  bakedObjects(): Phaser.GameObjects.GameObject[] {
    const fills = [...this.areas.values()].flatMap(({ fill, stripes }) => [fill, stripes]);
    return [...fills.filter((image) => image !== undefined), ...this.containers.cessions.list];
  }

  /** The boxes (map units) of baked images whose look changed since the last call, and forgets them. */
  takeChangedBoxes(): MapBox[] {
    const boxes = this.changedBoxes;
    this.changedBoxes = [];
    return boxes;
  }

  /** Removes everything this layer drew, textures included (before a new history replaces it). */
  destroy(): void {
    for (const id of HISTORY_LAYERS) this.containers[id].destroy();
    this.highlight.destroy();
    this.rivers.destroy();
    this.pipelines.destroy();
    this.lineTextures.rivers.destroy();
    this.lineTextures.pipelines.destroy();
    for (const key of this.textureKeys) this.scene.textures.remove(key);
  }

  /** Adds a baked canvas as a texture and returns an image of it placed on the map. */
  private placedImage(key: string, placed: PlacedCanvas): Phaser.GameObjects.Image {
    this.scene.textures.addCanvas(key, placed.canvas);
    this.textureKeys.push(key);
    return this.scene.add
      .image(placed.x, placed.y, key)
      .setOrigin(0, 0)
      .setScale(1 / TEXTURE_SCALE);
  }

  private buildArea(area: HistoryArea): void {
    const borders = this.containers.borders;
    if ('marker' in area.shape) {
      const { x, y, r } = area.shape.marker;
      const dot = this.scene.add.circle(x, y, r).setVisible(false);
      borders.add(dot);
      this.areas.set(area.id, { area, dot, dotRadius: r, dotPoint: [x, y], colours: null });
      return;
    }
    const parts = areaParts(area, this.regions);
    if (!parts) throw new Error(`History area "${area.id}" names a region the map does not have`);
    const canvases = drawAreaCanvases(parts, partsBox(parts), TEXTURE_SCALE);
    const fill = this.placedImage(`history:area:${area.id}:solid`, canvases.solid)
      .setAlpha(HOLDER_FILL_ALPHA)
      .setVisible(false);
    const stripes = this.placedImage(`history:area:${area.id}:stripes`, canvases.stripes).setVisible(false);
    borders.add([fill, stripes]);
    const label = tinyAreaDot(area);
    const dot = label ? this.scene.add.circle(label[0], label[1], 1).setVisible(false) : undefined;
    if (dot) borders.add(dot);
    this.areas.set(area.id, {
      area,
      fill,
      stripes,
      dot,
      dotRadius: 0,
      dotPoint: label ?? undefined,
      colours: null,
    });
  }

  private buildCessions(): void {
    for (const cession of this.history.cessions.cessions) {
      const area = this.history.areas.find((candidate) => candidate.id === cession.area);
      const parts = area ? areaParts(area, this.regions) : null;
      if (!parts) throw new Error(`Ceded land "${cession.id}" has no polygons to draw`);
      const canvas = drawCessionCanvas(parts, partsBox(parts), TEXTURE_SCALE);
      this.containers.cessions.add(this.placedImage(`history:cession:${cession.id}`, canvas));
    }
  }

  /** The point features as diamonds kept the same size on screen: hollow when planned, crossed if damaged. */
  private buildPoints(): void {
    const places = new Map(this.history.places.map((place) => [place.id, place]));
    for (const point of this.history.points) {
      const place = places.get(point.place);
      if (!place) continue;
      const s = PX.pointSize;
      const diamond = [0, -s, s, 0, 0, s, -s, 0];
      const symbol = this.scene.add.graphics({ x: place.x, y: place.y }).setScale(this.scale);
      symbol.fillStyle(point.status === 'planned' ? CASING_COLOUR : POINT_FEATURE_COLOUR, 1);
      symbol.fillPoints(toVectors(diamond), true);
      symbol.lineStyle(2, FOCUS_COLOUR, 1).strokePoints(toVectors(diamond), true, true);
      if (point.status === 'damaged') {
        symbol.lineBetween(-s / 2, -s / 2, s / 2, s / 2).lineBetween(-s / 2, s / 2, s / 2, -s / 2);
      }
      this.symbols.push(symbol);
      this.pointSymbols.set(point.id, symbol);
      this.containers.places.add(symbol);
    }
  }

  /**
   * Tints the areas for a year: all of them the first time, then only those whose holding differs from the
   * year drawn (`areasChangedBetween`).
   */
  private tintForYear(year: number): string[] {
    if (year === this.year) return [];
    const ids =
      this.year === null
        ? this.history.areas.map((area) => area.id)
        : areasChangedBetween(this.history, this.year, year);
    this.year = year;
    if (ids.length === 0) return ids;
    const holdings = holdingsAt(this.history, year);
    for (const id of ids) {
      const sprite = this.areas.get(id);
      if (sprite) this.tint(sprite, holdings.get(id), recognisedHolderAt(this.history, id, year));
    }
    this.placeDots();
    return ids;
  }

  /**
   * Draws an area's holding: hidden before the time line covers it; filled in its holder's colour; and
   * where the holding is not recognised, filled in the recognised holder's colour under stripes of the
   * holder's (a marker or dot gets a thick ring in the recognised holder's colour instead).
   */
  private tint(sprite: AreaSprite, holding: Holding | undefined, recognised: string | null): void {
    const { fill, stripes, dot } = sprite;
    if (fill) this.changedBoxes.push(boxOf(fill));
    if (!holding) {
      sprite.colours = null;
      for (const part of [fill, stripes, dot]) part?.setVisible(false);
      return;
    }
    const colour = holderColour(holding.holder);
    sprite.colours = { holder: colour, recognised: recognised ? holderColour(recognised) : null };
    fill?.setTint(holderColour(recognised ?? holding.holder)).setVisible(true);
    stripes?.setTint(colour).setVisible(recognised !== null);
    dot?.setVisible(true);
    this.styleDot(sprite);
  }

  /** Sizes and colours an area's marker or dot, at least a few pixels across whatever the zoom. */
  private styleDot({ dot, dotRadius, colours }: AreaSprite): void {
    if (!dot || !colours) return;
    const k = this.scale;
    dot.setRadius(Math.max(dotRadius, PX.markerRadius * k));
    dot.setFillStyle(colours.holder, 0.95);
    dot.setStrokeStyle((colours.recognised === null ? 1.5 : 3) * k, colours.recognised ?? CASING_COLOUR, 1);
  }

  /** Keeps markers and dots (Tuva, Macau, Hong Kong) a few pixels across at the new zoom, and apart. */
  private sizeMarkers(): void {
    for (const sprite of this.areas.values()) this.styleDot(sprite);
    this.placeDots();
  }

  /**
   * Draws the shown dots where none covers another (`spreadDots`): over the whole map Hong Kong's and
   * Macau's would be one blot. Only the drawing moves: a click is still judged on the true points.
   */
  private placeDots(): void {
    const shown = [...this.areas.values()].filter(
      (sprite) => sprite.dot && sprite.dotPoint && sprite.colours,
    );
    const centres = spreadDots(
      shown.map(({ area, dot, dotPoint }) => ({
        id: area.id,
        point: dotPoint!,
        radius: dot!.radius + dot!.lineWidth / 2,
      })),
      PX.dotGap * this.scale,
    );
    for (const { area, dot } of shown) {
      const centre = centres.get(area.id);
      if (centre) dot!.setPosition(centre[0], centre[1]);
    }
  }

  /** Redraws (and bakes) the line layers that are shown and were drawn at another zoom. */
  private refreshLines(): void {
    if (this.containers.rivers.visible && this.drawnAt.rivers !== this.resolution) {
      drawRivers(this.rivers.clear(), this.history.rivers, this.scale);
      this.bakeLines('rivers', PX.riverCasing);
      this.drawnAt.rivers = this.resolution;
    }
    const built = this.history.pipelines.filter((pipeline) => pipeline.since <= (this.year ?? Infinity));
    if (
      this.containers.pipelines.visible &&
      (this.drawnAt.pipelines !== this.resolution || this.pipelinesDrawn !== built.length)
    ) {
      drawPipelines(this.pipelines.clear(), built, this.scale, true);
      this.bakeLines('pipelines', PX.approximateBand);
      this.drawnAt.pipelines = this.resolution;
      this.pipelinesDrawn = built.length;
    }
  }

  /** Bakes a line layer's drawing into its texture, over its points' box widened by its widest line (px). */
  private bakeLines(layer: 'rivers' | 'pipelines', widest: number): void {
    const [x0, y0, x1, y1] = this.lineBoxes[layer];
    const pad = (widest / 2 + 2) * this.scale;
    const box: MapBox = [x0 - pad, y0 - pad, x1 + pad, y1 + pad];
    this.lineTextures[layer].bake(layer === 'rivers' ? this.rivers : this.pipelines, box, this.resolution);
  }

  /**
   * Draws the glow around the selected feature (white halo, dark core; a line is drawn again on top of its
   * glow), or nothing.
   */
  private drawHighlight(): void {
    const g = this.highlight.clear();
    if (!this.selected) return;
    const { kind, id } = parseFeatureRef(this.selected);
    const history = this.history;
    const lines: number[][] = [];
    const outlines: PolygonPart[][] = [];
    const rings: [number, number, number][] = [];
    const river = kind === 'river' ? history.rivers.find((candidate) => candidate.id === id) : undefined;
    const pipeline =
      kind === 'pipeline' ? history.pipelines.find((candidate) => candidate.id === id) : undefined;
    const places = new Map(history.places.map((place) => [place.id, place]));
    const addArea = (areaId: string) => {
      const area = history.areas.find((candidate) => candidate.id === areaId);
      if (!area) return;
      if ('marker' in area.shape) {
        const { x, y, r } = area.shape.marker;
        rings.push([x, y, r]);
        return;
      }
      const parts = areaParts(area, this.regions);
      if (parts) outlines.push(parts);
      const label = tinyAreaDot(area);
      if (label) rings.push([label[0], label[1], 0]);
    };
    const addPlace = (placeId: string) => {
      const place = places.get(placeId);
      if (place) rings.push([place.x, place.y, 0]);
    };
    river?.stretches.forEach((stretch) => lines.push(stretch.points));
    pipeline?.lines.forEach((line) => lines.push(line.points));
    if (kind === 'cession') {
      const cession = history.cessions.cessions.find((candidate) => candidate.id === id);
      if (cession) addArea(cession.area);
    }
    if (kind === 'area') addArea(id);
    if (kind === 'point') {
      const point = history.points.find((candidate) => candidate.id === id);
      if (point) addPlace(point.place);
    }
    if (kind === 'event') {
      const event = history.events.find((candidate) => candidate.id === id);
      event?.changes.forEach((change) => addArea(change.area));
      event?.places.forEach(addPlace);
    }
    const k = this.scale;
    for (const [width, colour, alpha] of [
      [PX.haloLine, CASING_COLOUR, 0.9],
      [PX.focusLine, FOCUS_COLOUR, 1],
    ] as const) {
      g.lineStyle(width * k, colour, alpha);
      for (const line of lines) strokePolyline(g, line);
    }
    // The selected line again, on its glow, in its own style.
    if (river) drawRivers(g, [river], k);
    if (pipeline) drawPipelines(g, [pipeline], k, false);
    for (const [width, colour, alpha] of [
      [PX.haloOutline, CASING_COLOUR, 0.9],
      [PX.focusOutline, FOCUS_COLOUR, 1],
    ] as const) {
      g.lineStyle(width * k, colour, alpha);
      for (const parts of outlines)
        for (const part of parts) for (const ring of part) strokePolyline(g, [...ring, ring[0]!, ring[1]!]);
      for (const [x, y, r] of rings) g.strokeCircle(x, y, r + PX.ring * k);
    }
  }
}

/** Draws rivers: border stretches solid, stretches drawn on through towns dotted, over a white casing. */
function drawRivers(g: Phaser.GameObjects.Graphics, rivers: readonly HistoryRiver[], k: number): void {
  const pieces = rivers.flatMap((river) =>
    river.stretches.flatMap((stretch) =>
      stretch.kind === 'course'
        ? dashPolyline(stretch.points, PX.riverDot[0] * k, PX.riverDot[1] * k)
        : [stretch.points],
    ),
  );
  g.lineStyle(PX.riverCasing * k, CASING_COLOUR, 0.9);
  for (const piece of pieces) strokePolyline(g, piece);
  g.lineStyle(PX.river * k, RIVER_COLOUR, 1);
  for (const piece of pieces) strokePolyline(g, piece);
}

/**
 * Draws pipelines at `k` map units per screen pixel: with `bands`, a pale band under routes drawn only
 * approximately; operating lines solid, planned ones dashed, damaged ones red with crosses along them; all
 * over a white casing.
 */
function drawPipelines(
  g: Phaser.GameObjects.Graphics,
  pipelines: readonly HistoryPipeline[],
  k: number,
  bands: boolean,
): void {
  const lines = pipelines.flatMap((pipeline) =>
    pipeline.lines.map((line) => ({ line, status: pipeline.status })),
  );
  if (bands) {
    g.lineStyle(PX.approximateBand * k, APPROXIMATE_BAND_COLOUR, 0.55);
    for (const { line } of lines) if (line.approximate) strokePolyline(g, line.points);
  }
  const drawn = lines.map(({ line, status }) => ({
    status,
    pieces:
      status === 'planned'
        ? dashPolyline(line.points, PX.plannedDash[0] * k, PX.plannedDash[1] * k)
        : [line.points],
    points: line.points,
  }));
  g.lineStyle(PX.pipelineCasing * k, CASING_COLOUR, 0.9);
  for (const { pieces } of drawn) for (const piece of pieces) strokePolyline(g, piece);
  for (const { status, pieces, points } of drawn) {
    const colour = status === 'damaged' ? DAMAGED_PIPELINE_COLOUR : PIPELINE_COLOUR;
    g.lineStyle(PX.pipeline * k, colour, 1);
    for (const piece of pieces) strokePolyline(g, piece);
    if (status !== 'damaged') continue;
    const arm = PX.damageArm * k;
    g.lineStyle(2 * k, colour, 1);
    for (const { x, y, dx, dy } of pointsAlong(points, PX.damageSpacing * k)) {
      // Two strokes at 45° to the line: a cross.
      const ax = (dx - dy) * arm * Math.SQRT1_2;
      const ay = (dy + dx) * arm * Math.SQRT1_2;
      g.lineBetween(x - ax, y - ay, x + ax, y + ay);
      g.lineBetween(x - ay, y + ax, x + ay, y - ax);
    }
  }
}

/** The box around flat point lists, in map units (an empty, inverted box for none). */
function pointsBox(lines: readonly (readonly number[])[]): MapBox {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const line of lines) {
    for (let i = 0; i + 1 < line.length; i += 2) {
      x0 = Math.min(x0, line[i]!);
      y0 = Math.min(y0, line[i + 1]!);
      x1 = Math.max(x1, line[i]!);
      y1 = Math.max(y1, line[i + 1]!);
    }
  }
  return [x0, y0, x1, y1];
}

/** A game object's box in map units (its bounds; an object without bounds has an empty box). */
function boxOf(object: Phaser.GameObjects.GameObject): MapBox {
  const bounded = object as Partial<Phaser.GameObjects.Components.GetBounds>;
  if (!bounded.getBounds) return [0, 0, 0, 0];
  const { left, top, right, bottom } = bounded.getBounds();
  return [left, top, right, bottom];
}

/** Strokes a flat polyline as one path. */
function strokePolyline(g: Phaser.GameObjects.Graphics, points: readonly number[]): void {
  if (points.length < 4) return;
  g.beginPath();
  g.moveTo(points[0]!, points[1]!);
  for (let i = 2; i + 1 < points.length; i += 2) g.lineTo(points[i]!, points[i + 1]!);
  g.strokePath();
}

/** A flat point list as Phaser vectors. */
function toVectors(points: readonly number[]): Phaser.Math.Vector2[] {
  const vectors: Phaser.Math.Vector2[] = [];
  for (let i = 0; i + 1 < points.length; i += 2)
    vectors.push(new Phaser.Math.Vector2(points[i], points[i + 1]));
  return vectors;
}
