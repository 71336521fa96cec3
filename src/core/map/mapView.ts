import type { RegionCelebration } from './celebration';
import type { HistoryAsset } from './history';
import type { FeatureRef, HistoryDisplay } from './historyDisplay';
import type { RegionView } from './regionView';

/** Screen space (px) covered by panels on each side; the map is fitted into what remains. */
export interface MapInsets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** No panel covers the map. */
export const NO_INSETS: MapInsets = { top: 0, right: 0, bottom: 0, left: 0 };

/**
 * The drawn map as the rest of the game drives it: the one contract the Phaser map, the stand-in used
 * while the engine loads, and test doubles implement. It receives views and decides nothing.
 */
export interface MapView {
  /**
   * Draws the regions, celebrating a region just cleared and the regions it opened when `celebration` says
   * so (a calm version when motion is reduced).
   */
  showRegions(views: readonly RegionView[], celebration?: RegionCelebration): void;
  /** Shows keyboard focus (or the answer to a map question) on a region, or none. */
  focusRegion(regionId: string | null): void;
  /** Turns clicks and taps on the map on or off (off while a panel covers it or a question waits). */
  setInputEnabled(enabled: boolean): void;
  /** Fits the map into the screen space that panels leave free. */
  setInsets(insets: MapInsets): void;
  /**
   * Shows the numbered marks of a place question and frames them (with the question's region, when given
   * as a box in map units) in the free part of the screen; an empty list removes them.
   */
  showMarks(marks: readonly MapMark[], frame?: [number, number, number, number]): void;
  /** Shows the answer to a map question (pin, line, distance) and frames both ends; null removes it. */
  showAnswer(answer: MapAnswer | null): void;
  /** Hands the map the history layers once they have loaded: drawn once, hidden until shown. */
  setHistory(history: HistoryAsset): void;
  /** Shows the chosen history layers at a year with one feature highlighted; null hides them all. */
  showHistory(display: HistoryDisplay | null): void;
  /**
   * Shows the map as a map mode needs it (region names hidden, regions marked by what the player found or
   * missed, the right one flashing after a last miss); null gives the ordinary map back.
   */
  showMode(display: ModeDisplay | null): void;
}

/**
 * How a region is marked in a map mode: the region asked about (Name it), found by the player, tried wrongly
 * just now, or missed (the right one, shown).
 */
export type ModeMark = 'asked' | 'found' | 'wrong' | 'missed';

/** What the map shows during a map mode (names are hidden for as long as one is shown). */
export interface ModeDisplay {
  /** Regions marked by what happened to them in the run. */
  marked: Readonly<Record<string, ModeMark>>;
  /** The region to flash (the right one after the last miss; a calm highlight with reduced motion), or null. */
  flash: string | null;
}

/**
 * A click or tap on the map: the region under it (null over the sea or land outside the game) and the map
 * point, in map units.
 */
export interface MapChoice {
  /** The region under the click, or null. */
  region: string | null;
  /** Where the click landed, in map units. */
  point: [number, number];
  /** The history feature under the click, when history layers are shown and one is there. */
  feature?: FeatureRef;
}

/** A numbered mark on the map that answers a place question when chosen (the keyboard path). */
export interface MapMark {
  /** Its number (1–9): shown on the map and on its button, and its key. */
  number: number;
  /** Where it is, in map units. */
  point: [number, number];
  /** The region it lies in, or null (sea, land outside the game). */
  region: string | null;
}

/** The answer to a map question as the map shows it: a pin on the right spot and a line from the click. */
export interface MapAnswer {
  /** The right spot, in map units. */
  target: [number, number];
  /** Where the player clicked or the mark they chose, in map units; absent for a time-out. */
  click?: [number, number];
  /** The distance between the two, in km, for the line's label. */
  km?: number;
  /**
   * The feature a line question asked for (a river, a pipeline route) as points in map units, drawn with
   * the answer; `target` is then its point nearest to the click.
   */
  path?: [number, number][];
}
