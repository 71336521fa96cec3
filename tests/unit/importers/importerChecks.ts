/** Checks the importer tests share: the importer contract, readable problem lines, finding questions. */
import { expect } from 'vitest';
import { assemblePack } from '../../../src/core/importers/assemblePack';
import type { ImportedQuestions, Importer } from '../../../src/core/importers/importTypes';
import type { Question } from '../../../src/core/model/pack';
import { parsePack } from '../../../src/core/packs/parsePack';
import { formatProblem } from '../../../src/core/problems';

/** Wraps imported questions in a pack and returns what `parsePack` says about it, as readable lines. */
export function packProblems(result: ImportedQuestions, file: string): string[] {
  const pack = assemblePack(result, { file, date: '2026-11-22' });
  const parsed = parsePack(JSON.stringify(pack), file);
  if (!parsed.ok) return parsed.problems.map(formatProblem);
  expect(parsed.value.pack.questions).toHaveLength(result.questions.length);
  return [...parsed.value.problems, ...parsed.value.notices].map(formatProblem);
}

/** The number of lines of a text as an editor counts them (CRLF, LF and lone CR each end a line). */
export function lineCount(input: string): number {
  return input.replace(/^\uFEFF/, '').split(/\r\n?|\n/).length;
}

/** Checks the importer contract: located problems with messages, and questions the pack validator accepts. */
export function expectContract(result: ImportedQuestions, file: string, input?: string): void {
  for (const problem of result.problems) {
    expect(problem.message.trim()).not.toBe('');
    expect(problem.file).toBe(file);
    if (problem.line === undefined) {
      expect(problem.path).toBe('');
      expect(problem.severity).toBe('error');
    } else {
      expect(Number.isInteger(problem.line)).toBe(true);
      expect(problem.line).toBeGreaterThanOrEqual(1);
      if (input !== undefined) expect(problem.line).toBeLessThanOrEqual(lineCount(input));
    }
  }
  expect(packProblems(result, file)).toEqual([]);
}

/** Imports text and checks the contract on the way. */
export function run(importer: Importer, input: string, file = 'test.csv'): ImportedQuestions {
  const result = importer(input, { file });
  expectContract(result, file, input);
  return result;
}

/** Problems as `line path: message` lines, for readable expectations. */
export function problemLines(result: ImportedQuestions, severity?: 'error' | 'warning'): string[] {
  return result.problems
    .filter((problem) => severity === undefined || problem.severity === severity)
    .map((problem) => `${problem.line ?? '-'} ${problem.path}: ${problem.message}`);
}

/** The question with a given prompt. */
export function byPrompt(result: ImportedQuestions, prompt: string): Question {
  const question = result.questions.find((item) => item.prompt === prompt);
  if (!question)
    throw new Error(`no question "${prompt}" among ${result.questions.map((q) => q.prompt).join(' / ')}`);
  return question;
}
