/**
 * One thing wrong with an external input (a question pack, saved progress, a URL parameter), located
 * as precisely as we can so that a teacher or learner can find and fix it.
 */
export interface Problem {
  /** File or source name as the user knows it, e.g. `questions/pipelines-gas.json`. */
  file?: string;
  /** 1-based line in the file, when the input was text we could locate the problem in. */
  line?: number;
  /** 1-based column on that line. */
  column?: number;
  /** Path to the offending field, e.g. `questions[3].choices`; empty for the whole input. */
  path: string;
  /** What is wrong, in plain words. */
  message: string;
}

/** A value, or the list of problems that stopped us from producing it. */
export type Result<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/** Wraps a value as a successful {@link Result}. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** Wraps problems as a failed {@link Result}. */
export function fail<T>(problems: Problem[]): Result<T> {
  return { ok: false, problems };
}

/**
 * Formats a problem as one line that says what and where, e.g.
 * `questions/trade.json, line 12, column 5 (questions[2].prompt): expected text`.
 */
export function formatProblem(problem: Problem): string {
  const where: string[] = [];
  if (problem.file) where.push(problem.file);
  if (problem.line !== undefined) {
    where.push(
      problem.column !== undefined
        ? `line ${problem.line}, column ${problem.column}`
        : `line ${problem.line}`,
    );
  }
  const location = where.join(', ');
  const field = problem.path ? ` (${problem.path})` : '';
  const prefix = location || field ? `${location}${field}: ` : '';
  return `${prefix.trimStart()}${problem.message}`;
}
