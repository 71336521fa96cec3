import { type HistoryAsset, parseHistoryAsset } from '../core/map/history';
import type { Result } from '../core/problems';
import { type MapLocation, downloadJson } from './mapSource';

/**
 * Downloads and checks the history layers (`assets/history.json`). It is loaded only when the player opens
 * "Borders through time", never before the menu, so the menu's bytes and time do not grow with it. Pass
 * the base map's region ids so that areas drawn as whole regions are checked against the map played.
 */
export async function loadHistoryAsset(
  location: MapLocation,
  regionIds: ReadonlySet<string>,
): Promise<Result<HistoryAsset>> {
  const raw = await downloadJson(location);
  return raw.ok ? parseHistoryAsset(raw.value, location.file, regionIds) : raw;
}
