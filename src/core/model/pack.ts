/**
 * The question-pack model: what a pack and its questions look like once parsed and validated.
 * The JSON layout on disk is the same; `packs/packSchema.ts` is the schema that checks it.
 */

/** Question types this version of the game can play. */
export const PLAYABLE_TYPES = ['single', 'truefalse'] as const;

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
  /** One to three sentences on why the answer is right. */
  explanation: string;
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

/** A question the game can play. */
export type Question = SingleChoiceQuestion | TrueFalseQuestion;

/**
 * A question of a type this version cannot play yet. It is kept (not dropped, not an error) so that a
 * later version of the game can play it without the pack being re-imported.
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
  /** Playable questions. */
  questions: Question[];
  /** Questions of types this version cannot play yet, kept for later. */
  deferred: DeferredQuestion[];
}
