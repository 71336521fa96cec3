import { errorMessage } from '../core/errors';
import type { MapAsset } from '../core/map/mapTypes';
import { parseMapAsset } from '../core/map/parseMapAsset';
import { type Result, fail, ok } from '../core/problems';

/** Where a map asset is downloaded from, and the name its problems give it. */
export interface MapLocation {
  /** URL of the generated map asset (a `map.json` built by `npm run map:build`). */
  url: string;
  /** The file as a developer knows it, e.g. `assets/map.json`; built files have hashed names. */
  file: string;
}

/**
 * Downloads a JSON asset and parses it, or says in one problem what went wrong (HTTP status, network,
 * JSON syntax), naming the file as a developer knows it.
 */
export async function downloadJson({ url, file }: MapLocation): Promise<Result<unknown>> {
  let text: string;
  try {
    const response = await fetch(url);
    if (!response.ok)
      return fail([{ file, path: '', message: `could not be downloaded (HTTP ${response.status})` }]);
    text = await response.text();
  } catch {
    return fail([{ file, path: '', message: 'could not be downloaded (network error)' }]);
  }
  try {
    return ok(JSON.parse(text) as unknown);
  } catch (error) {
    return fail([{ file, path: '', message: `is not valid JSON (${errorMessage(error)})` }]);
  }
}

/**
 * Downloads and checks a map asset. Which map is played is the composition root's choice, so a second
 * map is a second URL, not a change here.
 */
export async function loadMapAsset(location: MapLocation): Promise<Result<MapAsset>> {
  const raw = await downloadJson(location);
  return raw.ok ? parseMapAsset(raw.value, location.file) : raw;
}
