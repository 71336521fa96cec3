import type { RegionGroup } from '../core/map/mapTypes';
import type { RegionStatus } from '../core/map/progression';

/** Sea colour behind everything. */
export const SEA_COLOUR = 0xcfe3ee;

/** Fill of the non-playable countries around the game regions. */
export const LAND_COLOUR = '#ebe5d8';

/** Border lines between the non-playable countries. */
export const LAND_BORDER_COLOUR = '#b9b09c';

/** Colour of a region's outline and hatching before tinting (tinting multiplies, so grey darkens). */
export const REGION_LINE_GREY = '#5a5248';

/**
 * Tints per group and status. Status is never shown by colour alone: locked regions are hatched, cleared
 * regions carry a check badge, and open regions are plain and bright.
 */
const GROUP_TINTS: Record<RegionGroup, { open: number; cleared: number }> = {
  russia: { open: 0xe8876a, cleared: 0xb5482f },
  china: { open: 0xf3cf7a, cleared: 0xc9952a },
  disputed: { open: 0xc3b1e1, cleared: 0x8666b8 },
  neighbour: { open: 0x8fd0bd, cleared: 0x2f8f78 },
  europe: { open: 0x9db8da, cleared: 0x4d6f9c },
  sea: { open: 0xa8d5ee, cleared: 0x4d93bd },
};

/** Tint for a locked region, whatever its group. */
const LOCKED_TINT = 0xd8d2c4;

/** Returns the tint for a region of `group` in `status`. */
export function regionTint(group: RegionGroup, status: RegionStatus): number {
  if (status === 'locked') return LOCKED_TINT;
  return GROUP_TINTS[group][status];
}

/** Highlight colour for hover and keyboard focus (dark, to contrast with every fill). */
export const FOCUS_COLOUR = 0x1d3557;
