import { errorMessage } from '../core/errors';
import type { MapAsset } from '../core/map/mapTypes';
import { parseMapAsset } from '../core/map/parseMapAsset';
import { type Result, fail } from '../core/problems';

/** Where a map asset is downloaded from, and the name its problems give it. */
export interface MapLocation {
  /** URL of the generated map asset (a `map.json` built by `npm run map:build`). */
  url: string;
  /** The file as a developer knows it, e.g. `assets/map.json`; built files have hashed names. */
  file: string;
}

/**
 * Downloads and checks a map asset. Which map is played is the composition root's choice, so a second
 * map is a second URL, not a change here.
 */
export async function loadMapAsset({ url, file }: MapLocation): Promise<Result<MapAsset>> {
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
  return parseMapAsset(raw, file);
}
