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
  /** Draws the regions; those in `celebrate` get the unlock animation (unless motion is reduced). */
  showRegions(views: readonly RegionView[], celebrate?: readonly string[]): void;
  /** Shows keyboard focus (or the answer to a map question) on a region, or none. */
  focusRegion(regionId: string | null): void;
  /** Turns clicks and taps on the map on or off (off while a panel covers it or a question waits). */
  setInputEnabled(enabled: boolean): void;
  /** Fits the map into the screen space that panels leave free. */
  setInsets(insets: MapInsets): void;
}
