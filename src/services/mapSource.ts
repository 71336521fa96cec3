import mapUrl from '../../assets/map.json?url';
import type { MapAsset } from '../core/map/mapTypes';
import { parseMapAsset } from '../core/map/parseMapAsset';
import { type Result, fail } from '../core/problems';

const FILE = 'assets/map.json';

/** Downloads and checks the generated map geometry. */
export async function loadMapAsset(): Promise<Result<MapAsset>> {
  let text: string;
  try {
    const response = await fetch(mapUrl);
    if (!response.ok)
      return fail([{ file: FILE, path: '', message: `could not be downloaded (HTTP ${response.status})` }]);
    text = await response.text();
  } catch {
    return fail([{ file: FILE, path: '', message: 'could not be downloaded (network error)' }]);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return fail([
      {
        file: FILE,
        path: '',
        message: `is not valid JSON (${error instanceof Error ? error.message : 'parse error'})`,
      },
    ]);
  }
  return parseMapAsset(raw, FILE);
}
