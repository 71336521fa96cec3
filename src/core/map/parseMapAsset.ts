import * as v from 'valibot';
import { schemaProblems } from '../schemaProblems';
import { type Problem, type Result, fail, ok } from '../problems';
import { REGION_COUNT } from './describeMap';
import type { MapAsset } from './mapTypes';

const ring = v.array(v.number());
const part = v.pipe(v.array(ring), v.minLength(1));
const pair = v.tuple([v.number(), v.number()]);
const text = v.pipe(v.string(), v.nonEmpty());
const colour = v.pipe(v.string(), v.regex(/^#[0-9a-f]{6}$/i, 'must be a colour written #rrggbb'));

const MapAssetSchema: v.GenericSchema<unknown, MapAsset> = v.object({
  version: v.literal(1),
  source: v.string(),
  title: text,
  tagline: text,
  description: v.pipe(
    text,
    v.includes(REGION_COUNT, `must contain "${REGION_COUNT}" where the number of regions goes`),
  ),
  startingRegions: v.pipe(v.array(text), v.minLength(1)),
  groups: v.record(text, v.object({ open: colour, cleared: colour, water: v.optional(v.boolean()) })),
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
        id: text,
        name: text,
        group: text,
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
 * The references inside a well-formed map that must resolve: neighbours and starting regions name
 * regions of this map, and every region's group is one of the map's groups.
 */
function referenceProblems(map: MapAsset, file: string): Problem[] {
  const ids = new Set(map.regions.map((region) => region.id));
  const problems: Problem[] = [];
  map.startingRegions.forEach((id, index) => {
    if (!ids.has(id))
      problems.push({
        file,
        path: `startingRegions[${index}]`,
        message: `"${id}" is not a region of this map`,
      });
  });
  map.regions.forEach((region, index) => {
    if (!Object.hasOwn(map.groups, region.group))
      problems.push({
        file,
        path: `regions[${index}].group`,
        message: `group "${region.group}" is not one of this map's groups`,
      });
    for (const neighbour of region.neighbours.filter((id) => !ids.has(id)))
      problems.push({
        file,
        path: `regions[${index}].neighbours`,
        message: `neighbour "${neighbour}" is not a region of this map`,
      });
  });
  return problems;
}

/**
 * Checks the map fetched at start-up, so that a damaged or stale `map.json` is reported by field instead
 * of crashing the renderer. Besides the geometry, the asset carries what makes it a subject (title,
 * tagline, description, starting regions and the groups' colours), and its ids must resolve within it.
 */
export function parseMapAsset(raw: unknown, file = 'assets/map.json'): Result<MapAsset> {
  const checked = v.safeParse(MapAssetSchema, raw);
  if (!checked.success) {
    return fail(schemaProblems(checked.issues, file));
  }
  const problems = referenceProblems(checked.output, file);
  return problems.length > 0 ? fail(problems) : ok(checked.output);
}

/** The neighbour graph of a map, keyed by region id. */
export function neighbourGraph(map: MapAsset): Record<string, readonly string[]> {
  return Object.fromEntries(map.regions.map((region) => [region.id, region.neighbours]));
}
