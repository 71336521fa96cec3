import type { Question } from '../model/pack';
import { parseCloze } from './cloze';
import { normalizeAnswer } from './textMatch';

/**
 * Every answer the loaded course knows (typed answers and their variants, cloze gaps, options, matching
 * and ordering items, the map's place names), so that the grader can tell a real, different answer from
 * a spelling slip: "Argun" (a river) typed for "Aigun" (a treaty town) is a name of its own, not a typo.
 * Plain data, built once whenever the bank changes ({@link knownAnswersOf}) and handed to grading.
 */
export interface KnownAnswers {
  /** Each known answer by its normalised form, as first written. */
  readonly names: ReadonlyMap<string, string>;
  /**
   * For a normalised answer, every normalised answer some question accepts together with it (the
   * variants of one typed answer or one gap), itself included: "peking" → {"beijing", "peking"}.
   */
  readonly synonyms: ReadonlyMap<string, ReadonlySet<string>>;
}

/** No known answers: grading then guards only against a question's own confusables. */
export const NO_KNOWN_ANSWERS: KnownAnswers = { names: new Map(), synonyms: new Map() };

/**
 * The answers a question holds, in groups of answers that mean the same: one group for a typed answer
 * and its variants, one per cloze gap, one per option, matching item and ordering item. Statements,
 * numbers, years and map targets hold no names.
 */
export function answerGroups(question: Question): string[][] {
  switch (question.type) {
    case 'typed':
      return [[question.answer, ...(question.accept ?? [])]];
    case 'cloze': {
      const parsed = parseCloze(question.text);
      return parsed.ok
        ? parsed.segments.flatMap((segment) => (typeof segment === 'string' ? [] : [segment.answers]))
        : [];
    }
    case 'single':
    case 'multiple':
      return question.choices.map((choice) => [choice.text]);
    case 'matching':
      return [
        ...question.pairs.flatMap((pair) => [[pair.left], [pair.right]]),
        ...(question.distractors ?? []).map((distractor) => [distractor]),
      ];
    case 'ordering':
      return question.items.map((item) => [item.text]);
    case 'truefalse':
    case 'numeric':
    case 'year':
    case 'mapclick':
      return [];
  }
}

/** What of the map names places: its regions and points of interest. */
export interface MapNames {
  /** The regions, with their display names ("Jilin & Liaoning"). */
  regions: readonly { name: string }[];
  /** Points of interest by id ("harbin"). */
  poi?: Readonly<Record<string, unknown>>;
}

/**
 * Map point ids whose words run together in the shared map data (`../shared/data/map-regions.json`, which
 * the project's copy follows id for id), with the name the map shows for them.
 */
const RUN_TOGETHER_POINT_NAMES: Readonly<Record<string, string>> = { hongkong: 'Hong Kong' };

/**
 * A map point's id read as its name, as the map and its labels show it: `harbin` gives "Harbin", `ust-luga`
 * "Ust Luga", and `hongkong` "Hong Kong" (see {@link RUN_TOGETHER_POINT_NAMES}).
 */
export function pointIdName(id: string): string {
  const named = RUN_TOGETHER_POINT_NAMES[id];
  if (named) return named;
  return id
    .split(/[-_]/)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}

/**
 * The place names a map shows: each region's name, the parts of a joint name ("Jilin & Liaoning" gives
 * "Jilin" and "Liaoning"; "Yakutia (Sakha)" gives "Yakutia" and "Sakha"), and its points of interest.
 */
export function placeNamesOf(map: MapNames): string[] {
  const names = map.regions.flatMap((region) => [
    region.name,
    ...region.name
      .split(/\s*(?:&|,|\(|\)|\band\b)\s*/)
      .map((part) => part.trim())
      .filter((part) => part !== ''),
  ]);
  const points = Object.keys(map.poi ?? {}).map(pointIdName);
  return [...new Set([...names, ...points])];
}

/**
 * Builds the known answers of a bank: every answer group of every question, and the map's place names.
 *
 * @param questions - the loaded questions (built-in and imported alike)
 * @param placeNames - names the map shows ({@link placeNamesOf})
 */
export function knownAnswersOf(
  questions: Iterable<Question>,
  placeNames: Iterable<string> = [],
): KnownAnswers {
  const names = new Map<string, string>();
  const synonyms = new Map<string, Set<string>>();
  const addGroup = (group: readonly string[]) => {
    const forms = group.map((answer) => [normalizeAnswer(answer), answer] as const).filter(([f]) => f !== '');
    for (const [form, answer] of forms) {
      if (!names.has(form)) names.set(form, answer);
      const set = synonyms.get(form) ?? new Set<string>();
      for (const [other] of forms) set.add(other);
      synonyms.set(form, set);
    }
  };
  for (const question of questions) for (const group of answerGroups(question)) addGroup(group);
  for (const name of placeNames) addGroup([name]);
  return { names, synonyms };
}
