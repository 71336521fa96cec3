/**
 * Builds the history layers asset `assets/history.json` from the project's data files in
 * `tools/history/` (places, events, features), the base map `assets/map.json` (its projection and
 * regions) and Natural Earth 1:50m (world-atlas) for the Russia–China border line.
 *
 * - Places are projected with the map's own projection (`projectToMap`).
 * - River stretches that follow the border are cut out of the Russia–China border line between two
 *   places (the border vertex nearest each); the other stretches run straight through named towns.
 * - The lands ceded in 1858 (Aigun) and 1860 (Peking) are cut from the map's `outer-manchuria` region:
 *   1860 is the part east of the Ussuri and south-east of the lower Amur (Khabarovsk, Komsomolsk,
 *   Nikolayevsk), 1858 the rest. Their areas come from the planar geometry: the projection is equal-area,
 *   so km² = units² / scale² × R².
 * - South Sakhalin, the Kurils and Hong Kong are cut from their map regions by polygon parts (Macau is too
 *   small to survive the map's simplification, so it is drawn as a marker at its place).
 *
 * The base map is read, never written. Usage: `npm run history:build`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import polygonClipping, { type MultiPolygon, type Pair, type Polygon } from 'polygon-clipping';
import { mesh } from 'topojson-client';
import type * as GeoJSON from 'geojson';
import type * as TopoJSON from 'topojson-specification';
import { distanceToSegment } from '../src/core/map/hitTest';
import {
  type AreaShape,
  type Cession,
  type CessionMeasure,
  type HistoryArea,
  type HistoryArticle,
  type HistoryAsset,
  type HistoryEvent,
  type HistoryHolder,
  type HistoryPipeline,
  type HistoryPlace,
  type HistoryPoint,
  type HistoryRiver,
  type HistorySource,
  type FeatureStatus,
  parseHistoryAsset,
} from '../src/core/map/history';
import type { BBox, MapAsset, MapPoint, PolygonPart } from '../src/core/map/mapTypes';
import { parseMapAsset } from '../src/core/map/parseMapAsset';
import { mapToLonLat, projectToMap } from '../src/core/map/projection';
import { formatProblem } from '../src/core/problems';
import { type LonLat, densify } from './geo/densify';

/** `tools/history/places.json`. */
interface PlacesFile {
  places: { id: string; name: string; lonLat: LonLat; basis: string }[];
}

/** How `events.json` names an area's shape before the build turns cuts into polygons. */
type ShapeSpec = { region: string } | { ceded: string } | { cut: string } | { place: string };

/** `tools/history/events.json`. */
interface EventsFile {
  holders: HistoryHolder[];
  areas: { id: string; name: string; shape: ShapeSpec; initial: HistoryArea['initial'] }[];
  events: HistoryEvent[];
  /** Ids of built-in questions about each ceded land, by the id of its cut. */
  cessionQuestions?: Record<string, string[]>;
}

/** A river stretch as the data file states it. */
type StretchSpec =
  { kind: 'border'; from: string; to: string } | { kind: 'course'; places: string[]; approximate: boolean };

/** `tools/history/features.json`. */
interface FeaturesFile {
  rivers: (Omit<HistoryRiver, 'stretches'> & { stretches: StretchSpec[] })[];
  pipelines: {
    id: string;
    name: string;
    status: FeatureStatus;
    since: number;
    summary: string;
    lines: { name: string; places: string[]; approximate: boolean }[];
    sources: HistorySource[];
    questions?: string[];
  }[];
  points: HistoryPoint[];
}

/** A source entry of a question pack (only article sources are used here). */
interface PackSource extends HistoryArticle {
  kind?: string;
}

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DATA_DIR = path.resolve(projectRoot, 'tools/history');
const MAP_PATH = path.resolve(projectRoot, 'assets/map.json');
const ARTICLES_PACK = path.resolve(projectRoot, 'questions/pipelines-gas.json');
const WORLD_ATLAS_DIR = path.resolve(projectRoot, 'node_modules/world-atlas');
const OUT_PATH = path.resolve(projectRoot, 'assets/history.json');

/** Mean Earth radius in km (IUGG), for turning steradians into km². */
const EARTH_RADIUS_KM = 6371.0088;
/** ISO 3166-1 numeric ids of Russia and China in world-atlas. */
const RUSSIA = '643';
const CHINA = '156';
/** Douglas–Peucker tolerance for border stretches, in map units (1 unit ≈ 5 km). */
const LINE_TOLERANCE = 0.25;
/** Radius of the marker of an area the map has no outline for, in map units. */
const AREA_MARKER_RADIUS = 8;
/** The article's figure for the 1858 and 1860 cessions together (pos2-coercion), km². */
const ARTICLE_FIGURE_KM2 = 600_000;
/** The figure other references give for both together, km². */
const OTHER_REFERENCES_KM2 = 1_000_000;
/** The range of measured totals the explanation's wording ("close to 1 million, well above 600,000") holds for. */
const EXPLAINED_TOTAL_KM2: [number, number] = [850_000, 1_250_000];

/**
 * The 1860 (Peking) side of the line between the two cessions, in lon/lat: from the Ussuri mouth down
 * the lower Amur through Khabarovsk, Komsomolsk and Nikolayevsk to the Amur Liman, then round the sea
 * and back through Chinese land west of the Ussuri (outside Russia, so it cuts nothing there).
 * Place ids are looked up in places.json; pairs are fixed corners.
 */
const PEKING_SIDE: (string | LonLat)[] = [
  'ussuri-mouth',
  'khabarovsk',
  'komsomolsk-on-amur',
  'nikolayevsk-on-amur',
  [141.4, 53.05],
  [146, 53.05],
  [146, 40],
  [128, 40],
  [128, 44],
  [133.5, 47],
  [134.55, 48.15],
];

/** Sakhalin south of the 50th parallel (the 1905 line), in lon/lat. */
const SOUTH_OF_50: LonLat[] = [
  [140, 45],
  [146, 45],
  [146, 50],
  [140, 50],
];

/** Reads and parses a JSON file. */
function readJson<T>(file: string): T {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
}

/** Rounds to 0.1 map units. */
function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

/** Projects a lon/lat ring into a planar cut polygon. */
function cutPolygon(map: MapAsset, ring: LonLat[]): Polygon {
  return [densify(ring).map(([lon, lat]) => projectToMap(map.projection, lon, lat))];
}

/** Turns flat polygon parts of the map into polygon-clipping's nested form (closing each ring). */
function toClipping(parts: PolygonPart[]): MultiPolygon {
  return parts.map((part) =>
    part.map((flat) => {
      const ring: Pair[] = [];
      for (let i = 0; i < flat.length; i += 2) ring.push([flat[i]!, flat[i + 1]!]);
      ring.push(ring[0]!);
      return ring;
    }),
  );
}

/** Turns polygon-clipping output back into flat parts rounded to 0.1, dropping the closing point. */
function toParts(polygons: MultiPolygon): PolygonPart[] {
  return polygons.map((polygon) =>
    polygon.map((ring) => {
      const flat: number[] = [];
      for (const [x, y] of ring.slice(0, -1)) {
        const rx = round1(x);
        const ry = round1(y);
        if (flat.length === 0 || flat[flat.length - 2] !== rx || flat[flat.length - 1] !== ry)
          flat.push(rx, ry);
      }
      return flat;
    }),
  );
}

/** Signed shoelace area of a flat ring. */
function ringArea(ring: number[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 2; i < ring.length; j = i, i += 2) {
    sum += ring[j]! * ring[i + 1]! - ring[i]! * ring[j + 1]!;
  }
  return sum / 2;
}

/** Planar area of flat parts (outer rings minus holes), in units². */
function partsArea(parts: PolygonPart[]): number {
  return parts.reduce(
    (sum, [outer, ...holes]) =>
      sum + Math.abs(ringArea(outer!)) - holes.reduce((h, hole) => h + Math.abs(ringArea(hole)), 0),
    0,
  );
}

/** Area in km² of planar parts: the projection is equal-area, so one unit² is R²/scale² km². */
function areaKm2(map: MapAsset, parts: PolygonPart[]): number {
  return (partsArea(parts) / map.projection.scale ** 2) * EARTH_RADIUS_KM ** 2;
}

/** Centroid of a flat ring. */
function ringCentroid(ring: number[]): MapPoint {
  let cx = 0;
  let cy = 0;
  let twice = 0;
  for (let i = 0, j = ring.length - 2; i < ring.length; j = i, i += 2) {
    const cross = ring[j]! * ring[i + 1]! - ring[i]! * ring[j + 1]!;
    cx += (ring[j]! + ring[i]!) * cross;
    cy += (ring[j + 1]! + ring[i + 1]!) * cross;
    twice += cross;
  }
  return [cx / (3 * twice), cy / (3 * twice)];
}

/** Bounding box of flat parts. */
function partsBBox(parts: PolygonPart[]): BBox {
  const xs = parts.flatMap((part) => part[0]!.filter((_, i) => i % 2 === 0));
  const ys = parts.flatMap((part) => part[0]!.filter((_, i) => i % 2 === 1));
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

/** The polygon shape of an area: parts, bbox and a label at the centroid of the largest part. */
function polygonShape(parts: PolygonPart[]): AreaShape {
  if (parts.length === 0) throw new Error('an area polygon came out empty');
  const largest = parts.reduce((a, b) => (Math.abs(ringArea(b[0]!)) > Math.abs(ringArea(a[0]!)) ? b : a));
  const [lx, ly] = ringCentroid(largest[0]!);
  return { polys: parts, bbox: partsBBox(parts), label: [round1(lx), round1(ly)] };
}

/** Looks up a region of the base map. */
function regionPolys(map: MapAsset, id: string): PolygonPart[] {
  const region = map.regions.find((candidate) => candidate.id === id);
  if (!region) throw new Error(`assets/map.json has no region ${id}`);
  return region.polys;
}

/** Splits a region's parts by a test on each part's centroid in lon/lat. */
function partsWhere(map: MapAsset, id: string, test: (lonLat: LonLat) => boolean): PolygonPart[] {
  return regionPolys(map, id).filter((part) => {
    const [x, y] = ringCentroid(part[0]!);
    return test(mapToLonLat(map.projection, x, y));
  });
}

/** Douglas–Peucker simplification of a polyline of pairs. */
function simplifyLine(points: Pair[], tolerance: number): Pair[] {
  if (points.length <= 2) return points;
  const [x0, y0] = points[0]!;
  const [x1, y1] = points[points.length - 1]!;
  let worst = 0;
  let index = 0;
  for (let i = 1; i < points.length - 1; i++) {
    const d = distanceToSegment(points[i]![0], points[i]![1], x0, y0, x1, y1);
    if (d > worst) {
      worst = d;
      index = i;
    }
  }
  if (worst <= tolerance) return [points[0]!, points[points.length - 1]!];
  return [
    ...simplifyLine(points.slice(0, index + 1), tolerance).slice(0, -1),
    ...simplifyLine(points.slice(index), tolerance),
  ];
}

/** Flattens pairs into `[x0, y0, x1, y1, …]` rounded to 0.1 units. */
function flatten(points: Pair[]): number[] {
  return points.flatMap(([x, y]) => [round1(x), round1(y)]);
}

/** The longest stretch of the Russia–China border (the eastern one, Mongolia to Korea), projected. */
function russiaChinaBorder(map: MapAsset): Pair[] {
  const world = readJson<TopoJSON.Topology>(path.join(WORLD_ATLAS_DIR, 'countries-50m.json'));
  const countries = world.objects['countries'];
  if (!countries) throw new Error('world-atlas has no countries object');
  const line = mesh(
    world,
    countries as TopoJSON.GeometryCollection,
    (a, b) => (a.id === RUSSIA && b.id === CHINA) || (a.id === CHINA && b.id === RUSSIA),
  ) as GeoJSON.MultiLineString;
  const longest = [...line.coordinates].sort((a, b) => b.length - a.length)[0];
  if (!longest) throw new Error('no Russia–China border in world-atlas');
  return longest.map(([lon, lat]) => projectToMap(map.projection, lon!, lat!));
}

/** The index of the border vertex nearest a point. */
function nearestVertex(line: Pair[], [x, y]: Pair): number {
  let best = 0;
  line.forEach(([px, py], i) => {
    if (Math.hypot(px - x, py - y) < Math.hypot(line[best]![0] - x, line[best]![1] - y)) best = i;
  });
  return best;
}

/** Projects the places of places.json. */
function projectPlaces(map: MapAsset, file: PlacesFile): HistoryPlace[] {
  return file.places.map((place) => {
    const [x, y] = projectToMap(map.projection, place.lonLat[0], place.lonLat[1]);
    return { ...place, x: round1(x), y: round1(y) };
  });
}

/** Builds the asset from the data files and the base map. */
function build(): { asset: HistoryAsset; map: MapAsset } {
  const mapChecked = parseMapAsset(readJson(MAP_PATH), 'assets/map.json');
  if (!mapChecked.ok) throw new Error(mapChecked.problems.map(formatProblem).join('\n'));
  const map = mapChecked.value;
  const placesFile = readJson<PlacesFile>(path.join(DATA_DIR, 'places.json'));
  const eventsFile = readJson<EventsFile>(path.join(DATA_DIR, 'events.json'));
  const features = readJson<FeaturesFile>(path.join(DATA_DIR, 'features.json'));
  const places = projectPlaces(map, placesFile);
  const placeById = new Map(places.map((place) => [place.id, place]));
  const at = (id: string): HistoryPlace => {
    const place = placeById.get(id);
    if (!place) throw new Error(`tools/history: unknown place ${id}`);
    return place;
  };
  const through = (ids: string[]): number[] => ids.flatMap((id) => [at(id).x, at(id).y]);

  const border = russiaChinaBorder(map);
  const rivers: HistoryRiver[] = features.rivers.map((river) => ({
    ...river,
    stretches: river.stretches.map((stretch) => {
      if (stretch.kind === 'course')
        return { kind: 'course', approximate: stretch.approximate, points: through(stretch.places) };
      const from = nearestVertex(border, [at(stretch.from).x, at(stretch.from).y]);
      const to = nearestVertex(border, [at(stretch.to).x, at(stretch.to).y]);
      const slice = border.slice(Math.min(from, to), Math.max(from, to) + 1);
      return {
        kind: 'border',
        approximate: false,
        points: flatten(simplifyLine(from <= to ? slice : slice.reverse(), LINE_TOLERANCE)),
      };
    }),
  }));

  const outerManchuria = toClipping(regionPolys(map, 'outer-manchuria'));
  const pekingCut = cutPolygon(
    map,
    PEKING_SIDE.map((corner) => (typeof corner === 'string' ? at(corner).lonLat : corner)),
  );
  const peking = toParts(polygonClipping.intersection(outerManchuria, pekingCut));
  const aigun = toParts(polygonClipping.difference(outerManchuria, pekingCut));
  const sakhalin = partsWhere(map, 'sakhalin-kurils', ([lon]) => lon < 145);
  const cuts: Record<string, PolygonPart[]> = {
    'aigun-1858': aigun,
    'peking-1860': peking,
    'south-sakhalin': toParts(
      polygonClipping.intersection(toClipping(sakhalin), cutPolygon(map, SOUTH_OF_50)),
    ),
    'kuril-islands': partsWhere(map, 'sakhalin-kurils', ([lon]) => lon >= 145),
    'hong-kong': partsWhere(map, 'hong-kong-macau', ([lon]) => lon > 113.8),
  };

  const areas: HistoryArea[] = eventsFile.areas.map((area) => {
    const spec = area.shape;
    let shape: AreaShape;
    if ('region' in spec) shape = { region: spec.region };
    else if ('place' in spec)
      shape = {
        place: spec.place,
        marker: { x: at(spec.place).x, y: at(spec.place).y, r: AREA_MARKER_RADIUS },
      };
    else {
      const key = 'ceded' in spec ? spec.ceded : spec.cut;
      const parts = cuts[key];
      if (!parts) throw new Error(`tools/history/events.json: area ${area.id} names unknown cut ${key}`);
      shape = polygonShape(parts);
    }
    return { ...area, shape };
  });

  const cessionQuestions = eventsFile.cessionQuestions ?? {};
  const cessionOf = (id: string, name: string, event: string, area: string): Cession => ({
    id,
    name,
    event,
    area,
    areaKm2: Math.round(areaKm2(map, cuts[id]!) / 1000) * 1000,
    ...(cessionQuestions[id] ? { questions: cessionQuestions[id] } : {}),
  });
  const cessionList = [
    cessionOf('aigun-1858', 'Ceded by the Treaty of Aigun (1858)', 'aigun-1858', 'left-bank-amur'),
    cessionOf('peking-1860', 'Ceded by the Convention of Peking (1860)', 'peking-1860', 'ussuri-to-sea'),
  ];
  const totalKm2 = cessionList.reduce((sum, cession) => sum + cession.areaKm2, 0);
  if (totalKm2 < EXPLAINED_TOTAL_KM2[0] || totalKm2 > EXPLAINED_TOTAL_KM2[1])
    throw new Error(
      `ceded lands measure ${totalKm2} km²: outside ${EXPLAINED_TOTAL_KM2.join('–')}, reword the explanation`,
    );
  const cessions: CessionMeasure = {
    cessions: cessionList,
    totalKm2,
    articleFigureKm2: ARTICLE_FIGURE_KM2,
    articleSource: 'pos2-coercion',
    otherReferencesKm2: OTHER_REFERENCES_KM2,
    explanation:
      `Measured on this map the two cessions come to about ${Math.round(totalKm2 / 1000).toLocaleString('en')},000 km², ` +
      `close to the roughly 1 million km² other references give and well above the article's 600,000 km²: ` +
      `the polygons are approximate (their northern edge is a drawn line for the Stanovoy range, and they include ` +
      `the Uda basin that the Treaty of Nerchinsk had left undelimited), and published figures differ in what they count.`,
  };

  const pipelines: HistoryPipeline[] = features.pipelines.map((pipeline) => ({
    ...pipeline,
    lines: pipeline.lines.map((line) => ({ ...line, points: through(line.places) })),
  }));

  const pack = readJson<{ sources: PackSource[] }>(ARTICLES_PACK);
  const articles: HistoryArticle[] = pack.sources
    .filter((item) => (item.kind ?? 'article') === 'article')
    .map(({ id, title, outlet, author, date }) => ({ id, title, outlet, author, date }));
  const atlasVersion = readJson<{ version: string }>(path.join(WORLD_ATLAS_DIR, 'package.json')).version;

  const asset: HistoryAsset = {
    version: 1,
    source:
      `Places, events and routes: tools/history/*.json (each place states its basis); border rivers from ` +
      `Natural Earth 1:50m (public domain) via world-atlas ${atlasVersion}; areas cut from assets/map.json`,
    articles,
    places,
    holders: eventsFile.holders,
    areas,
    events: eventsFile.events,
    cessions,
    rivers,
    pipelines,
    points: features.points,
  };
  return { asset, map };
}

/** The ids of the built-in questions (`questions/*.json`), which the features' `questions` must name. */
function builtInQuestionIds(): Set<string> {
  const dir = path.resolve(projectRoot, 'questions');
  const ids = new Set<string>();
  for (const name of fs
    .readdirSync(dir)
    .filter((file) => file.endsWith('.json') && !file.includes('schema'))) {
    const pack = readJson<{ questions?: { id: string }[] }>(path.join(dir, name));
    for (const question of pack.questions ?? []) ids.add(question.id);
  }
  return ids;
}

/** Where a feature of the asset names a question that is not in the built-in bank, in the data files' words. */
function unknownQuestions(asset: HistoryAsset, known: ReadonlySet<string>): string[] {
  const lists: [string, readonly string[] | undefined][] = [
    ...asset.events.map((e): [string, string[] | undefined] => [`events.json event ${e.id}`, e.questions]),
    ...asset.cessions.cessions.map((c): [string, string[] | undefined] => [
      `events.json cessionQuestions.${c.id}`,
      c.questions,
    ]),
    ...[...asset.rivers, ...asset.pipelines, ...asset.points].map((f): [string, string[] | undefined] => [
      `features.json ${f.id}`,
      f.questions,
    ]),
  ];
  return lists.flatMap(([where, ids]) =>
    (ids ?? [])
      .filter((id) => !known.has(id))
      .map((id) => `tools/history/${where}: question "${id}" is not in questions/`),
  );
}

/** Runs the build, checks the result with the game's own parser and writes `assets/history.json`. */
function main(): void {
  const { asset, map } = build();
  const unknown = unknownQuestions(asset, builtInQuestionIds());
  if (unknown.length > 0) throw new Error(unknown.join('\n'));
  const checked = parseHistoryAsset(
    asset,
    'assets/history.json',
    new Set(map.regions.map((region) => region.id)),
  );
  if (!checked.ok)
    throw new Error(`the built history is not valid:\n${checked.problems.map(formatProblem).join('\n')}`);
  const json = JSON.stringify(asset);
  fs.writeFileSync(OUT_PATH, json);
  for (const cession of asset.cessions.cessions)
    console.log(`${cession.id}: ${cession.areaKm2.toLocaleString('en')} km²`);
  console.log(
    `outer-manchuria: ${Math.round(areaKm2(map, regionPolys(map, 'outer-manchuria'))).toLocaleString('en')} km²`,
  );
  console.log(`wrote ${path.relative(projectRoot, OUT_PATH)}: ${(json.length / 1024).toFixed(1)} KB`);
}

main();
