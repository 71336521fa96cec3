import type * as Phaser from 'phaser';
import type { ModeDisplay, ModeMark } from '../../core/map/mapView';
import type { RegionLayer } from './RegionLayer';

/**
 * Colours of the map modes' marks, told apart by more than hue (the run's panel says each in words too):
 * found is a dark blue, a wrong try a light orange-red, a missed region (the right one, shown) a strong orange.
 */
const MARK_TINTS: Record<ModeMark, number> = { found: 0x2c6fbb, wrong: 0xf2a38c, missed: 0xe07b00 };

/** How opaque a mark is over the region's own colour. */
const MARK_ALPHA = 0.8;

/**
 * The map modes' marks over the regions: each marked region covered by a tinted copy of its shape, and the
 * right region flashed after the last miss (the region layer's celebration; with reduced motion, no
 * animation, only the steady mark and the scene's outline). Drawn only when the marks change.
 */
export class ModeLayer {
  private readonly images = new Map<string, { mark: ModeMark; image: Phaser.GameObjects.Image }>();
  private flashed: string | null = null;

  constructor(
    private readonly regions: RegionLayer,
    private readonly reducedMotion: boolean,
  ) {}

  /** Shows a map mode's marks and flash, or removes them all (null). */
  show(display: ModeDisplay | null): void {
    const marked = display?.marked ?? {};
    for (const [regionId, drawn] of this.images) {
      if (marked[regionId] === drawn.mark) continue;
      drawn.image.destroy();
      this.images.delete(regionId);
    }
    for (const [regionId, mark] of Object.entries(marked)) {
      if (this.images.has(regionId)) continue;
      const image = this.regions.shapeImage(regionId);
      if (!image) continue;
      image.setTint(MARK_TINTS[mark]).setAlpha(MARK_ALPHA).setDepth(2);
      this.images.set(regionId, { mark, image });
    }
    const flash = display?.flash ?? null;
    if (flash !== this.flashed && flash && !this.reducedMotion) this.regions.celebrate(flash);
    this.flashed = flash;
  }
}
