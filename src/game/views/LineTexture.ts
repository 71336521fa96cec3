import * as Phaser from 'phaser';
import type { MapBox } from './MapComposite';

/**
 * Texture pixels per screen pixel: the lines are drawn at twice the screen's resolution and shown halved,
 * which smooths their edges as the screen's own antialiasing does for lines drawn on it directly.
 */
const SUPERSAMPLE = 2;

/** The largest side of a line texture, in pixels: within what every WebGL device offers. */
const MAX_SIDE = 4096;

/**
 * A drawing of lines (a `Graphics` in map units) baked into one texture at the screen's resolution and
 * shown as one image. Phaser rebuilds a `Graphics`' geometry every frame it is drawn, in JavaScript; baked,
 * a pan draws one image instead, and the lines are drawn again only when their zoom or their content
 * changes ({@link bake}).
 */
export class LineTexture {
  private readonly texture: Phaser.Textures.DynamicTexture;
  /** The image showing the baked lines, for the caller to place in its container. */
  readonly image: Phaser.GameObjects.Image;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly key: string,
  ) {
    const texture = scene.textures.addDynamicTexture(key, 1, 1);
    if (!texture) throw new Error(`The map could not make its line texture "${key}"`);
    this.texture = texture;
    this.image = new Phaser.GameObjects.Image(scene, 0, 0, key).setOrigin(0, 0);
  }

  /**
   * Draws `lines` (in map units) into the texture: `box` (map units) at `resolution` screen pixels per map
   * unit, fewer if the box would need a texture wider than {@link MAX_SIDE}. An empty box hides the
   * image.
   */
  bake(lines: Phaser.GameObjects.Graphics, box: MapBox, resolution: number): void {
    const [x0, y0, x1, y1] = box;
    this.image.setVisible(x1 > x0 && y1 > y0);
    if (!this.image.visible) return;
    const fit = Math.min(
      resolution * SUPERSAMPLE,
      MAX_SIDE / Math.max(1e-6, x1 - x0),
      MAX_SIDE / Math.max(1e-6, y1 - y0),
    );
    const width = Math.max(1, Math.ceil((x1 - x0) * fit));
    const height = Math.max(1, Math.ceil((y1 - y0) * fit));
    const texture = this.texture;
    if (texture.width !== width || texture.height !== height) texture.setSize(width, height);
    texture.camera.setOrigin(0, 0).setZoom(fit).setScroll(x0, y0);
    texture.clear().draw(lines).render();
    this.image
      .setTexture(this.key)
      .setPosition(x0, y0)
      .setScale(1 / fit);
  }

  /** Removes the image and its texture. */
  destroy(): void {
    this.image.destroy();
    this.scene.textures.remove(this.key);
  }
}
