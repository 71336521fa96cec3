/**
 * The question-pack model: what a pack and its questions look like once parsed and validated.
 * The JSON layout on disk is the same. The question types are the outputs of the schemas in
 * `questions/` (one module per type), so a question's TypeScript type and its check cannot drift apart.
 */
import type * as v from 'valibot';
import type { SingleChoiceSchema } from '../questions/single';
import type { MultipleChoiceSchema } from '../questions/multiple';
import type { TrueFalseSchema } from '../questions/truefalse';
import type { TypedSchema } from '../questions/typed';
import type { NumericSchema } from '../questions/numeric';
import type { YearSchema } from '../questions/year';
import type { OrderingSchema } from '../questions/ordering';
import type { MatchingSchema } from '../questions/matching';
import type { ClozeSchema } from '../questions/cloze';
import type { MapClickSchema } from '../questions/mapclick';
import type { QuestionOf, QuestionType } from '../questions/registry';

export type { QuestionType } from '../questions/registry';

/** What a source is; see `SOURCE_KINDS` in the pack schema. */
export type SourceKind = 'article' | 'reference' | 'map';

/**
 * Where a fact comes from: an article (cited by outlet, author and date), a named general reference such as
 * a treaty text, a census or an encyclopaedia entry, or the game's own map data.
 */
export interface Source {
  /** Short id that questions cite, e.g. `barnett-vassal`. */
  id: string;
  /** Article, named reference or map data; packs that do not say get `article`. */
  kind: SourceKind;
  /** Headline or title of the work. */
  title: string;
  /** Publication; "not named in the text" when the source does not say. */
  outlet: string;
  /** Author; "not named in the text" when the source does not say. */
  author: string;
  /** Publication date as ISO `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; absent for undated works (a living encyclopaedia entry). */
  date?: string;
  /** Optional http(s) link to the original. */
  url?: string;
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

/** Pick exactly one of several options. */
export type SingleChoiceQuestion = v.InferOutput<typeof SingleChoiceSchema>;

/** Pick every right option; partial credit unless `scoring` is `all-or-nothing`. */
export type MultipleChoiceQuestion = v.InferOutput<typeof MultipleChoiceSchema>;

/** Judge a statement true or false. */
export type TrueFalseQuestion = v.InferOutput<typeof TrueFalseSchema>;

/** Type the answer; compared after normalisation, with typo tolerance that grows with length. */
export type TypedQuestion = v.InferOutput<typeof TypedSchema>;

/** Type a number, optionally with a unit and scale ("117.5bn", "1,800 miles", "-62 °C"). */
export type NumericQuestion = v.InferOutput<typeof NumericSchema>;

/** Type a year. */
export type YearQuestion = v.InferOutput<typeof YearSchema>;

/** Put items in order (a timeline, a ranking); partial credit for partly right orders. */
export type OrderingQuestion = v.InferOutput<typeof OrderingSchema>;

/** Match each left item with its right item. */
export type MatchingQuestion = v.InferOutput<typeof MatchingSchema>;

/** Fill the gaps in a text. Gaps are written `{{answer}}` or `{{answer|other accepted answer}}`. */
export type ClozeQuestion = v.InferOutput<typeof ClozeSchema>;

/** Click the region, place or line (a river, a pipeline route) on the map. */
export type MapClickQuestion = v.InferOutput<typeof MapClickSchema>;

/** A question of any type the pack format defines. */
export type Question = QuestionOf<QuestionType>;

/** One option of a choice question. */
export type Choice = SingleChoiceQuestion['choices'][number];

/** One item to put in order. */
export type OrderItem = OrderingQuestion['items'][number];

/** Where a map-click question's answer lies: a whole region, a point with a radius, or a line with a radius. */
export type MapTarget = MapClickQuestion['target'];

/** A flashcard made from a question, for spaced review: the cue shown first, the answer after the flip. */
export type Flashcard = NonNullable<Question['card']>;

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
  /** Valid questions of every known type. */
  questions: Question[];
  /** Questions of types this version does not know, kept for later. */
  deferred: DeferredQuestion[];
}
