import { errorMessage } from '../core/errors';
import { type HistoryAsset, parseHistoryAsset } from '../core/map/history';
import { type Result, fail } from '../core/problems';
import type { MapLocation } from './mapSource';

/**
 * Downloads and checks the history layers (`assets/history.json`). It is loaded only when the player opens
 * "Borders through time", never before the menu, so the menu's bytes and time do not grow with it. Pass
 * the base map's region ids so that areas drawn as whole regions are checked against the map played.
 */
export async function loadHistoryAsset(
  { url, file }: MapLocation,
  regionIds: ReadonlySet<string>,
): Promise<Result<HistoryAsset>> {
  let text: string;
  try {
    const response = await fetch(url);
    if (!response.ok)
      return fail([{ file, path: '', message: `could not be downloaded (HTTP ${response.status})` }]);
    text = await response.text();
  } catch {
    return fail([{ file, path: '', message: 'could not be downloaded (network error)' }]);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return fail([{ file, path: '', message: `is not valid JSON (${errorMessage(error)})` }]);
  }
  return parseHistoryAsset(raw, file, regionIds);
}
