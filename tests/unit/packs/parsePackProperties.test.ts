import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePack } from '../../../src/core/packs/parsePack';
import type { Problem } from '../../../src/core/problems';

const PACK_TEXT = readFileSync('questions/trade-money.json', 'utf8');

/** Every problem must say where: a line, or at least a field path, and what. */
function expectLocated(problems: readonly Problem[]): void {
  for (const problem of problems) {
    expect(problem.message.length).toBeGreaterThan(0);
    expect(problem.line !== undefined || problem.path !== '').toBe(true);
    if (problem.line !== undefined) expect(problem.line).toBeGreaterThanOrEqual(1);
  }
}

/** Checks one input: parsePack never throws, and everything it reports is located. */
function check(text: string): void {
  const result = parsePack(text, 'pack.json');
  if (result.ok) {
    expectLocated(result.value.problems);
  } else {
    expect(result.problems.length).toBeGreaterThan(0);
    for (const problem of result.problems) expect(problem.message.length).toBeGreaterThan(0);
  }
}

describe('parsePack on random and mutated input', () => {
  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => check(text)),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.json({ maxDepth: 4 }), (json) => check(json)),
      { numRuns: 300 },
    );
  });

  it('locates every problem in a real pack with characters inserted, deleted or replaced', () => {
    const mutation = fc.tuple(
      fc.nat({ max: PACK_TEXT.length - 1 }),
      fc.nat({ max: 20 }),
      fc.constantFrom('', '"', ',', '{', '}', '[', ']', ':', '0', 'null', 'true', '"x"', '-1', '\n'),
    );
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (edits) => {
        let text = PACK_TEXT;
        for (const [at, remove, insert] of edits) text = text.slice(0, at) + insert + text.slice(at + remove);
        check(text);
      }),
      { numRuns: 200 },
    );
  });

  it('reports field-level damage to a question by line and path, keeping the other questions', () => {
    const pack = JSON.parse(PACK_TEXT) as { questions: Record<string, unknown>[] };
    fc.assert(
      fc.property(
        fc.nat({ max: pack.questions.length - 1 }),
        fc.constantFrom('prompt', 'type', 'source', 'difficulty', 'tags', 'id'),
        fc.constantFrom<unknown>(null, 42, '', [], {}, 'nonsense'),
        (index, field, value) => {
          const damaged = structuredClone(pack);
          (damaged.questions[index] as Record<string, unknown>)[field] = value;
          const result = parsePack(JSON.stringify(damaged, null, 2), 'pack.json');
          if (!result.ok) return;
          expectLocated(result.value.problems);
          expect(result.value.pack.questions.length).toBeGreaterThanOrEqual(pack.questions.length - 1);
        },
      ),
      { numRuns: 200 },
    );
  });
});
