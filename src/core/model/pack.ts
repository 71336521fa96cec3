/**
 * The question-pack model: what a pack and its questions look like once parsed and validated.
 * The JSON layout on disk is the same; `packs/packSchema.ts` is the schema that checks it.
 */

/** Every question type the pack format defines. */
export const QUESTION_TYPES = [
  'single',
  'multiple',
  'truefalse',
  'typed',
  'numeric',
  'year',
  'ordering',
  'matching',
  'cloze',
  'mapclick',
] as const;

/** A question type of the pack format. */
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** Question types this version of the game can play; any others are validated and kept for later. */
export const PLAYABLE_TYPES = QUESTION_TYPES;

/** A question type the game can play. */
export type PlayableType = (typeof PLAYABLE_TYPES)[number];

/** Where a fact comes from: an article, cited by outlet, author and date. */
export interface Source {
  /** Short id that questions cite, e.g. `barnett-vassal`. */
  id: string;
  /** Headline or title of the work. */
  title: string;
  /** Publication; "not named in the text" when the source does not say. */
  outlet: string;
  /** Author; "not named in the text" when the source does not say. */
  author: string;
  /** Publication date as ISO `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
  date: string;
  /** Optional link to the original. */
  url?: string;
}

/** A flashcard made from a question, for spaced review. */
export interface Flashcard {
  /** Cue shown first. */
  front: string;
  /** Answer shown after the flip. */
  back: string;
}

/** Fields every question has, whatever its type. */
export interface QuestionBase {
  /** Stable id, unique across all installed packs; progress is keyed by it. */
  id: string;
  /** Map region the question belongs to; questions without one still play in practice modes. */
  region?: string;
  /** The question as shown to the player. */
  prompt: string;
  /** One to three sentences on why the answer is right (built-in questions always have one; imports may not). */
  explanation?: string;
  /** Id of an entry in the pack's `sources`. */
  source: string;
  /** 1 (easy) to 3 (hard). */
  difficulty: 1 | 2 | 3;
  /** Lowercase keywords for filtering and stats. */
  tags: string[];
  /** Flashcard text; derived from prompt and answer when absent. */
  card?: Flashcard;
}

/** One option of a choice question. */
export interface Choice {
  /** Option text. */
  text: string;
  /** True for the right answer. */
  correct?: boolean;
  /** Why this option is wrong: the misconception it stands for, shown after a wrong answer. */
  why?: string;
}

/** Pick exactly one of several options. */
export interface SingleChoiceQuestion extends QuestionBase {
  type: 'single';
  /** Options in authoring order; the game shuffles them when it shows them. */
  choices: Choice[];
}

/** Judge a statement true or false. */
export interface TrueFalseQuestion extends QuestionBase {
  type: 'truefalse';
  /** Whether the statement in the prompt is true. */
  answer: boolean;
}

/** Pick every right option; partial credit unless `scoring` is `all-or-nothing`. */
export interface MultipleChoiceQuestion extends QuestionBase {
  type: 'multiple';
  /** Options in authoring order; at least one is correct. */
  choices: Choice[];
  /** `partial` (default): credit for right picks minus wrong picks; `all-or-nothing`: all or nothing. */
  scoring?: 'partial' | 'all-or-nothing';
}

/** Type the answer; compared after normalisation, with typo tolerance that grows with length. */
export interface TypedQuestion extends QuestionBase {
  type: 'typed';
  /** The answer as shown in feedback. */
  answer: string;
  /** Other accepted answers: spellings, transliterations, old names (e.g. "Peking" for "Beijing"). */
  accept?: string[];
  /** Whether small typos are forgiven (default true; never for short answers, numbers and acronyms). */
  typos?: boolean;
}

/** Units a numeric answer can have; the grader understands their names, symbols and conversions. */
export const UNITS = [
  'USD',
  'GBP',
  'km',
  'miles',
  'km2',
  'bcm',
  'percent',
  'celsius',
  'people',
  'count',
] as const;

/** A unit of a numeric answer. */
export type Unit = (typeof UNITS)[number];

/** Type a number, optionally with a unit and scale ("117.5bn", "1,800 miles", "-62 °C"). */
export interface NumericQuestion extends QuestionBase {
  type: 'numeric';
  /** The answer, in `unit`, written out in full (117.5 billion dollars is 117500000000). */
  answer: number;
  /** Unit of the answer. */
  unit?: Unit;
  /** Accepted error: absolute (in `unit`) and/or relative (0.1 = 10%); exact when absent. */
  tolerance?: { absolute?: number; relative?: number };
  /** An estimate: answers off by a factor get partial credit on a log scale. */
  estimate?: boolean;
}

/** Type a year. */
export interface YearQuestion extends QuestionBase {
  type: 'year';
  /** The year (negative for BCE). */
  answer: number;
  /** Years either side that still count as right (default 0). */
  tolerance?: number;
}

/** One item to put in order. */
export interface OrderItem {
  /** The item. */
  text: string;
  /** Shown after answering, e.g. the item's year. */
  note?: string;
}

/** Put items in order (a timeline, a ranking); partial credit for partly right orders. */
export interface OrderingQuestion extends QuestionBase {
  type: 'ordering';
  /** Items in the right order; the game shuffles them. */
  items: OrderItem[];
}

/** Match each left item with its right item. */
export interface MatchingQuestion extends QuestionBase {
  type: 'matching';
  /** The right pairs. */
  pairs: { left: string; right: string }[];
  /** Extra right-hand options that match nothing. */
  distractors?: string[];
}

/** Fill the gaps in a text. Gaps are written `{{answer}}` or `{{answer|other accepted answer}}`. */
export interface ClozeQuestion extends QuestionBase {
  type: 'cloze';
  /** The text with its gaps. */
  text: string;
}

/** Where a map-click question's answer lies: a whole region, or a point with a radius. */
export type MapTarget = { region: string } | { point: [number, number]; radiusKm?: number };

/** Click the place on the map. */
export interface MapClickQuestion extends QuestionBase {
  type: 'mapclick';
  /** The right place. */
  target: MapTarget;
}

/** A question of any type the pack format defines. */
export type Question =
  | SingleChoiceQuestion
  | MultipleChoiceQuestion
  | TrueFalseQuestion
  | TypedQuestion
  | NumericQuestion
  | YearQuestion
  | OrderingQuestion
  | MatchingQuestion
  | ClozeQuestion
  | MapClickQuestion;

/** A question the game can play now. */
export type PlayableQuestion = Extract<Question, { type: PlayableType }>;

/** True when this version of the game can play `question`. */
export function isPlayable(question: Question): question is PlayableQuestion {
  return (PLAYABLE_TYPES as readonly string[]).includes(question.type);
}

/**
 * A question of a type this version of the format does not know (a newer format, a teacher's own type).
 * It is kept untouched (not dropped, not an error) so that a later version can use it.
 */
export interface DeferredQuestion {
  /** The question's id, when it has one. */
  id: string;
  /** Its declared type. */
  type: string;
  /** The raw JSON object, untouched. */
  raw: unknown;
}

/** A validated question pack. */
export interface Pack {
  /** Always `borderlines-pack`. */
  format: 'borderlines-pack';
  /** Version of the pack format the file was written in. */
  formatVersion: number;
  /** Stable pack id; a newer `version` with the same id replaces the pack. */
  id: string;
  /** Revision of this pack, a positive integer. */
  version: number;
  /** Title shown to players. */
  title: string;
  /** One-line description. */
  description?: string;
  /** Who wrote it. */
  author: string;
  /** Licence of the pack's text, e.g. `CC-BY-4.0`. */
  license: string;
  /** BCP 47 language tag, e.g. `en`. */
  language: string;
  /** Works the questions cite. */
  sources: Source[];
  /** Valid questions of every known type (see {@link isPlayable} for which this version plays). */
  questions: Question[];
  /** Questions of types this version does not know, kept for later. */
  deferred: DeferredQuestion[];
}
