import * as v from 'valibot';

/** The value of a pack's `format` field. */
export const PACK_FORMAT = 'borderlines-pack';

/** The newest pack format version this build understands. */
export const PACK_FORMAT_VERSION = 1;

/** A text field that must not be empty once trimmed; `what` names it in messages. */
export const text = (what: string) =>
  v.pipe(v.string(`${what} must be text`), v.trim(), v.nonEmpty(`${what} must not be empty`));

/** An id field: lowercase letters, digits, '.', '_' and '-'; `what` names it in messages. */
export const id = (what: string) =>
  v.pipe(
    v.string(`${what} must be text`),
    v.regex(
      /^[a-z0-9][a-z0-9._-]*$/,
      `${what} may use only lowercase letters, digits, '.', '_' and '-', starting with a letter or digit`,
    ),
  );

/**
 * What a source is: an `article` the questions are written from, a named general `reference` (a treaty text,
 * a census, an encyclopaedia entry) shown as such, or the game's own `map` data, which can back only where a
 * place or region is.
 */
export const SOURCE_KINDS = ['article', 'reference', 'map'] as const;

/** The kind a source has when its pack does not say, so that packs written before kinds existed still load. */
export const DEFAULT_SOURCE_KIND = 'article';

/** Matches the links a student may follow: http or https, nothing else (no `javascript:`, `data:`, `file:`…). */
export const WEB_LINK = /^https?:\/\/[^\s/?#]+/;

/** Schema of one entry of a pack's `sources`. */
export const SourceSchema = v.object({
  id: id('source id'),
  kind: v.optional(
    v.picklist(SOURCE_KINDS, `kind must be one of ${SOURCE_KINDS.map((k) => `"${k}"`).join(', ')}`),
    DEFAULT_SOURCE_KIND,
  ),
  title: text('title'),
  outlet: text('outlet'),
  author: text('author'),
  date: v.optional(
    v.pipe(
      v.string('date must be text'),
      v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'date must look like 2023, 2023-03 or 2023-03-28'),
    ),
  ),
  url: v.optional(
    v.pipe(
      v.string('url must be text'),
      v.url('url must be a full web address'),
      v.regex(WEB_LINK, 'url must be a web link starting with http:// or https://'),
    ),
  ),
});

/** A question's `source`: one source id, or a list of them when the question rests on several sources. */
export const QuestionSourceSchema = v.union(
  [
    id('source'),
    v.pipe(
      v.array(id('source'), 'source must be a source id or a list of source ids'),
      v.nonEmpty('source must list at least one source id'),
    ),
  ],
  'source must be a source id or a list of source ids',
);

/** Schema entries of the fields every question has, whatever its type; each type's schema spreads them. */
export const questionBaseEntries = {
  /** Stable id, unique across all installed packs; progress is keyed by it. */
  id: id('question id'),
  /** Map region the question belongs to; questions without one still play in practice modes. */
  region: v.optional(id('region')),
  /** The question as shown to the player. */
  prompt: text('prompt'),
  /** One to three sentences on why the answer is right (built-in questions always have one; imports may not). */
  explanation: v.optional(text('explanation')),
  /** Id of the entry in the pack's `sources` the question rests on, or a list of ids when it rests on several. */
  source: QuestionSourceSchema,
  /** 1 (easy) to 3 (hard). */
  difficulty: v.picklist([1, 2, 3], 'difficulty must be 1, 2 or 3'),
  /** Lowercase keywords for filtering and stats. */
  tags: v.array(text('tag'), 'tags must be a list of words'),
  /**
   * When a moving figure in the question was true ("2021", "2017–2021"), for figures that change over time
   * (trade, populations, shares); the feedback shows it as "Figure as of 2021".
   */
  asOf: v.optional(text('asOf')),
  /**
   * One line on how the record has moved on since the cited source, with the id of the pack source that
   * says so; the feedback shows it as "Since then: …", so that no student takes an old state for today's.
   */
  update: v.optional(
    v.object(
      { text: text('update text'), source: id('update source') },
      'update must be an object with "text" and "source"',
    ),
  ),
  /** Flashcard text (a cue shown first, the answer after the flip); derived from prompt and answer when absent. */
  card: v.optional(
    v.object({ front: text('card front'), back: text('card back') }, 'card must be an object'),
  ),
};

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
