import { holderHexColour } from '../core/map/holderColours';
import type { RegionGroupStyle } from '../core/map/mapTypes';
import type { RegionStatus } from '../core/map/progression';

/** Sea colour behind everything. */
export const SEA_COLOUR = 0xcfe3ee;

/** Fill of the non-playable countries around the game regions. */
export const LAND_COLOUR = '#ebe5d8';

/** Border lines between the non-playable countries. */
export const LAND_BORDER_COLOUR = '#b9b09c';

/** Colour of a region's outline and hatching before tinting (tinting multiplies, so grey darkens). */
export const REGION_LINE_GREY = '#5a5248';

/** The tints of one region group as numbers for Phaser, for each status that shows the group's colour. */
export type GroupTints = Record<Exclude<RegionStatus, 'locked'>, number>;

/** Tint for a locked region, whatever its group. */
const LOCKED_TINT = 0xd8d2c4;

/** Turns a group's `#rrggbb` colours from the map's spec into tints. */
export function groupTints(style: RegionGroupStyle): GroupTints {
  const tint = (colour: string) => Number.parseInt(colour.slice(1), 16);
  return { open: tint(style.open), cleared: tint(style.cleared) };
}

/**
 * Returns the tint for a region of a group with `tints` in `status`. Status is never shown by colour
 * alone: locked regions are hatched, cleared regions carry a check badge, and open regions are plain and
 * bright.
 */
export function regionTint(tints: GroupTints, status: RegionStatus): number {
  if (status === 'locked') return LOCKED_TINT;
  return tints[status];
}

/** Highlight colour for hover and keyboard focus (dark, to contrast with every fill). */
export const FOCUS_COLOUR = 0x1d3557;

/** The colour a holder's areas are filled with on the history map, as a number for Phaser. */
export function holderColour(holderId: string): number {
  return Number.parseInt(holderHexColour(holderId).slice(1), 16);
}

/** Opacity of a history area's fill: opaque enough to read the holder's colour true over any region. */
export const HOLDER_FILL_ALPHA = 0.82;

/** Ink of the ceded lands' hatching and dashed outline. */
export const CESSION_INK = '#1b1b1b';

/** The border rivers (Tol's bright blue), drawn over a white casing so they show on any fill. */
export const RIVER_COLOUR = 0x0077bb;

/** Pipelines that operate or are planned: near-black over a white casing. */
export const PIPELINE_COLOUR = 0x222222;

/** A damaged pipeline (Nord Stream): Tol's vibrant red, with cross marks along it. */
export const DAMAGED_PIPELINE_COLOUR = 0xcc3311;

/** The pale band under a route drawn only approximately. */
export const APPROXIMATE_BAND_COLOUR = 0xeecc66;

/** Casing under lines and symbols, so they stand out from every fill beneath. */
export const CASING_COLOUR = 0xffffff;

/** Point features (a plant, a port): Tol's vibrant orange diamond. */
export const POINT_FEATURE_COLOUR = 0xee7733;
