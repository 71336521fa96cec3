import type { Question } from '../model/pack';
import type { KnownAnswers } from '../quiz/knownAnswers';
import { normalizeAnswer } from '../quiz/textMatch';
import { shortPlaceName } from '../map/mapPlaces';
import { slugify } from '../slug';

/** A region of the map to name or find. */
export interface RegionTarget {
  kind: 'region';
  /** `region:<region id>`: unique among all targets. */
  id: string;
  /** The region's id on the map. */
  regionId: string;
  /** Its name as the map gives it ("Jilin & Liaoning"). */
  name: string;
  /** The names a player may type for it, the map's name first. */
  accepted: string[];
}

/** A named place of the question bank (a point target with a `name`) to name or find. */
export interface PlaceTarget {
  kind: 'place';
  /** `place:<slug of its short name>`: unique among all targets. */
  id: string;
  /** Its short name, the part of the bank's name before the first comma ("Harbin"). */
  name: string;
  /** The bank's whole name, which places it ("Harbin, on the Songhua river"). */
  description: string;
  /** Where it is: longitude, latitude. */
  point: [number, number];
  /** Within this distance a click finds it (the question's own radius, or the default of place questions). */
  radiusKm?: number;
  /** The region the bank files it under, if any. */
  regionId?: string;
  /** The names a player may type for it, the short name first. */
  accepted: string[];
}

/** Something a map mode asks for: a region or a place. */
export type ModeTarget = RegionTarget | PlaceTarget;

/**
 * The names a region may be typed as: its name, with "and" for "&" ("Jilin and Liaoning"), and each of a
 * name and its bracketed other name alone ("Yakutia (Sakha)" gives "Yakutia" and "Sakha").
 */
export function regionNames(name: string): string[] {
  const names = [name];
  if (name.includes('&')) names.push(name.replace(/\s*&\s*/g, ' and '));
  const bracketed = /^(.+?)\s*\((.+)\)$/.exec(name);
  if (bracketed) names.push(bracketed[1] as string, bracketed[2] as string);
  return [...new Set(names)];
}

/**
 * Every target the map modes can ask for: each region of the map, then each named place of the bank (a
 * map-click question whose point target has a `name`), once per short name, in bank order. A place's
 * accepted names are its short name and the names the course accepts together with it (see
 * {@link KnownAnswers.synonyms}: "Peking" where a typed question accepts it for "Beijing").
 */
export function modeTargets(
  regions: readonly { id: string; name: string }[],
  questions: Iterable<Question>,
  known?: KnownAnswers,
): ModeTarget[] {
  const targets: ModeTarget[] = regions.map((region) => ({
    kind: 'region',
    id: `region:${region.id}`,
    regionId: region.id,
    name: region.name,
    accepted: regionNames(region.name),
  }));
  const seen = new Set<string>();
  for (const question of questions) {
    if (question.type !== 'mapclick' || !('point' in question.target) || !question.target.name) continue;
    const { point, radiusKm, name } = question.target;
    const short = shortPlaceName(name);
    const id = `place:${slugify(short, { fallback: question.id })}`;
    if (short === '' || seen.has(id)) continue;
    seen.add(id);
    const synonyms = [...(known?.synonyms.get(normalizeAnswer(short)) ?? [])].map(
      (form) => known?.names.get(form) ?? form,
    );
    targets.push({
      kind: 'place',
      id,
      name: short,
      description: name,
      point: [point[0], point[1]],
      ...(radiusKm !== undefined ? { radiusKm } : {}),
      ...(question.region ? { regionId: question.region } : {}),
      accepted: [...new Set([short, ...synonyms])],
    });
  }
  return targets;
}
