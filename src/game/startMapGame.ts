import * as Phaser from 'phaser';
import type { MapAsset } from '../core/map/mapTypes';
import type { MapChoice, MapView } from '../core/map/mapView';
import type { RegionView } from '../core/map/regionView';
import { SEA_COLOUR } from './palette';
import { MapScene } from './scenes/MapScene';

/** The running map: the game's {@link MapView}, and which renderer Phaser picked. */
export interface RunningMap extends MapView {
  /** `webgl` or `canvas`. */
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
  /** The regions to draw first. */
  views: readonly RegionView[];
  /** Whether the player asked for reduced motion (no unlock animation). */
  reducedMotion: boolean;
  /** Forces the Canvas renderer (Phaser's default is WebGL with a Canvas fallback). */
  forceCanvas?: boolean;
  /** The player clicked or tapped the map (on a region, or on the sea or land outside the game). */
  onChoose(choice: MapChoice): void;
  /** The pointer is over a region, or over none. */
  onHover(regionId: string | null): void;
}

/**
 * Starts Phaser with the map scene and resolves once the map is drawn. Phaser's own audio is off (howler
 * plays sound) and so is its keyboard plugin (quiz keys are handled in the DOM layer).
 */
export function startMapGame(options: StartMapOptions): Promise<RunningMap> {
  return new Promise((resolve) => {
    // The map starts at rest: until its first move, it is "still" (tests wait for that before clicking).
    options.parent.dataset.motion = 'still';
    const scene = new MapScene({
      map: options.map,
      views: options.views,
      reducedMotion: options.reducedMotion,
      onChoose: options.onChoose,
      onHover: options.onHover,
      // The parent carries role="img": its label is the canvas's text description.
      onDescribe: (text) => options.parent.setAttribute('aria-label', text),
      // data-motion="still" once an animation has ended and the map is at rest (tests wait for it).
      onMotion: (moving) => {
        options.parent.dataset.motion = moving ? 'moving' : 'still';
      },
      // data-view="left,top,zoom": where map points show on the canvas (tests read it to click a place).
      onView: ({ left, top, zoom }) => {
        options.parent.dataset.view = [left, top, zoom].map((n) => n.toFixed(3)).join(',');
      },
      onReady: (ready) =>
        resolve({
          showRegions: (views, celebrate) => ready.showRegions(views, celebrate),
          focusRegion: (regionId) => ready.focusRegion(regionId),
          setInputEnabled: (enabled) => ready.setInputEnabled(enabled),
          setInsets: (insets) => ready.setInsets(insets),
          showMarks: (marks, frame) => ready.showMarks(marks, frame),
          showAnswer: (answer) => ready.showAnswer(answer),
          setHistory: (history) => ready.setHistory(history),
          showHistory: (display) => ready.showHistory(display),
          showMode: (display) => ready.showMode(display),
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
