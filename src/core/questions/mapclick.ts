import * as v from 'valibot';
import { BACKGROUND_NAME, type LandPlace, homeLand, landAt, sameLand } from '../map/landAt';
import { nearestOnLine } from '../map/lineDistance';
import { distanceKm, mapToLonLat, projectToMap } from '../map/projection';
import { id, questionBaseEntries, text } from '../packs/packSchema';
import { type GradeContext, graded, responseField } from './grading';
import { type QuestionKind, noDisplayOrder, noFindings, promptFront } from './kind';
import { PlaceResponseSchema } from './responses';

const longitude = v.pipe(v.number('longitude must be a number'), v.minValue(-180), v.maxValue(360));
const latitude = v.pipe(v.number('latitude must be a number'), v.minValue(-90), v.maxValue(90));
const lonLat = v.tuple([longitude, latitude]);
const radiusKm = v.optional(v.pipe(v.number('radiusKm must be a number'), v.minValue(1), v.maxValue(5000)));

/**
 * A history feature a line target follows, as `kind:id` (`river:amur`, `pipeline:nord-stream`): what the
 * line was taken from, so that tools can check it against the history data and link the question to the
 * feature. The pack stays self-contained: grading reads only the line.
 */
export const FEATURE_PATTERN = /^(river|pipeline|point|event|cession|area):[a-z0-9]+(-[a-z0-9]+)*$/;

/** Schema of a map-click question: click the place on the map. */
export const MapClickSchema = v.object({
  ...questionBaseEntries,
  type: v.literal('mapclick'),
  /**
   * The right place: a whole region; a point (longitude, latitude) with a radius; or a line (a river, a
   * pipeline route) as longitude, latitude points with a radius, graded by the distance to its nearest point.
   */
  target: v.union(
    [
      v.object({ region: id('target region') }),
      v.object({
        point: lonLat,
        radiusKm,
        /** The place in words, for the feedback: "Khabarovsk, where the Ussuri meets the Amur". */
        name: v.optional(text('name')),
      }),
      v.object({
        line: v.pipe(v.array(lonLat), v.minLength(2, 'line must have at least two points')),
        radiusKm,
        /** The feature in words, for the feedback: "the Ussuri, where it forms the border". */
        name: v.optional(text('name')),
        /** The history feature the line was taken from, as `kind:id` (e.g. `river:ussuri`). */
        feature: v.optional(
          v.pipe(
            v.string('feature must be a string'),
            v.regex(
              FEATURE_PATTERN,
              'feature must be "kind:id", e.g. "river:amur" or "pipeline:nord-stream"',
            ),
          ),
        ),
      }),
    ],
    'target must be {"region": "<id>"}, {"point": [longitude, latitude]} or {"line": [[longitude, latitude], …]}',
  ),
});

/** A map-click question. */
type MapClick = v.InferOutput<typeof MapClickSchema>;

/** A click within this distance of a place is fully right, unless the question sets its own radius. */
export const DEFAULT_RADIUS_KM = 150;

/** How many radii from the place a click still earns some credit: it falls to nothing at this distance. */
export const PARTIAL_CREDIT_RADII = 4;

/** The full-credit radius of a place target: its own `radiusKm`, or {@link DEFAULT_RADIUS_KM}. */
export function fullCreditRadiusKm(target: { radiusKm?: number }): number {
  return target.radiusKm ?? DEFAULT_RADIUS_KM;
}

/**
 * Credit for a click `km` from a place: full within the radius, then falling linearly to nothing at
 * {@link PARTIAL_CREDIT_RADII} times the radius. Shared by grading and by the bank audit, so that the audit
 * measures exactly what the player would be given.
 */
export function placeCredit(km: number, radiusKm: number): number {
  if (km <= radiusKm) return 1;
  return Math.max(0, 1 - (km - radiusKm) / ((PARTIAL_CREDIT_RADII - 1) * radiusKm));
}

const isRegion = (value: unknown): value is string | null => value === null || typeof value === 'string';
const isPoint = (value: unknown): value is [number, number] =>
  Array.isArray(value) &&
  value.length === 2 &&
  value.every((item) => typeof item === 'number' && Number.isFinite(item));

const isMarkNumber = (value: unknown): value is number => Number.isInteger(value);

/** How a click on a place was scored: its credit, its distance, and the other place it landed on, if any. */
export interface PlaceScore {
  /** Credit from 0 to 1. */
  score: number;
  /** How far the click landed from the place, km (absent without a click or a projection). */
  km?: number;
  /** The other place the click landed on, in words, when it is not the place asked for. */
  elsewhere?: string;
}

/**
 * Scores a map click on a place: full credit within the radius, then falling linearly to nothing at four
 * times the radius. A click on land that is not the place's own (another region, another island of its
 * region, a country outside the game) earns nothing, however near: it names a different place. A response
 * without a point (a region named in the list) earns nothing: a place question needs a place, and the
 * keyboard path answers with a chosen mark's point instead.
 */
export function scorePlaceClick(
  target: { point: [number, number]; radiusKm?: number },
  point: [number, number] | undefined,
  context: GradeContext,
): PlaceScore {
  if (!point || !context.projection) return { score: 0 };
  const km = distanceKm(mapToLonLat(context.projection, point[0], point[1]), target.point);
  if (context.land) {
    const clicked = landAt(context.land, point);
    const home = homeLand(context.land, projectToMap(context.projection, target.point[0], target.point[1]));
    if (clicked && !sameLand(clicked, home))
      return { score: 0, km, elsewhere: placeName(clicked, home, context) };
  }
  return { score: placeCredit(km, fullCreditRadiusKm(target)), km };
}

/**
 * Scores a map click on a line (a river, a pipeline route) by its distance to the line's nearest point, with
 * the same shape as a place: full credit within the radius, falling linearly to nothing at
 * {@link PARTIAL_CREDIT_RADII} radii. Land does not matter here: a border river runs between two regions, and
 * a click on either bank is a click on the river. A response without a point (a region named in the list)
 * earns nothing.
 */
export function scoreLineClick(
  target: { line: readonly (readonly [number, number])[]; radiusKm?: number },
  point: [number, number] | undefined,
  context: Pick<GradeContext, 'projection'>,
): PlaceScore {
  if (!point || !context.projection) return { score: 0 };
  const { km } = nearestOnLine(target.line, mapToLonLat(context.projection, point[0], point[1]));
  return { score: placeCredit(km, fullCreditRadiusKm(target)), km };
}

/** Another land place in words, with the context's region names: "Heilongjiang", "another part of …". */
function placeName(place: LandPlace, home: LandPlace | null, context: GradeContext): string {
  if (place.regionId === null) return BACKGROUND_NAME;
  const name = namer(context)(place.regionId);
  return place.regionId === home?.regionId ? `another part of ${name}` : name;
}

/** Names a region for feedback: the context's names, or the id itself. */
const namer = (context: GradeContext) => context.regionName ?? ((regionId: string) => regionId);

/**
 * The right place in words: the target region's name, the place's own `name`, the place named by the prompt
 * ("Click Berlin." gives "Berlin"), or else "the pinned place" (in its region).
 */
function correctText(question: MapClick, context: GradeContext): string {
  const regionName = namer(context);
  if ('region' in question.target) return regionName(question.target.region);
  if (question.target.name) return question.target.name;
  const named = /^Click (?:on )?(.+?)\.?$/u.exec(question.prompt.trim())?.[1];
  if (named) return named;
  if ('line' in question.target) return 'the line marked on the map';
  return question.region ? `the pinned place in ${regionName(question.region)}` : 'the pinned place';
}

/**
 * Map click: a region is right or wrong; a place earns credit by distance, except that a click on other land
 * (another region, another island of the place's region, a country outside the game) earns nothing and says
 * which place it was; a line (a river, a pipeline) earns credit by the distance to its nearest point.
 */
export const mapclickKind = {
  type: 'mapclick',
  definitionName: 'MapClickQuestion',
  schema: MapClickSchema,
  responseSchema: PlaceResponseSchema,
  crossCheck: noFindings,
  displayOrder: noDisplayOrder,
  grade(question, response, context) {
    const regionName = namer(context);
    const region = responseField(response, 'region', isRegion) ?? null;
    const point = responseField(response, 'point', isPoint);
    const mark = responseField(response, 'mark', isMarkNumber);
    const chosen =
      mark !== undefined
        ? `mark ${mark}`
        : region
          ? regionName(region)
          : point
            ? 'a spot outside the regions'
            : 'nowhere';
    if ('region' in question.target) {
      const target = question.target.region;
      return graded(
        { score: region !== null && region === target ? 1 : 0, correctText: correctText(question, context) },
        chosen,
      );
    }
    if ('line' in question.target) {
      const near = scoreLineClick(question.target, point, context);
      return graded(
        { score: near.score, correctText: correctText(question, context) },
        near.km === undefined ? chosen : `${chosen}, ${Math.round(near.km)} km from its nearest point`,
      );
    }
    const placed = scorePlaceClick(question.target, point, context);
    const where = placed.elsewhere ? `${placed.elsewhere}, a different place` : chosen;
    return graded(
      { score: placed.score, correctText: correctText(question, context) },
      placed.km === undefined ? where : `${where}, ${Math.round(placed.km)} km from the place`,
    );
  },
  correctText,
  timeLimitMs: 30_000,
  summary: () => 'Answer: a place on the map',
  cardFront: promptFront,
} satisfies QuestionKind<typeof MapClickSchema, typeof PlaceResponseSchema>;
