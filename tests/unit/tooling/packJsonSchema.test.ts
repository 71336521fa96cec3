import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { UNITS } from '../../../src/core/model/pack';
import { QUESTION_TYPES } from '../../../src/core/questions/registry';
import { parsePack } from '../../../src/core/packs/parsePack';
import {
  PACK_SCHEMA_FILE,
  PACK_SCHEMA_ID,
  buildPackJsonSchema,
  renderPackJsonSchema,
} from '../../../tools/pack-json-schema';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** A JSON Schema as plain data. */
type Schema = Record<string, unknown>;

/** Keywords that only annotate; the checker below reads them nowhere. */
const ANNOTATIONS = new Set(['$schema', '$id', '$defs', 'title', 'description', 'default']);

/** The type JSON Schema gives a JSON value. */
function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/**
 * A small JSON Schema checker for the keywords the generated schema uses. It throws on any keyword it
 * does not know, so the schema cannot grow a constraint this test silently skips.
 *
 * @returns the errors, each as `path: what is wrong`; empty when `value` is valid
 */
function check(schema: Schema, value: unknown, root: Schema, at = '$'): string[] {
  const errors: string[] = [];
  const fail = (message: string) => errors.push(`${at}: ${message}`);
  for (const [keyword, rule] of Object.entries(schema)) {
    if (ANNOTATIONS.has(keyword)) continue;
    switch (keyword) {
      case '$ref': {
        const name = String(rule).replace(/^#\/\$defs\//, '');
        const target = (root.$defs as Record<string, Schema> | undefined)?.[name];
        if (!target) throw new Error(`unresolved $ref ${String(rule)}`);
        errors.push(...check(target, value, root, at));
        break;
      }
      case 'type': {
        const actual = jsonType(value);
        const allowed = Array.isArray(rule) ? (rule as string[]) : [rule as string];
        if (!allowed.includes(actual) && !(actual === 'integer' && allowed.includes('number')))
          fail(`expected ${allowed.join(' or ')}, got ${actual}`);
        break;
      }
      case 'const':
        if (value !== rule) fail(`expected ${JSON.stringify(rule)}`);
        break;
      case 'enum':
        if (!(rule as unknown[]).includes(value))
          fail(`${JSON.stringify(value)} is not one of the allowed values`);
        break;
      case 'pattern':
        if (typeof value === 'string' && !new RegExp(rule as string, 'u').test(value))
          fail(`${JSON.stringify(value)} does not match ${String(rule)}`);
        break;
      case 'format':
        if (rule !== 'uri') throw new Error(`unknown format ${String(rule)}`);
        if (typeof value === 'string' && !URL.canParse(value)) fail(`${value} is not a URI`);
        break;
      case 'minLength':
        if (typeof value === 'string' && [...value].length < (rule as number))
          fail(`shorter than ${String(rule)}`);
        break;
      case 'minimum':
        if (typeof value === 'number' && value < (rule as number)) fail(`below ${String(rule)}`);
        break;
      case 'maximum':
        if (typeof value === 'number' && value > (rule as number)) fail(`above ${String(rule)}`);
        break;
      case 'minItems':
        if (Array.isArray(value) && value.length < (rule as number)) fail(`fewer than ${String(rule)} items`);
        break;
      case 'maxItems':
        if (Array.isArray(value) && value.length > (rule as number)) fail(`more than ${String(rule)} items`);
        break;
      case 'items':
        if (Array.isArray(value)) {
          const start = Array.isArray(schema.prefixItems) ? schema.prefixItems.length : 0;
          value.slice(start).forEach((item, index) => {
            errors.push(...check(rule as Schema, item, root, `${at}[${start + index}]`));
          });
        }
        break;
      case 'prefixItems':
        if (Array.isArray(value))
          (rule as Schema[]).forEach((item, index) => {
            if (index < value.length) errors.push(...check(item, value[index], root, `${at}[${index}]`));
          });
        break;
      case 'required':
        if (jsonType(value) === 'object')
          for (const key of rule as string[]) if (!(key in (value as object))) fail(`"${key}" is missing`);
        break;
      case 'properties':
        if (jsonType(value) === 'object')
          for (const [key, sub] of Object.entries(rule as Record<string, Schema>)) {
            const record = value as Record<string, unknown>;
            if (key in record) errors.push(...check(sub, record[key], root, `${at}.${key}`));
          }
        break;
      case 'oneOf':
      case 'anyOf': {
        const passing = (rule as Schema[]).filter((option) => check(option, value, root, at).length === 0);
        if (keyword === 'oneOf' ? passing.length !== 1 : passing.length === 0)
          fail(`matches ${passing.length} of the ${keyword} options`);
        break;
      }
      default:
        throw new Error(`the checker does not know the keyword "${keyword}"`);
    }
  }
  return errors;
}

/** The built-in pack files, as parsed JSON. */
function builtInPacks(): { file: string; json: Record<string, unknown> }[] {
  return fs
    .readdirSync(path.resolve(projectRoot, 'questions'))
    .filter((name) => name.endsWith('.json') && !name.endsWith('.schema.json'))
    .sort()
    .map((name) => ({
      file: `questions/${name}`,
      json: JSON.parse(fs.readFileSync(path.resolve(projectRoot, 'questions', name), 'utf8')) as Record<
        string,
        unknown
      >,
    }));
}

const schema = buildPackJsonSchema() as Schema;
const defs = schema.$defs as Record<string, Schema>;
const packs = builtInPacks();

describe('the pack JSON Schema file', () => {
  it('is exactly what the generator writes now (run `npm run pack:schema` after changing the schemas)', async () => {
    const committed = fs.readFileSync(path.resolve(projectRoot, PACK_SCHEMA_FILE), 'utf8');
    expect(JSON.parse(committed)).toEqual(schema);
    expect(committed).toBe(await renderPackJsonSchema());
  });

  it('names itself and its draft', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(PACK_SCHEMA_ID);
    expect(schema.title).toBe('Borderlines question pack');
    expect(schema.description).toMatch(/exactly one correct choice/);
  });

  it('requires the envelope fields parsePack requires', () => {
    expect(schema.required).toEqual([
      'format',
      'formatVersion',
      'id',
      'version',
      'title',
      'author',
      'license',
      'language',
      'sources',
      'questions',
    ]);
    expect((schema.properties as Record<string, Schema>).format).toEqual({ const: 'borderlines-pack' });
  });

  it('offers exactly one definition per question type, chosen by "type"', () => {
    const questions = (schema.properties as Record<string, Schema>).questions as Schema;
    const options = (questions.items as Schema).oneOf as Schema[];
    const types = options.map((option) => {
      const def = defs[String(option.$ref).replace('#/$defs/', '')];
      return (def?.properties as Record<string, Schema> | undefined)?.type?.const;
    });
    expect(types).toEqual([...QUESTION_TYPES]);
  });

  it('lists the units of the model', () => {
    const unit = (defs.NumericQuestion?.properties as Record<string, Schema>).unit;
    expect(unit?.enum).toEqual([...UNITS]);
  });
});

describe('built-in packs against the JSON Schema', () => {
  it('finds the built-in packs', () => {
    expect(packs.length).toBeGreaterThan(0);
  });

  it.each(packs)('$file is valid', ({ file, json }) => {
    expect(parsePack(JSON.stringify(json), file).ok).toBe(true);
    expect(check(schema, json, schema)).toEqual([]);
  });

  it('uses only question types that the schema offers', () => {
    const offered = new Set(
      Object.values(defs).map((def) => (def.properties as Record<string, Schema>).type?.const),
    );
    for (const { json } of packs)
      for (const question of json.questions as { type: string }[]) expect(offered).toContain(question.type);
  });
});

describe('the JSON Schema rejects what parsePack rejects', () => {
  const [first] = packs;
  if (!first) throw new Error('no built-in pack to start from');

  /** A copy of the first built-in pack with its first question of `type` changed by `change`. */
  function withQuestion(type: string, change: (question: Record<string, unknown>) => void): unknown {
    const pack = structuredClone(first!.json);
    const all = packs.flatMap((entry) => entry.json.questions as Record<string, unknown>[]);
    const question = structuredClone(all.find((candidate) => candidate.type === type));
    if (!question) throw new Error(`no built-in ${type} question`);
    change(question);
    question.source = (pack.sources as { id: string }[])[0]!.id;
    pack.questions = [question];
    return pack;
  }

  const cases: [string, () => unknown, string][] = [
    [
      'a missing title',
      () => {
        const pack = structuredClone(first.json);
        delete pack.title;
        return pack;
      },
      '$: "title" is missing',
    ],
    [
      'a blank author',
      () => ({ ...structuredClone(first.json), author: ' \t' }),
      '$.author: " \\t" does not match \\S',
    ],
    [
      'another format name',
      () => ({ ...structuredClone(first.json), format: 'other-pack' }),
      '$.format: expected "borderlines-pack"',
    ],
    [
      'an unknown unit',
      () =>
        withQuestion('numeric', (q) => {
          q.unit = 'furlongs';
        }),
      '$.questions[0]: matches 0 of the oneOf options',
    ],
    [
      'an unknown question type',
      () =>
        withQuestion('single', (q) => {
          q.type = 'singel';
        }),
      '$.questions[0]: matches 0 of the oneOf options',
    ],
    [
      'difficulty 4',
      () =>
        withQuestion('truefalse', (q) => {
          q.difficulty = 4;
        }),
      '$.questions[0]: matches 0 of the oneOf options',
    ],
  ];

  it.each(cases)('%s', (_name, make, error) => {
    const pack = make();
    expect(check(schema, pack, schema)).toContain(error);
    const parsed = parsePack(JSON.stringify(pack), 'mutated.json');
    expect(!parsed.ok || parsed.value.problems.length > 0 || parsed.value.notices.length > 0).toBe(true);
  });

  it('tells the question types apart: a question fails its own definition for a wrong field', () => {
    const pack = withQuestion('numeric', (q) => {
      q.unit = 'furlongs';
    }) as { questions: unknown[] };
    expect(check(defs.NumericQuestion!, pack.questions[0], schema)).toEqual([
      '$.unit: "furlongs" is not one of the allowed values',
    ]);
  });
});
