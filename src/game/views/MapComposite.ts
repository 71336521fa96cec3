import type * as Phaser from 'phaser';

/** A box in map units: left, top, right, bottom. */
export type MapBox = readonly [number, number, number, number];

/** Texture pixels per map unit of the tiles: that of the region and history textures baked into them. */
const TEXTURE_SCALE = 1.25;

/** Side of a tile's drawn part in texture pixels: small enough that a year step re-bakes little. */
const TILE_TEXELS = 256;

/**
 * Texture pixels each tile reaches into its neighbours on every side: tiles overlap a little, so no
 * hairline of sea shows between two tiles whatever the camera's zoom and scroll.
 */
const OVERLAP_TEXELS = 1;

/** Depth of the tiles: below everything that stays live (lines, symbols, highlights, labels). */
const TILE_DEPTH = -1;

/** One tile: its texture, the image showing it, and the map box it draws. */
interface Tile {
  texture: Phaser.Textures.DynamicTexture;
  image: Phaser.GameObjects.Image;
  box: MapBox;
}

/**
 * The still part of the map flattened into a grid of opaque tiles: the sea, the background countries,
 * the regions and any layer over them that keeps its size in map units (the history map's areas and ceded
 * lands). Under a software renderer a frame costs the pixels it draws, and the map's many overlapping
 * images cost every screen pixel several times over; the tiles cost each once.
 *
 * While shown, the objects it stands for stay in the scene with their own state (visible, tint, texture)
 * but are kept from the main camera; a change to any of them is baked again with {@link bake}, into the
 * tiles its box touches only. Objects that keep their size on screen (lines, dots, labels) are not baked:
 * they stay live above the tiles.
 */
export class MapComposite {
  private readonly tiles: Tile[] = [];
  /** The objects kept from the main camera while the tiles stand for them. */
  private hidden: readonly Phaser.GameObjects.GameObject[] = [];
  private static count = 0;

  /**
   * @param objects the objects to flatten, in drawing order; asked again at every bake, so that it
   *   follows objects added, shown or hidden. Only those shown (visible, in a visible container) are drawn.
   */
  constructor(
    private readonly scene: Phaser.Scene,
    mapWidth: number,
    mapHeight: number,
    private readonly sea: number,
    private readonly objects: () => readonly Phaser.GameObjects.GameObject[],
  ) {
    const id = MapComposite.count++;
    const side = TILE_TEXELS / TEXTURE_SCALE;
    const overlap = OVERLAP_TEXELS / TEXTURE_SCALE;
    const size = TILE_TEXELS + 2 * OVERLAP_TEXELS;
    for (let y = 0; y < mapHeight; y += side) {
      for (let x = 0; x < mapWidth; x += side) {
        const key = `map:composite:${id}:${this.tiles.length}`;
        const texture = scene.textures.addDynamicTexture(key, size, size);
        if (!texture) throw new Error(`The map could not make its tile texture "${key}"`);
        const left = x - overlap;
        const top = y - overlap;
        // Draw in map units: the texture's camera shows the tile's box at the tiles' scale.
        texture.camera.setOrigin(0, 0).setZoom(TEXTURE_SCALE).setScroll(left, top);
        const image = scene.add
          .image(left, top, key)
          .setOrigin(0, 0)
          .setScale(1 / TEXTURE_SCALE)
          .setDepth(TILE_DEPTH)
          .setVisible(false);
        this.tiles.push({
          texture,
          image,
          box: [left, top, left + size / TEXTURE_SCALE, top + size / TEXTURE_SCALE],
        });
      }
    }
  }

  /** Whether the tiles stand for the objects now. */
  get shown(): boolean {
    return this.hidden.length > 0;
  }

  /** Shows the tiles in place of the objects (baking all of them), or gives the objects back. */
  setShown(shown: boolean): void {
    if (shown === this.shown) return;
    const camera = this.scene.cameras.main;
    for (const object of this.hidden) object.cameraFilter &= ~camera.id;
    this.hidden = [];
    if (shown) {
      this.hidden = [...this.objects()];
      for (const object of this.hidden) object.cameraFilter |= camera.id;
      this.bake();
    }
    for (const tile of this.tiles) tile.image.setVisible(shown);
  }

  /**
   * Draws again the tiles that any of `boxes` touches (every tile when none are given), from the objects
   * as they are now. Does nothing while the tiles are not shown: showing them bakes everything.
   */
  bake(boxes?: readonly MapBox[]): void {
    // Nothing to bake, or nothing changed (most steps of the time control change no area).
    if (!this.shown || boxes?.length === 0) return;
    const camera = this.scene.cameras.main;
    const objects = [...this.objects()];
    // Objects that joined since the tiles were shown are kept from the main camera as well.
    for (const object of objects) object.cameraFilter |= camera.id;
    this.hidden = [...new Set([...this.hidden, ...objects])];
    const drawn = objects
      .filter(isShown)
      .map((object) => ({ object, box: boundsOf(object) }))
      .filter((entry): entry is { object: Phaser.GameObjects.GameObject; box: MapBox } => entry.box !== null);
    for (const tile of this.tiles) {
      if (boxes && !boxes.some((box) => overlaps(box, tile.box))) continue;
      const texture = tile.texture.clear().fill(this.sea, 1);
      const inside = drawn.filter((entry) => overlaps(entry.box, tile.box)).map((entry) => entry.object);
      if (inside.length > 0) texture.draw(inside);
      texture.render();
    }
  }

  /** Removes the tiles and their textures, and gives the objects back to the main camera. */
  destroy(): void {
    this.setShown(false);
    for (const tile of this.tiles) {
      tile.image.destroy();
      tile.texture.destroy();
    }
    this.tiles.length = 0;
  }
}

/** Whether an object would be drawn: visible, and in a visible container if in one. */
function isShown(object: Phaser.GameObjects.GameObject): boolean {
  const visible = (object as Partial<Phaser.GameObjects.Components.Visible>).visible ?? true;
  const parent = object.parentContainer;
  return visible && (!parent || parent.visible);
}

/** An object's box in map units, or null when it has no bounds to draw. */
function boundsOf(object: Phaser.GameObjects.GameObject): MapBox | null {
  const bounded = object as Partial<Phaser.GameObjects.Components.GetBounds>;
  if (!bounded.getBounds) return null;
  const { left, top, right, bottom } = bounded.getBounds();
  return [left, top, right, bottom];
}

/** Whether two boxes share any area. */
function overlaps(a: MapBox, b: MapBox): boolean {
  return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
}
