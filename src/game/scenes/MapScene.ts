import * as Phaser from 'phaser';
import {
  type CelebrationStyle,
  NO_CELEBRATION,
  type RegionCelebration,
  hasCelebration,
} from '../../core/map/celebration';
import { describeMap } from '../../core/map/describeMap';
import { featureAt } from '../../core/map/historyHitTest';
import { regionAt } from '../../core/map/hitTest';
import type { MapAsset } from '../../core/map/mapTypes';
import type { HistoryAsset } from '../../core/map/history';
import type { FeatureRef, HistoryDisplay } from '../../core/map/historyDisplay';
import type { MapPlace } from '../../core/map/mapPlaces';
import type { MapAnswer, MapChoice, MapInsets, MapMark, ModeDisplay } from '../../core/map/mapView';
import type { RegionStatuses } from '../../core/map/progression';
import { type RegionView, fadingOf, statusesOf } from '../../core/map/regionView';
import { SEA_COLOUR } from '../palette';
import { SceneKeys } from '../SceneKeys';
import { AnswerOverlay } from '../views/AnswerOverlay';
import { ClearCelebration } from '../views/ClearCelebration';
import { HistoryLayer } from '../views/HistoryLayer';
import { type MapBox, MapComposite } from '../views/MapComposite';
import { PlaceLabels } from '../views/PlaceLabels';
import { ModeLayer } from '../views/ModeLayer';
import { RegionLayer } from '../views/RegionLayer';
import { drawBackgroundCanvas } from '../views/regionTextures';

/** What the map scene needs from the rest of the game, passed in by the composition root. */
export interface MapSceneOptions {
  /** Generated map geometry. */
  map: MapAsset;
  /** The regions to draw first. */
  views: readonly RegionView[];
  /** The places of the questions, drawn as dots with labels (none when absent). */
  places?: readonly MapPlace[];
  /** The labelled places changed: their names, in placement order (none while hidden). */
  onPlaces?(names: readonly string[]): void;
  /** Whether the player asked for reduced motion. */
  reducedMotion: boolean;
  /** The player clicked or tapped the map: the region under it (or null) and the map point. */
  onChoose(choice: MapChoice): void;
  /** The pointer moved onto a region, or off all regions (null). */
  onHover(regionId: string | null): void;
  /** The scene has drawn the map and takes input. */
  onReady(scene: MapScene): void;
  /** The map's text description changed (statuses or highlighted region): for the canvas's label. */
  onDescribe(text: string): void;
  /**
   * The map started moving (a tween such as the unlock animation, a drag, or any change still to be drawn),
   * or came to rest with its render loop asleep: lets the page, and the tests, tell when what they see is
   * final.
   */
  onMotion(moving: boolean): void;
  /**
   * The map came to rest: how many objects its display list holds (an effect that ended must leave none
   * behind, so the count at rest comes back to what it was).
   */
  onRest?(objects: number): void;
  /**
   * A celebration started (the region it is for: the cleared one, or the opened ones separated by spaces,
   * and its style) or ended (null).
   */
  onCelebration?(celebration: { regionId: string; style: CelebrationStyle } | null): void;
  /**
   * The camera moved: the map point at the canvas's top-left corner and the zoom, so that the page (and its
   * tests) can tell where a map point shows on screen.
   */
  onView?(view: { left: number; top: number; zoom: number }): void;
}

/** Frames drawn after the last change before the render loop goes to sleep. */
const FRAMES_BEFORE_SLEEP = 3;

/** Pointer travel (screen px) beyond which a press is a drag, not a click. */
const DRAG_THRESHOLD = 6;

/** Zoom limits, relative to the zoom at which the whole map fits the free screen. */
const MIN_ZOOM = 0.8;
const MAX_ZOOM = 5;

/** A two-finger pinch in progress: the fingers' distance and the camera zoom when it started. */
interface Pinch {
  distance: number;
  zoom: number;
  /** Midpoint of the fingers at the last move (screen px), so moving both fingers pans. */
  mid: { x: number; y: number };
}

/**
 * The map of Eurasia: draws the regions, pans (drag, one finger) and zooms (wheel, two-finger pinch),
 * names the region under the pointer, describes itself in words, and reports clicks and taps. It decides
 * nothing: statuses come in, choices go out. With reduced motion, status changes are drawn without the
 * unlock animation.
 */
export class MapScene extends Phaser.Scene {
  private history: HistoryAsset | null = null;
  private historyDisplay: HistoryDisplay | null = null;
  private historyLayer: HistoryLayer | null = null;
  /** The still map flattened into tiles while the history map shows (its layers cover many pixels). */
  private composite: MapComposite | null = null;
  private background!: Phaser.GameObjects.Image;
  private layer!: RegionLayer;
  private overlay!: AnswerOverlay;
  private places!: PlaceLabels;
  private modeLayer!: ModeLayer;
  /** Whether a map mode is shown: region names stay hidden (labels, tooltip, description). */
  private modeShown = false;
  /** The box (map units) the camera was last asked to frame, kept framed when the free space changes. */
  private framed: [number, number, number, number] | null = null;
  /** The progress (0 to 1) of the camera's move to a framing, the target of its tween. */
  private readonly cameraMove = { t: 0 };
  private tooltip!: Phaser.GameObjects.Text;
  private hovered: string | null = null;
  private focused: string | null = null;
  private pressAt: { x: number; y: number } | null = null;
  private dragging = false;
  private inputEnabled = true;
  private insets: MapInsets = { top: 0, right: 0, bottom: 0, left: 0 };
  private idleFrames = 0;
  private moving = false;
  private statuses: RegionStatuses;
  private fading: ReadonlySet<string>;
  private labels: ReadonlyMap<string, string>;
  private pinch: Pinch | null = null;
  private description = '';
  /** The region-cleared celebration under way, if any. */
  private celebration: ClearCelebration | null = null;

  constructor(private readonly options: MapSceneOptions) {
    super(SceneKeys.Map);
    this.statuses = statusesOf(options.views);
    this.fading = fadingOf(options.views);
    this.labels = labelsOf(options.views);
  }

  /** Builds the map once; after this only changed regions are redrawn. */
  create(): void {
    const { map } = this.options;
    this.cameras.main.setBackgroundColor(SEA_COLOUR);
    this.textures.addCanvas('map:background', drawBackgroundCanvas(map.background, map.width, map.height, 1));
    this.background = this.add.image(0, 0, 'map:background').setOrigin(0, 0).setDepth(0.5);
    this.layer = new RegionLayer(this, map, this.statuses);
    this.overlay = new AnswerOverlay(this);
    this.places = new PlaceLabels(this, this.options.places ?? [], this.pixelRatio, (names) =>
      this.options.onPlaces?.(names),
    );
    this.places.setObstacles(this.layer.labelObstacles());
    this.modeLayer = new ModeLayer(this, this.layer, this.options.reducedMotion);
    this.tooltip = this.add
      .text(0, 0, '', {
        fontFamily: 'system-ui, "DejaVu Sans", sans-serif',
        fontSize: '15px',
        color: '#ffffff',
        backgroundColor: '#1d3557',
        padding: { x: 6, y: 3 },
      })
      .setDepth(10)
      .setResolution(Math.max(2, this.pixelRatio))
      .setVisible(false);

    this.fitCamera();
    this.describe();
    this.scale.on(Phaser.Scale.Events.RESIZE, () => this.fitCamera());
    // A second touch pointer, for pinch-zoom (Phaser starts with the mouse and one touch pointer).
    this.input.addPointer(1);
    this.input.on(Phaser.Input.Events.POINTER_DOWN, (pointer: Phaser.Input.Pointer) =>
      this.onPointerDown(pointer),
    );
    this.input.on(Phaser.Input.Events.POINTER_MOVE, (pointer: Phaser.Input.Pointer) =>
      this.onPointerMove(pointer),
    );
    this.input.on(Phaser.Input.Events.POINTER_UP, (pointer: Phaser.Input.Pointer) =>
      this.onPointerUp(pointer),
    );
    this.input.on(Phaser.Input.Events.GAME_OUT, () => this.setHover(null));
    this.input.on(
      Phaser.Input.Events.POINTER_WHEEL,
      (pointer: Phaser.Input.Pointer, _over: unknown, _dx: number, dy: number) => this.zoomAt(pointer, dy),
    );
    window.addEventListener('resize', () => this.requestRender());
    this.options.onReady(this);
  }

  /**
   * Draws on demand: the loop sleeps once nothing has changed for a few frames (no tween, no drag), so an
   * idle map costs no CPU or GPU time. Pointer input still arrives, because Phaser handles DOM input
   * events as they happen, and every change wakes the loop again.
   */
  update(): void {
    const animating = this.tweens.getTweens().length > 0 || this.dragging;
    this.idleFrames = animating ? 0 : this.idleFrames + 1;
    if (animating) this.setMoving(true);
    if (this.idleFrames > FRAMES_BEFORE_SLEEP) {
      this.game.loop.sleep();
      this.setMoving(false);
    }
  }

  /** Reports a change between moving and at rest (not every frame). */
  private setMoving(moving: boolean): void {
    if (moving === this.moving) return;
    this.moving = moving;
    this.options.onMotion(moving);
    if (moving) return;
    this.options.onRest?.(this.children.length);
    this.celebration?.rested();
  }

  /**
   * Device pixels per CSS pixel of the canvas: the canvas is drawn at the screen's pixel ratio and shown at
   * its CSS size, through the scale manager's zoom (see `startMapGame`). Pointer positions and the camera
   * are in device pixels; insets, sizes on screen and what the page is told are in CSS pixels.
   */
  private get pixelRatio(): number {
    return 1 / this.scale.zoom;
  }

  /** The panels' insets in canvas (device) pixels. */
  private canvasInsets(): MapInsets {
    const ratio = this.pixelRatio;
    const { top, right, bottom, left } = this.insets;
    return { top: top * ratio, right: right * ratio, bottom: bottom * ratio, left: left * ratio };
  }

  /**
   * Wakes the render loop to draw a change. Until the loop has drawn it and gone back to sleep the map counts
   * as moving: a change made without a tween (a jump of the camera, a zoom step, new statuses) would
   * otherwise be reported at rest before its frame is drawn, and a screenshot taken then shows the frame
   * before it.
   */
  private requestRender(): void {
    this.setMoving(true);
    this.idleFrames = 0;
    if (!this.game.loop.running) {
      this.game.loop.wake();
      this.game.loop.resetDelta();
    }
  }

  /**
   * Draws the regions' views, and celebrates a region just cleared and the regions it opened when
   * `celebration` says so (the calm version when motion is reduced).
   */
  showRegions(views: readonly RegionView[], celebration: RegionCelebration = NO_CELEBRATION): void {
    const statuses = statusesOf(views);
    const fading = fadingOf(views);
    const labels = labelsOf(views);
    const relabelled = !sameLabels(labels, this.labels);
    this.labels = labels;
    // Every answer re-sends the views; drawing nothing new must not wake the render loop, whose
    // frames are slow under software WebGL and would delay the quiz's feedback and saving. New labels
    // (a round began or ended) redraw only the tooltip, and only when it shows.
    const celebrating = hasCelebration(celebration);
    if (!celebrating && sameStatuses(statuses, this.statuses) && sameSet(fading, this.fading)) {
      if (relabelled && this.tooltip.visible) {
        this.refreshTooltip();
        this.requestRender();
      }
      return;
    }
    this.statuses = statuses;
    this.fading = fading;
    const changed = this.layer.update(statuses, fading);
    this.composite?.bake(changed.flatMap((regionId) => this.regionBox(regionId)));
    this.places.setObstacles(this.layer.labelObstacles());
    if (celebrating) this.celebrate(celebration);
    this.refreshTooltip();
    this.describe();
    this.requestRender();
  }

  /**
   * Plays a celebration over the regions as now drawn, replacing one still under way: with motion, the camera
   * first brings the cleared region into view if it is off screen; calm, nothing moves.
   */
  private celebrate(celebration: RegionCelebration): void {
    this.celebration?.finish();
    const style: CelebrationStyle = this.options.reducedMotion ? 'calm' : 'burst';
    const cleared = celebration.cleared ? this.layer.region(celebration.cleared) : undefined;
    if (cleared && style === 'burst') this.bringIntoView(cleared.label);
    const played = new ClearCelebration(
      { scene: this, layer: this.layer, scale: this.pixelRatio / this.cameras.main.zoom },
      celebration,
      style,
      () => {
        if (this.celebration === played) this.celebration = null;
        this.options.onCelebration?.(null);
        this.requestRender();
      },
    );
    this.celebration = played;
    this.options.onCelebration?.({
      regionId: celebration.cleared ?? celebration.opened.join(' '),
      style,
    });
    played.play();
  }

  /**
   * Pans the camera (at the same zoom) to centre a map point in the free part of the screen, when the point
   * lies outside it or too near its edge.
   */
  private bringIntoView(point: readonly [number, number]): void {
    const camera = this.cameras.main;
    const { top, right, bottom, left } = this.canvasInsets();
    const margin = 80 * this.pixelRatio;
    const screenX = (point[0] - camera.scrollX - camera.width / 2) * camera.zoom + camera.width / 2;
    const screenY = (point[1] - camera.scrollY - camera.height / 2) * camera.zoom + camera.height / 2;
    const inside =
      screenX >= left + margin &&
      screenX <= this.scale.width - right - margin &&
      screenY >= top + margin &&
      screenY <= this.scale.height - bottom - margin;
    if (inside) return;
    const zoom = camera.zoom;
    this.glideCamera(
      { zoom, x: point[0] - (left - right) / 2 / zoom, y: point[1] - (top - bottom) / 2 / zoom },
      500,
    );
  }

  /** Shows keyboard focus on a region (from the region list), or clears it. */
  focusRegion(regionId: string | null): void {
    if (regionId === this.focused) return;
    this.focused = regionId;
    this.layer.setHighlight(this.hovered ?? regionId);
    this.refreshTooltip();
    this.describe();
    this.requestRender();
  }

  /** Shows a map mode's marks with the region names hidden, or the ordinary map again (null). */
  showMode(display: ModeDisplay | null): void {
    this.modeShown = display !== null;
    this.layer.setNamesHidden(this.modeShown);
    // The places' names would answer a map mode's questions: they stay hidden while one is shown.
    this.places.setShown(!this.modeShown && !this.overlay.hasMarks);
    this.modeLayer.show(display);
    this.refreshTooltip();
    this.describe();
    this.requestRender();
  }

  /** Re-fits the map into the part of the screen that DOM panels leave free. */
  setInsets(insets: MapInsets): void {
    const { top, right, bottom, left } = this.insets;
    if (insets.top === top && insets.right === right && insets.bottom === bottom && insets.left === left)
      return;
    this.insets = insets;
    this.fitCamera();
  }

  /**
   * Shows the numbered marks of a place question and frames them with `frame` (a box in map units, such as
   * the question's region) in the free part of the screen; no marks gives the whole map back.
   */
  showMarks(marks: readonly MapMark[], frame?: [number, number, number, number]): void {
    this.overlay.showMarks(marks);
    // The dots would give the answer away while the question waits; they come back with its answer.
    this.places.setShown(marks.length === 0 && !this.modeShown);
    this.places.setObstacles([...this.layer.labelObstacles(), ...this.overlay.obstacles()]);
    this.refreshTooltip();
    const box = boxAround(
      marks.map((mark) => mark.point),
      frame,
    );
    if (box) this.frame(box, true);
    this.requestRender();
  }

  /**
   * Shows the answer to a map question (pin on the right spot, line from the click, distance) and pans and
   * zooms to show both ends (a jump when motion is reduced); null clears it and gives the whole map back.
   */
  showAnswer(answer: MapAnswer | null): void {
    this.overlay.showAnswer(answer);
    this.refreshTooltip();
    this.places.setObstacles([...this.layer.labelObstacles(), ...this.overlay.obstacles()]);
    if (answer) {
      const box = boxAround(answer.click ? [answer.target, answer.click] : [answer.target]);
      if (box) this.frame(box, true);
    } else if (this.framed) {
      this.framed = null;
      this.fitCamera();
    }
    this.requestRender();
  }

  /**
   * Moves the camera so that `box` (map units, with a margin) fills the free part of the screen, within the
   * zoom limits; animated unless motion is reduced or `animate` is false.
   */
  private frame(box: [number, number, number, number], animate: boolean): void {
    this.framed = box;
    const camera = this.cameras.main;
    const { top, right, bottom, left } = this.canvasInsets();
    const freeWidth = Math.max(100, this.scale.width - left - right);
    const freeHeight = Math.max(100, this.scale.height - top - bottom);
    const margin = 60 * this.pixelRatio;
    const boxWidth = Math.max(1, box[2] - box[0]);
    const boxHeight = Math.max(1, box[3] - box[1]);
    const fit = this.fitZoom();
    const zoom = Phaser.Math.Clamp(
      Math.min((freeWidth - 2 * margin) / boxWidth, (freeHeight - 2 * margin) / boxHeight),
      fit,
      fit * MAX_ZOOM,
    );
    const centreX = (box[0] + box[2]) / 2 - (left - right) / 2 / zoom;
    const centreY = (box[1] + box[3]) / 2 - (top - bottom) / 2 / zoom;
    // A new framing replaces one still under way.
    this.tweens.killTweensOf(this.cameraMove);
    if (!animate || this.options.reducedMotion) {
      camera.setZoom(zoom);
      camera.centerOn(centreX, centreY);
      this.setOverlayScale(zoom);
      this.refreshTooltip();
      this.requestRender();
      return;
    }
    this.glideCamera({ zoom, x: centreX, y: centreY }, 450);
    this.requestRender();
  }

  /**
   * Glides the camera to a zoom and centre (map units) over `durationMs`, replacing any glide under way.
   * The map reports itself moving from the start, so the page never reads the camera before it rests.
   */
  private glideCamera(to: { zoom: number; x: number; y: number }, durationMs: number): void {
    const camera = this.cameras.main;
    const from = {
      zoom: camera.zoom,
      x: camera.scrollX + camera.width / 2,
      y: camera.scrollY + camera.height / 2,
    };
    this.tweens.killTweensOf(this.cameraMove);
    this.setMoving(true);
    const progress = this.cameraMove;
    progress.t = 0;
    this.tweens.add({
      targets: progress,
      t: 1,
      duration: durationMs,
      ease: 'Sine.easeInOut',
      onUpdate: () => {
        const t = progress.t;
        const now = from.zoom + (to.zoom - from.zoom) * t;
        camera.setZoom(now);
        camera.centerOn(from.x + (to.x - from.x) * t, from.y + (to.y - from.y) * t);
        this.setOverlayScale(now);
      },
    });
  }

  /** Keeps labels, marks and pins the same size on screen at the camera's zoom, and reports the view. */
  private setOverlayScale(zoom: number): void {
    const scale = this.pixelRatio / zoom;
    this.layer.setLabelScale(scale);
    this.overlay.setScale(scale);
    this.historyLayer?.setScale(scale, zoom);
    this.places.setZoom(zoom / this.pixelRatio, scale);
    this.reportView();
  }

  /** Draws the history layers once (hidden until {@link showHistory} shows them), replacing any before. */
  setHistory(history: HistoryAsset): void {
    this.history = history;
    this.composite?.destroy();
    this.composite = null;
    this.historyLayer?.destroy();
    this.historyLayer = new HistoryLayer(this, history, this.options.map);
    this.historyLayer.setScale(this.pixelRatio / this.cameras.main.zoom, this.cameras.main.zoom);
    this.showHistory(this.historyDisplay);
  }

  /**
   * Shows the chosen history layers at a year with a feature highlighted (null hides them all). While they
   * show, the still map under the lines is flattened into tiles, and a step of the years bakes again only
   * the tiles of the areas whose holder changed.
   */
  showHistory(display: HistoryDisplay | null): void {
    this.historyDisplay = display;
    if (!this.historyLayer) return;
    this.historyLayer.show(display);
    const changed = this.historyLayer.takeChangedBoxes();
    if (display) {
      if (!this.composite) {
        const { width, height } = this.options.map;
        this.composite = new MapComposite(this, width, height, SEA_COLOUR, () => this.stillObjects());
      }
      if (this.composite.shown) this.composite.bake(changed);
      else this.composite.setShown(true);
    } else {
      this.composite?.destroy();
      this.composite = null;
    }
    this.requestRender();
  }

  /**
   * What keeps its size in map units, in drawing order (by depth, a container's children at its depth): the
   * background countries, the regions and the history layer's areas and ceded lands.
   */
  private stillObjects(): Phaser.GameObjects.GameObject[] {
    const objects = [
      this.background,
      ...this.layer.shapeObjects(),
      ...(this.historyLayer?.bakedObjects() ?? []),
    ];
    const depth = (object: Phaser.GameObjects.GameObject) =>
      (object.parentContainer ?? (object as Partial<Phaser.GameObjects.Components.Depth>)).depth ?? 0;
    return objects.sort((a, b) => depth(a) - depth(b));
  }

  /** A region's box in map units, with the margin its texture has (none for a region the map lacks). */
  private regionBox(regionId: string): MapBox[] {
    const bbox = this.layer.region(regionId)?.bbox;
    return bbox ? [[bbox[0] - 2, bbox[1] - 2, bbox[2] + 2, bbox[3] + 2]] : [];
  }

  /** The history feature under a map point, when history layers are shown and one is there. */
  private featureUnder(x: number, y: number): FeatureRef | null {
    if (!this.history || !this.historyDisplay) return null;
    const tolerance = (8 * this.pixelRatio) / this.cameras.main.zoom + 1;
    return featureAt(this.history, this.historyDisplay, [x, y], tolerance, this.options.map.regions);
  }

  /** Tells the page where the camera is (by hand: the camera's own matrix is refreshed only at render). */
  private reportView(): void {
    const camera = this.cameras.main;
    const left = camera.scrollX + camera.width / 2 - camera.width / 2 / camera.zoom;
    const top = camera.scrollY + camera.height / 2 - camera.height / 2 / camera.zoom;
    this.options.onView?.({ left, top, zoom: camera.zoom / this.pixelRatio });
  }

  /** Turns map clicks off while a quiz panel covers the map, and back on. */
  setInputEnabled(enabled: boolean): void {
    this.inputEnabled = enabled;
    if (!enabled) this.setHover(null);
  }

  /** The two touch pointers, when both are down. */
  private touchPair(): [Phaser.Input.Pointer, Phaser.Input.Pointer] | null {
    const { pointer1, pointer2 } = this.input;
    return pointer1?.isDown && pointer2?.isDown ? [pointer1, pointer2] : null;
  }

  private onPointerDown(pointer: Phaser.Input.Pointer): void {
    const pair = this.touchPair();
    if (pair) {
      const [a, b] = pair;
      this.pinch = {
        distance: Math.max(1, Math.hypot(a.x - b.x, a.y - b.y)),
        zoom: this.cameras.main.zoom,
        mid: { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 },
      };
      // A pinch is never a tap: the fingers' release must not choose a region.
      this.dragging = true;
      this.setHover(null);
      return;
    }
    this.pressAt = { x: pointer.x, y: pointer.y };
    this.dragging = false;
  }

  /** Zooms by the change in the fingers' distance around their midpoint, and pans as the midpoint moves. */
  private onPinchMove(a: Phaser.Input.Pointer, b: Phaser.Input.Pointer, pinch: Pinch): void {
    const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
    const distance = Math.hypot(a.x - b.x, a.y - b.y);
    this.zoomAround(pinch.zoom * (distance / pinch.distance), pinch.mid, mid);
    pinch.mid = mid;
  }

  private onPointerMove(pointer: Phaser.Input.Pointer): void {
    const pair = this.touchPair();
    if (pair && this.pinch) {
      this.onPinchMove(pair[0], pair[1], this.pinch);
      return;
    }
    if (pointer.isDown && this.pressAt) {
      const moved = Math.hypot(pointer.x - this.pressAt.x, pointer.y - this.pressAt.y);
      if (moved > DRAG_THRESHOLD * this.pixelRatio) this.dragging = true;
      if (this.dragging) {
        const camera = this.cameras.main;
        camera.scrollX -= (pointer.x - pointer.prevPosition.x) / camera.zoom;
        camera.scrollY -= (pointer.y - pointer.prevPosition.y) / camera.zoom;
        this.keepMapInView();
        this.reportView();
        this.requestRender();
        return;
      }
    }
    if (!this.inputEnabled) return;
    this.setHover(this.regionUnder(pointer));
  }

  private onPointerUp(pointer: Phaser.Input.Pointer): void {
    if (this.pinch) {
      // One finger lifted: the other goes on panning from where it is, and its release is no tap.
      this.pinch = null;
      const other = [this.input.pointer1, this.input.pointer2].find((p) => p && p !== pointer && p.isDown);
      this.pressAt = other ? { x: other.x, y: other.y } : null;
      this.dragging = Boolean(other);
      return;
    }
    const wasDrag = this.dragging;
    this.pressAt = null;
    this.dragging = false;
    if (wasDrag || !this.inputEnabled) return;
    const regionId = this.regionUnder(pointer);
    const point = this.cameras.main.getWorldPoint(pointer.x, pointer.y);
    const feature = this.featureUnder(point.x, point.y);
    this.options.onChoose({ region: regionId, point: [point.x, point.y], ...(feature ? { feature } : {}) });
  }

  private regionUnder(pointer: Phaser.Input.Pointer): string | null {
    const point = this.cameras.main.getWorldPoint(pointer.x, pointer.y);
    return regionAt(this.options.map, point.x, point.y, (6 * this.pixelRatio) / this.cameras.main.zoom + 2);
  }

  private setHover(regionId: string | null): void {
    if (regionId === this.hovered) return;
    this.hovered = regionId;
    this.layer.setHighlight(regionId ?? this.focused);
    this.input.setDefaultCursor(regionId ? 'pointer' : 'default');
    this.refreshTooltip();
    this.describe();
    this.requestRender();
    this.options.onHover(regionId);
  }

  /** Tells the page the map's text description, when it changed. */
  private describe(): void {
    const text = describeMap({
      description: this.options.map.description,
      regions: this.options.map.regions,
      statuses: this.statuses,
      fading: this.fading,
      // A map mode asks for the names: the description must not give the highlighted one away.
      highlighted: this.modeShown ? null : (this.hovered ?? this.focused),
    });
    if (text === this.description) return;
    this.description = text;
    this.options.onDescribe(text);
  }

  private refreshTooltip(): void {
    const regionId = this.hovered ?? this.focused;
    const region = regionId ? this.layer.region(regionId) : undefined;
    // While a place question shows its marks or its answer, or a map mode hides the names, a region's
    // tooltip would only get in the way.
    if (!region || this.overlay.hasMarks || this.overlay.hasAnswer || this.modeShown) {
      this.tooltip.setVisible(false);
      return;
    }
    const scale = this.pixelRatio / this.cameras.main.zoom;
    this.tooltip
      .setText(`${region.name} · ${this.labels.get(region.id) ?? 'locked'}`)
      .setScale(scale)
      .setPosition(region.label[0], region.label[1] - 34 * scale)
      .setOrigin(0.5, 1)
      .setVisible(true);
  }

  /** The zoom at which the whole map fits the free part of the screen. */
  private fitZoom(): number {
    const { width, height } = this.options.map;
    const { top, right, bottom, left } = this.canvasInsets();
    const freeWidth = Math.max(100, this.scale.width - left - right);
    const freeHeight = Math.max(100, this.scale.height - top - bottom);
    return Math.min(freeWidth / width, freeHeight / height);
  }

  private fitCamera(): void {
    if (this.framed) {
      this.frame(this.framed, false);
      return;
    }
    const { width, height } = this.options.map;
    const { top, right, bottom, left } = this.canvasInsets();
    const camera = this.cameras.main;
    const zoom = this.fitZoom();
    camera.setZoom(zoom);
    camera.centerOn(width / 2 - (left - right) / 2 / zoom, height / 2 - (top - bottom) / 2 / zoom);
    this.setOverlayScale(zoom);
    this.refreshTooltip();
    this.requestRender();
  }

  /** Stops panning before the map leaves the screen, so it can never be lost. */
  private keepMapInView(): void {
    const camera = this.cameras.main;
    const { width, height } = this.options.map;
    const halfWidth = camera.width / 2;
    const halfHeight = camera.height / 2;
    // The centre of the view stays over the map, so at least a quarter of the screen shows map.
    const centreX = Phaser.Math.Clamp(camera.scrollX + halfWidth, 0, width);
    const centreY = Phaser.Math.Clamp(camera.scrollY + halfHeight, 0, height);
    camera.scrollX = centreX - halfWidth;
    camera.scrollY = centreY - halfHeight;
  }

  /** Zooms one wheel step, keeping the map point under the pointer where it is. */
  private zoomAt(pointer: Phaser.Input.Pointer, deltaY: number): void {
    const zoom = this.cameras.main.zoom * (deltaY > 0 ? 0.85 : 1 / 0.85);
    this.zoomAround(zoom, pointer, pointer);
  }

  /**
   * Sets the zoom (kept within limits) so that the map point that was at screen point `from` shows at
   * screen point `to`: zooming around a point, and panning too when the two differ.
   */
  private zoomAround(wanted: number, from: { x: number; y: number }, to: { x: number; y: number }): void {
    const camera = this.cameras.main;
    const fit = this.fitZoom();
    const zoom = Phaser.Math.Clamp(wanted, fit * MIN_ZOOM, fit * MAX_ZOOM);
    // Camera maths by hand: the camera's own matrix is only refreshed at the next render.
    const halfWidth = camera.width / 2;
    const halfHeight = camera.height / 2;
    const worldX = camera.scrollX + halfWidth + (from.x - camera.x - halfWidth) / camera.zoom;
    const worldY = camera.scrollY + halfHeight + (from.y - camera.y - halfHeight) / camera.zoom;
    camera.setZoom(zoom);
    camera.scrollX = worldX - halfWidth - (to.x - camera.x - halfWidth) / zoom;
    camera.scrollY = worldY - halfHeight - (to.y - camera.y - halfHeight) / zoom;
    this.keepMapInView();
    this.setOverlayScale(zoom);
    this.refreshTooltip();
    this.requestRender();
  }
}

/** The box around some points (and an extra box), or null when there is nothing to frame. */
function boxAround(
  points: readonly [number, number][],
  extra?: [number, number, number, number],
): [number, number, number, number] | null {
  const xs = points.map((point) => point[0]).concat(extra ? [extra[0], extra[2]] : []);
  const ys = points.map((point) => point[1]).concat(extra ? [extra[1], extra[3]] : []);
  if (xs.length === 0) return null;
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

/** True when two status maps give every region the same status. */
function sameStatuses(a: RegionStatuses, b: RegionStatuses): boolean {
  if (a === b) return true;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

/** True when two sets hold the same members. */
function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && [...a].every((member) => b.has(member));
}

/** True when two label maps give every region the same label. */
function sameLabels(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): boolean {
  return a.size === b.size && [...a].every(([id, label]) => b.get(id) === label);
}

/** Each region's state label ("open", "cleared, fading: review to refresh"), for the tooltip. */
function labelsOf(views: readonly RegionView[]): ReadonlyMap<string, string> {
  return new Map(views.map((view) => [view.id, view.label]));
}
