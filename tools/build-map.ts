/**
 * Builds the game map asset `assets/map.json` from Natural Earth 1:50m country outlines (the
 * world-atlas package) and the region spec `tools/map-regions.json` (the project's copy of
 * `../shared/data/map-regions.json`; its `about` field says what differs).
 *
 * Pipeline (see `../shared/docs/map.md`): project and clip every country with a conic equal-area
 * projection, cut Russia and China into game regions in planar space, add whole countries and the
 * sea region, simplify everything in one topology so shared borders stay shared, round to integer
 * map units, then add labels, neighbours and points of interest.
 *
 * Usage: `npx tsx tools/build-map.ts [path/to/map-regions.json]`
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import { geoConicEqualArea, geoPath, type GeoProjection } from 'd3-geo';
// @ts-expect-error -- d3-geo-projection ships no type declarations; `projectFeature` below types the one function used.
import { geoProject } from 'd3-geo-projection';
import polygonClipping, { type MultiPolygon, type Pair, type Polygon, type Ring } from 'polygon-clipping';
import { feature, neighbors } from 'topojson-client';
import { topology } from 'topojson-server';
import { planarTriangleArea, presimplify, simplify } from 'topojson-simplify';
import type * as GeoJSON from 'geojson';
import type * as TopoJSON from 'topojson-specification';
import { partContains, distanceToParts, regionAt } from '../src/core/map/hitTest';
import {
  type BBox,
  type FlatRing,
  type MapAsset,
  type MapPoi,
  type MapRegion,
  type PolygonPart,
} from '../src/core/map/mapTypes';
import { parseMapAsset } from '../src/core/map/parseMapAsset';
import { formatProblem } from '../src/core/problems';
import { type LonLat, densify } from './geo/densify';

/** Fields every region spec entry shares. */
interface RegionInfo {
  id: string;
  name: string;
  group: string;
  note?: string;
}

/** A region cut out of a country: by whole polygon parts, by a lon/lat cut polygon, or the remainder. */
interface CountryRegionSpec extends RegionInfo {
  parts?: { lon: [number, number]; lat: [number, number] };
  cut?: LonLat[];
}

/** A region made of one or more whole countries. */
interface WholeCountrySpec extends RegionInfo {
  countries: string[];
}

/** A sea region: a lon/lat polygon minus all land. */
interface SeaSpec extends RegionInfo {
  polygon: LonLat[];
}

/** The subject's fields, which the spec states and the asset carries as they are. */
type SubjectFields = Pick<MapAsset, 'title' | 'tagline' | 'description' | 'startingRegions' | 'groups'>;

/** The parts of `map-regions.json` this tool reads. */
interface MapSpec extends SubjectFields {
  projection: {
    type: string;
    parallels: [number, number];
    rotate: [number, number];
    precision: number;
    frame: LonLat[];
  };
  countries: Record<string, CountryRegionSpec[]>;
  wholeCountries: WholeCountrySpec[];
  seas: SeaSpec[];
  pointsOfInterest: Record<string, LonLat>;
  expectedRegionOfPoint: Record<string, string>;
}

/** The neighbour links file `tools/map-links.json`. */
interface LinksFile {
  about: string;
  links: { a: string; b: string; why: string }[];
}

/** A region's planar geometry together with its spec fields. */
interface BuiltRegion {
  info: RegionInfo;
  geometry: MultiPolygon;
}

/** A named planar geometry, as fed into the topology. */
interface NamedGeometry {
  id: string;
  geometry: MultiPolygon;
}

/** The topology this tool builds. Its objects carry no properties, which is what the simplify typings expect. */
type MapTopology = TopoJSON.Topology<TopoJSON.Objects>;

/** Signature of d3-geo-projection's `geoProject` for the features this tool projects. */
type ProjectFeature = (
  object: GeoJSON.Feature,
  projection: GeoProjection,
) => GeoJSON.Feature<GeoJSON.Geometry | null>;

const projectFeature: ProjectFeature = geoProject;

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SPEC_PATH = path.resolve(process.argv[2] ?? path.resolve(projectRoot, 'tools/map-regions.json'));
const WORLD_ATLAS_DIR = path.resolve(projectRoot, 'node_modules/world-atlas');
const LINKS_PATH = path.resolve(projectRoot, 'tools/map-links.json');
const OUT_PATH = path.resolve(projectRoot, 'assets/map.json');

/** Map width in units; the height follows from the frame's aspect ratio. */
const MAP_WIDTH = 2000;
/** Empty margin around the frame, in map units. */
const MARGIN = 20;
/** Projected coordinates are snapped to 1/SNAP_FACTOR units so that shared borders match exactly. */
const SNAP_FACTOR = 100;
/** Visvalingam threshold: minimum planar triangle area (units²) a vertex must span to be kept. */
const SIMPLIFY_MIN_AREA = 2;
/** Border vertices this close (units) to a point of interest are never simplified away. */
const POI_KEEP_RADIUS = 4;
/** Rings smaller than this (units²) are dropped after rounding. */
const MIN_RING_AREA = 6;
/** Regions whose small islands are part of their identity keep every ring that survives rounding. */
const KEEP_SMALL_RINGS = new Set(['crimea', 'sakhalin-kurils', 'hong-kong-macau', 'taiwan']);
/** Regions smaller than this (units², about a 50 × 50 square) get a marker hit circle. */
const MARKER_MAX_AREA = 2500;
/** Radius of a marker hit circle in map units. */
const MARKER_RADIUS = 12;

/** Reads and parses a JSON file. */
function readJson<T>(file: string): T {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
}

/** Rounds a projected coordinate to the snapping grid. */
function snap(value: number): number {
  return Math.round(value * SNAP_FACTOR) / SNAP_FACTOR;
}

/** Snaps a closed ring to the grid and drops repeated points; returns null if it degenerates. */
function snapRing(ring: GeoJSON.Position[]): Ring | null {
  const out: Ring = [];
  for (const position of ring) {
    const point: Pair = [snap(position[0]!), snap(position[1]!)];
    const last = out[out.length - 1];
    if (!last || last[0] !== point[0] || last[1] !== point[1]) out.push(point);
  }
  return out.length >= 4 ? out : null;
}

/** Snaps every ring of a multipolygon, dropping degenerate holes, and parts whose outer ring degenerates. */
function snapMultiPolygon(polygons: GeoJSON.Position[][][]): MultiPolygon {
  const out: MultiPolygon = [];
  for (const polygon of polygons) {
    const [outer, ...holes] = polygon.map(snapRing);
    if (!outer) continue;
    out.push([outer, ...holes.filter((hole): hole is Ring => hole !== null)]);
  }
  return out;
}

/** The polygons of a GeoJSON geometry as multipolygon coordinates (empty for other geometry types). */
function polygonsOf(geometry: GeoJSON.Geometry | null): GeoJSON.Position[][][] {
  if (geometry?.type === 'Polygon') return [geometry.coordinates];
  if (geometry?.type === 'MultiPolygon') return geometry.coordinates;
  return [];
}

/** Signed shoelace area of a closed ring of pairs. */
function ringArea(ring: Ring): number {
  let sum = 0;
  for (let i = 1; i < ring.length; i++) {
    const [x0, y0] = ring[i - 1]!;
    const [x1, y1] = ring[i]!;
    sum += x0 * y1 - x1 * y0;
  }
  return sum / 2;
}

/** Area of a multipolygon: outer rings minus holes. */
function multiPolygonArea(polygons: MultiPolygon): number {
  let area = 0;
  for (const [outer, ...holes] of polygons) {
    area += Math.abs(ringArea(outer!)) - holes.reduce((sum, hole) => sum + Math.abs(ringArea(hole)), 0);
  }
  return area;
}

/** Area-weighted centroid of a closed ring of pairs. */
function ringCentroid(ring: Ring): Pair {
  let cx = 0;
  let cy = 0;
  let twiceArea = 0;
  for (let i = 1; i < ring.length; i++) {
    const [x0, y0] = ring[i - 1]!;
    const [x1, y1] = ring[i]!;
    const cross = x0 * y1 - x1 * y0;
    cx += (x0 + x1) * cross;
    cy += (y0 + y1) * cross;
    twiceArea += cross;
  }
  return [cx / (3 * twiceArea), cy / (3 * twiceArea)];
}

/**
 * Sets up the projection from the spec, fitted so the frame spans the map width minus the margins,
 * and clipped to the map rectangle. Returns it with the resulting map height.
 */
function makeProjection(spec: MapSpec['projection']): { projection: GeoProjection; height: number } {
  if (spec.type !== 'conicEqualArea') throw new Error(`unsupported projection type ${spec.type}`);
  const frame: GeoJSON.MultiPoint = { type: 'MultiPoint', coordinates: spec.frame };
  const projection = geoConicEqualArea()
    .parallels(spec.parallels)
    .rotate(spec.rotate)
    .precision(spec.precision)
    .fitWidth(MAP_WIDTH - 2 * MARGIN, frame);
  const [[x0, y0], [, y1]] = geoPath(projection).bounds(frame);
  const [tx, ty] = projection.translate();
  projection.translate([tx + MARGIN - x0, ty + MARGIN - y0]);
  const height = Math.ceil(y1 - y0 + 2 * MARGIN);
  projection.clipExtent([
    [0, 0],
    [MAP_WIDTH, height],
  ]);
  return { projection, height };
}

/** Projects a lon/lat point, failing loudly if the projection cannot place it. */
function projectPoint(projection: GeoProjection, point: LonLat): Pair {
  const projected = projection(point);
  if (!projected) throw new Error(`cannot project ${point.join(',')}`);
  return projected;
}

/** Densifies and projects a lon/lat ring into a planar polygon (no clipping, vertex by vertex). */
function projectCutPolygon(projection: GeoProjection, ring: LonLat[]): Polygon {
  return [densify(ring).map((point) => projectPoint(projection, point))];
}

/** Decodes world-atlas' 1:50m countries, keyed by name (a few features have no numeric id). */
function loadCountries(): Map<string, GeoJSON.Feature> {
  const world = readJson<TopoJSON.Topology>(path.join(WORLD_ATLAS_DIR, 'countries-50m.json'));
  const countries = world.objects['countries'];
  if (!countries) throw new Error('world-atlas has no countries object');
  const collection = feature(world, countries) as GeoJSON.FeatureCollection;
  const byName = new Map<string, GeoJSON.Feature>();
  for (const country of collection.features) {
    const name = String(country.properties?.['name']);
    if (byName.has(name)) throw new Error(`duplicate country name ${name}`);
    byName.set(name, country);
  }
  return byName;
}

/**
 * Projects every country (geoProject cuts at the antimeridian and clips to the map rectangle) and
 * snaps it to the grid. Countries entirely outside the map are left out.
 */
function projectCountries(
  countries: Map<string, GeoJSON.Feature>,
  projection: GeoProjection,
): Map<string, MultiPolygon> {
  const projected = new Map<string, MultiPolygon>();
  for (const [name, country] of countries) {
    const polygons = snapMultiPolygon(polygonsOf(projectFeature(country, projection).geometry));
    if (polygons.length > 0) projected.set(name, polygons);
  }
  return projected;
}

/** Looks up a projected country by name, failing loudly if it is missing or outside the map. */
function requireCountry(projected: Map<string, MultiPolygon>, name: string): MultiPolygon {
  const country = projected.get(name);
  if (!country) throw new Error(`country ${name} not found in view`);
  return country;
}

/** Splits a multipolygon into the parts whose centroid (back in lon/lat) lies in a box, and the rest. */
function takeParts(
  remaining: MultiPolygon,
  box: NonNullable<CountryRegionSpec['parts']>,
  projection: GeoProjection,
): [MultiPolygon, MultiPolygon] {
  const taken: MultiPolygon = [];
  const rest: MultiPolygon = [];
  for (const polygon of remaining) {
    const lonLat = projection.invert?.(ringCentroid(polygon[0]!));
    const inBox =
      lonLat !== null &&
      lonLat !== undefined &&
      lonLat[0] >= box.lon[0] &&
      lonLat[0] <= box.lon[1] &&
      lonLat[1] >= box.lat[0] &&
      lonLat[1] <= box.lat[1];
    (inBox ? taken : rest).push(polygon);
  }
  return [taken, rest];
}

/** Splits a multipolygon by a lon/lat cut polygon into the part inside it and the rest (planar clipping). */
function takeCut(
  remaining: MultiPolygon,
  cut: LonLat[],
  projection: GeoProjection,
): [MultiPolygon, MultiPolygon] {
  if (remaining.length === 0) return [[], []];
  const cutPolygon = projectCutPolygon(projection, cut);
  return [
    snapMultiPolygon(polygonClipping.intersection(remaining, cutPolygon)),
    snapMultiPolygon(polygonClipping.difference(remaining, cutPolygon)),
  ];
}

/**
 * Partitions one country into its game regions in spec order: each region takes its parts or its cut
 * from what earlier regions left, and a region with neither takes the remainder. Fails if land is left over.
 */
function partitionCountry(
  name: string,
  country: MultiPolygon,
  specs: CountryRegionSpec[],
  projection: GeoProjection,
): BuiltRegion[] {
  let remaining = country;
  const built: BuiltRegion[] = [];
  for (const spec of specs) {
    const [taken, rest] = spec.parts
      ? takeParts(remaining, spec.parts, projection)
      : spec.cut
        ? takeCut(remaining, spec.cut, projection)
        : [remaining, []];
    built.push({ info: spec, geometry: taken });
    remaining = rest;
  }
  const leftover = multiPolygonArea(remaining);
  console.log(`${name}: ${specs.length} regions, leftover area ${leftover.toFixed(2)} units²`);
  if (leftover > 0.5) throw new Error(`${name} is not fully partitioned: give its last region no cut`);
  return built;
}

/** Whether two planar geometries' bounding boxes overlap (cheap pre-filter before clipping). */
function bboxesOverlap(a: MultiPolygon, b: MultiPolygon): boolean {
  const boxOf = (polygons: MultiPolygon): BBox => {
    const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
    for (const [x, y] of polygons.flatMap((polygon) => polygon[0]!)) {
      box[0] = Math.min(box[0], x);
      box[1] = Math.min(box[1], y);
      box[2] = Math.max(box[2], x);
      box[3] = Math.max(box[3], y);
    }
    return box;
  };
  const [a0, a1, a2, a3] = boxOf(a);
  const [b0, b1, b2, b3] = boxOf(b);
  return a0 <= b2 && b0 <= a2 && a1 <= b3 && b1 <= a3;
}

/** The map rectangle as a planar polygon, taken from the projection's clip extent. */
function mapRectangle(projection: GeoProjection): Polygon {
  const extent = projection.clipExtent();
  if (!extent) throw new Error('projection has no clip extent');
  const [[x0, y0], [x1, y1]] = extent;
  return [
    [
      [x0, y0],
      [x1, y0],
      [x1, y1],
      [x0, y1],
      [x0, y0],
    ],
  ];
}

/**
 * Builds a sea region: its densified lon/lat polygon, clipped to the map rectangle (country outlines
 * already are, by geoProject), minus every land geometry that overlaps it.
 */
function buildSea(spec: SeaSpec, land: MultiPolygon[], projection: GeoProjection): MultiPolygon {
  const sea = polygonClipping.intersection(
    projectCutPolygon(projection, spec.polygon),
    mapRectangle(projection),
  );
  const nearbyLand = land.filter((country) => bboxesOverlap(sea, country));
  return snapMultiPolygon(polygonClipping.difference(sea, ...nearbyLand));
}

/** Builds every game region (country cuts, whole countries, seas) and lists the countries they use. */
function buildRegions(
  spec: MapSpec,
  projected: Map<string, MultiPolygon>,
  projection: GeoProjection,
): { regions: BuiltRegion[]; usedCountries: Set<string> } {
  const regions: BuiltRegion[] = [];
  const usedCountries = new Set<string>();
  for (const [name, specs] of Object.entries(spec.countries)) {
    regions.push(...partitionCountry(name, requireCountry(projected, name), specs, projection));
    usedCountries.add(name);
  }
  for (const whole of spec.wholeCountries) {
    regions.push({
      info: whole,
      geometry: whole.countries.flatMap((name) => requireCountry(projected, name)),
    });
    whole.countries.forEach((name) => usedCountries.add(name));
  }
  const land = [...projected.values()];
  for (const sea of spec.seas) regions.push({ info: sea, geometry: buildSea(sea, land, projection) });
  for (const region of regions) {
    if (region.geometry.length === 0) throw new Error(`region ${region.info.id} came out empty`);
    if (!Object.hasOwn(spec.groups, region.info.group)) {
      throw new Error(`region ${region.info.id} has unknown group ${region.info.group}`);
    }
  }
  return { regions, usedCountries };
}

/** Wraps named planar geometries as a GeoJSON feature collection for topojson-server. */
function toFeatureCollection(items: NamedGeometry[]): GeoJSON.FeatureCollection<GeoJSON.MultiPolygon> {
  return {
    type: 'FeatureCollection',
    features: items.map(({ id, geometry }) => ({
      type: 'Feature',
      id,
      properties: {},
      geometry: { type: 'MultiPolygon', coordinates: geometry },
    })),
  };
}

/** Marks arc vertices near any of the given points as unremovable (infinite Visvalingam weight). */
function protectVerticesNear(topo: MapTopology, points: Pair[], radius: number): number {
  let protectedCount = 0;
  for (const arc of topo.arcs) {
    for (const position of arc) {
      const near = points.some(([x, y]) => Math.hypot(position[0]! - x, position[1]! - y) <= radius);
      if (near && position[2] !== Infinity) {
        position[2] = Infinity;
        protectedCount++;
      }
    }
  }
  return protectedCount;
}

/**
 * Puts regions and background into one topology and simplifies it with planar Visvalingam weights.
 * Shared borders are shared arcs, so neighbours are simplified identically and never open slivers.
 * Vertices near points of interest are kept so that cities next to a border stay on the right side.
 */
function buildSimplifiedTopology(
  regions: NamedGeometry[],
  background: NamedGeometry[],
  keepNear: Pair[],
): MapTopology {
  const topo = presimplify(
    topology({
      regions: toFeatureCollection(regions),
      background: toFeatureCollection(background),
    }) as MapTopology,
    planarTriangleArea,
  );
  const protectedCount = protectVerticesNear(topo, keepNear, POI_KEEP_RADIUS);
  console.log(`kept ${protectedCount} vertices within ${POI_KEEP_RADIUS} units of points of interest`);
  return simplify(topo, SIMPLIFY_MIN_AREA);
}

/** Rounds a ring to integers as a flat array, dropping repeated points and the closing point. */
function toFlatIntegerRing(ring: GeoJSON.Position[]): FlatRing {
  const flat: FlatRing = [];
  for (const position of ring) {
    const x = Math.round(position[0]!);
    const y = Math.round(position[1]!);
    if (flat.length === 0 || flat[flat.length - 2] !== x || flat[flat.length - 1] !== y) flat.push(x, y);
  }
  const closed = flat.length >= 4 && flat[0] === flat[flat.length - 2] && flat[1] === flat[flat.length - 1];
  if (closed) flat.length -= 2;
  return flat;
}

/** Absolute shoelace area of a flat ring. */
function flatRingArea(ring: FlatRing): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 2; i < ring.length; j = i, i += 2) {
    sum += ring[j]! * ring[i + 1]! - ring[i]! * ring[j + 1]!;
  }
  return Math.abs(sum / 2);
}

/** Whether an integer ring is worth keeping: at least three points, some area, and not tiny unless allowed. */
function keepRing(ring: FlatRing, keepSmallRings: boolean): boolean {
  const area = flatRingArea(ring);
  return ring.length >= 6 && area > 0 && (keepSmallRings || area >= MIN_RING_AREA);
}

/**
 * Turns one decoded (simplified) polygon into an integer polygon part, or null if its outer ring is
 * dropped (then its holes go with it). Holes are dropped by the same rule.
 */
function toIntegerPart(polygon: GeoJSON.Position[][], keepSmallRings: boolean): PolygonPart | null {
  const [outer, ...holes] = polygon.map(toFlatIntegerRing);
  if (!outer || !keepRing(outer, keepSmallRings)) return null;
  return [outer, ...holes.filter((hole) => keepRing(hole, keepSmallRings))];
}

/** A topology object decoded to integer parts, with its arcs restricted to the polygons that survived. */
interface DecodedObject {
  polys: PolygonPart[];
  survivors: TopoJSON.MultiPolygon;
}

/**
 * Decodes a topology object polygon by polygon into integer parts. Small rings are filtered here,
 * after decoding, and not with topojson-simplify's `filter()`, which re-indexes arcs and garbles
 * geometries taken from the unfiltered topology. The returned `survivors` object keeps only the arcs of
 * the polygons that made it, so that neighbours are not found through invisible slivers.
 */
function decodeObject(
  topo: MapTopology,
  object: TopoJSON.GeometryObject,
  keepSmallRings: boolean,
): DecodedObject {
  const polygonArcs =
    object.type === 'MultiPolygon' ? object.arcs : object.type === 'Polygon' ? [object.arcs] : [];
  const polys: PolygonPart[] = [];
  const keptArcs: number[][][] = [];
  for (const arcs of polygonArcs) {
    const polygon = feature(topo, { type: 'Polygon', arcs }).geometry;
    const part = toIntegerPart(polygon.coordinates, keepSmallRings);
    if (part) {
      polys.push(part);
      keptArcs.push(arcs);
    }
  }
  return {
    polys,
    survivors: {
      type: 'MultiPolygon',
      arcs: keptArcs,
      ...(object.id === undefined ? {} : { id: object.id }),
    },
  };
}

/** The geometries of a named geometry collection in the topology. */
function geometriesOf(topo: MapTopology, name: string): TopoJSON.GeometryObject[] {
  const object = topo.objects[name];
  if (object?.type !== 'GeometryCollection') throw new Error(`topology has no collection ${name}`);
  return object.geometries;
}

/** Area of a polygon part: outer ring minus holes. */
function partArea(part: PolygonPart): number {
  const [outer, ...holes] = part;
  return flatRingArea(outer!) - holes.reduce((sum, hole) => sum + flatRingArea(hole), 0);
}

/** Bounding box of all rings of all parts. */
function partsBBox(parts: PolygonPart[]): BBox {
  const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const ring of parts.flat()) {
    for (let i = 0; i < ring.length; i += 2) {
      box[0] = Math.min(box[0], ring[i]!);
      box[1] = Math.min(box[1], ring[i + 1]!);
      box[2] = Math.max(box[2], ring[i]!);
      box[3] = Math.max(box[3], ring[i + 1]!);
    }
  }
  return box;
}

/** Distance from a point to the part's boundary, positive inside the part and negative outside. */
function signedDistance(part: PolygonPart, x: number, y: number): number {
  const distance = distanceToParts([part], x, y);
  return partContains(part, x, y) ? distance : -distance;
}

/**
 * Approximate pole of inaccessibility of a part (the interior point farthest from its boundary): a
 * grid search over the bounding box, repeatedly zoomed in around the best sample. Good enough for
 * label placement, and unlike a centroid it stays inside concave shapes.
 */
function poleOfInaccessibility(part: PolygonPart): { x: number; y: number; distance: number } {
  const GRID = 16;
  const ROUNDS = 10;
  const [x0, y0, x1, y1] = partsBBox([part]);
  let halfWidth = (x1 - x0) / 2;
  let halfHeight = (y1 - y0) / 2;
  let best = { x: x0 + halfWidth, y: y0 + halfHeight, distance: -Infinity };
  for (let round = 0; round < ROUNDS; round++) {
    const centreX = best.x;
    const centreY = best.y;
    for (let i = 0; i <= GRID; i++) {
      for (let j = 0; j <= GRID; j++) {
        const x = centreX - halfWidth + (2 * halfWidth * i) / GRID;
        const y = centreY - halfHeight + (2 * halfHeight * j) / GRID;
        const distance = signedDistance(part, x, y);
        if (distance > best.distance) best = { x, y, distance };
      }
    }
    halfWidth /= 4;
    halfHeight /= 4;
  }
  return best;
}

/** The label point of a region: the pole of inaccessibility of its largest part, rounded to integers. */
function labelPoint(parts: PolygonPart[]): [number, number] {
  const largest = parts.reduce((a, b) => (partArea(b) > partArea(a) ? b : a));
  const pole = poleOfInaccessibility(largest);
  return [Math.round(pole.x), Math.round(pole.y)];
}

/**
 * Neighbour lists: regions sharing a border arc in the topology (counting only polygons that survive
 * into the asset), plus the declared links across water. Returned sorted and symmetric, keyed by id.
 */
function computeNeighbours(
  ids: string[],
  objects: TopoJSON.GeometryObject[],
  links: LinksFile,
): Map<string, string[]> {
  const sets = new Map(ids.map((id) => [id, new Set<string>()]));
  neighbors(objects).forEach((adjacent, i) => {
    for (const j of adjacent) sets.get(ids[i]!)!.add(ids[j]!);
  });
  for (const { a, b, why } of links.links) {
    const setA = sets.get(a);
    const setB = sets.get(b);
    if (!setA || !setB) throw new Error(`map-links.json: unknown region in link ${a}–${b} (${why})`);
    setA.add(b);
    setB.add(a);
  }
  return new Map(ids.map((id) => [id, [...sets.get(id)!].sort()]));
}

/** Fails unless every region is reachable from the starting regions through neighbour links. */
function checkReachable(neighbours: Map<string, string[]>, roots: readonly string[]): void {
  const seen = new Set(roots);
  const queue = [...roots];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    for (const next of neighbours.get(id) ?? []) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  const unreachable = [...neighbours.keys()].filter((id) => !seen.has(id));
  if (unreachable.length > 0) {
    throw new Error(`not reachable from ${roots.join(' or ')}: ${unreachable.join(', ')} (add links)`);
  }
}

/** Projects the points of interest; each keeps its expected region from the spec, if any. */
function projectPois(spec: MapSpec, projection: GeoProjection): Record<string, MapPoi> {
  const pois: Record<string, MapPoi> = {};
  for (const [id, lonLat] of Object.entries(spec.pointsOfInterest)) {
    const [x, y] = projectPoint(projection, lonLat);
    const region = spec.expectedRegionOfPoint[id];
    pois[id] = { x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10, ...(region ? { region } : {}) };
  }
  return pois;
}

/** Assembles one output region from its integer parts and neighbour list. */
function toMapRegion(info: RegionInfo, polys: PolygonPart[], neighbours: string[]): MapRegion {
  if (polys.length === 0) throw new Error(`region ${info.id} has no polygon left after simplification`);
  const label = labelPoint(polys);
  const area = polys.reduce((sum, part) => sum + partArea(part), 0);
  return {
    id: info.id,
    name: info.name,
    group: info.group,
    ...(info.note ? { note: info.note } : {}),
    label,
    bbox: partsBBox(polys),
    polys,
    neighbours,
    ...(area < MARKER_MAX_AREA ? { marker: { x: label[0], y: label[1], r: MARKER_RADIUS } } : {}),
  };
}

/** Prints each region's neighbours, and how every point of interest resolves with the hit test. */
function printReport(asset: MapAsset, spec: MapSpec, projection: GeoProjection): void {
  console.log('\nneighbours:');
  for (const region of asset.regions) console.log(`  ${region.id}: ${region.neighbours.join(', ')}`);
  console.log('\npoints of interest:');
  for (const [id, lonLat] of Object.entries(spec.pointsOfInterest)) {
    const [x, y] = projectPoint(projection, lonLat);
    const found = regionAt(asset, x, y);
    const expected = spec.expectedRegionOfPoint[id];
    const verdict =
      expected === undefined ? '' : found === expected ? 'ok' : `MISMATCH, expected ${expected}`;
    console.log(
      `  ${id.padEnd(16)} ${x.toFixed(1).padStart(7)} ${y.toFixed(1).padStart(7)}  ${found} ${verdict}`,
    );
  }
}

/** Counts the vertices in a list of polygon parts. */
function countPoints(parts: PolygonPart[]): number {
  return parts.flat().reduce((sum, ring) => sum + ring.length / 2, 0);
}

/** Runs the whole build and writes `assets/map.json`. */
function main(): void {
  const spec = readJson<MapSpec>(SPEC_PATH);
  const links = readJson<LinksFile>(LINKS_PATH);
  const atlasVersion = readJson<{ version: string }>(path.join(WORLD_ATLAS_DIR, 'package.json')).version;
  const { projection, height } = makeProjection(spec.projection);
  const projected = projectCountries(loadCountries(), projection);
  const { regions, usedCountries } = buildRegions(spec, projected, projection);
  const background = [...projected].filter(([name]) => !usedCountries.has(name));
  const keepNear = Object.values(spec.pointsOfInterest).map((point) => projectPoint(projection, point));
  const topo = buildSimplifiedTopology(
    regions.map(({ info, geometry }) => ({ id: info.id, geometry })),
    background.map(([id, geometry]) => ({ id, geometry })),
    keepNear,
  );
  const decodedRegions = geometriesOf(topo, 'regions').map((object, i) =>
    decodeObject(topo, object, KEEP_SMALL_RINGS.has(regions[i]!.info.id)),
  );
  const ids = regions.map(({ info }) => info.id);
  const neighbours = computeNeighbours(
    ids,
    decodedRegions.map((decoded) => decoded.survivors),
    links,
  );
  checkReachable(neighbours, spec.startingRegions);

  const asset: MapAsset = {
    version: 1,
    source: `Natural Earth 1:50m (public domain) via world-atlas ${atlasVersion}; regions per ${path.relative(projectRoot, SPEC_PATH)}`,
    title: spec.title,
    tagline: spec.tagline,
    description: spec.description,
    startingRegions: spec.startingRegions,
    groups: spec.groups,
    width: MAP_WIDTH,
    height,
    projection: {
      type: 'conicEqualArea',
      parallels: spec.projection.parallels,
      rotate: spec.projection.rotate,
      scale: projection.scale(),
      translate: projection.translate(),
    },
    regions: regions.map(({ info }, i) =>
      toMapRegion(info, decodedRegions[i]!.polys, neighbours.get(info.id)!),
    ),
    background: geometriesOf(topo, 'background').flatMap((object) => decodeObject(topo, object, false).polys),
    poi: projectPois(spec, projection),
  };

  const checked = parseMapAsset(asset, path.relative(projectRoot, OUT_PATH));
  if (!checked.ok)
    throw new Error(`the built map is not valid:\n${checked.problems.map(formatProblem).join('\n')}`);
  const json = JSON.stringify(asset);
  fs.mkdirSync(path.dirname(OUT_PATH), { recursive: true });
  fs.writeFileSync(OUT_PATH, json);
  printReport(asset, spec, projection);
  const regionPoints = asset.regions.reduce((sum, region) => sum + countPoints(region.polys), 0);
  console.log(
    `\nwrote ${path.relative(projectRoot, OUT_PATH)}: ${MAP_WIDTH} × ${height}, ${asset.regions.length} regions ` +
      `(${regionPoints} points), background ${asset.background.length} parts (${countPoints(asset.background)} points), ` +
      `${(json.length / 1024).toFixed(1)} KB raw, ${(zlib.gzipSync(json, { level: 9 }).length / 1024).toFixed(1)} KB gzipped`,
  );
}

main();
