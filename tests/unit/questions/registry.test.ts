import fs from 'node:fs';
import path from 'node:path';
import type * as v from 'valibot';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Question } from '../../../src/core/model/pack';
import { parsePack } from '../../../src/core/packs/parsePack';
import {
  QUESTION_KINDS,
  QUESTION_TYPES,
  type QuestionType,
  isQuestionType,
  kindOf,
} from '../../../src/core/questions/registry';
import { ResponseSchema } from '../../../src/core/questions/responses';
import { gradeResponse } from '../../../src/core/quiz/grade';

const questionsDir = path.resolve(import.meta.dirname, '../../../questions');
const builtIn: Question[] = fs
  .readdirSync(questionsDir)
  .filter((name) => name.endsWith('.json') && !name.endsWith('.schema.json'))
  .flatMap((name) => {
    const parsed = parsePack(fs.readFileSync(path.join(questionsDir, name), 'utf8'), name);
    if (!parsed.ok) throw new Error(`questions/${name} does not parse`);
    return parsed.value.pack.questions;
  });

/** The facets every kind carries, with the JavaScript type each must have. */
const FACETS = {
  type: 'string',
  definitionName: 'string',
  schema: 'object',
  responseSchema: 'object',
  crossCheck: 'function',
  displayOrder: 'function',
  grade: 'function',
  correctText: 'function',
  timeLimitMs: 'number',
  summary: 'function',
  cardFront: 'function',
} as const;

describe('the question-kind registry', () => {
  it('gives every registered kind every facet, and nothing else', () => {
    for (const kind of Object.values(QUESTION_KINDS)) {
      expect(Object.keys(kind).sort(), kind.type).toEqual(Object.keys(FACETS).sort());
      for (const [facet, type] of Object.entries(FACETS)) {
        expect(
          typeof Object.entries(kind).find(([name]) => name === facet)?.[1],
          `${kind.type}.${facet}`,
        ).toBe(type);
      }
      expect(kind.timeLimitMs).toBeGreaterThan(0);
    }
  });

  it('files each kind under the type its schema accepts', () => {
    for (const [type, kind] of Object.entries(QUESTION_KINDS)) {
      expect(kind.type).toBe(type);
      expect(kind.schema.entries.type.literal).toBe(type);
    }
  });

  it('lists the types in the registry, uniquely, with unique JSON Schema definition names', () => {
    expect(QUESTION_TYPES).toEqual(Object.keys(QUESTION_KINDS));
    expect(new Set(QUESTION_TYPES).size).toBe(QUESTION_TYPES.length);
    const names = Object.values(QUESTION_KINDS).map((kind) => kind.definitionName);
    expect(new Set(names).size).toBe(names.length);
    expect(QUESTION_TYPES.every(isQuestionType)).toBe(true);
    expect(isQuestionType('mappoint')).toBe(false);
    expect(isQuestionType('toString')).toBe(false);
  });

  it('derives the question union from the schemas, with exactly the registry’s types', () => {
    expectTypeOf<Question['type']>().toEqualTypeOf<QuestionType>();
    expectTypeOf<Question>().toEqualTypeOf<v.InferOutput<(typeof QUESTION_KINDS)[QuestionType]['schema']>>();
  });

  it('stores every response shape a kind gives, and no shape no kind gives', () => {
    const used = new Set<unknown>(Object.values(QUESTION_KINDS).map((kind) => kind.responseSchema));
    const stored = ResponseSchema.options.filter((option) => option.type !== 'null');
    expect(new Set<unknown>(stored)).toEqual(used);
  });

  it('words the right answer the same way as grading does, for every built-in question', () => {
    expect(new Set(builtIn.map((question) => question.type))).toEqual(new Set(QUESTION_TYPES));
    const context = { regionName: (id: string) => `Region ${id}` };
    for (const question of builtIn) {
      expect(kindOf(question.type).correctText(question, context), question.id).toBe(
        gradeResponse(question, null, context).correctText,
      );
    }
  });
});
