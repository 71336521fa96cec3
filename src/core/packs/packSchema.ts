import * as v from 'valibot';

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
  explanation: text('explanation'),
  source: id('source'),
  difficulty: v.picklist([1, 2, 3], 'difficulty must be 1, 2 or 3'),
  tags: v.array(text('tag'), 'tags must be a list of words'),
  card: v.optional(
    v.object({ front: text('card front'), back: text('card back') }, 'card must be an object'),
  ),
};

/** Schema of a single-choice question. */
export const SingleChoiceSchema = v.object({
  ...questionBaseEntries,
  type: v.literal('single'),
  choices: v.pipe(
    v.array(
      v.object({
        text: text('choice text'),
        correct: v.optional(v.boolean('correct must be true or false')),
        why: v.optional(text('why')),
      }),
      'choices must be a list',
    ),
    v.minLength(2, 'a single-choice question needs at least 2 choices'),
    v.maxLength(9, 'a single-choice question can have at most 9 choices (keys 1-9)'),
  ),
});

/** Schema of a true/false question. */
export const TrueFalseSchema = v.object({
  ...questionBaseEntries,
  type: v.literal('truefalse'),
  answer: v.boolean('answer must be true or false'),
});

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
