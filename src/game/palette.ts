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
