import * as Phaser from 'phaser';
import type { MapAsset } from '../core/map/mapTypes';
import type { RegionStatuses } from '../core/map/progression';
import { SEA_COLOUR } from './palette';
import { type MapInsets, MapScene } from './scenes/MapScene';

/** What the rest of the game can do with the running map. */
export interface MapHandle {
  /** Draws new statuses; regions in `celebrate` get the unlock animation, those in `fading` look faded. */
  setStatuses(statuses: RegionStatuses, celebrate?: readonly string[], fading?: ReadonlySet<string>): void;
  /** Shows keyboard focus on a region, or clears it. */
  focusRegion(regionId: string | null): void;
  /** Fits the map into the screen space that DOM panels leave free. */
  setInsets(insets: MapInsets): void;
  /** Turns map clicks off (a panel covers the map) or on. */
  setInputEnabled(enabled: boolean): void;
  /** Which renderer Phaser picked: `webgl` or `canvas`. */
  readonly renderer: 'webgl' | 'canvas';
}

/** Options for {@link startMapGame}. */
export interface StartMapOptions {
  /**
   * Element the canvas goes into; it must have a size. Its `aria-label` is kept describing the map, and
   * its `data-motion` says whether the map is animating (`moving`) or at rest (`still`).
   */
  parent: HTMLElement;
  /** Map geometry. */
  map: MapAsset;
  /** Statuses to draw first. */
  statuses: RegionStatuses;
  /** Whether the player asked for reduced motion (no unlock animation). */
  reducedMotion: boolean;
  /** Forces the Canvas renderer (Phaser's default is WebGL with a Canvas fallback). */
  forceCanvas?: boolean;
  /** The player chose a region on the map, at this map point. */
  onChoose(regionId: string, point: [number, number]): void;
  /** The pointer is over a region, or over none. */
  onHover(regionId: string | null): void;
}

/**
 * Starts Phaser with the map scene and resolves once the map is drawn. Phaser's own audio is off (howler
 * plays sound) and so is its keyboard plugin (quiz keys are handled in the DOM layer).
 */
export function startMapGame(options: StartMapOptions): Promise<MapHandle> {
  return new Promise((resolve) => {
    const scene = new MapScene({
      map: options.map,
      statuses: options.statuses,
      reducedMotion: options.reducedMotion,
      onChoose: options.onChoose,
      onHover: options.onHover,
      // The parent carries role="img": its label is the canvas's text description.
      onDescribe: (text) => options.parent.setAttribute('aria-label', text),
      // data-motion="still" once an animation has ended and the map is at rest (tests wait for it).
      onMotion: (moving) => {
        options.parent.dataset.motion = moving ? 'moving' : 'still';
      },
      onReady: (ready) =>
        resolve({
          setStatuses: (statuses, celebrate, fading) => ready.setStatuses(statuses, celebrate, fading),
          focusRegion: (regionId) => ready.focusRegion(regionId),
          setInputEnabled: (enabled) => ready.setInputEnabled(enabled),
          setInsets: (insets) => ready.setInsets(insets),
          renderer: ready.sys.game.renderer.type === Phaser.WEBGL ? 'webgl' : 'canvas',
        }),
    });
    new Phaser.Game({
      type: options.forceCanvas ? Phaser.CANVAS : Phaser.AUTO,
      parent: options.parent,
      backgroundColor: SEA_COLOUR,
      banner: false,
      audio: { noAudio: true },
      input: { keyboard: false },
      scale: { mode: Phaser.Scale.RESIZE, width: '100%', height: '100%' },
      render: { antialias: true },
      scene,
    });
  });
}
