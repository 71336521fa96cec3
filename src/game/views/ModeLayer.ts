import type * as Phaser from 'phaser';
import type { ModeDisplay, ModeMark } from '../../core/map/mapView';
import type { RegionLayer } from './RegionLayer';

/**
 * Colours of the map modes' marks, apart from every group colour of the map and from one another in
 * lightness as well as hue (the run's panel says each in words too): the region asked about purple, found
 * blue, a wrong try dark wine, a missed region (the right one, shown) orange.
 */
const MARK_TINTS: Record<ModeMark, number> = {
  asked: 0x6a3d9a,
  found: 0x2c6fbb,
  wrong: 0x7a1f3d,
  missed: 0xe07b00,
};

/** Ring width around a tiny region's hit circle, map units: a mark on a few pixels of land still shows. */
const RING_WIDTH = 4;

/** How opaque a mark is over the region's own colour. */
const MARK_ALPHA = 0.8;

/**
 * The map modes' marks over the regions: each marked region covered by a tinted copy of its shape, and the
 * right region flashed after the last miss (the region layer's flash; with reduced motion, no
 * animation, only the steady mark and the scene's outline). Drawn only when the marks change.
 */
export class ModeLayer {
  private readonly images = new Map<
    string,
    { mark: ModeMark; image: Phaser.GameObjects.Image; ring?: Phaser.GameObjects.Arc }
  >();
  private flashed: string | null = null;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly regions: RegionLayer,
    private readonly reducedMotion: boolean,
  ) {}

  /** Shows a map mode's marks and flash, or removes them all (null). */
  show(display: ModeDisplay | null): void {
    const marked = display?.marked ?? {};
    for (const [regionId, drawn] of this.images) {
      if (marked[regionId] === drawn.mark) continue;
      drawn.image.destroy();
      drawn.ring?.destroy();
      this.images.delete(regionId);
    }
    for (const [regionId, mark] of Object.entries(marked)) {
      if (this.images.has(regionId)) continue;
      const image = this.regions.shapeImage(regionId);
      if (!image) continue;
      image.setTint(MARK_TINTS[mark]).setAlpha(MARK_ALPHA).setDepth(2);
      const marker = this.regions.region(regionId)?.marker;
      const ring = marker
        ? this.scene.add
            .circle(marker.x, marker.y, marker.r + RING_WIDTH)
            .setStrokeStyle(RING_WIDTH, MARK_TINTS[mark])
            .setDepth(3.5)
        : undefined;
      if (ring) ring.isFilled = false;
      this.images.set(regionId, { mark, image, ...(ring ? { ring } : {}) });
    }
    const flash = display?.flash ?? null;
    if (flash !== this.flashed && flash && !this.reducedMotion) this.regions.flash(flash);
    this.flashed = flash;
  }
}
