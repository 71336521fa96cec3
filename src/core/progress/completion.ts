import type { RegionStatuses } from '../map/progression';

/** How much of the map is done. */
export interface MapCompletion {
  /** Regions cleared. */
  cleared: number;
  /** Regions on the map. */
  total: number;
  /** Whole per cent of the map's regions cleared, rounded down (100 only when every region is cleared). */
  percent: number;
}

/**
 * Map completion: the share of the map's regions cleared, in whole per cent rounded down, so the map reads
 * 100 % only when every region is cleared. Stars are shown beside it: completion says how far the map is
 * opened, stars how much of it is remembered now.
 */
export function mapCompletion(statuses: RegionStatuses): MapCompletion {
  const all = Object.values(statuses);
  const cleared = all.filter((status) => status === 'cleared').length;
  const total = all.length;
  return { cleared, total, percent: total > 0 ? Math.floor((100 * cleared) / total) : 0 };
}
