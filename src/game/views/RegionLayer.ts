import * as Phaser from 'phaser';
import type { LabelObstacle } from '../../core/map/labelPlacement';
import type { MapAsset, MapRegion } from '../../core/map/mapTypes';
import type { RegionStatus, RegionStatuses } from '../../core/map/progression';
import { FOCUS_COLOUR, type GroupTints, groupTints, regionTint } from '../palette';
import { strokeRegion } from './regionOutline';
import { drawRegionCanvases } from './regionTextures';

/** Texture pixels per map unit: sharp enough for a few steps of zoom, small enough for low-end GPUs. */
const TEXTURE_SCALE = 1.25;

interface RegionSprite {
  region: MapRegion;
  tints: GroupTints;
  status: RegionStatus;
  fading: boolean;
  image: Phaser.GameObjects.Image;
  label: Phaser.GameObjects.Text;
  badge: Phaser.GameObjects.Text;
  marker?: Phaser.GameObjects.Arc;
}

/**
 * The playable regions on the map: one tinted image per region, a name label for regions the player can
 * see, a check badge on cleared ones, a circle marking regions too small to click by outline, and a
 * highlight for hover and keyboard focus. Only regions whose status changed are touched on update.
 */
export class RegionLayer {
  private readonly sprites = new Map<string, RegionSprite>();
  private readonly highlight: Phaser.GameObjects.Image;
  private readonly outline: Phaser.GameObjects.Graphics;
  private outlined: string | null = null;
  private labelScale = 1;
  /** Whether the regions' names are hidden (a map mode asks for them). */
  private namesHidden = false;

  constructor(
    private readonly scene: Phaser.Scene,
    map: MapAsset,
    statuses: RegionStatuses,
  ) {
    for (const region of map.regions) {
      const style = map.groups[region.group];
      if (!style)
        throw new Error(`Region ${region.id} is in group "${region.group}", which the map does not list`);
      const canvases = drawRegionCanvases(region, TEXTURE_SCALE);
      scene.textures.addCanvas(this.textureKey(region.id, 'solid'), canvases.solid);
      scene.textures.addCanvas(this.textureKey(region.id, 'hatched'), canvases.hatched);
      const [x0, y0] = region.bbox;
      const image = scene.add
        .image(x0 - 2, y0 - 2, this.textureKey(region.id, 'solid'))
        .setOrigin(0, 0)
        .setScale(1 / TEXTURE_SCALE)
        .setDepth(style.water ? 0 : 1);
      const label = scene.add
        .text(region.label[0], region.label[1], region.name, {
          fontFamily: 'system-ui, "DejaVu Sans", sans-serif',
          fontSize: '15px',
          color: '#1b1b1b',
          stroke: '#ffffff',
          strokeThickness: 3,
          align: 'center',
        })
        .setOrigin(0.5, 0.5)
        .setDepth(5)
        .setResolution(2);
      const badge = scene.add
        .text(region.label[0], region.label[1] + 16, '✓', {
          fontFamily: 'system-ui, "DejaVu Sans", sans-serif',
          fontSize: '15px',
          color: '#ffffff',
          backgroundColor: '#1d3557',
          padding: { x: 4, y: 1 },
        })
        .setOrigin(0.5, 0)
        .setDepth(5)
        .setResolution(2);
      const marker = region.marker
        ? scene.add
            .circle(region.marker.x, region.marker.y, region.marker.r)
            .setDepth(3)
            .setStrokeStyle(2, FOCUS_COLOUR)
        : undefined;
      const sprite: RegionSprite = {
        region,
        tints: groupTints(style),
        status: statuses[region.id] ?? 'locked',
        fading: false,
        image,
        label,
        badge,
        marker,
      };
      this.sprites.set(region.id, sprite);
      this.applyStatus(sprite);
    }
    this.highlight = scene.add.image(0, 0, '__WHITE').setOrigin(0, 0).setDepth(4).setVisible(false);
    this.outline = scene.add.graphics().setDepth(4.5);
  }

  /** The region with this id, if the map has it. */
  region(regionId: string): MapRegion | undefined {
    return this.sprites.get(regionId)?.region;
  }

  /** Current status of a region as drawn. */
  status(regionId: string): RegionStatus {
    return this.sprites.get(regionId)?.status ?? 'locked';
  }

  /** Whether a region is drawn as fading (cleared, but being forgotten). */
  isFading(regionId: string): boolean {
    return this.sprites.get(regionId)?.fading ?? false;
  }

  /**
   * Redraws only the regions whose status or fading differs from what is drawn. Returns the ids that
   * changed. A fading region is cleared but drawn in its pale open colour with a hollow badge.
   */
  update(statuses: RegionStatuses, fading: ReadonlySet<string> = new Set()): string[] {
    const changed: string[] = [];
    for (const sprite of this.sprites.values()) {
      const next = statuses[sprite.region.id] ?? 'locked';
      const nextFading = next === 'cleared' && fading.has(sprite.region.id);
      if (next === sprite.status && nextFading === sprite.fading) continue;
      sprite.status = next;
      sprite.fading = nextFading;
      this.applyStatus(sprite);
      changed.push(sprite.region.id);
    }
    return changed;
  }

  /** Lightens and outlines one region (hover or keyboard focus), or none. */
  setHighlight(regionId: string | null): void {
    const sprite = regionId ? this.sprites.get(regionId) : undefined;
    this.outlined = sprite ? sprite.region.id : null;
    this.drawOutline();
    if (!sprite) {
      this.highlight.setVisible(false);
      return;
    }
    this.highlight
      .setTexture(this.textureKey(sprite.region.id, 'solid'))
      .setPosition(sprite.image.x, sprite.image.y)
      .setScale(1 / TEXTURE_SCALE)
      .setTint(0xffffff)
      .setAlpha(0.3)
      .setVisible(true);
  }

  /** Draws the focus outline of the highlighted region, with a line width that stays the same on screen. */
  private drawOutline(): void {
    this.outline.clear();
    const region = this.outlined ? this.sprites.get(this.outlined)?.region : undefined;
    if (!region) return;
    strokeRegion(this.outline, region, 3 * this.labelScale, FOCUS_COLOUR);
  }

  /** The shown region names and check badges, as boxes on screen around their points: place labels avoid them. */
  labelObstacles(): LabelObstacle[] {
    const obstacles: LabelObstacle[] = [];
    for (const { region, label, badge } of this.sprites.values()) {
      if (!label.visible) continue;
      const half = label.width / 2;
      const bottom = badge.visible ? 12 + badge.height : label.height / 2;
      obstacles.push({ point: region.label, box: [-half, -label.height / 2, half, bottom] });
    }
    return obstacles;
  }

  /** Hides the regions' name labels (while a map mode asks for the names), or shows them again. */
  setNamesHidden(hidden: boolean): void {
    if (hidden === this.namesHidden) return;
    this.namesHidden = hidden;
    for (const sprite of this.sprites.values()) this.applyStatus(sprite);
  }

  /**
   * The regions' drawn shapes (their images, and the circles marking small regions), for a layer that
   * flattens the still map into fewer pixels (`MapComposite`).
   */
  shapeObjects(): Phaser.GameObjects.GameObject[] {
    const shapes: Phaser.GameObjects.GameObject[] = [];
    for (const { image, marker } of this.sprites.values()) shapes.push(image, ...(marker ? [marker] : []));
    return shapes;
  }

  /** A new image of a region's shape over the region, for another layer to tint (the map modes' marks). */
  shapeImage(regionId: string): Phaser.GameObjects.Image | undefined {
    const sprite = this.sprites.get(regionId);
    if (!sprite) return undefined;
    return this.scene.add
      .image(sprite.image.x, sprite.image.y, this.textureKey(regionId, 'solid'))
      .setOrigin(0, 0)
      .setScale(1 / TEXTURE_SCALE);
  }

  /** Keeps labels the same size on screen whatever the camera zoom. */
  setLabelScale(scale: number): void {
    this.labelScale = scale;
    this.drawOutline();
    for (const sprite of this.sprites.values()) {
      sprite.label.setScale(scale);
      sprite.badge.setScale(scale).setY(sprite.region.label[1] + 12 * scale);
    }
  }

  /** The colours a region shows when open and when cleared, for effects drawn over it. */
  tints(regionId: string): GroupTints | undefined {
    return this.sprites.get(regionId)?.tints;
  }

  /**
   * Flashes a region: white flashes over it and a ring spreading from its centre (the map modes show the
   * right region so after a last miss). Callers skip it when the player asked for reduced motion.
   */
  flash(regionId: string): void {
    const sprite = this.sprites.get(regionId);
    if (!sprite) return;
    const flash = this.scene.add
      .image(sprite.image.x, sprite.image.y, this.textureKey(regionId, 'solid'))
      .setOrigin(0, 0)
      .setScale(1 / TEXTURE_SCALE)
      .setTint(0xffffff)
      .setBlendMode(Phaser.BlendModes.ADD)
      .setDepth(6)
      .setAlpha(0);
    this.scene.tweens.add({
      targets: flash,
      alpha: { from: 0, to: 0.85 },
      duration: 300,
      yoyo: true,
      repeat: 3,
      onComplete: () => flash.destroy(),
    });
    const [x, y] = sprite.region.label;
    const ring = this.scene.add
      .circle(x, y, 40)
      .setStrokeStyle(6 * this.labelScale, FOCUS_COLOUR)
      .setDepth(6);
    ring.isFilled = false;
    this.scene.tweens.add({
      targets: ring,
      scale: { from: 0.2, to: 3 },
      alpha: { from: 1, to: 0 },
      duration: 1800,
      ease: 'Cubic.easeOut',
      onComplete: () => ring.destroy(),
    });
  }

  private applyStatus(sprite: RegionSprite): void {
    const { region, tints, status, fading } = sprite;
    const tint = regionTint(tints, fading ? 'open' : status);
    sprite.image
      .setTexture(this.textureKey(region.id, status === 'locked' ? 'hatched' : 'solid'))
      .setTint(tint)
      .setAlpha(fading ? 0.55 : 1);
    sprite.label.setVisible(status !== 'locked' && !this.namesHidden);
    sprite.badge.setVisible(status === 'cleared').setText(fading ? '↻' : '✓');
    sprite.marker?.setFillStyle(tint, fading ? 0.5 : 0.85);
  }

  private textureKey(regionId: string, variant: 'solid' | 'hatched'): string {
    return `region:${regionId}:${variant}`;
  }
}
