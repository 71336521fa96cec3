/** How far a player has got with a map region. */
export type RegionStatus = 'locked' | 'open' | 'cleared';

/** Region statuses by region id. */
export type RegionStatuses = Readonly<Record<string, RegionStatus>>;

/** Neighbour lists by region id: who opens when a region is cleared. Comes from the map data. */
export type RegionGraph = Readonly<Record<string, readonly string[]>>;

/** Share of a round that must be right to clear a region: 4 of 5. */
export const PASS_MARK = 0.8;

/** True when `score` out of `total` clears a region. */
export function roundPasses(score: number, total: number): boolean {
  return total > 0 && score >= Math.ceil(PASS_MARK * total - 1e-9);
}

/**
 * Statuses for a new player: the starting regions open, everything else locked.
 *
 * @param start - the map's starting regions (`MapAsset.startingRegions`); ids not on the map are ignored
 */
export function initialStatuses(regionIds: Iterable<string>, start: readonly string[]): RegionStatuses {
  const statuses: Record<string, RegionStatus> = {};
  for (const id of regionIds) statuses[id] = start.includes(id) ? 'open' : 'locked';
  return statuses;
}

/**
 * Marks `regionId` cleared and opens its locked neighbours.
 *
 * @returns the new statuses and the ids that went from locked to open, in neighbour order
 */
export function clearRegion(
  statuses: RegionStatuses,
  regionId: string,
  graph: RegionGraph,
): { statuses: RegionStatuses; unlocked: string[] } {
  const next: Record<string, RegionStatus> = { ...statuses, [regionId]: 'cleared' };
  const unlocked: string[] = [];
  for (const neighbour of graph[regionId] ?? []) {
    if (next[neighbour] === 'locked') {
      next[neighbour] = 'open';
      unlocked.push(neighbour);
    }
  }
  return { statuses: next, unlocked };
}

/**
 * Fits saved statuses to the current map: regions the map no longer has are dropped, new regions start
 * locked (or open if they are a starting region), and every locked neighbour of a cleared region opens.
 * The last rule repairs saves from before a map update added a border, so an updated map never strands
 * a player.
 */
export function reconcileStatuses(
  saved: RegionStatuses,
  regionIds: readonly string[],
  graph: RegionGraph,
  start: readonly string[],
): RegionStatuses {
  const next: Record<string, RegionStatus> = {};
  for (const id of regionIds) next[id] = saved[id] ?? (start.includes(id) ? 'open' : 'locked');
  for (const id of regionIds) {
    if (next[id] !== 'cleared') continue;
    for (const neighbour of graph[id] ?? []) if (next[neighbour] === 'locked') next[neighbour] = 'open';
  }
  return next;
}
