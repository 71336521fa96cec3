import * as v from 'valibot';
import { UNITS } from '../model/pack';

/** The value of a pack's `format` field. */
export const PACK_FORMAT = 'borderlines-pack';

/** The newest pack format version this build understands. */
export const PACK_FORMAT_VERSION = 1;

const text = (what: string) =>
  v.pipe(v.string(`${what} must be text`), v.trim(), v.nonEmpty(`${what} must not be empty`));

const id = (what: string) =>
  v.pipe(
    v.string(`${what} must be text`),
    v.regex(
      /^[a-z0-9][a-z0-9._-]*$/,
      `${what} may use only lowercase letters, digits, '.', '_' and '-', starting with a letter or digit`,
    ),
  );

/** Schema of one entry of a pack's `sources`. */
export const SourceSchema = v.object({
  id: id('source id'),
  title: text('title'),
  outlet: text('outlet'),
  author: text('author'),
  date: v.pipe(
    v.string('date must be text'),
    v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'date must look like 2023, 2023-03 or 2023-03-28'),
  ),
  url: v.optional(v.pipe(v.string('url must be text'), v.url('url must be a full web address'))),
});

/** Schema of the fields every question has. */
const questionBaseEntries = {
  id: id('question id'),
  region: v.optional(id('region')),
  prompt: text('prompt'),
  explanation: v.optional(text('explanation')),
  source: id('source'),
  difficulty: v.picklist([1, 2, 3], 'difficulty must be 1, 2 or 3'),
  tags: v.array(text('tag'), 'tags must be a list of words'),
  card: v.optional(
    v.object({ front: text('card front'), back: text('card back') }, 'card must be an object'),
  ),
};

/** Schema of a true/false question. */
export const TrueFalseSchema = v.object({
  ...questionBaseEntries,
  type: v.literal('truefalse'),
  answer: v.boolean('answer must be true or false'),
});

const choiceList = (min: number, what: string) =>
  v.pipe(
    v.array(
      v.object({
        text: text('choice text'),
        correct: v.optional(v.boolean('correct must be true or false')),
        why: v.optional(text('why')),
      }),
      'choices must be a list',
    ),
    v.minLength(min, `${what} needs at least ${min} choices`),
    v.maxLength(9, `${what} can have at most 9 choices (keys 1-9)`),
  );

/** Schema of a single-choice question. */
export const SingleChoiceSchema = v.object({
  ...questionBaseEntries,
  type: v.literal('single'),
  choices: choiceList(2, 'a single-choice question'),
});

/** Schema of a multiple-response question. */
export const MultipleChoiceSchema = v.object({
  ...questionBaseEntries,
  type: v.literal('multiple'),
  choices: choiceList(2, 'a multiple-response question'),
  scoring: v.optional(
    v.picklist(['partial', 'all-or-nothing'], 'scoring must be "partial" or "all-or-nothing"'),
  ),
});

/** Schema of a typed-answer question. */
export const TypedSchema = v.object({
  ...questionBaseEntries,
  type: v.literal('typed'),
  answer: text('answer'),
  accept: v.optional(v.array(text('accepted answer'), 'accept must be a list of answers')),
  typos: v.optional(v.boolean('typos must be true or false')),
});

const nonNegative = (what: string) =>
  v.pipe(
    v.number(`${what} must be a number`),
    v.finite(`${what} must be a finite number`),
    v.minValue(0, `${what} must not be negative`),
  );

/** Schema of a numeric question. */
export const NumericSchema = v.object({
  ...questionBaseEntries,
  type: v.literal('numeric'),
  answer: v.pipe(v.number('answer must be a number'), v.finite('answer must be a finite number')),
  unit: v.optional(v.picklist(UNITS, `unit must be one of ${UNITS.join(', ')}`)),
  tolerance: v.optional(
    v.object(
      {
        absolute: v.optional(nonNegative('tolerance.absolute')),
        relative: v.optional(
          v.pipe(
            nonNegative('tolerance.relative'),
            v.maxValue(1, 'tolerance.relative is a share: at most 1'),
          ),
        ),
      },
      'tolerance must be an object with "absolute" and/or "relative"',
    ),
  ),
  estimate: v.optional(v.boolean('estimate must be true or false')),
});

/** Schema of a year question. */
export const YearSchema = v.object({
  ...questionBaseEntries,
  type: v.literal('year'),
  answer: v.pipe(
    v.number('answer must be a year'),
    v.integer('answer must be a whole year'),
    v.minValue(-5000),
    v.maxValue(3000),
  ),
  tolerance: v.optional(
    v.pipe(v.number('tolerance must be a number of years'), v.integer(), v.minValue(0), v.maxValue(100)),
  ),
});

/** Schema of an ordering question. */
export const OrderingSchema = v.object({
  ...questionBaseEntries,
  type: v.literal('ordering'),
  items: v.pipe(
    v.array(
      v.object({ text: text('item text'), note: v.optional(text('item note')) }),
      'items must be a list',
    ),
    v.minLength(3, 'an ordering question needs at least 3 items'),
    v.maxLength(8, 'an ordering question can have at most 8 items'),
  ),
});

/** Schema of a matching question. */
export const MatchingSchema = v.object({
  ...questionBaseEntries,
  type: v.literal('matching'),
  pairs: v.pipe(
    v.array(v.object({ left: text('left item'), right: text('right item') }), 'pairs must be a list'),
    v.minLength(2, 'a matching question needs at least 2 pairs'),
    v.maxLength(8, 'a matching question can have at most 8 pairs'),
  ),
  distractors: v.optional(v.array(text('distractor'), 'distractors must be a list')),
});

/** Schema of a cloze (fill-the-gaps) question. */
export const ClozeSchema = v.object({
  ...questionBaseEntries,
  type: v.literal('cloze'),
  text: text('text'),
});

/** Schema of a map-click question. */
export const MapClickSchema = v.object({
  ...questionBaseEntries,
  type: v.literal('mapclick'),
  target: v.union(
    [
      v.object({ region: id('target region') }),
      v.object({
        point: v.tuple([
          v.pipe(v.number('longitude must be a number'), v.minValue(-180), v.maxValue(360)),
          v.pipe(v.number('latitude must be a number'), v.minValue(-90), v.maxValue(90)),
        ]),
        radiusKm: v.optional(v.pipe(v.number('radiusKm must be a number'), v.minValue(1), v.maxValue(5000))),
      }),
    ],
    'target must be {"region": "<id>"} or {"point": [longitude, latitude]}',
  ),
});

/** The schema of each question type, by type: the one list that the validator, importers and tools share. */
export const QUESTION_SCHEMAS = {
  single: SingleChoiceSchema,
  multiple: MultipleChoiceSchema,
  truefalse: TrueFalseSchema,
  typed: TypedSchema,
  numeric: NumericSchema,
  year: YearSchema,
  ordering: OrderingSchema,
  matching: MatchingSchema,
  cloze: ClozeSchema,
  mapclick: MapClickSchema,
} as const;

/** The pack envelope; questions are checked one by one so that one bad question never loses the rest. */
export const PackEnvelopeSchema = v.object({
  format: v.literal(PACK_FORMAT, `format must be "${PACK_FORMAT}"`),
  formatVersion: v.pipe(
    v.number('formatVersion must be a number'),
    v.integer('formatVersion must be a whole number'),
    v.minValue(1, 'formatVersion must be 1 or more'),
  ),
  id: id('pack id'),
  version: v.pipe(
    v.number('version must be a number'),
    v.integer('version must be a whole number'),
    v.minValue(1, 'version must be 1 or more'),
  ),
  title: text('title'),
  description: v.optional(v.string('description must be text')),
  author: text('author'),
  license: text('license'),
  language: v.pipe(
    v.string('language must be text'),
    v.regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]+)*$/, 'language must be a tag like "en"'),
  ),
  sources: v.array(SourceSchema, 'sources must be a list'),
  questions: v.array(v.unknown(), 'questions must be a list'),
});
