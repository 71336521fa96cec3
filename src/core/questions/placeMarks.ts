import { type LandMap, landAt } from '../map/landAt';
import type { MapMark } from '../map/mapView';
import type { MapProjection, MapRegion } from '../map/mapTypes';
import type { MapClickQuestion } from '../model/pack';
import { nearestOnLine, pointAlong } from '../map/lineDistance';
import { distanceKm, projectToMap } from '../map/projection';
import { type Rng, createSeededRng, shuffled } from '../rng';
import { PARTIAL_CREDIT_RADII, fullCreditRadiusKm } from './mapclick';

/** A place target of a map-click question: a point (longitude, latitude) with an optional radius. */
export interface PlaceTarget {
  point: [number, number];
  radiusKm?: number;
}

/** A line target of a map-click question: `[longitude, latitude]` points with an optional radius. */
export interface LineTarget {
  line: readonly (readonly [number, number])[];
  radiusKm?: number;
}

/** One numbered mark offered on the map for a place question: the keyboard path's choice of places. */
export interface PlaceMark {
  /** The number shown on the map and on its button (1–9), also its key. */
  number: number;
  /** Where the mark is: longitude, latitude. */
  lonLat: [number, number];
}

/** How many marks a place question offers: the target and three distractors. */
export const MARK_COUNT = 4;

/** Distractors come from places no farther than this from the target, so that they are plausible. */
export const MAX_DISTRACTOR_KM = 2500;

/** How many of the nearest candidate places the distractors are drawn from. */
const NEAREST_POOL = 8;

const EARTH_RADIUS_KM = 6371;

/** The point `km` from `from` along the compass `bearing` (degrees), on a sphere. */
export function pointAt(from: [number, number], bearing: number, km: number): [number, number] {
  const rad = Math.PI / 180;
  const [lon, lat] = [from[0] * rad, from[1] * rad];
  const angle = km / EARTH_RADIUS_KM;
  const b = bearing * rad;
  const lat2 = Math.asin(Math.sin(lat) * Math.cos(angle) + Math.cos(lat) * Math.sin(angle) * Math.cos(b));
  const lon2 =
    lon +
    Math.atan2(
      Math.sin(b) * Math.sin(angle) * Math.cos(lat),
      Math.cos(angle) - Math.sin(lat) * Math.sin(lat2),
    );
  return [lon2 / rad, lat2 / rad];
}

/**
 * Chooses the marks of a place question: the target and up to `count - 1` distractors, numbered in a shuffled
 * order. Distractors are other places (`candidates`, e.g. the bank's other map-click places) that a click
 * would earn nothing for (farther than {@link PARTIAL_CREDIT_RADII} radii) yet lie within
 * {@link MAX_DISTRACTOR_KM}; they are drawn from the nearest few with `rng`, and kept a radius apart from one
 * another. When too few candidates qualify, points at a random bearing five to seven radii away fill in. The
 * same `rng` sequence always gives the same marks.
 */
export function placeMarks(
  target: PlaceTarget,
  candidates: readonly [number, number][],
  rng: Rng,
  count = MARK_COUNT,
): PlaceMark[] {
  const kmFrom = (lonLat: [number, number]) => distanceKm(lonLat, target.point);
  return spreadMarks(target.point, fullCreditRadiusKm(target), kmFrom, candidates, rng, count);
}

/**
 * Chooses the marks of a line question (a river, a pipeline route) as {@link placeMarks} does for a place:
 * the line's own mark halfway along it, and distractors that a click would earn nothing for, measured from
 * the nearest point of the whole line, so that no distractor lies on another stretch of it.
 */
export function lineMarks(
  target: LineTarget,
  candidates: readonly [number, number][],
  rng: Rng,
  count = MARK_COUNT,
): PlaceMark[] {
  const kmFrom = (lonLat: [number, number]) => nearestOnLine(target.line, lonLat).km;
  return spreadMarks(
    pointAlong(target.line, 0.5),
    fullCreditRadiusKm(target),
    kmFrom,
    candidates,
    rng,
    count,
  );
}

/**
 * The shared choice of marks: `anchor` (the right answer) and distractors at least
 * {@link PARTIAL_CREDIT_RADII} radii from the target as `kmFrom` measures it, from `candidates` near the
 * anchor first, then at random bearings from it; numbered in a shuffled order.
 */
function spreadMarks(
  anchor: [number, number],
  radius: number,
  kmFrom: (lonLat: [number, number]) => number,
  candidates: readonly [number, number][],
  rng: Rng,
  count: number,
): PlaceMark[] {
  const noCredit = PARTIAL_CREDIT_RADII * radius;
  const pool = candidates
    .map((lonLat) => ({ lonLat, km: distanceKm(lonLat, anchor) }))
    .filter(({ lonLat, km }) => km <= MAX_DISTRACTOR_KM && kmFrom(lonLat) > noCredit)
    .sort((a, b) => a.km - b.km)
    .slice(0, NEAREST_POOL);
  const chosen: [number, number][] = [anchor];
  const apart = (lonLat: [number, number]) => chosen.every((other) => distanceKm(other, lonLat) > radius);
  for (const { lonLat } of shuffled(pool, rng)) {
    if (chosen.length >= count) break;
    if (apart(lonLat)) chosen.push(lonLat);
  }
  for (let tries = 0; chosen.length < count && tries < 50; tries++) {
    const lonLat = pointAt(anchor, rng() * 360, noCredit + radius * (1 + rng() * 2));
    if (apart(lonLat) && kmFrom(lonLat) > noCredit) chosen.push(lonLat);
  }
  return shuffled(chosen, rng).map((lonLat, index) => ({ number: index + 1, lonLat }));
}

/** A stable seed from a text (FNV-1a), so that a question's marks are the same on every showing. */
export function seedOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** The marks of one question: {@link placeMarks} seeded by the question's id, the same after a reload. */
export function questionMarks(
  questionId: string,
  target: PlaceTarget,
  candidates: readonly [number, number][],
): PlaceMark[] {
  return placeMarks(target, candidates, createSeededRng(seedOf(questionId)));
}

/** What {@link mapMarks} needs of the map: its projection, and its land to say which region a mark is in. */
export interface MarkMap {
  projection: MapProjection;
  land?: LandMap;
}

/**
 * The marks of a place question in map units, each with the region it lies in, ready for the map and the
 * question card. `bankPlaces` are the other places the course asks about (their longitude, latitude).
 */
export function mapMarks(
  questionId: string,
  target: PlaceTarget,
  bankPlaces: readonly [number, number][],
  map: MarkMap,
): MapMark[] {
  return onMap(questionMarks(questionId, target, bankPlaces), map);
}

/** Projects marks into map units and says which region each lies in. */
function onMap(marks: readonly PlaceMark[], map: MarkMap): MapMark[] {
  return marks.map((mark) => {
    const point = projectToMap(map.projection, mark.lonLat[0], mark.lonLat[1]);
    const place = map.land ? landAt(map.land, point) : null;
    return { number: mark.number, point, region: place?.regionId ?? null };
  });
}

/**
 * The marks of a region question: at the label points of the target region and of `count - 1` regions
 * around it (its neighbours first, then theirs), chosen and numbered in an order seeded by the question's
 * id, so that the keyboard path is a choice among nearby regions, never a list to pick the round's region
 * from. Each mark carries its region, which is what it answers.
 */
export function regionMarks(
  questionId: string,
  targetRegion: string,
  regions: readonly Pick<MapRegion, 'id' | 'label' | 'neighbours'>[],
  count = MARK_COUNT,
): MapMark[] {
  const byId = new Map(regions.map((region) => [region.id, region]));
  const target = byId.get(targetRegion);
  if (!target) return [];
  const rng = createSeededRng(seedOf(questionId));
  const near = shuffled(target.neighbours, rng).filter((id) => byId.has(id));
  const farther = shuffled(
    [...new Set(near.flatMap((id) => byId.get(id)?.neighbours ?? []))].filter(
      (id) => id !== targetRegion && !near.includes(id) && byId.has(id),
    ),
    rng,
  );
  const chosen = [target, ...[...near, ...farther].slice(0, count - 1).map((id) => byId.get(id)!)];
  return shuffled(chosen, rng).map((region, index) => ({
    number: index + 1,
    point: [region.label[0], region.label[1]],
    region: region.id,
  }));
}

/**
 * The numbered marks of any map-click question, in map units: a region question's at region label points
 * ({@link regionMarks}, which needs the map's regions in `map.land`), a place's around its point
 * ({@link mapMarks}), a line's along and around its line ({@link lineMarks}). The same question always gets
 * the same marks. `bankPlaces` are the other places the course asks about (their longitude, latitude).
 */
export function questionMapMarks(
  question: Pick<MapClickQuestion, 'id' | 'target'>,
  bankPlaces: readonly [number, number][],
  map: MarkMap,
): MapMark[] {
  const target = question.target;
  if ('region' in target) return map.land ? regionMarks(question.id, target.region, map.land.regions) : [];
  if ('point' in target) {
    const others = bankPlaces.filter((point) => point[0] !== target.point[0] || point[1] !== target.point[1]);
    return mapMarks(question.id, target, others, map);
  }
  return onMap(lineMarks(target, bankPlaces, createSeededRng(seedOf(question.id))), map);
}
