/**
 * Generates `questions/borderlines-pack.schema.json`, a JSON Schema for question packs, from the valibot
 * schemas the game itself validates packs with, so that editors can check and complete pack files while
 * teachers write them. Run with `npm run pack:schema`; a unit test fails when the file is stale.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type ConversionConfig, type JsonSchema, toJsonSchema } from '@valibot/to-json-schema';
import * as prettier from 'prettier';
import * as v from 'valibot';
import { PACK_FORMAT_VERSION, PackEnvelopeSchema, SourceSchema } from '../src/core/packs/packSchema';
import { QUESTION_KINDS } from '../src/core/questions/registry';

/** Where the schema is published; packs may point `$schema` here. */
export const PACK_SCHEMA_ID = 'https://borderlines.example/pack.schema.json';

/** The generated file, relative to the project root. */
export const PACK_SCHEMA_FILE = 'questions/borderlines-pack.schema.json';

/** The project root (this file lives in `tools/`). */
const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The per-type question schemas, in the registry's order, by the name their JSON Schema definition gets. */
const QUESTION_DEFINITIONS = Object.fromEntries(
  Object.values(QUESTION_KINDS).map((kind) => [kind.definitionName, kind.schema]),
);

/** The envelope with `questions` typed: each item is exactly one of the question types. */
const PackFileSchema = v.object({
  ...PackEnvelopeSchema.entries,
  questions: v.array(
    v.variant(
      'type',
      Object.values(QUESTION_KINDS).map((kind) => kind.schema),
    ),
  ),
});

/** What JSON Schema cannot say, or says differently, told in the schema's own description. */
const DESCRIPTION = [
  'A question pack for Borderlines, the study game about Russia–China relations.',
  'Generated from the schemas the game validates packs with (npm run pack:schema); do not edit by hand.',
  'Texts the game trims before checking that they are not empty carry the pattern "\\S" (at least one',
  'character that is not white space). "url" is marked with format "uri", which most validators treat as a',
  'hint, not a check; the game requires an address the URL parser accepts, starting with http:// or https://.',
  `The game refuses formatVersion above ${PACK_FORMAT_VERSION}.`,
  'Checks across fields are made by the game only: every source id a question cites (one id, or a list when',
  'it rests on several sources), and the source of its "update" if any, is listed in "sources", and no list',
  'names a source twice;',
  'source and question ids are unique; a single-choice question has exactly one correct choice and a',
  'multiple-response question at least one; choices, accepted answers, ordering items and matching items',
  'do not repeat; cloze gaps are well formed; an estimate has a positive answer.',
  'A map-click "line" target (a river, a pipeline route: longitude, latitude points in order) is graded by the',
  'distance from the click to its nearest point; its optional "feature" ("river:amur") names the history',
  'feature it was taken from. A map-click "region" target should not be the question\'s own "region" (a free',
  "answer in that region's round): npm run questions:audit fails on it.",
  'Questions of a type this version does not know fail this schema; the game keeps them aside for a later',
  'version instead of rejecting the pack.',
].join(' ');

/** Marks a converted string whose valibot pipe trimmed it; spread copies keep the mark, JSON drops it. */
const TRIMMED = Symbol('trimmed');

/**
 * Conversion settings. Every action must convert exactly or the generator fails, with two handled here:
 * `trim` followed by `nonEmpty` becomes the pattern `\S` (a trimmed text is non-empty exactly when the raw
 * text has a character that is not white space, as ECMAScript's `\s` is the set `trim` removes); `finite`
 * needs nothing, since JSON cannot hold infinities or NaN.
 */
const CONVERSION: ConversionConfig = {
  target: 'draft-2020-12',
  errorMode: 'throw',
  definitions: { Source: SourceSchema, ...QUESTION_DEFINITIONS },
  overrideAction: ({ valibotAction, jsonSchema }) => {
    if (valibotAction.type === 'trim') return { ...jsonSchema, [TRIMMED]: true } as JsonSchema;
    if (TRIMMED in jsonSchema) {
      if (valibotAction.type !== 'non_empty' || jsonSchema.pattern !== undefined)
        throw new Error(`"${valibotAction.type}" after "trim" cannot be converted exactly`);
      const { [TRIMMED]: _mark, ...rest } = jsonSchema as JsonSchema & { [TRIMMED]?: true };
      return { ...rest, pattern: '\\S' };
    }
    if (valibotAction.type === 'finite') return { ...jsonSchema };
    return undefined;
  },
};

/** Builds the JSON Schema of a pack file: envelope, sources and every question type. */
export function buildPackJsonSchema(): JsonSchema {
  const converted = toJsonSchema(PackFileSchema, CONVERSION);
  const { $schema, ...body } = JSON.parse(JSON.stringify(converted)) as JsonSchema;
  return {
    $schema,
    $id: PACK_SCHEMA_ID,
    title: 'Borderlines question pack',
    description: DESCRIPTION,
    ...body,
  };
}

/** The schema file's text: the schema as 2-space JSON with a trailing newline, formatted like the repo. */
export async function renderPackJsonSchema(): Promise<string> {
  const file = path.resolve(projectRoot, PACK_SCHEMA_FILE);
  const options = (await prettier.resolveConfig(file)) ?? {};
  return prettier.format(`${JSON.stringify(buildPackJsonSchema(), null, 2)}\n`, {
    ...options,
    filepath: file,
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const text = await renderPackJsonSchema();
  fs.writeFileSync(path.resolve(projectRoot, PACK_SCHEMA_FILE), text);
  console.log(`wrote ${PACK_SCHEMA_FILE}`);
}
