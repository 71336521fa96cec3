import * as v from 'valibot';
import { formatPath } from '../packs/parsePack';
import { type Result, fail, ok } from '../problems';
import { type MapAsset, REGION_GROUPS } from './mapTypes';

const ring = v.array(v.number());
const part = v.pipe(v.array(ring), v.minLength(1));
const pair = v.tuple([v.number(), v.number()]);

const MapAssetSchema = v.object({
  version: v.literal(1),
  source: v.string(),
  width: v.pipe(v.number(), v.minValue(1)),
  height: v.pipe(v.number(), v.minValue(1)),
  projection: v.object({
    type: v.literal('conicEqualArea'),
    parallels: pair,
    rotate: pair,
    scale: v.number(),
    translate: pair,
  }),
  regions: v.pipe(
    v.array(
      v.object({
        id: v.pipe(v.string(), v.nonEmpty()),
        name: v.pipe(v.string(), v.nonEmpty()),
        group: v.picklist(REGION_GROUPS),
        note: v.optional(v.string()),
        label: pair,
        bbox: v.tuple([v.number(), v.number(), v.number(), v.number()]),
        polys: v.pipe(v.array(part), v.minLength(1)),
        neighbours: v.array(v.string()),
        marker: v.optional(v.object({ x: v.number(), y: v.number(), r: v.number() })),
      }),
    ),
    v.minLength(1),
  ),
  background: v.array(part),
  poi: v.record(v.string(), v.object({ x: v.number(), y: v.number(), region: v.optional(v.string()) })),
});

/**
 * Checks the map geometry fetched at start-up, so that a damaged or stale `map.json` is reported by field
 * instead of crashing the renderer. Neighbour ids must name regions of the same map.
 */
export function parseMapAsset(raw: unknown, file = 'assets/map.json'): Result<MapAsset> {
  const checked = v.safeParse(MapAssetSchema, raw);
  if (!checked.success) {
    return fail(
      checked.issues.slice(0, 5).map((issue) => ({
        file,
        path: formatPath((issue.path ?? []).map((item) => item.key as string | number)),
        message: issue.input === undefined ? 'is missing' : issue.message,
      })),
    );
  }
  const map = checked.output as MapAsset;
  const ids = new Set(map.regions.map((region) => region.id));
  const problems = map.regions.flatMap((region, index) =>
    region.neighbours
      .filter((neighbour) => !ids.has(neighbour))
      .map((neighbour) => ({
        file,
        path: `regions[${index}].neighbours`,
        message: `neighbour "${neighbour}" is not a region of this map`,
      })),
  );
  return problems.length > 0 ? fail(problems) : ok(map);
}

/** The neighbour graph of a map, keyed by region id. */
export function neighbourGraph(map: MapAsset): Record<string, readonly string[]> {
  return Object.fromEntries(map.regions.map((region) => [region.id, region.neighbours]));
}
