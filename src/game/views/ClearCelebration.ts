import * as Phaser from 'phaser';
import {
  type CelebrationPlan,
  type CelebrationStyle,
  type RegionCelebration,
  celebrationPlan,
} from '../../core/map/celebration';
import { FOCUS_COLOUR } from '../palette';
import type { RegionLayer } from './RegionLayer';
import { strokeRegion } from './regionOutline';

/** The particles' texture: a soft white dot, tinted per particle. */
const SPARK_TEXTURE = 'celebration:spark';

/** The spark texture's size, in texture pixels. */
const SPARK_SIZE = 32;

/** Particles scattered from a cleared region. */
const PARTICLES = 60;

/** A warm gold among the particles, beside the region's own colour and white. */
const GOLD = 0xffd166;

/** Depths: the sweep under the region names (5), the ripple and particles over everything on the map. */
const DEPTH = { sweep: 1.2, front: 1.3, glow: 1.4, outline: 4.6, ring: 6, particles: 7 } as const;

/** What a celebration needs from the map scene. */
export interface CelebrationStage {
  /** The map scene the effects are drawn in. */
  scene: Phaser.Scene;
  /** The regions, for their shapes, colours and centres. */
  layer: RegionLayer;
  /** Map units per CSS pixel at the camera's zoom: sizes and speeds are given on screen. */
  scale: number;
}

/**
 * One region-cleared celebration on the map. With motion (`burst`): the cleared region's new colour rises
 * through it behind a bright front, a white glow, two ripples and a burst of particles from its centre, and
 * the regions it opened glow a few times one after another. Calm (reduced motion): the region is simply
 * drawn cleared, and the opened regions are outlined and lightened, without movement, for a moment. Every
 * object it makes is destroyed when it ends, so that nothing costs a frame afterwards.
 */
export class ClearCelebration {
  /** The timings followed. */
  readonly plan: CelebrationPlan;
  private readonly objects: Phaser.GameObjects.GameObject[] = [];
  private readonly tweens: Phaser.Tweens.Tween[] = [];
  private calmTimer: number | undefined;
  private ended = false;

  /**
   * @param stage - where and at what scale to draw
   * @param celebration - the region cleared and the regions opened
   * @param style - with motion or calm
   * @param onEnd - called once when the celebration has ended (or was cut short) and its objects are gone
   */
  constructor(
    private readonly stage: CelebrationStage,
    private readonly celebration: RegionCelebration,
    readonly style: CelebrationStyle,
    private readonly onEnd: () => void,
  ) {
    this.plan = celebrationPlan(style, celebration.opened.length);
  }

  /** Starts the celebration. */
  play(): void {
    if (this.plan.style === 'calm') {
      // Drawn once; its time starts when the map has drawn it and come to rest (see `rested`).
      for (const regionId of this.celebration.opened) this.highlight(regionId);
      return;
    }
    const cleared = this.celebration.cleared;
    if (cleared !== null) this.fill(cleared);
    this.celebration.opened.forEach((regionId, index) => this.pulse(regionId, index));
    // The burst's time, as a tween: tweens follow the page's clock, so it ends on time on any machine, and
    // the scene keeps drawing while it runs.
    this.after(this.plan.totalMs, () => this.finish());
  }

  /**
   * Called by the scene when the map comes to rest. The calm highlight then stays for its time, counted from
   * when it is on screen (a slow machine takes a while to draw it), on a timer of the page: the render loop
   * sleeps meanwhile.
   */
  rested(): void {
    if (this.plan.style !== 'calm' || this.ended || this.calmTimer !== undefined) return;
    this.calmTimer = window.setTimeout(() => this.finish(), this.plan.totalMs);
  }

  /** Ends the celebration now (when it is over, or when another replaces it) and destroys what it made. */
  finish(): void {
    if (this.ended) return;
    this.ended = true;
    if (this.calmTimer !== undefined) window.clearTimeout(this.calmTimer);
    for (const tween of this.tweens) tween.remove();
    for (const object of this.objects) object.destroy();
    this.tweens.length = 0;
    this.objects.length = 0;
    this.onEnd();
  }

  /**
   * How big the burst is drawn around a region, from 0.45 to 1: full size for a region some 350 CSS px
   * across on screen or more, smaller for a region that looks small.
   */
  private fit(regionId: string): number {
    const region = this.stage.layer.region(regionId);
    if (!region) return 1;
    return Phaser.Math.Clamp(diagonal(region.bbox) / this.stage.scale / 350, 0.45, 1);
  }

  /** Keeps an object to destroy at the end. */
  private keep<T extends Phaser.GameObjects.GameObject>(object: T): T {
    this.objects.push(object);
    return object;
  }

  /** Adds a tween that ends with the celebration. */
  private tween(config: Phaser.Types.Tweens.TweenBuilderConfig): void {
    this.tweens.push(this.stage.scene.tweens.add(config));
  }

  /**
   * Runs `step` after `delay` ms. A tween, not the scene's timer: tweens run on the page's clock, while the
   * scene's timers and particles step at most a frame's worth per frame, so on a slow machine a timer would
   * fall behind the tweens it goes with.
   */
  private after(delay: number, step: () => void): void {
    this.tweens.push(
      this.stage.scene.tweens.addCounter({ from: 0, to: 1, duration: 1, delay, onComplete: step }),
    );
  }

  /**
   * The region's cleared colour rises from the bottom: a copy in its open colour, drawn over it, is cropped
   * away from below with a bright front along the edge; then a glow, ripples and particles.
   */
  private fill(regionId: string): void {
    const { layer } = this.stage;
    const tints = layer.tints(regionId);
    const old = layer.shapeImage(regionId);
    const front = layer.shapeImage(regionId);
    const glow = layer.shapeImage(regionId);
    if (!tints || !old || !front || !glow) return;
    this.keep(old).setTint(tints.open).setDepth(DEPTH.sweep);
    this.keep(front).setTint(0xffffff).setDepth(DEPTH.front).setAlpha(0.75);
    this.keep(glow).setTint(0xffffff).setBlendMode(Phaser.BlendModes.ADD).setDepth(DEPTH.glow).setAlpha(0);
    const width = old.width;
    const height = old.height;
    const band = Math.max(4, height * 0.05);
    const sweep = { p: 0 };
    const draw = () => {
      const top = height * (1 - sweep.p);
      old.setCrop(0, 0, width, top);
      front.setCrop(0, Math.max(0, top - band), width, Math.min(band, top));
    };
    draw();
    this.tween({
      targets: sweep,
      p: 1,
      duration: this.plan.fillMs ?? 0,
      ease: 'Sine.easeInOut',
      onUpdate: draw,
      onComplete: () => {
        old.setVisible(false);
        front.setVisible(false);
      },
    });
    const burstAt = this.plan.burstAt ?? 0;
    this.tween({
      targets: glow,
      alpha: { from: 0, to: 0.35 },
      delay: burstAt,
      duration: 260,
      yoyo: true,
      ease: 'Quad.easeOut',
    });
    this.after(burstAt, () => {
      this.ripple(regionId, tints.cleared, 0);
      this.ripple(regionId, 0xffffff, 220);
      this.scatter(regionId, tints.cleared);
    });
  }

  /** A ring spreading from the region's centre well past its edge, fading as it goes. */
  private ripple(regionId: string, colour: number, delay: number): void {
    const { scene, layer, scale } = this.stage;
    const region = layer.region(regionId);
    if (!region) return;
    const reach = Math.max(diagonal(region.bbox) * 0.6, 160 * scale * this.fit(regionId));
    // Drawn at its full size and scaled up from small: its line, thin at first, reaches its width at the end.
    const ring = this.keep(scene.add.circle(region.label[0], region.label[1], reach)).setDepth(DEPTH.ring);
    ring.isFilled = false;
    ring
      .setStrokeStyle(6 * scale, colour)
      .setScale(0.05)
      .setAlpha(0);
    this.tween({
      targets: ring,
      scale: { from: 0.05, to: 1 },
      alpha: { from: 1, to: 0 },
      delay,
      duration: 1100,
      ease: 'Cubic.easeOut',
    });
  }

  /** A burst of particles in the region's colour, white and gold, from its centre. */
  private scatter(regionId: string, colour: number): void {
    const { scene, layer, scale } = this.stage;
    const region = layer.region(regionId);
    if (!region) return;
    ensureSparkTexture(scene);
    const lifespan = this.plan.particleMs ?? 1000;
    // A region small on screen (a phone, a zoomed-out map) gets a smaller burst that does not hide the map.
    const size = scale * this.fit(regionId);
    const emitter = this.keep(
      scene.add.particles(region.label[0], region.label[1], SPARK_TEXTURE, {
        emitting: false,
        speed: { min: 60 * size, max: 280 * size },
        angle: { min: 0, max: 360 },
        lifespan: { min: lifespan * 0.55, max: lifespan },
        scale: { start: (16 * size) / SPARK_SIZE, end: (4 * size) / SPARK_SIZE },
        alpha: { start: 1, end: 0, ease: 'Quad.easeIn' },
        gravityY: 140 * size,
        tint: [colour, colour, 0xffffff, GOLD],
      }),
    ).setDepth(DEPTH.particles);
    emitter.explode(PARTICLES);
    // Particles step at most a frame's worth per frame: on a slow machine they lag behind the page's clock,
    // so the emitter fades out by the end of their time whatever they have done.
    this.tween({ targets: emitter, alpha: 0, delay: lifespan - 300, duration: 300 });
  }

  /**
   * An opened region pulses: a white glow over it brightens and fades a few times. A plain image, cheap to
   * draw every frame; an outline (a path redrawn each frame) would cost far more on a slow machine.
   */
  private pulse(regionId: string, index: number): void {
    const glow = this.stage.layer.shapeImage(regionId);
    if (!glow) return;
    this.keep(glow).setTint(0xffffff).setBlendMode(Phaser.BlendModes.ADD).setDepth(DEPTH.glow).setAlpha(0);
    const pulses = this.plan.pulses ?? 1;
    this.tween({
      targets: glow,
      alpha: { from: 0, to: 0.5 },
      delay: (this.plan.pulseAt ?? 0) + index * (this.plan.pulseStagger ?? 0),
      duration: (this.plan.pulseMs ?? 0) / 2,
      yoyo: true,
      repeat: pulses - 1,
      ease: 'Sine.easeInOut',
    });
  }

  /** Calm: an opened region is outlined and lightened, without movement, until the celebration ends. */
  private highlight(regionId: string): void {
    const { scene, layer, scale } = this.stage;
    const region = layer.region(regionId);
    const light = layer.shapeImage(regionId);
    if (!region || !light) return;
    this.keep(light).setTint(0xffffff).setDepth(DEPTH.glow).setAlpha(0.35);
    const outline = this.keep(scene.add.graphics()).setDepth(DEPTH.outline);
    strokeRegion(outline, region, 3 * scale, FOCUS_COLOUR);
  }
}

/** The length of a box's diagonal. */
function diagonal([x0, y0, x1, y1]: readonly [number, number, number, number]): number {
  return Math.hypot(x1 - x0, y1 - y0);
}

/** Makes the particles' soft dot once per game. */
function ensureSparkTexture(scene: Phaser.Scene): void {
  if (scene.textures.exists(SPARK_TEXTURE)) return;
  const canvas = document.createElement('canvas');
  canvas.width = SPARK_SIZE;
  canvas.height = SPARK_SIZE;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('Canvas 2D is not available to draw the celebration');
  const half = SPARK_SIZE / 2;
  const gradient = ctx.createRadialGradient(half, half, 0, half, half, half);
  gradient.addColorStop(0, 'rgba(255,255,255,1)');
  gradient.addColorStop(0.45, 'rgba(255,255,255,0.95)');
  gradient.addColorStop(1, 'rgba(255,255,255,0)');
  ctx.fillStyle = gradient;
  ctx.fillRect(0, 0, SPARK_SIZE, SPARK_SIZE);
  scene.textures.addCanvas(SPARK_TEXTURE, canvas);
}
