import { type LandMap, landAt } from '../map/landAt';
import type { MapMark } from '../map/mapView';
import type { MapProjection } from '../map/mapTypes';
import { distanceKm, projectToMap } from '../map/projection';
import { type Rng, createSeededRng, shuffled } from '../rng';
import { PARTIAL_CREDIT_RADII, fullCreditRadiusKm } from './mapclick';

/** A place target of a map-click question: a point (longitude, latitude) with an optional radius. */
export interface PlaceTarget {
  point: [number, number];
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
  const radius = fullCreditRadiusKm(target);
  const noCredit = PARTIAL_CREDIT_RADII * radius;
  const pool = candidates
    .map((lonLat) => ({ lonLat, km: distanceKm(lonLat, target.point) }))
    .filter(({ km }) => km > noCredit && km <= MAX_DISTRACTOR_KM)
    .sort((a, b) => a.km - b.km)
    .slice(0, NEAREST_POOL);
  const chosen: [number, number][] = [target.point];
  const apart = (lonLat: [number, number]) => chosen.every((other) => distanceKm(other, lonLat) > radius);
  for (const { lonLat } of shuffled(pool, rng)) {
    if (chosen.length >= count) break;
    if (apart(lonLat)) chosen.push(lonLat);
  }
  for (let tries = 0; chosen.length < count && tries < 50; tries++) {
    const lonLat = pointAt(target.point, rng() * 360, noCredit + radius * (1 + rng() * 2));
    if (apart(lonLat)) chosen.push(lonLat);
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
  return questionMarks(questionId, target, bankPlaces).map((mark) => {
    const point = projectToMap(map.projection, mark.lonLat[0], mark.lonLat[1]);
    const place = map.land ? landAt(map.land, point) : null;
    return { number: mark.number, point, region: place?.regionId ?? null };
  });
}
