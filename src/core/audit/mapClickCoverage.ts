/**
 * Audit of map-click questions against the map: which other places a question's full-credit circle (and its
 * partial-credit ring) would reward.
 *
 * A place question is graded by the great-circle distance from the click to its target point: full credit
 * within the radius, then less out to {@link PARTIAL_CREDIT_RADII} radii. If that circle reaches land the
 * player could mean instead (a neighbouring island, another region's coast, another country, another named
 * city), a player who clicks the wrong place is told they were right. The audit measures, for every such
 * place the map knows, how close it comes to the target and what a click there would earn.
 *
 * What the map knows as places:
 * - each region's land (another region is another place; a region's own separate polygon parts, such as
 *   the islands of "Sakhalin & Kuril Islands", are separate places too), with the hit circle of a tiny
 *   region counting as that region's land;
 * - the background land of the countries outside the game (Japan's Hokkaido, Poland, Kazakhstan…), part by
 *   part, since the map does not name them;
 * - the named points of interest (`poi`), which sit in a known region.
 *
 * Water regions (the South China Sea) are not places a land question could be confused with: a click in
 * the water just off a coastal city is a near miss, not another answer. Region targets are not audited: the
 * hit test is the region's own outline, so they reward no other place by construction.
 */
import { partContains } from '../map/hitTest';
import { type LandShape, homeLand, landName, landShapes, sameLand } from '../map/landAt';
import type { FlatRing, MapAsset } from '../map/mapTypes';
import { distanceKm, mapToLonLat, projectToMap } from '../map/projection';
import type { MapClickQuestion, Pack, Question } from '../model/pack';
import type { QuestionBank } from '../packs/questionBank';
import { PARTIAL_CREDIT_RADII, fullCreditRadiusKm, placeCredit } from '../questions/mapclick';
import type { AuditSection } from './audit';

/** A named point this close to the target, in the target's own region, is the target itself. */
const SAME_POINT_KM = 10;

/** Golden-section steps when searching a coast segment for its point nearest the target. */
const SEARCH_STEPS = 40;

/** What kind of place a covered place is. */
export type CoveredPlaceKind = 'region' | 'part' | 'background' | 'point';

/** A place other than the target that a click could land on and still earn credit. */
export interface CoveredPlace {
  /**
   * `region`: another region's land; `part`: another polygon part (an island, say) of the target's own
   * region; `background`: land of a country outside the game; `point`: a named point of interest.
   */
  kind: CoveredPlaceKind;
  /** The place in words, e.g. "Heilongjiang", "another part of Germany near 13.4°E 54.4°N". */
  name: string;
  /** The region it belongs to, when it belongs to one. */
  regionId?: string;
  /** Great-circle distance in km from the target point to the nearest point of the place. */
  km: number;
  /** That nearest point, as [longitude, latitude] in degrees. */
  nearest: [number, number];
  /**
   * Credit by distance at the place's nearest point, from 0 to 1: what the circle alone gives there. With the
   * map's land in the grading context a click on the place itself earns nothing, but a click in the water
   * just off its coast still earns this.
   */
  credit: number;
}

/** The audit of one place question. */
export interface MapClickCoverage {
  /** The question's id. */
  questionId: string;
  /** The full-credit radius in km. */
  radiusKm: number;
  /** The distance in km at which credit falls to nothing. */
  partialKm: number;
  /**
   * The region whose land holds the target point (or whose coast it lies just off); for a target at sea, the
   * water region holding it; null when no region does.
   */
  homeRegion: string | null;
  /** Other places inside the full-credit circle, nearest first. */
  inCircle: CoveredPlace[];
  /** Other places outside the circle but inside the partial-credit ring, nearest first. */
  inRing: CoveredPlace[];
}

/** A map point halfway (by `t`) along a segment, as longitude and latitude. */
function along(map: MapAsset, x0: number, y0: number, x1: number, y1: number, t: number): [number, number] {
  return mapToLonLat(map.projection, x0 + (x1 - x0) * t, y0 + (y1 - y0) * t);
}

/**
 * The point of a ring's outline nearest to `target` (lon/lat), and its distance in km. Segments are straight
 * in map units, as the player sees them; each segment that could come within `limitKm` is searched by golden
 * section for its nearest point.
 */
function nearestOnRing(
  map: MapAsset,
  ring: FlatRing,
  target: [number, number],
  limitKm: number,
): { km: number; at: [number, number] } {
  let best = { km: Infinity, at: target };
  const n = ring.length;
  for (let i = 0, j = n - 2; i < n; j = i, i += 2) {
    const [x0, y0, x1, y1] = [ring[j]!, ring[j + 1]!, ring[i]!, ring[i + 1]!];
    const start = mapToLonLat(map.projection, x0, y0);
    const end = mapToLonLat(map.projection, x1, y1);
    const d0 = distanceKm(target, start);
    const d1 = distanceKm(target, end);
    if (d0 < best.km) best = { km: d0, at: start };
    if (d1 < best.km) best = { km: d1, at: end };
    const lengthKm = distanceKm(start, end);
    if ((d0 + d1 - 1.1 * lengthKm) / 2 > Math.min(limitKm, best.km)) continue;
    let low = 0;
    let high = 1;
    const ratio = (Math.sqrt(5) - 1) / 2;
    for (let step = 0; step < SEARCH_STEPS; step++) {
      const a = high - ratio * (high - low);
      const b = low + ratio * (high - low);
      const da = distanceKm(target, along(map, x0, y0, x1, y1, a));
      const db = distanceKm(target, along(map, x0, y0, x1, y1, b));
      if (da < db) high = b;
      else low = a;
    }
    const at = along(map, x0, y0, x1, y1, (low + high) / 2);
    const km = distanceKm(target, at);
    if (km < best.km) best = { km, at };
  }
  return best;
}

/** Nearest point of a land shape to the target: the target itself when the shape holds it. */
function nearestOnShape(
  map: MapAsset,
  land: LandShape,
  target: [number, number],
  targetXY: [number, number],
  limitKm: number,
): { km: number; at: [number, number] } {
  if (partContains(land.shape, targetXY[0], targetXY[1])) return { km: 0, at: target };
  return land.shape
    .map((ring) => nearestOnRing(map, ring, target, limitKm))
    .reduce((a, b) => (b.km < a.km ? b : a));
}

/** Degrees with a hemisphere letter, to one decimal: "145.9°E 44.1°N". */
export function formatLonLat([lon, lat]: readonly [number, number]): string {
  const ew = lon < 0 ? 'W' : 'E';
  const ns = lat < 0 ? 'S' : 'N';
  return `${Math.abs(lon).toFixed(1)}°${ew} ${Math.abs(lat).toFixed(1)}°${ns}`;
}

/** The water region holding a point (a target at sea, such as a reef group), or null. */
function waterRegionAt(map: MapAsset, [x, y]: [number, number]): string | null {
  const water = map.regions.find(
    (region) => map.groups[region.group]?.water && region.polys.some((part) => partContains(part, x, y)),
  );
  return water?.id ?? null;
}

/** Orders covered places nearest first, then by name, so that reports are stable. */
const byDistance = (a: CoveredPlace, b: CoveredPlace) => a.km - b.km || a.name.localeCompare(b.name);

/**
 * The other places a place question rewards: every region, island, foreign coast and named point that a
 * click could land on within the question's full-credit circle (`inCircle`) or its partial-credit ring
 * (`inRing`), each with its distance from the target and the credit a click there would earn.
 *
 * The target's own land part (the polygon part holding the target point, or the coast it lies just off) is
 * the place asked for, and is not listed; a tiny region's hit circle belongs to that region. Returns
 * `undefined` for a question that targets a whole region.
 *
 * @param question - a map-click question
 * @param map - the map the question is played on
 */
export function mapClickCoverage(question: MapClickQuestion, map: MapAsset): MapClickCoverage | undefined {
  if (!('point' in question.target)) return undefined;
  const target = question.target.point;
  const radiusKm = fullCreditRadiusKm(question.target);
  const partialKm = PARTIAL_CREDIT_RADII * radiusKm;
  const targetXY = projectToMap(map.projection, target[0], target[1]);
  const home = homeLand(map, targetXY);
  const homeRegion = home ? home.regionId : waterRegionAt(map, targetXY);

  const places: CoveredPlace[] = [];
  const byRegion = new Map<string, CoveredPlace>();
  for (const land of landShapes(map)) {
    if (sameLand(land, home)) continue;
    const found = nearestOnShape(map, land, target, targetXY, partialKm);
    if (found.km >= partialKm) continue;
    const place = (kind: CoveredPlaceKind, name: string): CoveredPlace => ({
      kind,
      name,
      ...(land.regionId !== null ? { regionId: land.regionId } : {}),
      km: found.km,
      nearest: found.at,
      credit: placeCredit(found.km, radiusKm),
    });
    if (land.regionId === null) {
      places.push(place('background', `${landName(land, home)} near ${formatLonLat(found.at)}`));
    } else if (land.regionId === home?.regionId) {
      places.push(place('part', `${landName(land, home)} near ${formatLonLat(found.at)}`));
    } else {
      const known = byRegion.get(land.regionId);
      if (!known || found.km < known.km) byRegion.set(land.regionId, place('region', landName(land, home)));
    }
  }
  places.push(...byRegion.values());

  for (const [id, poi] of Object.entries(map.poi)) {
    const at = mapToLonLat(map.projection, poi.x, poi.y);
    const km = distanceKm(target, at);
    if (km >= partialKm) continue;
    if (km <= SAME_POINT_KM && (poi.region === undefined || poi.region === homeRegion)) continue;
    places.push({
      kind: 'point',
      name: id,
      ...(poi.region !== undefined ? { regionId: poi.region } : {}),
      km,
      nearest: at,
      credit: placeCredit(km, radiusKm),
    });
  }

  places.sort(byDistance);
  return {
    questionId: question.id,
    radiusKm,
    partialKm,
    homeRegion,
    inCircle: places.filter((found) => found.km <= radiusKm),
    inRing: places.filter((found) => found.km > radiusKm),
  };
}

/** The map-click questions of a bank that target a point, in pack order, each once. */
export function placeQuestions(bank: Pick<QuestionBank, 'packs' | 'get'>): MapClickQuestion[] {
  return bank.packs
    .flatMap((pack) => pack.questions)
    .filter(
      (question: Question): question is MapClickQuestion =>
        question.type === 'mapclick' &&
        'point' in question.target &&
        bank.get(question.id)?.question === question,
    );
}

/**
 * Keeps the nearest of each run of unnamed parts (the background's, or the parts of one region) and says how
 * many more there are, so that a ring over an archipelago takes one line, not fifty.
 */
function summariseParts(places: readonly CoveredPlace[]): CoveredPlace[] {
  const groups = new Map<string, { first: CoveredPlace; more: number }>();
  for (const place of places) {
    const key =
      place.kind === 'background' || place.kind === 'part' ? `${place.kind}:${place.regionId}` : place.name;
    const group = groups.get(key);
    if (group) group.more += 1;
    else groups.set(key, { first: place, more: 0 });
  }
  return [...groups.values()].map(({ first, more }) =>
    more === 0
      ? first
      : { ...first, name: `${first.name} (and ${more} more ${more === 1 ? 'part' : 'parts'} further off)` },
  );
}

/** One covered place as a report line. */
function placeLine(place: CoveredPlace): string {
  const credit = place.credit >= 1 ? 'full credit' : `${Math.round(place.credit * 100)} % credit`;
  return `      ${place.name}: ${Math.round(place.km)} km (${credit})`;
}

/**
 * Printable lines for the whole bank: for every place question, its radius and home region, then the other
 * places inside its full-credit circle and those its partial-credit ring rewards, or that it is clean. The
 * first line counts the questions whose full-credit circle covers another place, which is what must be
 * fixed; places in the partial ring are listed for the author's judgement. A question tied to a region
 * other than the one holding its target point is flagged too.
 *
 * @param bank - the question bank (its packs are read in order)
 * @param map - the map the bank is played on
 */
export function mapClickCoverageLines(bank: Pick<QuestionBank, 'packs' | 'get'>, map: MapAsset): string[] {
  const audits = placeQuestions(bank).map((question) => ({
    question,
    coverage: mapClickCoverage(question, map)!,
  }));
  const failing = audits.filter(({ coverage }) => coverage.inCircle.length > 0);
  const lines = [
    `Map-click circles: ${audits.length} place questions, ${failing.length} whose full-credit circle covers another place`,
  ];
  for (const { question, coverage } of audits) {
    const home = coverage.homeRegion ?? 'no region';
    const mismatch =
      question.region !== undefined && question.region !== coverage.homeRegion
        ? ` — but the question is tied to ${question.region}`
        : '';
    const verdict = coverage.inCircle.length > 0 ? 'COVERS ANOTHER PLACE' : 'ok';
    lines.push(
      `  ${question.id}: ${verdict}; full credit within ${coverage.radiusKm} km, some to ${coverage.partialKm} km; target in ${home}${mismatch}`,
    );
    if (coverage.inCircle.length > 0) {
      lines.push('    inside the full-credit circle:');
      lines.push(...coverage.inCircle.map(placeLine));
    }
    if (coverage.inRing.length > 0) {
      lines.push('    inside the partial-credit ring:');
      lines.push(...summariseParts(coverage.inRing).map(placeLine));
    }
  }
  return lines;
}

/**
 * Audit section (c): the map-click questions whose full-credit circle covers another place a student could
 * mean (another region, island, country or marked point), and what the partial-credit ring rewards.
 */
export const mapClickSection: AuditSection = {
  title: '(c) Map-click circles that cover another place',
  lines(input) {
    if (!input.map) return ['not audited: no map was given'];
    const packs = (input.packs ?? []).map(({ pack }) => pack);
    const byId = new Map<string, { question: Question; pack: Pack }>();
    for (const pack of packs)
      for (const question of pack.questions)
        if (!byId.has(question.id)) byId.set(question.id, { question, pack });
    return mapClickCoverageLines({ packs, get: (id) => byId.get(id) }, input.map);
  },
};
