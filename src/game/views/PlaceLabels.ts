import type * as Phaser from 'phaser';
import { type LabelObstacle, type LabelRequest, placeLabels } from '../../core/map/labelPlacement';
import type { MapPlace } from '../../core/map/mapPlaces';

const FONT = 'system-ui, "DejaVu Sans", sans-serif';
/** The dots' radius on screen (CSS pixels): smaller over the whole map, where they crowd, than zoomed in. */
const DOT_RADIUS = { least: 2.5, most: 3.5 };
/** The white ring around a dot (CSS pixels), so it shows on every colour of the map. */
const RING = 1.5;
/** Room kept between a label and anything else (CSS pixels). */
const GAP = 2;
/** The least distance on screen between two labelled dots (CSS pixels): the whole map shows a few names. */
const SPACING = 56;
const DOT_COLOUR = 0x1d3557;
const DOT_TEXTURE = 'place:dot';
/** The dot texture's pixels per CSS pixel, so that it stays round and sharp at a device's pixel ratio. */
const DOT_TEXTURE_SCALE = 4;

interface PlaceSprite {
  place: MapPlace;
  dot: Phaser.GameObjects.Image;
  label: Phaser.GameObjects.Text;
}

/**
 * The places of the questions on the map: a dot for each, the same size on screen at every zoom, and a name
 * beside as many dots as have room ({@link placeLabels}: no label covers another, a dot, a region's name or
 * an answer pin). The labels are placed again only when the zoom or the obstacles change, never while the
 * map pans. The whole layer can be hidden: the dots would give a place question's answer away.
 */
export class PlaceLabels {
  private readonly sprites: PlaceSprite[] = [];
  private readonly requests: LabelRequest[];
  private shown = true;
  private zoom = 0;
  private scale = 1;
  private obstacles: readonly LabelObstacle[] = [];
  private labelled: string[] = [];

  /**
   * @param scene - the map scene
   * @param places - the places to draw
   * @param pixelRatio - device pixels per CSS pixel, for text as sharp as the screen
   * @param onLabelled - told the names of the labelled places, in placement order, whenever they change
   */
  constructor(
    scene: Phaser.Scene,
    places: readonly MapPlace[],
    pixelRatio: number,
    private readonly onLabelled: (names: readonly string[]) => void,
  ) {
    if (!scene.textures.exists(DOT_TEXTURE)) {
      const outer = (DOT_RADIUS.most + RING) * DOT_TEXTURE_SCALE;
      const size = Math.ceil(outer * 2);
      const drawing = scene.make.graphics({}, false);
      drawing.fillStyle(0xffffff, 1).fillCircle(size / 2, size / 2, outer);
      drawing.fillStyle(DOT_COLOUR, 1).fillCircle(size / 2, size / 2, DOT_RADIUS.most * DOT_TEXTURE_SCALE);
      drawing.generateTexture(DOT_TEXTURE, size, size);
      drawing.destroy();
    }
    for (const place of places) {
      // Beneath the regions' names (depth 5), so that a dot never hides a letter.
      const dot = scene.add.image(place.point[0], place.point[1], DOT_TEXTURE).setDepth(4.8);
      const label = scene.add
        .text(0, 0, place.name, {
          fontFamily: FONT,
          fontSize: '13px',
          color: '#1d3557',
          stroke: '#ffffff',
          strokeThickness: 3,
        })
        .setResolution(Math.max(2, pixelRatio))
        .setDepth(6)
        .setVisible(false);
      this.sprites.push({ place, dot, label });
    }
    this.requests = this.sprites.map(({ place, label }) => ({
      id: place.id,
      point: place.point,
      width: label.width,
      height: label.height,
      priority: place.questions,
    }));
  }

  /** The names of the places labelled now, in placement order (none while hidden). */
  get labelledNames(): readonly string[] {
    return this.labelled;
  }

  /** Shows or hides every dot and label (hidden while a map question waits for its answer). */
  setShown(shown: boolean): void {
    if (shown === this.shown) return;
    this.shown = shown;
    for (const { dot } of this.sprites) dot.setVisible(shown);
    this.place();
  }

  /**
   * Follows the camera: `zoom` is CSS pixels per map unit, `scale` map units per CSS pixel of the drawing
   * (what keeps a thing the same size on screen). Places the labels again when the zoom changed.
   */
  setZoom(zoom: number, scale: number): void {
    if (zoom === this.zoom && scale === this.scale) return;
    this.zoom = zoom;
    this.scale = scale;
    const size = this.dotRadius() / (DOT_RADIUS.most + RING);
    for (const { dot } of this.sprites) dot.setScale((size * scale) / DOT_TEXTURE_SCALE);
    this.place();
  }

  /** The dots' radius on screen at the current zoom, ring included: it grows from the whole map to 1 px a unit. */
  private dotRadius(): number {
    const { least, most } = DOT_RADIUS;
    return Math.min(most, least + (most - least) * this.zoom) + RING;
  }

  /** What labels must not cover besides each other and the dots (regions' names, marks, pins). */
  setObstacles(obstacles: readonly LabelObstacle[]): void {
    this.obstacles = obstacles;
    this.place();
  }

  private place(): void {
    const placed =
      this.shown && this.zoom > 0
        ? placeLabels(this.requests, {
            zoom: this.zoom,
            dotRadius: this.dotRadius(),
            gap: GAP,
            obstacles: this.obstacles,
            spacing: SPACING,
          })
        : [];
    const offsets = new Map(placed.map((label) => [label.id, label]));
    for (const { place, label } of this.sprites) {
      const offset = offsets.get(place.id);
      label.setVisible(offset !== undefined);
      if (!offset) continue;
      label
        .setScale(this.scale)
        .setPosition(place.point[0] + offset.dx * this.scale, place.point[1] + offset.dy * this.scale);
    }
    const byId = new Map(this.sprites.map(({ place }) => [place.id, place.name]));
    const names = placed.map((label) => byId.get(label.id) ?? label.id);
    if (names.length === this.labelled.length && names.every((name, i) => name === this.labelled[i])) return;
    this.labelled = names;
    this.onLabelled(names);
  }
}
