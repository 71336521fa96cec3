import type { RegionStatus, RegionStatuses } from './progression';
import { regionView } from './regionView';

/** Where a map's `MapAsset.description` puts the number of regions ("21 regions"). */
export const REGION_COUNT = '{regions}';

/** What the map shows now, for its text description. */
export interface MapDescriptionInput {
  /** The map's own description, with {@link REGION_COUNT} where the number of regions goes. */
  description: string;
  /** Every region on the map, by id, with its display name. */
  regions: readonly { id: string; name: string }[];
  /** Region statuses (a region missing here is locked). */
  statuses: RegionStatuses;
  /** Cleared regions the learner is forgetting. */
  fading: ReadonlySet<string>;
  /** The region under the pointer or with keyboard focus, if any. */
  highlighted: string | null;
}

/** "1 region", "3 regions". */
function regionCount(count: number): string {
  return `${count} ${count === 1 ? 'region' : 'regions'}`;
}

/**
 * The map's text description for screen readers (the canvas itself is an image): how many regions are
 * open, cleared (and fading) and locked, and which region is highlighted, so the picture's state is never
 * given by colour or shape alone.
 */
export function describeMap(input: MapDescriptionInput): string {
  const counts: Record<RegionStatus, number> = { open: 0, cleared: 0, locked: 0 };
  for (const region of input.regions) counts[input.statuses[region.id] ?? 'locked'] += 1;
  const fading = input.regions.filter(
    (region) => input.statuses[region.id] === 'cleared' && input.fading.has(region.id),
  ).length;
  const cleared = fading > 0 ? `${counts.cleared} cleared (${fading} fading)` : `${counts.cleared} cleared`;
  const parts = [
    `${input.description.replace(REGION_COUNT, regionCount(input.regions.length))}: ${counts.open} open, ${cleared}, ${counts.locked} locked.`,
  ];
  const highlighted = input.regions.find((region) => region.id === input.highlighted);
  if (highlighted) {
    const view = regionView(
      highlighted,
      input.statuses[highlighted.id] ?? 'locked',
      input.fading.has(highlighted.id),
    );
    parts.push(`Highlighted: ${highlighted.name}, ${view.phrase}.`);
  }
  parts.push('The region list offers the same choices.');
  return parts.join(' ');
}
