import * as Phaser from 'phaser';
import type { MapPlace } from '../core/map/mapPlaces';
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
   * its `data-motion` says whether the map is animating (`moving`) or at rest (`still`). While a
   * region-cleared celebration runs, its `data-celebrating` names the region, and `data-celebration` says
   * how the last one was shown (`burst`, or `calm` with reduced motion); `data-objects` counts the map's
   * display objects at rest (an effect that ended leaves none behind). Tests wait on these.
   */
  parent: HTMLElement;
  /** Map geometry. */
  map: MapAsset;
  /** The regions to draw first. */
  views: readonly RegionView[];
  /**
   * The places of the questions, drawn as dots whose names show as there is room. The parent's `data-places`
   * lists the names labelled at the moment, separated by `|` (tests read it).
   */
  places?: readonly MapPlace[];
  /** Whether the player asked for reduced motion (a calm celebration, no camera moves). */
  reducedMotion: boolean;
  /** Forces the Canvas renderer (Phaser's default is WebGL with a Canvas fallback). */
  forceCanvas?: boolean;
  /** The player clicked or tapped the map (on a region, or on the sea or land outside the game). */
  onChoose(choice: MapChoice): void;
  /** The pointer is over a region, or over none. */
  onHover(regionId: string | null): void;
}

/**
 * The most device pixels per CSS pixel the map is drawn with. Twice the CSS size is sharp on any phone; a
 * third of a phone's pixels more (at a pixel ratio of 3) would cost more than twice the fill of 2 for a
 * difference hard to see on a map.
 */
const MAX_PIXEL_RATIO = 2;

/** The pixel ratio to draw at: the screen's own (browser zoom included), up to {@link MAX_PIXEL_RATIO}. */
function pixelRatio(): number {
  return Math.min(MAX_PIXEL_RATIO, Math.max(1, window.devicePixelRatio || 1));
}

/**
 * Keeps the canvas the parent's CSS size with a backing store of that size times the pixel ratio: Phaser's
 * scale manager (mode NONE) is given the device-pixel size as the game size and the inverse ratio as its zoom,
 * so the canvas shows at its CSS size and Phaser turns pointer positions into device pixels itself.
 */
function fitCanvas(game: Phaser.Game, parent: HTMLElement): void {
  const ratio = pixelRatio();
  const width = Math.max(1, parent.clientWidth);
  const height = Math.max(1, parent.clientHeight);
  const scale = game.scale;
  if (scale.zoom !== 1 / ratio) scale.setZoom(1 / ratio);
  if (scale.width !== Math.round(width * ratio) || scale.height !== Math.round(height * ratio))
    scale.resize(Math.round(width * ratio), Math.round(height * ratio));
  // Exactly the parent's size: the scale manager rounds the CSS size down.
  game.canvas.style.width = `${width}px`;
  game.canvas.style.height = `${height}px`;
  scale.refresh();
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
      ...(options.places ? { places: options.places } : {}),
      onPlaces: (names) => {
        options.parent.dataset.places = names.join('|');
      },
      reducedMotion: options.reducedMotion,
      onChoose: options.onChoose,
      onHover: options.onHover,
      // The parent carries role="img": its label is the canvas's text description.
      onDescribe: (text) => options.parent.setAttribute('aria-label', text),
      // data-motion="still" once an animation has ended and the map is at rest (tests wait for it).
      onMotion: (moving) => {
        options.parent.dataset.motion = moving ? 'moving' : 'still';
      },
      onRest: (objects) => {
        options.parent.dataset.objects = String(objects);
      },
      onCelebration: (celebration) => {
        if (!celebration) {
          delete options.parent.dataset.celebrating;
          return;
        }
        options.parent.dataset.celebrating = celebration.regionId;
        options.parent.dataset.celebration = celebration.style;
      },
      // data-view="left,top,zoom": where map points show on the canvas (tests read it to click a place).
      onView: ({ left, top, zoom }) => {
        options.parent.dataset.view = [left, top, zoom].map((n) => n.toFixed(3)).join(',');
      },
      onReady: (ready) =>
        resolve({
          showRegions: (views, celebration) => ready.showRegions(views, celebration),
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
    options.parent.dataset.places = '';
    const ratio = pixelRatio();
    const game = new Phaser.Game({
      type: options.forceCanvas ? Phaser.CANVAS : Phaser.AUTO,
      parent: options.parent,
      backgroundColor: SEA_COLOUR,
      banner: false,
      audio: { noAudio: true },
      input: { keyboard: false },
      scale: {
        mode: Phaser.Scale.NONE,
        width: Math.round(Math.max(1, options.parent.clientWidth) * ratio),
        height: Math.round(Math.max(1, options.parent.clientHeight) * ratio),
        zoom: 1 / ratio,
      },
      render: { antialias: true },
      scene,
    });
    // The parent's size and the screen's pixel ratio (a browser zoom, another monitor) can change at any time.
    game.events.once(Phaser.Core.Events.READY, () => {
      fitCanvas(game, options.parent);
      new ResizeObserver(() => fitCanvas(game, options.parent)).observe(options.parent);
      window.addEventListener('resize', () => fitCanvas(game, options.parent));
    });
  });
}
